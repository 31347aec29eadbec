package org.gongwei.indicators.colour;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.code.Condition;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.Subject;
import org.gongwei.indicators.report.TextTable;

/**
 * The colours of every managed hypertension and type 2 diabetes patient of a dataset in a period
 * (红黄绿分色管理台账): the patient list, and the numbers of green, yellow and red patients by
 * condition, by institution and by doctor.
 *
 * <p>A resident managed for both conditions is graded, listed and counted once per condition.
 * The institution is the resident's responsible institution ({@code institution_code}); the
 * doctor is the resident's responsible doctor ({@code doctor_id}), else the doctor of the latest
 * follow-up of the condition in the period, else {@value #UNKNOWN_DOCTOR}.
 *
 * <pre>{@code
 * ColourCensus census = ColourCensus.of(dataset, context, ColourRules.defaults());
 * census.counts(Condition.HYPERTENSION);            // green 812, yellow 240, red 37 (1089)
 * census.patients(Condition.HYPERTENSION, Colour.RED);
 * ColourCensus.transitions(census2023, census);      // who moved from red to green
 * }</pre>
 *
 * <p>Immutable.
 */
public final class ColourCensus {
  /** The doctor id of a patient without a known doctor. */
  public static final String UNKNOWN_DOCTOR = "unknown";

  private static final List<Condition> CONDITIONS = List.of(Condition.HYPERTENSION, Condition.TYPE2_DIABETES);
  private static final Comparator<ColouredPatient> ORDER =
      Comparator.comparing(ColouredPatient::condition).thenComparing(ColouredPatient::residentId);

  private final EvaluationContext context;
  private final ColourRules rules;
  private final List<ColouredPatient> patients;
  private final Map<Condition, Map<String, ColouredPatient>> index;

  private ColourCensus(EvaluationContext context, ColourRules rules, List<ColouredPatient> patients) {
    this.context = context;
    this.rules = rules;
    patients.sort(ORDER);
    this.patients = Collections.unmodifiableList(patients);
    Map<Condition, Map<String, ColouredPatient>> m = new EnumMap<>(Condition.class);
    for (Condition c : CONDITIONS) {
      m.put(c, new HashMap<>());
    }
    for (ColouredPatient p : patients) {
      if (m.get(p.condition()).put(p.residentId(), p) != null) {
        throw new IllegalArgumentException("resident " + p.residentId() + " appears twice");
      }
    }
    this.index = m;
  }

  /** The census of every resident of {@code dataset} in the context's period. */
  public static ColourCensus of(Dataset dataset, EvaluationContext context, ColourRules rules) {
    Objects.requireNonNull(dataset, "dataset");
    return of(dataset.residentViews(), context, rules);
  }

  /**
   * The census of {@code views} in the context's period.
   *
   * @throws IllegalArgumentException if a resident appears twice
   */
  public static ColourCensus of(Iterable<ResidentView> views, EvaluationContext context, ColourRules rules) {
    Objects.requireNonNull(views, "views");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(rules, "rules");
    List<ColouredPatient> patients = new ArrayList<>();
    for (ResidentView view : views) {
      if (view.registrations().isEmpty()) {
        continue;
      }
      Subject subject = new Subject(view, context);
      for (Condition condition : CONDITIONS) {
        Optional<ColourGrade> grade = ColourClassifier.classify(subject, condition, rules);
        if (grade.isPresent()) {
          patients.add(new ColouredPatient(grade.get(), view.resident().institutionCode(), doctor(view, grade.get())));
        }
      }
    }
    return new ColourCensus(context, rules, patients);
  }

  private static String doctor(ResidentView view, ColourGrade grade) {
    Optional<String> own = view.resident().doctorId();
    if (own.isPresent()) {
      return own.get();
    }
    List<FollowUp> used = grade.followUps();
    if (used.isEmpty()) {
      return UNKNOWN_DOCTOR;
    }
    return used.get(used.size() - 1).doctorId().orElse(UNKNOWN_DOCTOR);
  }

  /** The period of the census. */
  public ReportingPeriod period() {
    return context.period();
  }

  /** The context (period, rulebook) of the census. */
  public EvaluationContext context() {
    return context;
  }

  /** The colour rules of the census. */
  public ColourRules rules() {
    return rules;
  }

  /** Every graded patient, by condition and resident id. */
  public List<ColouredPatient> patients() {
    return patients;
  }

  /** The graded patients of {@code condition}, by resident id. */
  public List<ColouredPatient> patients(Condition condition) {
    Objects.requireNonNull(condition, "condition");
    return select(p -> p.condition() == condition);
  }

  /** The patients of {@code condition} graded {@code colour}, by resident id: a drill-down. */
  public List<ColouredPatient> patients(Condition condition, Colour colour) {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(colour, "colour");
    return select(p -> p.condition() == condition && p.colour() == colour);
  }

  private List<ColouredPatient> select(Predicate<ColouredPatient> keep) {
    List<ColouredPatient> l = new ArrayList<>();
    for (ColouredPatient p : patients) {
      if (keep.test(p)) {
        l.add(p);
      }
    }
    return Collections.unmodifiableList(l);
  }

  /** The grade of one resident for {@code condition}; empty when not a managed patient of it. */
  public Optional<ColouredPatient> patient(String residentId, Condition condition) {
    Objects.requireNonNull(residentId, "residentId");
    Objects.requireNonNull(condition, "condition");
    Map<String, ColouredPatient> m = index.get(condition);
    return m == null ? Optional.empty() : Optional.ofNullable(m.get(residentId));
  }

  /** The numbers of green, yellow and red patients of {@code condition}. */
  public ColourCounts counts(Condition condition) {
    ColourCounts c = ColourCounts.ZERO;
    for (ColouredPatient p : patients(condition)) {
      c = c.plus(p.colour());
    }
    return c;
  }

  /** The counts of {@code condition} per responsible institution code; they add up to {@link #counts}. */
  public SortedMap<String, ColourCounts> byInstitution(Condition condition) {
    return group(condition, ColouredPatient::institutionCode);
  }

  /**
   * The counts of {@code condition} per doctor id ({@value #UNKNOWN_DOCTOR} for patients without
   * a doctor); they add up to {@link #counts}.
   */
  public SortedMap<String, ColourCounts> byDoctor(Condition condition) {
    return group(condition, ColouredPatient::doctorId);
  }

  private SortedMap<String, ColourCounts> group(Condition condition, Function<ColouredPatient, String> key) {
    SortedMap<String, ColourCounts> m = new TreeMap<>();
    for (ColouredPatient p : patients(condition)) {
      m.merge(key.apply(p), ColourCounts.ZERO.plus(p.colour()), ColourCounts::plus);
    }
    return Collections.unmodifiableSortedMap(m);
  }

  /**
   * The movements of patients between the colours of {@code earlier} and {@code later} (for
   * example 2023 and 2024), per condition: see {@link ColourTransitions}.
   */
  public static ColourTransitions transitions(ColourCensus earlier, ColourCensus later) {
    return ColourTransitions.between(earlier, later);
  }

  /**
   * The counts as an aligned table, one row per condition and institution, and a total per
   * condition.
   */
  public String toTable() {
    TextTable t = TextTable.of("Condition", "Institution", "Green>", "Yellow>", "Red>", "Total>");
    for (Condition c : CONDITIONS) {
      for (Map.Entry<String, ColourCounts> e : byInstitution(c).entrySet()) {
        row(t, c.label(), e.getKey(), e.getValue());
      }
      row(t, c.label(), "all", counts(c));
    }
    return t.toString();
  }

  private static void row(TextTable t, String condition, String group, ColourCounts c) {
    t.row(
        condition,
        group,
        Long.toString(c.green()),
        Long.toString(c.yellow()),
        Long.toString(c.red()),
        Long.toString(c.total()));
  }

  /**
   * For example {@code ColourCensus[2024, HYPERTENSION green 3, yellow 1, red 1 (5),
   * TYPE2_DIABETES green 2, yellow 0, red 0 (2)]}.
   */
  @Override
  public String toString() {
    return "ColourCensus[" + period() + ", " + Condition.HYPERTENSION + " " + counts(Condition.HYPERTENSION) + ", "
        + Condition.TYPE2_DIABETES + " " + counts(Condition.TYPE2_DIABETES) + "]";
  }
}
