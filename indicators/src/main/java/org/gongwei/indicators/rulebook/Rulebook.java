package org.gongwei.indicators.rulebook;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import org.gongwei.indicators.target.Target;

/**
 * The settings under which indicators are computed: one value for every {@link Knob} of
 * indicators.md, the target of each indicator, and the age bands for stratification.
 *
 * <p>{@link #national2017()} holds the national defaults (the rulebook {@code national-2017}) and
 * the national targets of indicators.md §16 (nearest-year values). A province or vendor derives
 * its own rulebook with the {@code withX} methods; each returns a new rulebook that differs in
 * that one setting:
 *
 * <pre>{@code
 * Rulebook province = Rulebook.national2017()
 *     .withName("province-x")
 *     .withFollowUpRequirement(FollowUpRequirement.fixed(4))
 *     .withElderlyBpTarget(false)
 *     .withEarlyRegistrationWeeks(12)
 *     .withTarget("HTN-01", Target.atLeast("0.65"));
 * }</pre>
 *
 * <p>Values are checked when set; an out-of-range value throws {@link IllegalArgumentException}
 * naming the knob. Accepted ranges: {@code name} not blank; {@code dynamicRecordWindowMonths}
 * 1–120; {@code newbornVisitDays} and {@code postpartumVisitDays} 1–365; {@code
 * earlyRegistrationWeeks} 1–45; {@code systematicPrenatalVisits} 0–40; {@code
 * fastingGlucoseTarget} above 0 and at most 50 mmol/L; {@code firstVisitHours} 1–8,784 or empty;
 * {@code renewalGraceDays} 0–366; target ids not blank and without white space.
 */
public final class Rulebook {
  private static final BigDecimal MAX_GLUCOSE = BigDecimal.valueOf(50);
  private static final Rulebook NATIONAL_2017 = new Rulebook(Draft.national2017());

  private final String name;
  private final PopulationDenominator populationDenominator;
  private final int dynamicRecordWindowMonths;
  private final CertificateCohort certificateCohort;
  private final int newbornVisitDays;
  private final int earlyRegistrationWeeks;
  private final int postpartumVisitDays;
  private final int systematicPrenatalVisits;
  private final boolean managedRequiresFollowUp;
  private final FollowUpRequirement followUpRequirement;
  private final boolean requireAnnualCheckup;
  private final boolean checkupCountsAsFollowUp;
  private final ControlVisit controlVisit;
  private final boolean elderlyBpTarget;
  private final BigDecimal fastingGlucoseTarget;
  private final OptionalInt firstVisitHours;
  private final int renewalGraceDays;
  private final ImmutableSortedMap<String, Target> targets;
  private final AgeBands ageBands;

  /** The mutable set of values a rulebook is made from; never escapes this class. */
  private static final class Draft {
    String name;
    PopulationDenominator populationDenominator;
    int dynamicRecordWindowMonths;
    CertificateCohort certificateCohort;
    int newbornVisitDays;
    int earlyRegistrationWeeks;
    int postpartumVisitDays;
    int systematicPrenatalVisits;
    boolean managedRequiresFollowUp;
    FollowUpRequirement followUpRequirement;
    boolean requireAnnualCheckup;
    boolean checkupCountsAsFollowUp;
    ControlVisit controlVisit;
    boolean elderlyBpTarget;
    BigDecimal fastingGlucoseTarget;
    OptionalInt firstVisitHours;
    int renewalGraceDays;
    Map<String, Target> targets;
    AgeBands ageBands;

    static Draft national2017() {
      Draft d = new Draft();
      d.name = "national-2017";
      d.populationDenominator = PopulationDenominator.PREFER_ESTIMATE;
      d.dynamicRecordWindowMonths = 12;
      d.certificateCohort = CertificateCohort.CHILDREN_0_6;
      d.newbornVisitDays = 28;
      d.earlyRegistrationWeeks = 13;
      d.postpartumVisitDays = 28;
      d.systematicPrenatalVisits = 5;
      d.managedRequiresFollowUp = false;
      d.followUpRequirement = FollowUpRequirement.proratedQuarters();
      d.requireAnnualCheckup = true;
      d.checkupCountsAsFollowUp = true;
      d.controlVisit = ControlVisit.LATEST_WITH_MEASUREMENT;
      d.elderlyBpTarget = true;
      d.fastingGlucoseTarget = new BigDecimal("7.0");
      d.firstVisitHours = OptionalInt.empty();
      d.renewalGraceDays = 30;
      d.targets = nationalTargets();
      d.ageBands = AgeBands.defaults();
      return d;
    }
  }

  /**
   * The national targets of indicators.md §16, nearest-year values: HTN-01, DM-01 ≥ 60 % (2022);
   * SMD-01 ≥ 80 % (2022); IMM-02 (per township), CH-02, MAT-04 ≥ 90 %; OLD-01 ≥ 65 % (2025);
   * TCM-01 ≥ 75 % (2025); PC-01 ≥ 65 %; FD-01 ≥ 75 % and FD-02 ≥ 85 % (2035).
   */
  private static Map<String, Target> nationalTargets() {
    Map<String, Target> t = new TreeMap<>();
    t.put("IMM-02", Target.atLeast("0.90"));
    t.put("CH-02", Target.atLeast("0.90"));
    t.put("MAT-04", Target.atLeast("0.90"));
    t.put("HTN-01", Target.atLeast("0.60"));
    t.put("DM-01", Target.atLeast("0.60"));
    t.put("OLD-01", Target.atLeast("0.65"));
    t.put("TCM-01", Target.atLeast("0.75"));
    t.put("SMD-01", Target.atLeast("0.80"));
    t.put("FD-01", Target.atLeast("0.75"));
    t.put("FD-02", Target.atLeast("0.85"));
    t.put("PC-01", Target.atLeast("0.65"));
    return t;
  }

  private Rulebook(Draft d) {
    this.name = Objects.requireNonNull(d.name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    this.populationDenominator =
        Objects.requireNonNull(d.populationDenominator, "populationDenominator");
    this.dynamicRecordWindowMonths =
        inRange(d.dynamicRecordWindowMonths, 1, 120, Knob.DYNAMIC_RECORD_WINDOW_MONTHS);
    this.certificateCohort = Objects.requireNonNull(d.certificateCohort, "certificateCohort");
    this.newbornVisitDays = inRange(d.newbornVisitDays, 1, 365, Knob.NEWBORN_VISIT_DAYS);
    this.earlyRegistrationWeeks =
        inRange(d.earlyRegistrationWeeks, 1, 45, Knob.EARLY_REGISTRATION_WEEKS);
    this.postpartumVisitDays = inRange(d.postpartumVisitDays, 1, 365, Knob.POSTPARTUM_VISIT_DAYS);
    this.systematicPrenatalVisits =
        inRange(d.systematicPrenatalVisits, 0, 40, Knob.SYSTEMATIC_PRENATAL_VISITS);
    this.managedRequiresFollowUp = d.managedRequiresFollowUp;
    this.followUpRequirement =
        Objects.requireNonNull(d.followUpRequirement, "followUpRequirement");
    this.requireAnnualCheckup = d.requireAnnualCheckup;
    this.checkupCountsAsFollowUp = d.checkupCountsAsFollowUp;
    this.controlVisit = Objects.requireNonNull(d.controlVisit, "controlVisit");
    this.elderlyBpTarget = d.elderlyBpTarget;
    this.fastingGlucoseTarget =
        Objects.requireNonNull(d.fastingGlucoseTarget, "fastingGlucoseTarget");
    if (fastingGlucoseTarget.signum() <= 0 || fastingGlucoseTarget.compareTo(MAX_GLUCOSE) > 0) {
      throw new IllegalArgumentException(
          "fastingGlucoseTarget must be above 0 and at most 50 mmol/L: "
              + fastingGlucoseTarget.toPlainString());
    }
    this.firstVisitHours = Objects.requireNonNull(d.firstVisitHours, "firstVisitHours");
    if (firstVisitHours.isPresent()) {
      inRange(firstVisitHours.getAsInt(), 1, 8_784, Knob.FIRST_VISIT_HOURS);
    }
    this.renewalGraceDays = inRange(d.renewalGraceDays, 0, 366, Knob.RENEWAL_GRACE_DAYS);
    Objects.requireNonNull(d.targets, "targets");
    d.targets.forEach(
        (id, target) -> {
          Objects.requireNonNull(id, "targets: indicator id");
          Objects.requireNonNull(target, "targets: target of " + id);
          if (id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(
                "targets: indicator id must be non-blank without white space: '" + id + "'");
          }
        });
    this.targets = ImmutableSortedMap.copyOf(d.targets);
    this.ageBands = Objects.requireNonNull(d.ageBands, "ageBands");
  }

  private static int inRange(int value, int min, int max, Knob knob) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          knob.key() + " must be between " + min + " and " + max + ": " + value);
    }
    return value;
  }

  private Draft draft() {
    Draft d = new Draft();
    d.name = name;
    d.populationDenominator = populationDenominator;
    d.dynamicRecordWindowMonths = dynamicRecordWindowMonths;
    d.certificateCohort = certificateCohort;
    d.newbornVisitDays = newbornVisitDays;
    d.earlyRegistrationWeeks = earlyRegistrationWeeks;
    d.postpartumVisitDays = postpartumVisitDays;
    d.systematicPrenatalVisits = systematicPrenatalVisits;
    d.managedRequiresFollowUp = managedRequiresFollowUp;
    d.followUpRequirement = followUpRequirement;
    d.requireAnnualCheckup = requireAnnualCheckup;
    d.checkupCountsAsFollowUp = checkupCountsAsFollowUp;
    d.controlVisit = controlVisit;
    d.elderlyBpTarget = elderlyBpTarget;
    d.fastingGlucoseTarget = fastingGlucoseTarget;
    d.firstVisitHours = firstVisitHours;
    d.renewalGraceDays = renewalGraceDays;
    d.targets = targets;
    d.ageBands = ageBands;
    return d;
  }

  /** The rulebook {@code national-2017}: every knob at its default and the targets of §16. */
  public static Rulebook national2017() {
    return NATIONAL_2017;
  }

  // ---- accessors ------------------------------------------------------------------------------

  /** Knob {@code name}: the rulebook's name, e.g. {@code national-2017}. */
  public String name() {
    return name;
  }

  /** Knob {@code populationDenominator}: where population denominators come from. */
  public PopulationDenominator populationDenominator() {
    return populationDenominator;
  }

  /** Knob {@code dynamicRecordWindowMonths}: the dynamic-record window of EHR-03 (default 12). */
  public int dynamicRecordWindowMonths() {
    return dynamicRecordWindowMonths;
  }

  /** Knob {@code certificateCohort}: the denominator children of IMM-01. */
  public CertificateCohort certificateCohort() {
    return certificateCohort;
  }

  /** Knob {@code newbornVisitDays}: days after birth for the newborn visit of CH-01 (default 28). */
  public int newbornVisitDays() {
    return newbornVisitDays;
  }

  /**
   * Knob {@code earlyRegistrationWeeks}: completed gestational weeks before which registration is
   * early (default 13; the 2011 edition used 12).
   */
  public int earlyRegistrationWeeks() {
    return earlyRegistrationWeeks;
  }

  /** Knob {@code postpartumVisitDays}: days after discharge for MAT-02's visit (default 28). */
  public int postpartumVisitDays() {
    return postpartumVisitDays;
  }

  /** Knob {@code systematicPrenatalVisits}: prenatal exams required by MAT-04 (default 5). */
  public int systematicPrenatalVisits() {
    return systematicPrenatalVisits;
  }

  /**
   * Knob {@code managedRequiresFollowUp}: whether a managed patient needs a follow-up in the
   * period (default false).
   */
  public boolean managedRequiresFollowUp() {
    return managedRequiresFollowUp;
  }

  /** Knob {@code followUpRequirement}: follow-ups required for standardized management. */
  public FollowUpRequirement followUpRequirement() {
    return followUpRequirement;
  }

  /** Knob {@code requireAnnualCheckup}: whether standardized management needs a check-up. */
  public boolean requireAnnualCheckup() {
    return requireAnnualCheckup;
  }

  /** Knob {@code checkupCountsAsFollowUp}: whether a check-up counts as one follow-up. */
  public boolean checkupCountsAsFollowUp() {
    return checkupCountsAsFollowUp;
  }

  /** Knob {@code controlVisit}: which follow-up decides control. */
  public ControlVisit controlVisit() {
    return controlVisit;
  }

  /** Knob {@code elderlyBpTarget}: whether patients aged 65+ are controlled below 150/90 mmHg. */
  public boolean elderlyBpTarget() {
    return elderlyBpTarget;
  }

  /** Knob {@code fastingGlucoseTarget}: mmol/L below which a patient is controlled (7.0). */
  public BigDecimal fastingGlucoseTarget() {
    return fastingGlucoseTarget;
  }

  /** Knob {@code firstVisitHours}: the TB first-visit limit in hours; empty (default) for none. */
  public OptionalInt firstVisitHours() {
    return firstVisitHours;
  }

  /** Knob {@code renewalGraceDays}: days after a contract's end for a renewal (default 30). */
  public int renewalGraceDays() {
    return renewalGraceDays;
  }

  /** Knob {@code targets}: the target of each indicator id that has one, sorted by id. */
  public SortedMap<String, Target> targets() {
    return targets;
  }

  /** The target of indicator {@code id}, if it has one. */
  public Optional<Target> target(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(targets.get(id));
  }

  /** The age bands for stratification (default {@code 0-6, 7-17, 18-34, 35-64, 65+}). */
  public AgeBands ageBands() {
    return ageBands;
  }

  /**
   * The value of {@code knob}: a {@code String} (name), an enum ({@link PopulationDenominator},
   * {@link CertificateCohort}, {@link ControlVisit}), an {@code Integer}, a {@code Boolean}, a
   * {@link FollowUpRequirement}, a {@code BigDecimal} (glucose), an {@code OptionalInt} (first
   * visit hours) or the {@code SortedMap<String, Target>} of targets.
   */
  public Object value(Knob knob) {
    Objects.requireNonNull(knob, "knob");
    switch (knob) {
      case NAME:
        return name;
      case POPULATION_DENOMINATOR:
        return populationDenominator;
      case DYNAMIC_RECORD_WINDOW_MONTHS:
        return dynamicRecordWindowMonths;
      case CERTIFICATE_COHORT:
        return certificateCohort;
      case NEWBORN_VISIT_DAYS:
        return newbornVisitDays;
      case EARLY_REGISTRATION_WEEKS:
        return earlyRegistrationWeeks;
      case POSTPARTUM_VISIT_DAYS:
        return postpartumVisitDays;
      case SYSTEMATIC_PRENATAL_VISITS:
        return systematicPrenatalVisits;
      case MANAGED_REQUIRES_FOLLOW_UP:
        return managedRequiresFollowUp;
      case FOLLOW_UP_REQUIREMENT:
        return followUpRequirement;
      case REQUIRE_ANNUAL_CHECKUP:
        return requireAnnualCheckup;
      case CHECKUP_COUNTS_AS_FOLLOW_UP:
        return checkupCountsAsFollowUp;
      case CONTROL_VISIT:
        return controlVisit;
      case ELDERLY_BP_TARGET:
        return elderlyBpTarget;
      case FASTING_GLUCOSE_TARGET:
        return fastingGlucoseTarget;
      case FIRST_VISIT_HOURS:
        return firstVisitHours;
      case RENEWAL_GRACE_DAYS:
        return renewalGraceDays;
      case TARGETS:
        return targets;
      default:
        throw new AssertionError(knob);
    }
  }

  /**
   * The value of {@code knob} as text in the form of the rulebook table: {@code 28}, {@code
   * true}, {@code 7.0}, {@code null}, {@code FIXED(4)}; targets as {@code {CH-02=≥ 90%, …}}.
   */
  public String valueText(Knob knob) {
    Object v = value(knob);
    if (v instanceof OptionalInt) {
      OptionalInt o = (OptionalInt) v;
      return o.isPresent() ? Integer.toString(o.getAsInt()) : "null";
    }
    if (v instanceof BigDecimal) {
      return ((BigDecimal) v).toPlainString();
    }
    return String.valueOf(v);
  }

  // ---- withX ----------------------------------------------------------------------------------

  /** This rulebook with another name. */
  public Rulebook withName(String newName) {
    Draft d = draft();
    d.name = newName;
    return new Rulebook(d);
  }

  /** This rulebook with another {@code populationDenominator}. */
  public Rulebook withPopulationDenominator(PopulationDenominator value) {
    Draft d = draft();
    d.populationDenominator = value;
    return new Rulebook(d);
  }

  /** This rulebook with another {@code dynamicRecordWindowMonths} (1–120). */
  public Rulebook withDynamicRecordWindowMonths(int months) {
    Draft d = draft();
    d.dynamicRecordWindowMonths = months;
    return new Rulebook(d);
  }

  /** This rulebook with another {@code certificateCohort}. */
  public Rulebook withCertificateCohort(CertificateCohort value) {
    Draft d = draft();
    d.certificateCohort = value;
    return new Rulebook(d);
  }

  /** This rulebook with another {@code newbornVisitDays} (1–365). */
  public Rulebook withNewbornVisitDays(int days) {
    Draft d = draft();
    d.newbornVisitDays = days;
    return new Rulebook(d);
  }

  /** This rulebook with another {@code earlyRegistrationWeeks} (1–45). */
  public Rulebook withEarlyRegistrationWeeks(int weeks) {
    Draft d = draft();
    d.earlyRegistrationWeeks = weeks;
    return new Rulebook(d);
  }

  /** This rulebook with another {@code postpartumVisitDays} (1–365). */
  public Rulebook withPostpartumVisitDays(int days) {
    Draft d = draft();
    d.postpartumVisitDays = days;
    return new Rulebook(d);
  }

  /** This rulebook with another {@code systematicPrenatalVisits} (0–40). */
  public Rulebook withSystematicPrenatalVisits(int visits) {
    Draft d = draft();
    d.systematicPrenatalVisits = visits;
    return new Rulebook(d);
  }

  /** This rulebook with another {@code managedRequiresFollowUp}. */
  public Rulebook withManagedRequiresFollowUp(boolean value) {
    Draft d = draft();
    d.managedRequiresFollowUp = value;
    return new Rulebook(d);
  }

  /** This rulebook with another {@code followUpRequirement}. */
  public Rulebook withFollowUpRequirement(FollowUpRequirement value) {
    Draft d = draft();
    d.followUpRequirement = value;
    return new Rulebook(d);
  }

  /** This rulebook with another {@code requireAnnualCheckup}. */
  public Rulebook withRequireAnnualCheckup(boolean value) {
    Draft d = draft();
    d.requireAnnualCheckup = value;
    return new Rulebook(d);
  }

  /** This rulebook with another {@code checkupCountsAsFollowUp}. */
  public Rulebook withCheckupCountsAsFollowUp(boolean value) {
    Draft d = draft();
    d.checkupCountsAsFollowUp = value;
    return new Rulebook(d);
  }

  /** This rulebook with another {@code controlVisit}. */
  public Rulebook withControlVisit(ControlVisit value) {
    Draft d = draft();
    d.controlVisit = value;
    return new Rulebook(d);
  }

  /** This rulebook with another {@code elderlyBpTarget}. */
  public Rulebook withElderlyBpTarget(boolean value) {
    Draft d = draft();
    d.elderlyBpTarget = value;
    return new Rulebook(d);
  }

  /** This rulebook with another {@code fastingGlucoseTarget} in mmol/L (above 0, at most 50). */
  public Rulebook withFastingGlucoseTarget(BigDecimal mmolPerLitre) {
    Draft d = draft();
    d.fastingGlucoseTarget = mmolPerLitre;
    return new Rulebook(d);
  }

  /** This rulebook with another {@code firstVisitHours} (1–8,784, or empty for no limit). */
  public Rulebook withFirstVisitHours(OptionalInt hours) {
    Draft d = draft();
    d.firstVisitHours = hours;
    return new Rulebook(d);
  }

  /** This rulebook with a {@code firstVisitHours} limit (1–8,784). */
  public Rulebook withFirstVisitHours(int hours) {
    return withFirstVisitHours(OptionalInt.of(hours));
  }

  /** This rulebook with another {@code renewalGraceDays} (0–366). */
  public Rulebook withRenewalGraceDays(int days) {
    Draft d = draft();
    d.renewalGraceDays = days;
    return new Rulebook(d);
  }

  /** This rulebook with all targets replaced by {@code newTargets} (indicator id → target). */
  public Rulebook withTargets(Map<String, Target> newTargets) {
    Draft d = draft();
    d.targets = Objects.requireNonNull(newTargets, "newTargets");
    return new Rulebook(d);
  }

  /** This rulebook with the target of indicator {@code id} set (added or replaced). */
  public Rulebook withTarget(String id, Target target) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(target, "target");
    Map<String, Target> t = new TreeMap<>(targets);
    t.put(id, target);
    return withTargets(t);
  }

  /** This rulebook without a target for indicator {@code id} (unchanged if it had none). */
  public Rulebook withoutTarget(String id) {
    Objects.requireNonNull(id, "id");
    Map<String, Target> t = new TreeMap<>(targets);
    t.remove(id);
    return withTargets(t);
  }

  /** This rulebook with other age bands. */
  public Rulebook withAgeBands(AgeBands bands) {
    Draft d = draft();
    d.ageBands = bands;
    return new Rulebook(d);
  }

  // ---- Object ---------------------------------------------------------------------------------

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Rulebook)) {
      return false;
    }
    Rulebook r = (Rulebook) o;
    return name.equals(r.name)
        && populationDenominator == r.populationDenominator
        && dynamicRecordWindowMonths == r.dynamicRecordWindowMonths
        && certificateCohort == r.certificateCohort
        && newbornVisitDays == r.newbornVisitDays
        && earlyRegistrationWeeks == r.earlyRegistrationWeeks
        && postpartumVisitDays == r.postpartumVisitDays
        && systematicPrenatalVisits == r.systematicPrenatalVisits
        && managedRequiresFollowUp == r.managedRequiresFollowUp
        && followUpRequirement.equals(r.followUpRequirement)
        && requireAnnualCheckup == r.requireAnnualCheckup
        && checkupCountsAsFollowUp == r.checkupCountsAsFollowUp
        && controlVisit == r.controlVisit
        && elderlyBpTarget == r.elderlyBpTarget
        && fastingGlucoseTarget.compareTo(r.fastingGlucoseTarget) == 0
        && firstVisitHours.equals(r.firstVisitHours)
        && renewalGraceDays == r.renewalGraceDays
        && targets.equals(r.targets)
        && ageBands.equals(r.ageBands);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        populationDenominator,
        dynamicRecordWindowMonths,
        certificateCohort,
        newbornVisitDays,
        earlyRegistrationWeeks,
        postpartumVisitDays,
        systematicPrenatalVisits,
        managedRequiresFollowUp,
        followUpRequirement,
        requireAnnualCheckup,
        checkupCountsAsFollowUp,
        controlVisit,
        elderlyBpTarget,
        fastingGlucoseTarget.stripTrailingZeros(),
        firstVisitHours,
        renewalGraceDays,
        targets,
        ageBands);
  }

  /**
   * The name and the settings that differ from {@code national-2017}, e.g. {@code
   * Rulebook[national-2017]} or {@code Rulebook[province-x: followUpRequirement=FIXED(4),
   * elderlyBpTarget=false, targets changed]}.
   */
  @Override
  public String toString() {
    List<String> changes = new ArrayList<>();
    for (Knob k : Knob.values()) {
      if (k == Knob.NAME || k == Knob.TARGETS) {
        continue;
      }
      if (!sameValue(value(k), NATIONAL_2017.value(k))) {
        changes.add(k.key() + "=" + valueText(k));
      }
    }
    if (!targets.equals(NATIONAL_2017.targets)) {
      changes.add("targets changed");
    }
    if (!ageBands.equals(NATIONAL_2017.ageBands)) {
      changes.add("ageBands=" + ageBands);
    }
    return "Rulebook[" + name + (changes.isEmpty() ? "" : ": " + String.join(", ", changes)) + "]";
  }

  private static boolean sameValue(Object a, Object b) {
    if (a instanceof BigDecimal && b instanceof BigDecimal) {
      return ((BigDecimal) a).compareTo((BigDecimal) b) == 0;
    }
    return a.equals(b);
  }
}
