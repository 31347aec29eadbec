package org.gongwei.io.submission;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;
import org.gongwei.io.bundle.BundleAccount;
import org.gongwei.io.csv.FileAccount;

/**
 * The result of validating a submission: the verdict, the accounts of the files (rows read,
 * accepted, rejected), every problem kept (parsing problems and validation findings, located in
 * the files where possible) and counts that cover every problem, kept or not. ID card numbers in
 * messages are masked. Immutable.
 */
public final class SubmissionReport {
  private final String source;
  private final InputKind kind;
  private final Verdict verdict;
  private final Optional<BundleAccount> account;
  private final Tally tally;
  private final List<Problem> problems;
  private final Map<Severity, Long> bySeverity;
  private final Map<String, Long> byCode;
  private final long omitted;

  /**
   * The accounting of a submission: units (rows, documents or resources) read = accepted +
   * rejected + ignored (ignored: FHIR resources of a known type that carry no record).
   */
  record Tally(long read, long accepted, long rejected, long ignored) {
    Tally {
      if (read != accepted + rejected + ignored) {
        throw new IllegalArgumentException("read must equal accepted + rejected + ignored");
      }
    }
  }

  SubmissionReport(
      String source,
      InputKind kind,
      Tally tally,
      Verdict verdict,
      Optional<BundleAccount> account,
      List<Problem> problems,
      Map<Severity, Long> bySeverity,
      Map<String, Long> byCode,
      long omitted) {
    this.source = Objects.requireNonNull(source, "source");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.tally = Objects.requireNonNull(tally, "tally");
    this.verdict = Objects.requireNonNull(verdict, "verdict");
    this.account = Objects.requireNonNull(account, "account");
    List<Problem> masked = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      String message = Masking.mask(p.message());
      masked.add(message.equals(p.message()) ? p : relabel(p, message));
    }
    this.problems = Collections.unmodifiableList(masked);
    this.bySeverity = Collections.unmodifiableMap(new EnumMap<>(bySeverity));
    this.byCode = Collections.unmodifiableMap(new TreeMap<>(byCode));
    this.omitted = omitted;
  }

  private static Problem relabel(Problem p, String message) {
    Problem q = Problem.of(p.severity(), p.code(), message);
    if (p.recordType().isPresent()) {
      q = q.withRecord(p.recordType().get(), p.recordId().orElse(null));
    }
    if (p.field().isPresent()) {
      q = q.withField(p.field().get());
    }
    if (p.file().isPresent()) {
      q = q.withLocation(p.file().get(), p.line().orElse(0));
    }
    return q;
  }

  /** An unusable submission: one problem says why. */
  static SubmissionReport unusable(String source, InputKind kind, Problem why) {
    Map<Severity, Long> severities = new EnumMap<>(Severity.class);
    severities.put(why.severity(), 1L);
    return new SubmissionReport(
        source, kind, new Tally(0, 0, 0, 0), Verdict.UNUSABLE, Optional.empty(), List.of(why), severities, Map.of(why.code(), 1L), 0);
  }

  /** The directory (or file) validated, as given. */
  public String source() {
    return source;
  }

  public Verdict verdict() {
    return verdict;
  }

  /** What was validated: a CSV bundle, a directory of CDA documents or a FHIR Bundle. */
  public InputKind kind() {
    return kind;
  }

  /** The accounts of the files of a CSV bundle, when it could be read at all. */
  public Optional<BundleAccount> account() {
    return account;
  }

  /** The accounts of the files read, in bundle order. */
  public List<FileAccount> files() {
    return account.map(a -> List.copyOf(a.files().values())).orElse(List.of());
  }

  /** The problems kept, in order: the bundle's, then by file and line, then findings without a line. */
  public List<Problem> problems() {
    return problems;
  }

  /** The number of problems of a severity, kept or not. */
  public long count(Severity severity) {
    return bySeverity.getOrDefault(severity, 0L);
  }

  /** The number of problems per code, kept or not, sorted by code. */
  public Map<String, Long> countsByCode() {
    return byCode;
  }

  /** The number of problems counted but not kept (beyond the reader's limit). */
  public long problemsOmitted() {
    return omitted;
  }

  /** Whether there is at least one error. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** Units read ({@linkplain InputKind#unit() rows, documents or resources}): accepted + rejected + ignored. */
  public long read() {
    return tally.read();
  }

  /** Units accepted: they became records. */
  public long accepted() {
    return tally.accepted();
  }

  /** Units rejected, each with at least one error. */
  public long rejected() {
    return tally.rejected();
  }

  /** FHIR resources of a known type that carry no record (0 for the other kinds). */
  public long ignored() {
    return tally.ignored();
  }

  /**
   * A readable summary: the verdict, a table of the files, the problems by code, and the first
   * problems (at most {@code maxProblems}).
   */
  public String summary(int maxProblems) {
    StringBuilder b = new StringBuilder();
    b.append("Submission ").append(source).append(" (").append(kind.name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .append("): ").append(verdictText()).append('\n');
    if (account.isPresent()) {
      b.append(String.format(Locale.ROOT, "%-22s %-9s %10s %10s %10s %8s %8s%n", "file", "charset", "read", "accepted", "rejected", "errors", "warnings"));
      for (FileAccount f : files()) {
        b.append(
            String.format(
                Locale.ROOT,
                "%-22s %-9s %10d %10d %10d %8d %8d%n",
                f.fileName(),
                f.charset().map(c -> c.name()).orElse("-"),
                f.rowsRead(),
                f.rowsAccepted(),
                f.rowsRejected(),
                f.problemCount(Severity.ERROR),
                f.problemCount(Severity.WARNING)));
      }
      b.append(String.format(Locale.ROOT, "%-22s %-9s %10d %10d %10d%n", "total", "", read(), accepted(), rejected()));
    } else if (verdict != Verdict.UNUSABLE) {
      b.append(String.format(Locale.ROOT, "%s: %d read, %d accepted, %d rejected%s%n", kind.unit(), read(), accepted(), rejected(),
          ignored() > 0 ? ", " + ignored() + " ignored" : ""));
    }
    b.append(String.format(Locale.ROOT, "%d errors, %d warnings, %d infos%n", count(Severity.ERROR), count(Severity.WARNING), count(Severity.INFO)));
    if (!byCode.isEmpty()) {
      b.append("problems by code:\n");
      byCode.forEach((code, n) -> b.append(String.format(Locale.ROOT, "  %-40s %8d%n", code, n)));
    }
    int shown = Math.min(maxProblems, problems.size());
    if (shown > 0) {
      b.append("first ").append(shown).append(" of ").append(problems.size() + omitted).append(" problems:\n");
      for (int i = 0; i < shown; i++) {
        b.append("  ").append(problems.get(i)).append('\n');
      }
    }
    return b.toString();
  }

  /** The summary with the first 20 problems. */
  public String summary() {
    return summary(20);
  }

  private String verdictText() {
    switch (verdict) {
      case NO_ERRORS:
        return "no errors";
      case ERRORS:
        return "errors found";
      default:
        return "unusable input";
    }
  }

  /** For example {@code SubmissionReport[bundle, ERRORS, 3 errors, 12 warnings]}. */
  @Override
  public String toString() {
    return "SubmissionReport[" + source + ", " + verdict + ", " + count(Severity.ERROR) + " errors, "
        + count(Severity.WARNING) + " warnings]";
  }
}
