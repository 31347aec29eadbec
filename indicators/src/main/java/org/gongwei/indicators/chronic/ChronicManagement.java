package org.gongwei.indicators.chronic;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.Condition;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.period.Age;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.resident.Resident;
import org.gongwei.indicators.engine.MemoKey;
import org.gongwei.indicators.engine.Subject;
import org.gongwei.indicators.rulebook.ControlVisit;
import org.gongwei.indicators.rulebook.Rulebook;

/**
 * One resident's management of hypertension or type 2 diabetes in a reporting period
 * (indicators.md §7; 国家基本公共卫生服务规范（第三版）, 高血压 / 2型糖尿病患者健康管理服务规范): whether the
 * resident is a managed patient, whether the management was standardized (规范管理), and whether the
 * condition was controlled (达标). Shared by HTN-01…03, DM-01…03 and the key group "chronic" of
 * FD-02, computed once per resident ({@link Subject#memo}).
 *
 * <p>The rules:
 *
 * <ul>
 *   <li><b>Programme registrations.</b> A registration counts when its condition is the one
 *       managed and its ICD-10 code is in the programme: I10–I13 for hypertension (I15, secondary
 *       hypertension, is excluded), E11 for type 2 diabetes. A registration <i>without</i> a code
 *       counts: the condition column says what is managed, and a missing code is a validation
 *       matter. A registration with a code outside the range is excluded.
 *   <li><b>Management window</b> of a registration: {@code [enrolled_date, end]} where end is the
 *       earliest of {@code ended_date}, the death date and the record-closure date, or open. The
 *       end day is the <i>last day of the window</i> (included): a follow-up on the day management
 *       ended still counts, and a registration ended on 1 January 2024 overlaps the year 2024 (one
 *       quarter). A window that ends before it starts is empty. Several registrations of the same
 *       condition make one patient whose window is the union of theirs.
 *   <li><b>Managed</b> (已管理): the union window overlaps the period; with knob {@code
 *       managedRequiresFollowUp}, also at least one follow-up of the condition (any method) in the
 *       period and the window.
 *   <li><b>Standardized</b> (规范管理): face-to-face follow-ups (clinic or home) of the condition in
 *       the period and the window, plus, with knob {@code checkupCountsAsFollowUp}, every check-up
 *       in the period and the window whose form is complete and that recorded the measurement
 *       (both blood pressures / fasting glucose) — each such check-up counts once — number at
 *       least {@code rulebook.followUpRequirement().required(q)}, where {@code q} is the number of
 *       calendar quarters of the period that overlap the union window (knob {@code
 *       followUpRequirement}); and, with knob {@code requireAnnualCheckup}, the resident had at
 *       least one check-up with a complete form in the period (any kind, window or not).
 *   <li><b>Controlled</b> (达标): judged on one follow-up of the condition in the period and the
 *       window, of any method (a phone follow-up with a self-reported reading counts, as the
 *       specification says "latest follow-up"; check-ups do not): with knob {@code controlVisit =
 *       LATEST_WITH_MEASUREMENT} the latest one that carries the measurement, with {@code
 *       LATEST_ANY} the latest one, which is not controlled when it lacks the measurement. No
 *       such follow-up means not controlled. Hypertension: SBP &lt; 140 and DBP &lt; 90 mmHg;
 *       aged 65 or more at that visit, SBP &lt; 150 and DBP &lt; 90 (knob {@code
 *       elderlyBpTarget}). Diabetes: fasting glucose below knob {@code fastingGlucoseTarget}.
 * </ul>
 *
 * <p>Not filtered: the age (the programme covers residents aged 35 and over, but a registered
 * younger patient is managed all the same) and permanent residence. Immutable.
 */
public final class ChronicManagement {
  private static final MemoKey<ChronicManagement> HYPERTENSION_KEY = MemoKey.named("chronic.hypertension");
  private static final MemoKey<ChronicManagement> DIABETES_KEY = MemoKey.named("chronic.diabetes");
  private static final ChronicManagement NO_HYPERTENSION = new ChronicManagement(Condition.HYPERTENSION);
  private static final ChronicManagement NO_DIABETES = new ChronicManagement(Condition.TYPE2_DIABETES);

  private final Condition condition;
  private final ReportingPeriod period;
  private int registrations;
  private Registration excludedRegistration;
  private boolean windowOverlaps;
  private boolean managed;
  private int quarters;
  private int required;
  private int faceToFace;
  private int checkupsCounted;
  private int followUps;
  private boolean completeCheckup;
  private boolean standardized;
  private FollowUp controlVisit;
  private boolean elderlyTarget;
  private boolean controlled;
  private double glucoseTarget;
  private boolean anyVisit;
  private boolean checkupRequired;
  private LocalDate[] windowStarts = new LocalDate[0];
  private LocalDate[] windowEnds = new LocalDate[0];
  private int windowCount;

  private ChronicManagement(Condition condition) {
    this.condition = condition;
    this.period = null;
  }

  private ChronicManagement(Condition condition, ReportingPeriod period) {
    this.condition = condition;
    this.period = period;
  }

  /** The hypertension management of {@code subject} in its period, computed once per subject. */
  public static ChronicManagement hypertension(Subject subject) {
    if (subject.view().registrations().isEmpty()) {
      return NO_HYPERTENSION;
    }
    return subject.memo(HYPERTENSION_KEY, ChronicManagement::computeHypertension);
  }

  /** The type 2 diabetes management of {@code subject} in its period, computed once per subject. */
  public static ChronicManagement diabetes(Subject subject) {
    if (subject.view().registrations().isEmpty()) {
      return NO_DIABETES;
    }
    return subject.memo(DIABETES_KEY, ChronicManagement::computeDiabetes);
  }

  /**
   * The management of {@code condition} ({@link Condition#HYPERTENSION} or {@link
   * Condition#TYPE2_DIABETES}) of {@code subject}.
   *
   * @throws IllegalArgumentException for another condition
   */
  public static ChronicManagement of(Subject subject, Condition condition) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(condition, "condition");
    switch (condition) {
      case HYPERTENSION:
        return hypertension(subject);
      case TYPE2_DIABETES:
        return diabetes(subject);
      default:
        throw new IllegalArgumentException("condition must be HYPERTENSION or TYPE2_DIABETES: " + condition);
    }
  }

  /**
   * Whether {@code code} is a programme code of {@code condition}: I10–I13 for hypertension, E11
   * for type 2 diabetes.
   */
  public static boolean isProgrammeCode(Condition condition, Icd10Code code) {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(code, "code");
    switch (condition) {
      case HYPERTENSION:
        return code.isInRange("I10", "I13");
      case TYPE2_DIABETES:
        return code.isInCategory("E11");
      default:
        return false;
    }
  }

  private static ChronicManagement computeHypertension(Subject subject) {
    return compute(subject, Condition.HYPERTENSION);
  }

  private static ChronicManagement computeDiabetes(Subject subject) {
    return compute(subject, Condition.TYPE2_DIABETES);
  }

  private static ChronicManagement compute(Subject subject, Condition condition) {
    List<Registration> all = subject.view().registrations();
    int n = 0;
    Registration excluded = null;
    for (int i = 0; i < all.size(); i++) {
      Registration r = all.get(i);
      if (r.condition() == condition) {
        if (r.icd10().isEmpty() || isProgrammeCode(condition, r.icd10().get())) {
          n++;
        } else if (excluded == null) {
          excluded = r;
        }
      }
    }
    if (n == 0 && excluded == null) {
      return condition == Condition.HYPERTENSION ? NO_HYPERTENSION : NO_DIABETES;
    }
    ChronicManagement m = new ChronicManagement(condition, subject.period());
    m.registrations = n;
    m.excludedRegistration = excluded;
    if (n == 0) {
      return m;
    }
    // the windows, in order of enrolment (the view's order)
    Resident resident = subject.resident();
    LocalDate exit = earlier(resident.deathDate().orElse(null), resident.recordClosedDate().orElse(null));
    LocalDate[] starts = new LocalDate[n];
    LocalDate[] ends = new LocalDate[n];
    int w = 0;
    for (int i = 0; i < all.size(); i++) {
      Registration r = all.get(i);
      if (r.condition() == condition && (r.icd10().isEmpty() || isProgrammeCode(condition, r.icd10().get()))) {
        LocalDate end = earlier(r.endedDate().orElse(null), exit);
        if (end == null || !end.isBefore(r.enrolledDate())) {
          starts[w] = r.enrolledDate();
          ends[w] = end;
          w++;
        }
      }
    }
    m.windowStarts = starts;
    m.windowEnds = ends;
    m.windowCount = w;
    LocalDate ps = subject.start();
    LocalDate pe = subject.end();
    // quarters of the period that overlap the union of the windows
    long lastQuarter = Long.MIN_VALUE;
    int q = 0;
    for (int i = 0; i < w; i++) {
      LocalDate from = starts[i].isBefore(ps) ? ps : starts[i];
      LocalDate to = ends[i] == null || ends[i].isAfter(pe) ? pe : ends[i];
      if (to.isBefore(from)) {
        continue;
      }
      long qFrom = Math.max(quarterIndex(from), lastQuarter + 1);
      long qTo = quarterIndex(to);
      if (qTo >= qFrom) {
        q += (int) (qTo - qFrom + 1);
      }
      lastQuarter = Math.max(lastQuarter, qTo);
    }
    m.quarters = q;
    m.windowOverlaps = q > 0;
    if (!m.windowOverlaps) {
      return m;
    }
    Rulebook rules = subject.rulebook();
    boolean hypertension = condition == Condition.HYPERTENSION;
    // follow-ups of the condition in the period and the window
    List<FollowUp> followUps = subject.view().followUps();
    FollowUp latest = null;
    FollowUp latestMeasured = null;
    for (int i = 0; i < followUps.size(); i++) {
      FollowUp f = followUps.get(i);
      LocalDate d = f.visitDate();
      if (f.condition() != condition || d.isBefore(ps) || d.isAfter(pe) || !inWindows(d, starts, ends, w)) {
        continue;
      }
      m.followUps++;
      if (f.isFaceToFace()) {
        m.faceToFace++;
      }
      latest = f;
      if (hypertension ? f.hasBloodPressure() : f.fastingGlucose().isPresent()) {
        latestMeasured = f;
      }
    }
    // check-ups in the period
    List<Checkup> checkups = subject.view().checkups();
    boolean countCheckups = rules.checkupCountsAsFollowUp();
    for (int i = 0; i < checkups.size(); i++) {
      Checkup c = checkups.get(i);
      LocalDate d = c.checkupDate();
      if (!c.formComplete() || d.isBefore(ps) || d.isAfter(pe)) {
        continue;
      }
      m.completeCheckup = true;
      if (countCheckups
          && (hypertension ? c.hasBloodPressure() : c.fastingGlucose().isPresent())
          && inWindows(d, starts, ends, w)) {
        m.checkupsCounted++;
      }
    }
    m.managed = !rules.managedRequiresFollowUp() || m.followUps > 0;
    m.required = rules.followUpRequirement().required(q);
    m.checkupRequired = rules.requireAnnualCheckup();
    m.standardized = m.faceToFace + m.checkupsCounted >= m.required && (!m.checkupRequired || m.completeCheckup);
    // control
    FollowUp visit = rules.controlVisit() == ControlVisit.LATEST_ANY ? latest : latestMeasured;
    m.controlVisit = visit;
    m.anyVisit = rules.controlVisit() == ControlVisit.LATEST_ANY;
    if (visit != null) {
      if (hypertension) {
        if (visit.hasBloodPressure()) {
          LocalDate birth = resident.birthDate();
          m.elderlyTarget =
              rules.elderlyBpTarget()
                  && !visit.visitDate().isBefore(birth)
                  && Age.yearsAt(birth, visit.visitDate()) >= 65;
          int sbpLimit = m.elderlyTarget ? 150 : 140;
          m.controlled = visit.sbp().getAsInt() < sbpLimit && visit.dbp().getAsInt() < 90;
        }
      } else {
        m.glucoseTarget = subject.context().fastingGlucoseTarget();
        m.controlled =
            visit.fastingGlucose().isPresent() && visit.fastingGlucose().getAsDouble() < m.glucoseTarget;
      }
    }
    return m;
  }

  private static boolean inWindows(LocalDate d, LocalDate[] starts, LocalDate[] ends, int count) {
    for (int i = 0; i < count; i++) {
      if (!d.isBefore(starts[i]) && (ends[i] == null || !d.isAfter(ends[i]))) {
        return true;
      }
    }
    return false;
  }

  private static long quarterIndex(LocalDate date) {
    return 4L * date.getYear() + (date.getMonthValue() - 1) / 3;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.isAfter(b) ? b : a;
  }

  // ---- accessors ------------------------------------------------------------------------------

  /** The condition: {@link Condition#HYPERTENSION} or {@link Condition#TYPE2_DIABETES}. */
  public Condition condition() {
    return condition;
  }

  /** The number of the resident's registrations for the condition with a programme code or none. */
  public int registrations() {
    return registrations;
  }

  /**
   * A registration for the condition excluded for its ICD-10 code outside the programme (the
   * first one), if any.
   */
  public Optional<Registration> excludedRegistration() {
    return Optional.ofNullable(excludedRegistration);
  }

  /** Whether the union of the management windows overlaps the period. */
  public boolean windowOverlapsPeriod() {
    return windowOverlaps;
  }

  /**
   * Whether {@code date} lies in the union of the management windows (the resident is under
   * management on that day), whatever the period; false without a programme registration.
   */
  public boolean isInWindow(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return inWindows(date, windowStarts, windowEnds, windowCount);
  }

  /**
   * Whether the resident is a managed patient (已管理) in the period: the window overlaps the
   * period and, with {@code managedRequiresFollowUp}, there is a follow-up in it.
   */
  public boolean isManaged() {
    return managed;
  }

  /** The calendar quarters of the period that overlap the union of the management windows. */
  public int quartersOverlapped() {
    return quarters;
  }

  /** The face-to-face follow-ups required for standardized management (0 when not managed). */
  public int requiredFollowUps() {
    return required;
  }

  /** Face-to-face follow-ups of the condition in the period and the window (check-ups not included). */
  public int faceToFaceFollowUps() {
    return faceToFace;
  }

  /** Complete check-ups with the measurement counted as follow-ups ({@code checkupCountsAsFollowUp}). */
  public int checkupsCountedAsFollowUps() {
    return checkupsCounted;
  }

  /** Follow-ups of the condition of any method in the period and the window. */
  public int followUps() {
    return followUps;
  }

  /** Whether the resident had a check-up with a complete form in the period. */
  public boolean hasCompleteCheckup() {
    return completeCheckup;
  }

  /** Whether the management in the period was standardized (规范管理); false when not managed. */
  public boolean isStandardized() {
    return managed && standardized;
  }

  /** The follow-up control is judged on ({@code controlVisit}), if any. */
  public Optional<FollowUp> controlVisit() {
    return Optional.ofNullable(controlVisit);
  }

  /** Whether the condition was controlled (达标) at the control visit; false when not managed. */
  public boolean isControlled() {
    return managed && controlled;
  }

  // ---- reasons --------------------------------------------------------------------------------

  private String name() {
    return condition == Condition.HYPERTENSION ? "hypertension" : "type 2 diabetes";
  }

  private String codeRange() {
    return condition == Condition.HYPERTENSION ? "I10–I13" : "E11";
  }

  /**
   * Why the resident is not a managed patient, in words, e.g. {@code "hypertension registration
   * G01 has ICD-10 I15, outside I10–I13"}; empty when managed.
   */
  public String notManagedText() {
    if (managed) {
      return "";
    }
    if (registrations == 0) {
      if (excludedRegistration != null) {
        return name() + " registration " + excludedRegistration.registrationId() + " has ICD-10 "
            + excludedRegistration.icd10().map(Icd10Code::code).orElse("") + ", outside " + codeRange();
      }
      return "no " + name() + " registration";
    }
    if (!windowOverlaps) {
      return name() + " management window does not overlap " + period;
    }
    return "no " + name() + " follow-up in " + period + " (managedRequiresFollowUp)";
  }

  /**
   * Why the management was not standardized, in words, e.g. {@code "2 face-to-face follow-ups in
   * 2024, 3 required; no complete check-up in 2024"}; empty when standardized.
   */
  public String notStandardizedText() {
    if (isStandardized()) {
      return "";
    }
    if (!managed) {
      return notManagedText();
    }
    StringBuilder b = new StringBuilder();
    int counted = faceToFace + checkupsCounted;
    if (counted < required) {
      b.append(counted).append(" face-to-face follow-up").append(counted == 1 ? "" : "s");
      if (checkupsCounted > 0) {
        b.append(" (").append(checkupsCounted).append(checkupsCounted == 1 ? " check-up)" : " check-ups)");
      }
      b.append(" in ").append(period).append(", ").append(required).append(" required");
    }
    if (checkupRequired && !completeCheckup) {
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append("no complete check-up in ").append(period);
    }
    return b.toString();
  }

  /**
   * Why the condition was not controlled, in words, e.g. {@code "latest follow-up with blood
   * pressure 2024-11-03: 152/88 mmHg, target below 150/90 (aged 65+)"}; empty when controlled.
   */
  public String notControlledText() {
    if (isControlled()) {
      return "";
    }
    if (!managed) {
      return notManagedText();
    }
    boolean hypertension = condition == Condition.HYPERTENSION;
    String latest =
        anyVisit ? "latest follow-up" : "latest follow-up with " + (hypertension ? "blood pressure" : "fasting glucose");
    if (controlVisit == null) {
      return "no " + latest.substring("latest ".length()) + " in " + period;
    }
    String visit = latest + " " + controlVisit.visitDate();
    if (hypertension) {
      if (!controlVisit.hasBloodPressure()) {
        return visit + " has no blood pressure";
      }
      return visit + ": " + controlVisit.sbp().getAsInt() + "/" + controlVisit.dbp().getAsInt()
          + " mmHg, target below " + (elderlyTarget ? "150/90 (aged 65+)" : "140/90");
    }
    if (controlVisit.fastingGlucose().isEmpty()) {
      return visit + " has no fasting glucose";
    }
    return visit + ": " + controlVisit.fastingGlucose().getAsDouble() + " mmol/L, target below "
        + glucoseTarget;
  }

  /**
   * For example {@code ChronicManagement[HYPERTENSION 2024: managed, 3/3 follow-ups, standardized,
   * controlled]}.
   */
  @Override
  public String toString() {
    if (period == null) {
      return "ChronicManagement[" + condition + ": no registration]";
    }
    return "ChronicManagement[" + condition + " " + period + ": " + (managed ? "managed" : "not managed")
        + ", " + (faceToFace + checkupsCounted) + "/" + required + " follow-ups"
        + (isStandardized() ? ", standardized" : "") + (isControlled() ? ", controlled" : "") + "]";
  }
}
