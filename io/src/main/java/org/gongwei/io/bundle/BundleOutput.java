package org.gongwei.io.bundle;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.io.csv.ColumnAliases;
import org.gongwei.io.csv.ColumnSchema;
import org.gongwei.io.csv.CsvOutputEncoding;
import org.gongwei.io.csv.FileSchema;

/**
 * A bundle directory being written by a {@link BundleWriter}: records are added one at a time,
 * each file is opened (header written) on its first record, and {@link #close()} finishes the
 * files, writes {@code residents.csv} if no resident came, and deletes the §1 files of the
 * directory that were not written. Not thread-safe.
 */
public final class BundleOutput implements Closeable {
  private final Path directory;
  private final CsvOutputEncoding encoding;
  private final HeaderStyle headers;
  private final Map<RecordType, CsvWriter> writers = new EnumMap<>(RecordType.class);
  private final Map<RecordType, Long> counts = new EnumMap<>(RecordType.class);
  private boolean closed;

  BundleOutput(Path directory, CsvOutputEncoding encoding, HeaderStyle headers)
      throws IOException {
    this.directory = directory;
    this.encoding = encoding;
    this.headers = headers;
    Files.createDirectories(directory);
  }

  /**
   * Writes a record to the file of its type.
   *
   * @throws UncheckedIOException if the file cannot be written
   * @throws IllegalStateException if the output is closed
   */
  public BundleOutput add(BundleRecord record) {
    Objects.requireNonNull(record, "record");
    if (closed) {
      throw new IllegalStateException("the bundle output is closed");
    }
    RecordType type = record.recordType();
    try {
      CsvWriter w = writers.get(type);
      if (w == null) {
        w = openFile(type);
      }
      w.writeRecord(RecordCells.of(record));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    counts.merge(type, 1L, Long::sum);
    return this;
  }

  /**
   * Writes every record.
   *
   * @throws UncheckedIOException if a file cannot be written
   */
  public BundleOutput addAll(Iterable<? extends BundleRecord> records) {
    for (BundleRecord r : Objects.requireNonNull(records, "records")) {
      add(r);
    }
    return this;
  }

  /** The number of records written per type so far. */
  public Map<RecordType, Long> counts() {
    return Collections.unmodifiableMap(new EnumMap<>(counts));
  }

  /** The directory written to. */
  public Path directory() {
    return directory;
  }

  /**
   * Finishes the bundle: closes the files, writes an empty {@code residents.csv} if needed, and
   * deletes the §1 files of the directory that were not written.
   *
   * @throws IOException if a file cannot be written or deleted
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    IOException failure = null;
    try {
      if (!writers.containsKey(RecordType.RESIDENT)) {
        openFile(RecordType.RESIDENT);
      }
    } catch (IOException e) {
      failure = e;
    }
    closed = true;
    for (CsvWriter w : writers.values()) {
      try {
        w.close();
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    for (RecordType t : RecordType.values()) {
      if (!writers.containsKey(t)) {
        Files.deleteIfExists(directory.resolve(t.fileName()));
      }
    }
  }

  /** For example {@code BundleOutput[out/county, 3 files, 5400 records]}. */
  @Override
  public String toString() {
    long n = counts.values().stream().mapToLong(Long::longValue).sum();
    return "BundleOutput[" + directory + ", " + writers.size() + " files, " + n + " records]";
  }

  private CsvWriter openFile(RecordType type) throws IOException {
    Writer text = encoding.newWriter(directory.resolve(type.fileName()));
    CsvWriter w;
    try {
      w = CsvWriter.builder()
          .fieldSeparator(',')
          .quoteCharacter('"')
          .quoteStrategy(QuoteStrategies.REQUIRED)
          .lineDelimiter(LineDelimiter.CRLF)
          .build(text);
      w.writeRecord(header(type));
    } catch (RuntimeException e) {
      text.close();
      throw e;
    }
    writers.put(type, w);
    return w;
  }

  private List<String> header(RecordType type) {
    return FileSchema.of(type).columns().stream()
        .map(ColumnSchema::name)
        .map(c -> headers == HeaderStyle.CHINESE
            ? ColumnAliases.chineseLabel(type, c).orElse(c) : c)
        .toList();
  }
}
