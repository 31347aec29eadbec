package org.gongwei.core.validation;

import com.google.common.base.Suppliers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.gongwei.core.dataset.RecordType;

/**
 * The problems found by a validation run, in a stable order, with their counts.
 *
 * <p>Problems are ordered by record type (problems about no record first), then file and line,
 * then record id, then rule (in {@link Rule} order; codes that are no rule after them, by code),
 * then field, message and severity; so the same problems give the same report in whatever order
 * they were found. A report is immutable.
 */
public final class ValidationReport {
  private static final ValidationReport EMPTY = new ValidationReport(List.of());
  private static final Comparator<Problem> ORDER = new ProblemOrder();

  private final List<Problem> problems;
  private final int[] bySeverity = new int[Severity.values().length];
  private final Supplier<Map<RecordType, Map<String, List<Problem>>>> index =
      Suppliers.memoize(this::buildIndex);

  private ValidationReport(List<Problem> sorted) {
    this.problems = sorted;
    for (Problem p : sorted) {
      bySeverity[p.severity().ordinal()]++;
    }
  }

  /** A report of {@code problems}, in the report's order. */
  public static ValidationReport of(Iterable<Problem> problems) {
    Objects.requireNonNull(problems, "problems");
    List<Problem> list = new ArrayList<>();
    for (Problem p : problems) {
      list.add(Objects.requireNonNull(p, "problems contains null"));
    }
    if (list.isEmpty()) {
      return EMPTY;
    }
    return new ValidationReport(Collections.unmodifiableList(sorted(list)));
  }

  /** {@code problems} in the report order; the sort keys are computed once per problem. */
  private static List<Problem> sorted(List<Problem> problems) {
    Keyed[] keyed = new Keyed[problems.size()];
    for (int i = 0; i < keyed.length; i++) {
      keyed[i] = new Keyed(problems.get(i));
    }
    Arrays.sort(keyed);
    List<Problem> result = new ArrayList<>(keyed.length);
    for (Keyed k : keyed) {
      result.add(k.problem);
    }
    return result;
  }

  /** A report without problems. */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * The order of problems in a report: record type (none first), file and line (none first),
   * record id, rule, code, field, message, severity.
   */
  public static Comparator<Problem> problemOrder() {
    return ORDER;
  }

  /** Every problem, in the report's order. */
  public List<Problem> problems() {
    return problems;
  }

  /** The number of problems. */
  public int size() {
    return problems.size();
  }

  /** Whether there are no problems. */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** The number of problems of {@code severity}. */
  public int count(Severity severity) {
    return bySeverity[Objects.requireNonNull(severity, "severity").ordinal()];
  }

  /** Whether there is at least one {@link Severity#ERROR}. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** The number of problems of each code, sorted by code. */
  public SortedMap<String, Integer> countsByCode() {
    SortedMap<String, Integer> counts = new TreeMap<>();
    for (Problem p : problems) {
      counts.merge(p.code(), 1, Integer::sum);
    }
    return Collections.unmodifiableSortedMap(counts);
  }

  /** The problems about the record of {@code type} with id {@code id}, in the report's order. */
  public List<Problem> problemsFor(RecordType type, String id) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Map<String, List<Problem>> ofType = index.get().get(type);
    List<Problem> found = ofType == null ? null : ofType.get(id);
    return found == null ? List.of() : found;
  }

  private Map<RecordType, Map<String, List<Problem>>> buildIndex() {
    Map<RecordType, Map<String, List<Problem>>> map = new EnumMap<>(RecordType.class);
    for (Problem p : problems) {
      if (p.recordType().isPresent() && p.recordId().isPresent()) {
        map.computeIfAbsent(p.recordType().get(), t -> new HashMap<>())
            .computeIfAbsent(p.recordId().get(), id -> new ArrayList<>(2))
            .add(p);
      }
    }
    for (Map<String, List<Problem>> ofType : map.values()) {
      ofType.replaceAll((id, list) -> Collections.unmodifiableList(list));
    }
    return map;
  }

  /** A report of the problems of this report and {@code other}. */
  public ValidationReport merge(ValidationReport other) {
    Objects.requireNonNull(other, "other");
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    List<Problem> merged = new ArrayList<>(problems.size() + other.problems.size());
    int i = 0;
    int j = 0;
    while (i < problems.size() && j < other.problems.size()) {
      if (ORDER.compare(problems.get(i), other.problems.get(j)) <= 0) {
        merged.add(problems.get(i++));
      } else {
        merged.add(other.problems.get(j++));
      }
    }
    merged.addAll(problems.subList(i, problems.size()));
    merged.addAll(other.problems.subList(j, other.problems.size()));
    return new ValidationReport(Collections.unmodifiableList(merged));
  }

  /**
   * A readable multi-line summary: the counts per severity, then for each severity the count of
   * each code with the rule's description.
   */
  public String summary() {
    StringBuilder b = new StringBuilder(toString()).append('\n');
    Map<Severity, SortedMap<String, Integer>> counts = new EnumMap<>(Severity.class);
    for (Problem p : problems) {
      counts.computeIfAbsent(p.severity(), s -> new TreeMap<>()).merge(p.code(), 1, Integer::sum);
    }
    int width = 1;
    for (SortedMap<String, Integer> ofSeverity : counts.values()) {
      for (int n : ofSeverity.values()) {
        width = Math.max(width, Integer.toString(n).length());
      }
    }
    for (Map.Entry<Severity, SortedMap<String, Integer>> e : counts.entrySet()) {
      b.append(heading(e.getKey())).append(":\n");
      for (Map.Entry<String, Integer> c : e.getValue().entrySet()) {
        b.append("  ").append(String.format(Locale.ROOT, "%" + width + "d", c.getValue()))
            .append("  ").append(c.getKey());
        Rule rule = Rule.ofCodeOrNull(c.getKey());
        if (rule != null) {
          b.append(" — ").append(rule.description());
        }
        b.append('\n');
      }
    }
    return b.toString();
  }

  private static String heading(Severity severity) {
    return switch (severity) {
      case ERROR -> "Errors";
      case WARNING -> "Warnings";
      case INFO -> "Infos";
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport && ((ValidationReport) o).problems.equals(problems);
  }

  @Override
  public int hashCode() {
    return problems.hashCode();
  }

  /** The counts, for example {@code 3 errors, 5 warnings, 0 infos}. */
  @Override
  public String toString() {
    return counted(count(Severity.ERROR), "error")
        + ", "
        + counted(count(Severity.WARNING), "warning")
        + ", "
        + counted(count(Severity.INFO), "info");
  }

  private static String counted(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** A problem with its leading sort keys, for sorting many problems. */
  private static final class Keyed implements Comparable<Keyed> {
    final Problem problem;
    final int type;
    final String file;
    final long line;
    final String id;
    final int rule;

    Keyed(Problem p) {
      this.problem = p;
      this.type = ProblemOrder.typeRank(p);
      this.file = p.file().orElse(null);
      this.line = p.line().orElse(0);
      this.id = p.recordId().orElse(null);
      this.rule = ProblemOrder.ruleRank(p);
    }

    @Override
    public int compareTo(Keyed o) {
      int c = Integer.compare(type, o.type);
      if (c != 0) {
        return c;
      }
      c = ProblemOrder.compareNullable(file, o.file);
      if (c != 0) {
        return c;
      }
      c = Long.compare(line, o.line);
      if (c != 0) {
        return c;
      }
      c = ProblemOrder.compareNullable(id, o.id);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(rule, o.rule);
      return c != 0 ? c : ProblemOrder.compareRest(problem, o.problem);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Keyed && compareTo((Keyed) o) == 0;
    }

    @Override
    public int hashCode() {
      return problem.hashCode();
    }
  }

  /** The report order; see {@link #problemOrder()}. */
  private static final class ProblemOrder implements Comparator<Problem> {
    private static final int NO_RULE = Rule.values().length;

    @Override
    public int compare(Problem a, Problem b) {
      int c = Integer.compare(typeRank(a), typeRank(b));
      if (c != 0) {
        return c;
      }
      c = compareNullable(a.file().orElse(null), b.file().orElse(null));
      if (c != 0) {
        return c;
      }
      c = Long.compare(a.line().orElse(0), b.line().orElse(0));
      if (c != 0) {
        return c;
      }
      c = compareNullable(a.recordId().orElse(null), b.recordId().orElse(null));
      if (c != 0) {
        return c;
      }
      c = Integer.compare(ruleRank(a), ruleRank(b));
      return c != 0 ? c : compareRest(a, b);
    }

    /** Code, field, message, severity. */
    static int compareRest(Problem a, Problem b) {
      int c = a.code().compareTo(b.code());
      if (c != 0) {
        return c;
      }
      c = compareNullable(a.field().orElse(null), b.field().orElse(null));
      if (c != 0) {
        return c;
      }
      c = a.message().compareTo(b.message());
      if (c != 0) {
        return c;
      }
      return a.severity().compareTo(b.severity());
    }

    static int typeRank(Problem p) {
      return p.recordType().map(t -> t.ordinal() + 1).orElse(0);
    }

    static int ruleRank(Problem p) {
      Rule rule = Rule.ofCodeOrNull(p.code());
      return rule == null ? NO_RULE : rule.ordinal();
    }

    static int compareNullable(String a, String b) {
      if (a == null) {
        return b == null ? 0 : -1;
      }
      return b == null ? 1 : a.compareTo(b);
    }
  }
}
