package org.gongwei.io.bundle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;
import org.gongwei.io.csv.FileAccount;

/**
 * What became of a bundle as it was read: a {@link FileAccount} for each file read, the problems
 * of the bundle as a whole (a missing {@code residents.csv}, an unknown file), the problems kept,
 * and the totals. Rows read = rows accepted + rows rejected, for every file and so for the
 * bundle.
 *
 * <p>Problem counts ({@link #problemCount(Severity)}, {@link #problemsByCode()}) cover every
 * problem found; {@link #problems()} holds the problems kept in memory, at most the reader's
 * {@linkplain BundleReader#withProblemLimit limit}: the bundle's own problems first, then the
 * files' in {@link RecordType} order, each file's in the order found.
 */
public final class BundleAccount {
  private final Map<RecordType, FileAccount> files;
  private final List<Problem> bundleProblems;
  private final List<Problem> problems;
  private final long rowsRead;
  private final long rowsAccepted;
  private final long rowsRejected;
  private final Map<Severity, Long> bySeverity;
  private final Map<String, Long> byCode;

  private BundleAccount(Map<RecordType, FileAccount> files, List<Problem> bundleProblems,
      List<Problem> problems) {
    Map<RecordType, FileAccount> copy = new EnumMap<>(RecordType.class);
    copy.putAll(files);
    this.files = Collections.unmodifiableMap(copy);
    this.bundleProblems = List.copyOf(bundleProblems);
    this.problems = List.copyOf(problems);
    long read = 0;
    long accepted = 0;
    long rejected = 0;
    Map<Severity, Long> severities = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      severities.put(s, 0L);
    }
    Map<String, Long> codes = new TreeMap<>();
    for (FileAccount a : this.files.values()) {
      read += a.rowsRead();
      accepted += a.rowsAccepted();
      rejected += a.rowsRejected();
      a.problemsBySeverity().forEach((s, n) -> severities.merge(s, n, Long::sum));
      a.problemsByCode().forEach((c, n) -> codes.merge(c, n, Long::sum));
    }
    for (Problem p : this.bundleProblems) {
      severities.merge(p.severity(), 1L, Long::sum);
      codes.merge(p.code(), 1L, Long::sum);
    }
    this.rowsRead = read;
    this.rowsAccepted = accepted;
    this.rowsRejected = rejected;
    this.bySeverity = Collections.unmodifiableMap(severities);
    this.byCode = Collections.unmodifiableMap(codes);
  }

  /**
   * The account of a bundle from its files' accounts (whose problem lists hold the problems kept
   * for each file) and its own problems, keeping at most {@code limit} problems.
   */
  static BundleAccount of(Map<RecordType, FileAccount> files, List<Problem> bundleProblems,
      int limit) {
    List<Problem> kept = new ArrayList<>();
    for (Problem p : bundleProblems) {
      if (kept.size() < limit) {
        kept.add(p);
      }
    }
    Map<RecordType, FileAccount> trimmed = new EnumMap<>(RecordType.class);
    for (RecordType t : RecordType.values()) {
      FileAccount a = files.get(t);
      if (a == null) {
        continue;
      }
      int room = limit - kept.size();
      List<Problem> own = a.problems();
      if (own.size() > room) {
        own = own.subList(0, room);
        a = new FileAccount(a.fileName(), a.recordType(), a.charset(), a.status(), a.rowsRead(),
            a.rowsAccepted(), a.rowsRejected(), a.blankLines(), a.problemsBySeverity(),
            a.problemsByCode(), own);
      }
      kept.addAll(own);
      trimmed.put(t, a);
    }
    return new BundleAccount(trimmed, bundleProblems, kept);
  }

  /**
   * The account of each file read, in {@link RecordType} order; absent files are not listed. Each
   * account's problem list holds the file's problems among those {@linkplain #problems() kept}.
   */
  public Map<RecordType, FileAccount> files() {
    return files;
  }

  /** The account of the file of one record type, if the bundle has that file. */
  public Optional<FileAccount> file(RecordType type) {
    return Optional.ofNullable(files.get(Objects.requireNonNull(type, "type")));
  }

  /** The problems of the bundle as a whole (not of a file's rows), in the order found. */
  public List<Problem> bundleProblems() {
    return bundleProblems;
  }

  /** The problems kept: the bundle's, then each file's, up to the reader's problem limit. */
  public List<Problem> problems() {
    return problems;
  }

  /** The number of problems found but not kept, because of the problem limit or a problem sink. */
  public long problemsOmitted() {
    return problemCount() - problems.size();
  }

  /** The number of problems found, kept or not. */
  public long problemCount() {
    long n = 0;
    for (long c : bySeverity.values()) {
      n += c;
    }
    return n;
  }

  /** The number of problems of a severity found, kept or not. */
  public long problemCount(Severity severity) {
    return bySeverity.get(Objects.requireNonNull(severity, "severity"));
  }

  /** The number of problems found per code, kept or not, sorted by code. */
  public Map<String, Long> problemsByCode() {
    return byCode;
  }

  /** Whether any ERROR was found: a rejected row, a dropped value, a rejected or missing file. */
  public boolean hasErrors() {
    return problemCount(Severity.ERROR) > 0;
  }

  /** Data rows read in all files. */
  public long rowsRead() {
    return rowsRead;
  }

  /** Rows accepted in all files. */
  public long rowsAccepted() {
    return rowsAccepted;
  }

  /** Rows rejected in all files. */
  public long rowsRejected() {
    return rowsRejected;
  }

  /**
   * One line per file, then the totals, for example:
   *
   * <pre>
   * residents.csv [UTF-8, COMPLETE]: 1000 read, 990 accepted, 10 rejected; 12 errors, 3 warnings, 0 info
   * bundle: 2 files, 1500 read, 1490 accepted, 10 rejected; 12 errors, 3 warnings, 1 info
   * </pre>
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (FileAccount a : files.values()) {
      b.append(a).append('\n');
    }
    return b.append(String.format(Locale.ROOT,
        "bundle: %d file%s, %d read, %d accepted, %d rejected; %d error%s, %d warning%s, %d info",
        files.size(), files.size() == 1 ? "" : "s", rowsRead, rowsAccepted, rowsRejected,
        problemCount(Severity.ERROR), problemCount(Severity.ERROR) == 1 ? "" : "s",
        problemCount(Severity.WARNING), problemCount(Severity.WARNING) == 1 ? "" : "s",
        problemCount(Severity.INFO))).toString();
  }
}
