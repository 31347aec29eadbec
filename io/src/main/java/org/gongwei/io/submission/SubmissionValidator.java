package org.gongwei.io.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.validation.DatasetValidator;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;
import org.gongwei.core.validation.ValidationReport;
import org.gongwei.io.bundle.BundleRead;
import org.gongwei.io.bundle.BundleReader;

/**
 * Validates a submitted bundle directory in one call: reads every file with the {@link
 * BundleReader} (parsing problems, row accounting), then runs every rule of the core {@link
 * DatasetValidator} over what was read (identifiers, plausibility, cross-field and cross-record
 * rules: duplicate ids, unknown residents, pregnancies and institutions), and locates each finding
 * about a record at the line of its file where the record's row starts.
 *
 * <p>Never throws on bad data: a missing or unreadable directory gives the verdict {@link
 * Verdict#UNUSABLE} with a problem that says why. Immutable and thread-safe.
 *
 * <pre>{@code
 * SubmissionReport r = SubmissionValidator.defaults().validate(Path.of("bundle"));
 * System.out.println(r.summary());
 * }</pre>
 */
public final class SubmissionValidator {
  /** The code of the problem given when the input cannot be used. */
  public static final String UNUSABLE = "SUBMISSION_UNUSABLE";

  private static final SubmissionValidator DEFAULTS =
      new SubmissionValidator(BundleReader.defaults(), DatasetValidator.defaults());

  private final BundleReader reader;
  private final DatasetValidator validator;

  private SubmissionValidator(BundleReader reader, DatasetValidator validator) {
    this.reader = reader;
    this.validator = validator;
  }

  /** The default bundle reader and the default validation rules (reference date today). */
  public static SubmissionValidator defaults() {
    return DEFAULTS;
  }

  /** This validator reading with another bundle reader (charset, aliases, problem limit, threads). */
  public SubmissionValidator withReader(BundleReader newReader) {
    return new SubmissionValidator(Objects.requireNonNull(newReader, "newReader"), validator);
  }

  /** This validator checking with other rules or options (reference date, strictness, schedule). */
  public SubmissionValidator withValidator(DatasetValidator newValidator) {
    return new SubmissionValidator(reader, Objects.requireNonNull(newValidator, "newValidator"));
  }

  /** Validates a bundle directory. */
  public SubmissionReport validate(Path directory) {
    Objects.requireNonNull(directory, "directory");
    String source = directory.toString();
    if (!Files.exists(directory)) {
      return SubmissionReport.unusable(source, Problem.error(UNUSABLE, "no such directory: " + source));
    }
    if (!Files.isDirectory(directory)) {
      return SubmissionReport.unusable(source, Problem.error(UNUSABLE, source + " is not a directory (a bundle is a directory of CSV files)"));
    }
    Lines lines = new Lines();
    BundleRead read;
    try {
      read = reader.withRecordLines(lines::add).read(directory);
    } catch (IOException e) {
      return SubmissionReport.unusable(source, Problem.error(UNUSABLE, "cannot read " + source + ": " + e.getMessage()));
    }
    ValidationReport validation = validator.validate(read.dataset());

    List<Problem> problems = new ArrayList<>(read.account().problems());
    Map<String, Integer> duplicatesSeen = new HashMap<>();
    for (Problem p : validation.problems()) {
      problems.add(lines.locate(p, duplicatesSeen));
    }
    problems.sort(SubmissionValidator::byLocation);

    Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    Map<String, Long> byCode = new HashMap<>(read.account().problemsByCode());
    for (Severity s : Severity.values()) {
      bySeverity.put(s, read.account().problemCount(s) + validation.count(s));
    }
    validation.countsByCode().forEach((code, n) -> byCode.merge(code, (long) n, Long::sum));
    boolean errors = bySeverity.get(Severity.ERROR) > 0;
    return new SubmissionReport(
        source,
        errors ? Verdict.ERRORS : Verdict.NO_ERRORS,
        Optional.of(read.account()),
        problems,
        bySeverity,
        byCode,
        read.account().problemsOmitted());
  }

  /** Bundle problems (no file) first, then by file, line and code; findings without a line last within a file. */
  private static int byLocation(Problem a, Problem b) {
    int c = Boolean.compare(a.file().isPresent(), b.file().isPresent());
    if (c != 0) {
      return c;
    }
    c = a.file().orElse("").compareTo(b.file().orElse(""));
    if (c != 0) {
      return c;
    }
    c = Long.compare(a.line().orElse(Long.MAX_VALUE), b.line().orElse(Long.MAX_VALUE));
    if (c != 0) {
      return c;
    }
    return a.code().compareTo(b.code());
  }

  @Override
  public String toString() {
    return "SubmissionValidator[" + reader + ", as of " + validator.asOf() + "]";
  }

  /**
   * The line of every accepted record, per type and id; a duplicated id keeps all its lines in
   * file order. Filled by the reader's threads (one type per thread).
   */
  private static final class Lines {
    private final Map<RecordType, Map<String, Object>> byType = new ConcurrentHashMap<>();

    void add(org.gongwei.core.dataset.BundleRecord record, long line) {
      Map<String, Object> ids = byType.computeIfAbsent(record.recordType(), t -> new HashMap<>());
      Object old = ids.putIfAbsent(record.id(), line);
      if (old != null) {
        long[] all = old instanceof Long ? new long[] {(Long) old} : (long[]) old;
        long[] more = java.util.Arrays.copyOf(all, all.length + 1);
        more[all.length] = line;
        ids.put(record.id(), more);
      }
    }

    /**
     * The problem located at its record's file and line. The n-th DUPLICATE_ID finding of an id
     * is about its (n+1)-th occurrence, the first being the original.
     */
    Problem locate(Problem p, Map<String, Integer> duplicatesSeen) {
      if (p.file().isPresent() || p.recordType().isEmpty() || p.recordId().isEmpty()) {
        return p.recordType().isPresent() && p.file().isEmpty() ? p.withLocation(p.recordType().get().fileName(), 0) : p;
      }
      RecordType type = p.recordType().get();
      Map<String, Object> ids = byType.get(type);
      Object where = ids == null ? null : ids.get(p.recordId().get());
      long line = 0;
      if (where instanceof Long) {
        line = (Long) where;
      } else if (where instanceof long[]) {
        long[] all = (long[]) where;
        int index = 0;
        if (p.code().equals("DUPLICATE_ID")) {
          String key = type + "/" + p.recordId().get();
          index = Math.min(all.length - 1, duplicatesSeen.merge(key, 1, Integer::sum));
        }
        line = all[index];
      }
      return p.withLocation(type.fileName(), line);
    }
  }
}
