package org.gongwei.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.validation.Problem;

/**
 * Reads NDJSON (one JSON object per line, as {@link NdjsonWriter} writes) into records, streaming:
 * one line at a time, nothing else kept in memory.
 *
 * <p>Records of any type may be mixed; each names its type in {@code "recordType"} (see {@link
 * GongweiJson} for the form). A line that is not a valid record never stops reading: it is
 * skipped, and reported as a {@link Problem} ({@link JsonProblemCode}, severity ERROR) with the
 * source name, the 1-based line number and, when they can be told, the record type and id. Blank
 * lines are skipped and counted apart; a UTF-8 byte order mark at the start is ignored. The counts
 * keep the invariant of the design: lines read = records accepted + lines rejected (blank lines
 * are not read lines).
 *
 * <pre>{@code
 * try (NdjsonReader in = NdjsonReader.open(Path.of("bundle.ndjson"))) {
 *   Dataset dataset = Dataset.of(in.records().toList());
 *   in.problems().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class NdjsonReader implements Closeable {
  private final BufferedReader in;
  private final String source;
  private final Consumer<Problem> sink;
  private final List<Problem> collected;
  private long lineNumber;
  private long linesRead;
  private long accepted;
  private long rejected;
  private long blankLines;

  private NdjsonReader(Reader in, String source, Consumer<Problem> sink, List<Problem> collected) {
    this.in = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
    this.source = source;
    this.sink = sink;
    this.collected = collected;
  }

  /**
   * A reader of {@code in}; problems are collected in {@link #problems()}.
   *
   * @param source the name problems are located in, e.g. the file name
   */
  public static NdjsonReader of(Reader in, String source) {
    List<Problem> list = new ArrayList<>();
    return new NdjsonReader(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"), list::add, list);
  }

  /**
   * A reader of {@code in} that hands every problem to {@code problems} as it is found (and keeps
   * none: {@link #problems()} stays empty), for inputs with very many bad lines.
   */
  public static NdjsonReader of(Reader in, String source, Consumer<Problem> problems) {
    return new NdjsonReader(
        Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"), Objects.requireNonNull(problems, "problems"), List.of());
  }

  /** A reader of a UTF-8 file; problems are located in the file's name and collected. */
  public static NdjsonReader open(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    return of(Files.newBufferedReader(file, StandardCharsets.UTF_8), name == null ? file.toString() : name.toString());
  }

  /** Every record of a UTF-8 file and the problems of its bad lines. */
  public static Result readAll(Path file) throws IOException {
    try (NdjsonReader r = open(file)) {
      List<BundleRecord> records = new ArrayList<>();
      r.forEach(records::add);
      return new Result(records, r.problems(), r.linesRead(), r.recordsAccepted(), r.linesRejected());
    }
  }

  /**
   * The next valid record, skipping (and reporting) bad lines; empty at the end of the input.
   *
   * @throws IOException if the input cannot be read
   */
  public Optional<BundleRecord> next() throws IOException {
    String line;
    while ((line = in.readLine()) != null) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        blankLines++;
        continue;
      }
      linesRead++;
      Optional<BundleRecord> record = parse(line);
      if (record.isPresent()) {
        accepted++;
        return record;
      }
      rejected++;
    }
    return Optional.empty();
  }

  private Optional<BundleRecord> parse(String line) throws IOException {
    Map<String, Raw> fields;
    try (JsonParser p = GongweiJson.shared().getFactory().createParser(line)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        report(JsonProblemCode.JSON_SYNTAX.problem("expected a JSON object, found " + abbreviated(line)));
        return Optional.empty();
      }
      fields = RecordCodec.readObject(p);
      JsonToken after = p.nextToken();
      if (after != null) {
        report(JsonProblemCode.JSON_SYNTAX.problem("text after the object at column " + p.currentLocation().getColumnNr()));
        return Optional.empty();
      }
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
      report(JsonProblemCode.JSON_SYNTAX.problem("not JSON" + where + ": " + e.getOriginalMessage()));
      return Optional.empty();
    } catch (InvalidValueException e) {
      report(JsonProblemCode.JSON_RECORD_INVALID.problem(e.getMessage()));
      return Optional.empty();
    }
    RecordType type;
    try {
      type = RecordCodecs.typeOf(fields);
    } catch (InvalidValueException e) {
      report(JsonProblemCode.JSON_RECORD_TYPE.problem(e.getMessage()));
      return Optional.empty();
    }
    RecordCodec<?, ?> codec = RecordCodecs.of(type);
    try {
      return Optional.of(codec.read(fields));
    } catch (InvalidValueException e) {
      report(JsonProblemCode.JSON_RECORD_INVALID.problem(e.getMessage()).withRecord(type, codec.idOf(fields).orElse(null)));
      return Optional.empty();
    }
  }

  private static String abbreviated(String line) {
    String s = line.strip();
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }

  private void report(Problem p) {
    sink.accept(p.withLocation(source, lineNumber));
  }

  /**
   * Hands every remaining valid record to {@code action}, in order.
   *
   * @throws IOException if the input cannot be read
   */
  public void forEach(Consumer<? super BundleRecord> action) throws IOException {
    Objects.requireNonNull(action, "action");
    Optional<BundleRecord> r;
    while ((r = next()).isPresent()) {
      action.accept(r.get());
    }
  }

  /**
   * The remaining valid records as a lazy, sequential stream; reading happens as the stream is
   * consumed. An input error is thrown as {@link UncheckedIOException}.
   */
  public Stream<BundleRecord> records() {
    Iterator<BundleRecord> it =
        new Iterator<>() {
          private Optional<BundleRecord> ahead;

          @Override
          public boolean hasNext() {
            if (ahead == null) {
              try {
                ahead = NdjsonReader.this.next();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
            return ahead.isPresent();
          }

          @Override
          public BundleRecord next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            BundleRecord r = ahead.get();
            ahead = null;
            return r;
          }
        };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** The problems found so far (empty when a problem consumer was given), in line order. */
  public List<Problem> problems() {
    return List.copyOf(collected);
  }

  /** The non-blank lines read so far. */
  public long linesRead() {
    return linesRead;
  }

  /** The lines read as valid records so far. */
  public long recordsAccepted() {
    return accepted;
  }

  /** The lines rejected so far (each with a problem). */
  public long linesRejected() {
    return rejected;
  }

  /** The blank lines skipped so far. */
  public long blankLines() {
    return blankLines;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  @Override
  public String toString() {
    return "NdjsonReader[" + source + ": " + linesRead + " lines, " + accepted + " accepted, " + rejected + " rejected]";
  }

  /**
   * Everything read from an input.
   *
   * @param records the valid records, in order
   * @param problems one problem per rejected line, in order
   * @param linesRead the non-blank lines read
   * @param recordsAccepted the lines read as records
   * @param linesRejected the lines rejected
   */
  public record Result(List<BundleRecord> records, List<Problem> problems, long linesRead, long recordsAccepted, long linesRejected) {

    /** Checks the counts and copies the lists. */
    public Result {
      records = List.copyOf(records);
      problems = List.copyOf(problems);
      if (linesRead != recordsAccepted + linesRejected || recordsAccepted != records.size()) {
        throw new IllegalArgumentException(
            "lines read " + linesRead + " must equal accepted " + recordsAccepted + " + rejected " + linesRejected);
      }
    }

    /** The records as a dataset. */
    public Dataset toDataset() {
      return Dataset.of(records);
    }

    /** For example {@code 1200 records, 3 lines rejected}. */
    @Override
    public String toString() {
      return recordsAccepted + " records, " + linesRejected + " lines rejected";
    }
  }
}
