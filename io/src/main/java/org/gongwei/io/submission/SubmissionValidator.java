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
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.validation.DatasetValidator;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;
import org.gongwei.core.validation.ValidationReport;
import org.gongwei.io.bundle.BundleAccount;
import org.gongwei.io.bundle.BundleRead;
import org.gongwei.io.bundle.BundleReader;
import org.gongwei.io.cda.CdaBatch;
import org.gongwei.io.cda.CdaDocumentResult;
import org.gongwei.io.cda.CdaReader;
import org.gongwei.io.fhir.FhirReadResult;
import org.gongwei.io.fhir.FhirReader;
import org.gongwei.io.fhir.ResourceCount;

/**
 * Validates a submission in one call: a bundle directory of CSV files (read with the {@link
 * BundleReader}: parsing problems, row accounting), a directory of WS/T 483 CDA documents or a
 * FHIR R4 Bundle (read with their readers: document and resource accounting); then runs every
 * rule of the core {@link DatasetValidator} over what was read (identifiers, plausibility,
 * cross-field and cross-record rules: duplicate ids, unknown residents, pregnancies and
 * institutions), and locates each finding about a record at its file and, for CSV, the line where
 * the record's row starts.
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

  /**
   * Validates a submission: a bundle directory of CSV files, a directory of WS/T 483 CDA documents
   * ({@code *.xml}, when it holds no {@code *.csv}), or a FHIR R4 Bundle in a {@code .json} file.
   */
  public SubmissionReport validate(Path input) {
    Objects.requireNonNull(input, "input");
    String source = input.toString();
    if (!Files.exists(input)) {
      return SubmissionReport.unusable(source, InputKind.CSV_BUNDLE, Problem.error(UNUSABLE, "no such file or directory: " + source));
    }
    try {
      if (Files.isDirectory(input)) {
        return hasFiles(input, ".xml") && !hasFiles(input, ".csv") ? validateCda(input) : validateBundle(input);
      }
      if (input.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
        return validateFhir(input);
      }
    } catch (IOException e) {
      return SubmissionReport.unusable(source, InputKind.CSV_BUNDLE, Problem.error(UNUSABLE, "cannot read " + source + ": " + e.getMessage()));
    }
    return SubmissionReport.unusable(
        source,
        InputKind.CSV_BUNDLE,
        Problem.error(UNUSABLE, source + " is neither a bundle directory, a directory of CDA documents nor a FHIR Bundle (.json)"));
  }

  private static boolean hasFiles(Path directory, String suffix) throws IOException {
    try (java.util.stream.Stream<Path> files = Files.list(directory)) {
      return files.anyMatch(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(suffix));
    }
  }

  private SubmissionReport validateBundle(Path directory) throws IOException {
    Lines lines = new Lines();
    BundleRead read = reader.withRecordLines((record, line) -> lines.add(record, record.recordType().fileName(), line)).read(directory);
    BundleAccount a = read.account();
    return report(
        directory.toString(),
        InputKind.CSV_BUNDLE,
        new SubmissionReport.Tally(a.rowsRead(), a.rowsAccepted(), a.rowsRejected(), 0),
        Optional.of(a),
        a.problems(),
        a::problemCount,
        a.problemsByCode(),
        a.problemsOmitted(),
        read.dataset(),
        lines);
  }

  private SubmissionReport validateCda(Path directory) {
    CdaBatch batch = CdaReader.create().readDirectory(directory);
    Lines lines = new Lines();
    Dataset.Builder data = Dataset.builder();
    List<Problem> problems = new ArrayList<>();
    for (CdaDocumentResult d : batch.documents()) {
      problems.addAll(d.problems());
      d.record().ifPresent(r -> {
        data.add(r);
        lines.add(r, d.source(), 0);
      });
    }
    return report(
        directory.toString(),
        InputKind.CDA_DIRECTORY,
        new SubmissionReport.Tally(batch.documentsRead(), batch.documentsAccepted(), batch.documentsRejected(), 0),
        Optional.empty(),
        problems,
        s -> problems.stream().filter(p -> p.severity() == s).count(),
        counts(problems),
        0,
        data.build(),
        lines);
  }

  private SubmissionReport validateFhir(Path file) throws IOException {
    FhirReadResult result = FhirReader.read(file);
    long read = 0;
    long used = 0;
    long rejected = 0;
    long ignored = 0;
    for (ResourceCount c : result.resources().values()) {
      read += c.read();
      used += c.used();
      rejected += c.rejected();
      ignored += c.ignored();
    }
    for (int n : result.unknownResources().values()) {
      read += n;
      ignored += n;
    }
    Lines lines = new Lines();
    String name = file.getFileName().toString();
    result.dataset().stream().forEach(r -> lines.add(r, name, 0));
    List<Problem> problems = result.problems();
    return report(
        file.toString(),
        InputKind.FHIR_BUNDLE,
        new SubmissionReport.Tally(read, used, rejected, ignored),
        Optional.empty(),
        problems,
        s -> problems.stream().filter(p -> p.severity() == s).count(),
        counts(problems),
        0,
        result.dataset(),
        lines);
  }

  private static Map<String, Long> counts(List<Problem> problems) {
    Map<String, Long> byCode = new HashMap<>();
    for (Problem p : problems) {
      byCode.merge(p.code(), 1L, Long::sum);
    }
    return byCode;
  }

  /** Runs the rules over what was read and puts the findings, located, beside the reading problems. */
  private SubmissionReport report(
      String source,
      InputKind kind,
      SubmissionReport.Tally tally,
      Optional<BundleAccount> account,
      List<Problem> readProblems,
      java.util.function.ToLongFunction<Severity> readCounts,
      Map<String, Long> readCodes,
      long omitted,
      Dataset dataset,
      Lines lines) {
    ValidationReport validation = validator.validate(dataset);
    List<Problem> problems = new ArrayList<>(readProblems);
    Map<String, Integer> duplicatesSeen = new HashMap<>();
    for (Problem p : validation.problems()) {
      problems.add(lines.locate(p, duplicatesSeen));
    }
    problems.sort(SubmissionValidator::byLocation);
    Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      bySeverity.put(s, readCounts.applyAsLong(s) + validation.count(s));
    }
    Map<String, Long> byCode = new HashMap<>(readCodes);
    validation.countsByCode().forEach((code, n) -> byCode.merge(code, (long) n, Long::sum));
    Verdict verdict = bySeverity.get(Severity.ERROR) > 0 ? Verdict.ERRORS : Verdict.NO_ERRORS;
    return new SubmissionReport(source, kind, tally, verdict, account, problems, bySeverity, byCode, omitted);
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
   * Where every accepted record came from (file and line), per type and id; a duplicated id keeps
   * all its places in input order. Filled by the reader's threads (one record type per thread).
   */
  private static final class Lines {
    private final Map<RecordType, Map<String, Object>> byType = new ConcurrentHashMap<>();

    private record Place(String file, long line) {}

    void add(BundleRecord record, String file, long line) {
      Map<String, Object> ids = byType.computeIfAbsent(record.recordType(), t -> new HashMap<>());
      Place here = new Place(file, line);
      Object old = ids.putIfAbsent(record.id(), here);
      if (old != null) {
        Place[] all = old instanceof Place ? new Place[] {(Place) old} : (Place[]) old;
        Place[] more = java.util.Arrays.copyOf(all, all.length + 1);
        more[all.length] = here;
        ids.put(record.id(), more);
      }
    }

    /**
     * The problem located at its record's file and line. The n-th DUPLICATE_ID finding of an id
     * is about its (n+1)-th occurrence, the first being the original.
     */
    Problem locate(Problem p, Map<String, Integer> duplicatesSeen) {
      if (p.file().isPresent() || p.recordType().isEmpty()) {
        return p;
      }
      RecordType type = p.recordType().get();
      Map<String, Object> ids = byType.get(type);
      Object where = ids == null || p.recordId().isEmpty() ? null : ids.get(p.recordId().get());
      Place place = null;
      if (where instanceof Place) {
        place = (Place) where;
      } else if (where instanceof Place[]) {
        Place[] all = (Place[]) where;
        int index = 0;
        if (p.code().equals("DUPLICATE_ID")) {
          String key = type + "/" + p.recordId().get();
          index = Math.min(all.length - 1, duplicatesSeen.merge(key, 1, Integer::sum));
        }
        place = all[index];
      }
      return place == null ? p.withLocation(type.fileName(), 0) : p.withLocation(place.file(), place.line());
    }
  }
}
