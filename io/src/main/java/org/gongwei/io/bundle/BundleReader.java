package org.gongwei.io.bundle;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.validation.Problem;
import org.gongwei.io.csv.ColumnAliases;
import org.gongwei.io.csv.CsvReadOptions;
import org.gongwei.io.csv.CsvRow;
import org.gongwei.io.csv.CsvTable;
import org.gongwei.io.csv.FileAccount;

/**
 * Reads a CSV bundle (exchange format §1): a directory with one file per record type, of which
 * only {@code residents.csv} is required. Each row becomes its domain record or is rejected with
 * its problems; nothing is lost: rows read = accepted + rejected for every file, and every
 * problem is counted (and kept, up to a limit) with its file, line, column, record type and id.
 *
 * <pre>{@code
 * BundleRead read = BundleReader.defaults().read(Path.of("county-2024"));
 * Dataset data = read.dataset();
 * read.account().files().values().forEach(System.out::println);   // read, accepted, rejected
 * ValidationReport more = DatasetValidator.defaults().validate(data); // rules across records
 * }</pre>
 *
 * <p>The bundle's files: matched by their exact names in §1 ({@code residents.csv}); an upper-case
 * extension ({@code residents.CSV}) is read with a WARNING; other {@code .csv} files are reported
 * as INFO and ignored. A missing {@code residents.csv} is an ERROR of the bundle, not an
 * exception: the other files are still read. Each file's character set is detected (byte order
 * mark, strict UTF-8, else GB18030) unless given; headers may use the aliases and Chinese labels
 * of {@link ColumnAliases}.
 *
 * <p>The rows (see {@link CsvTable} for the CSV rules): every column is read with the typed
 * accessor of its kind; codes through their code tables (an unknown code is an ERROR naming the
 * column, the value and the accepted codes; a numeric code that lost its leading zero is repaired
 * with a WARNING); region and ICD-10 codes are parsed. A row whose required value is missing or
 * invalid, or whose values break an invariant of its record (a negative count, a score of 7), is
 * rejected. A bad optional value is an ERROR that drops the value; the row is accepted. Warnings
 * never reject a row. Plausibility (blood pressure ranges and the like) and the rules across
 * records (duplicate ids, unknown residents) are the validators' work, not the reader's:
 * {@link org.gongwei.core.validation.DatasetValidator}.
 *
 * <p>Files are read row by row, never whole into memory; {@link #read} reads up to
 * {@linkplain #withThreads threads} files at once, one file per task, and keeps the accepted
 * records; {@link #forEachRecord} hands them to a consumer instead, one file after the other.
 * I/O failures (an unreadable directory or file) are exceptions; bad data never is. A reader is
 * immutable and thread-safe; the {@code with…} methods return changed copies.
 */
public final class BundleReader {
  /** The number of problems kept in memory unless set otherwise. */
  public static final int DEFAULT_PROBLEM_LIMIT = 100_000;

  private static final BundleReader DEFAULTS = new BundleReader(ColumnAliases.builtIn(), null,
      null, DEFAULT_PROBLEM_LIMIT, Runtime.getRuntime().availableProcessors(), RecordLines.NONE);

  private final ColumnAliases aliases;
  private final Charset charset;
  private final Consumer<? super Problem> problemSink;
  private final int problemLimit;
  private final int threads;
  private final RecordLines lines;

  private BundleReader(ColumnAliases aliases, Charset charset,
      Consumer<? super Problem> problemSink, int problemLimit, int threads, RecordLines lines) {
    this.aliases = aliases;
    this.charset = charset;
    this.problemSink = problemSink;
    this.problemLimit = problemLimit;
    this.threads = threads;
    this.lines = lines;
  }

  /**
   * A reader with the built-in aliases, detected character sets, at most
   * {@value #DEFAULT_PROBLEM_LIMIT} problems kept, and as many threads as processors.
   */
  public static BundleReader defaults() {
    return DEFAULTS;
  }

  /** This reader with other header aliases (for example {@code ColumnAliases.builtIn().withAlias(…)}). */
  public BundleReader withAliases(ColumnAliases newAliases) {
    return new BundleReader(Objects.requireNonNull(newAliases, "newAliases"), charset,
        problemSink, problemLimit, threads, lines);
  }

  /**
   * This reader with every file read in the given character set instead of detecting it (GBK and
   * GB2312 are read as GB18030, their superset).
   */
  public BundleReader withCharset(Charset newCharset) {
    return new BundleReader(aliases, Objects.requireNonNull(newCharset, "newCharset"),
        problemSink, problemLimit, threads, lines);
  }

  /**
   * This reader handing every problem to a sink as it is found, besides keeping up to the limit.
   * The sink is called by one thread at a time, but with files read in parallel the problems of
   * different files interleave; the bundle's own problems come first.
   */
  public BundleReader withProblemSink(Consumer<? super Problem> sink) {
    return new BundleReader(aliases, charset, Objects.requireNonNull(sink, "sink"),
        problemLimit, threads, lines);
  }

  /**
   * This reader keeping at most {@code limit} problems in memory (0 keeps none: use a sink); the
   * counts always cover every problem.
   *
   * @throws IllegalArgumentException if the limit is negative
   */
  public BundleReader withProblemLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return new BundleReader(aliases, charset, problemSink, limit, threads, lines);
  }

  /**
   * This reader reading up to {@code count} files at once in {@link #read} (1 reads them one
   * after the other on the calling thread).
   *
   * @throws IllegalArgumentException if the count is not positive
   */
  public BundleReader withThreads(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive: " + count);
    }
    return new BundleReader(aliases, charset, problemSink, problemLimit, count, lines);
  }

  /**
   * This reader telling {@code recordLines} the line of every accepted record (for locating
   * findings about records in the files).
   */
  public BundleReader withRecordLines(RecordLines recordLines) {
    return new BundleReader(aliases, charset, problemSink, problemLimit, threads,
        Objects.requireNonNull(recordLines, "recordLines"));
  }

  /** The header aliases. */
  public ColumnAliases aliases() {
    return aliases;
  }

  /** The character set files are read in; empty when it is detected per file. */
  public Optional<Charset> charset() {
    return Optional.ofNullable(charset);
  }

  /** The most problems kept in memory. */
  public int problemLimit() {
    return problemLimit;
  }

  /** The most files read at once. */
  public int threads() {
    return threads;
  }

  /**
   * Reads a bundle directory into a {@link Dataset}: the accepted records of each file, in file
   * order, type by type.
   *
   * @throws java.nio.file.NoSuchFileException if the directory does not exist
   * @throws java.nio.file.NotDirectoryException if the path is not a directory
   * @throws IOException if a file cannot be read
   */
  public BundleRead read(Path directory) throws IOException {
    Objects.requireNonNull(directory, "directory");
    BundleFiles bundle = BundleFiles.scan(directory);
    Consumer<Problem> sink = sharedSink();
    bundle.problems.forEach(sink);
    List<RecordType> types = new ArrayList<>(bundle.files.keySet());
    Map<RecordType, FileResult> results = new EnumMap<>(RecordType.class);
    int pool = Math.min(threads, types.size());
    if (pool <= 1) {
      for (RecordType t : types) {
        results.put(t, readToList(bundle.files.get(t), t, sink));
      }
    } else {
      types.sort(Comparator.comparingLong((RecordType t) -> size(bundle.files.get(t))).reversed());
      results.putAll(readInParallel(bundle.files, types, pool, sink));
    }
    Dataset.Builder data = Dataset.builder();
    Map<RecordType, FileAccount> accounts = new EnumMap<>(RecordType.class);
    for (RecordType t : RecordType.values()) {
      FileResult r = results.get(t);
      if (r != null) {
        data.addAll(r.records);
        accounts.put(t, r.account);
      }
    }
    return new BundleRead(data.build(),
        BundleAccount.of(accounts, bundle.problems, problemLimit));
  }

  /**
   * Reads a bundle directory and hands each accepted record to a consumer, without keeping them:
   * one file after the other in {@link RecordType} order (institutions, residents, then the
   * records about them), each in file order, on the calling thread.
   *
   * @throws IOException if the directory or a file cannot be read
   */
  public BundleAccount forEachRecord(Path directory, Consumer<? super BundleRecord> consumer)
      throws IOException {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(consumer, "consumer");
    BundleFiles bundle = BundleFiles.scan(directory);
    Consumer<Problem> sink = sharedSink();
    bundle.problems.forEach(sink);
    Map<RecordType, FileAccount> accounts = new EnumMap<>(RecordType.class);
    for (Map.Entry<RecordType, Path> e : bundle.files.entrySet()) {
      accounts.put(e.getKey(), readFile(e.getValue(), e.getKey(), consumer, sink));
    }
    return BundleAccount.of(accounts, bundle.problems, problemLimit);
  }

  /**
   * Reads one file of a bundle as records of the given type (whatever its name), handing each
   * accepted record to a consumer.
   *
   * @throws IOException if the file cannot be read
   */
  public FileAccount readFile(Path file, RecordType type, Consumer<? super BundleRecord> consumer)
      throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(consumer, "consumer");
    return readFile(file, type, consumer, sharedSink());
  }

  /** For example {@code BundleReader[charset=detected, ColumnAliases[built-in], limit=100000, threads=2]}. */
  @Override
  public String toString() {
    return "BundleReader[charset=" + (charset == null ? "detected" : charset.name()) + ", "
        + aliases + ", limit=" + problemLimit + (problemSink == null ? "" : ", sink")
        + ", threads=" + threads + "]";
  }

  // ------------------------------------------------------------ internals

  /** The user's sink, called under a lock; or nothing. */
  private Consumer<Problem> sharedSink() {
    if (problemSink == null) {
      return p -> { };
    }
    Object lock = new Object();
    return p -> {
      synchronized (lock) {
        problemSink.accept(p);
      }
    };
  }

  private static final class FileResult {
    final FileAccount account;
    final List<BundleRecord> records;

    FileResult(FileAccount account, List<BundleRecord> records) {
      this.account = account;
      this.records = records;
    }
  }

  private FileResult readToList(Path file, RecordType type, Consumer<Problem> sink)
      throws IOException {
    List<BundleRecord> records = new ArrayList<>(
        (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, size(file) / 80)));
    FileAccount account = readFile(file, type, records::add, sink);
    return new FileResult(account, records);
  }

  private Map<RecordType, FileResult> readInParallel(Map<RecordType, Path> files,
      List<RecordType> types, int pool, Consumer<Problem> sink) throws IOException {
    ExecutorService executor = Executors.newFixedThreadPool(pool, r -> {
      Thread t = new Thread(r, "gongwei-bundle-reader");
      t.setDaemon(true);
      return t;
    });
    try {
      Map<RecordType, Future<FileResult>> futures = new EnumMap<>(RecordType.class);
      for (RecordType t : types) {
        Path file = files.get(t);
        futures.put(t, executor.submit(() -> readToList(file, t, sink)));
      }
      Map<RecordType, FileResult> results = new EnumMap<>(RecordType.class);
      for (Map.Entry<RecordType, Future<FileResult>> e : futures.entrySet()) {
        results.put(e.getKey(), await(e.getValue()));
      }
      return results;
    } finally {
      executor.shutdownNow();
    }
  }

  private static FileResult await(Future<FileResult> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while reading a bundle");
      io.initCause(e);
      throw io;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  private FileAccount readFile(Path file, RecordType type, Consumer<? super BundleRecord> consumer,
      Consumer<Problem> sink) throws IOException {
    List<Problem> kept = new ArrayList<>();
    int limit = problemLimit;
    CsvReadOptions options = CsvReadOptions.defaults().withAliases(aliases)
        .withProblemSink(p -> {
          if (kept.size() < limit) {
            kept.add(p);
          }
          sink.accept(p);
        });
    if (charset != null) {
      options = options.withCharset(charset);
    }
    RowFields fields = new RowFields(new ValueCache());
    RowMapper.Mapping mapping = RowMapper.of(type);
    FileAccount a;
    try (CsvTable table = CsvTable.open(file, type, options)) {
      for (CsvRow row : table) {
        BundleRecord record = RowMapper.map(row, fields, mapping);
        if (record == null) {
          table.reject(row);
        } else {
          table.accept(row);
          lines.accept(record, row.line());
          consumer.accept(record);
        }
      }
      a = table.account();
    }
    return new FileAccount(a.fileName(), a.recordType(), a.charset(), a.status(), a.rowsRead(),
        a.rowsAccepted(), a.rowsRejected(), a.blankLines(), a.problemsBySeverity(),
        a.problemsByCode(), kept);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
