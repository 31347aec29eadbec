package org.gongwei.indicators.worklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.TbOutcome;
import org.gongwei.core.code.Vaccine;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.core.immunization.AgeOffset;
import org.gongwei.core.immunization.NipSchedule;
import org.gongwei.core.immunization.ScheduledDose;
import org.gongwei.core.immunization.Vaccination;
import org.gongwei.core.institution.InstitutionTree;
import org.gongwei.core.maternal.Pregnancy;
import org.gongwei.core.period.Age;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.tb.TbCourse;
import org.gongwei.indicators.child.ChildHealthManagement;
import org.gongwei.indicators.child.ChildSystematicManagement;
import org.gongwei.indicators.child.NewbornVisit;
import org.gongwei.indicators.chronic.ChronicManagement;
import org.gongwei.indicators.elderly.ElderlyHealthManagement;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.Subject;
import org.gongwei.indicators.immunization.VaccinationCoverage;
import org.gongwei.indicators.internal.ScheduledAges;
import org.gongwei.indicators.maternal.LiveBirths;
import org.gongwei.indicators.maternal.PostpartumVisit;
import org.gongwei.indicators.mental.SevereMentalDisorderManagement;
import org.gongwei.indicators.mental.SevereMentalRegistration;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.indicators.tcm.ChildTcmManagement;
import org.gongwei.indicators.tcm.ElderlyTcmManagement;
import org.gongwei.indicators.tuberculosis.TuberculosisManagement;

/**
 * Finds the services due on one date, resident by resident ({@link #dueFor}, a pure function of
 * the resident's view), and collects them into a {@link Worklist} ({@link #add}, {@link #build}).
 * The rules are those of {@link DueRule}, decided by the indicator calculators' own functions.
 *
 * <pre>{@code
 * WorklistBuilder b = WorklistBuilder.of(date, Rulebook.national2017()).institutions(tree);
 * for (ResidentView v : dataset.residentViews()) {
 *   b.add(v);
 * }
 * Worklist w = b.build();
 * }</pre>
 *
 * <p>Once configured ({@link #institutions}, {@link #catchUpAgeLimit}), {@link #dueFor} is
 * thread-safe; {@link #add} is not.
 */
public final class WorklistBuilder {
  /**
   * The default age, in completed years, under which missed vaccinations are listed: the catch-up
   * rule of the 2021 programme (国家免疫规划疫苗儿童免疫程序及说明（2021年版）, 补种通用原则: 未按照推荐年龄完成
   * 国家免疫规划规定剂次接种的小于18周岁人群); see {@link #catchUpAgeLimit(int)}.
   */
  public static final int CATCH_UP_AGE_LIMIT = 18;

  /**
   * The days after notification a first TB home visit is due when the rulebook's {@code
   * firstVisitHours} is unset: the 72 hours of the national specification (肺结核患者健康管理服务规范:
   * 接到通知后72小时内访视).
   */
  public static final int TB_FIRST_VISIT_DAYS = 3;

  /** The yearly check-up ages of children 4 to 6 (indicators.md §4), in months. */
  private static final int[] YEARLY_CHECKUP_AGES = {48, 60, 72};

  /** The end of the 0–6 group: 7 years, in months. */
  private static final int LEAVES_0_6 = 84;

  /** The months between TCM ages. */
  private static final int TCM_INTERVAL = 6;

  private final LocalDate date;
  private final Rulebook rulebook;
  private final NipSchedule schedule;
  private final VaccinationCoverage coverage;
  private final EvaluationContext quarterSoFar;
  private final EvaluationContext yearSoFar;
  private final Map<Integer, EvaluationContext> fromYear = new ConcurrentHashMap<>();
  private final List<Integer> checkupAges;
  private final List<DueService> services = new ArrayList<>();
  private InstitutionTree institutions = InstitutionTree.of(List.of());
  private int catchUpAgeLimit = CATCH_UP_AGE_LIMIT;

  private WorklistBuilder(LocalDate date, Rulebook rulebook, NipSchedule schedule) {
    this.date = Objects.requireNonNull(date, "date");
    this.rulebook = Objects.requireNonNull(rulebook, "rulebook");
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    this.coverage = new VaccinationCoverage(schedule);
    LocalDate quarterStart = LocalDate.of(date.getYear(), 3 * ((date.getMonthValue() - 1) / 3) + 1, 1);
    this.quarterSoFar = EvaluationContext.of(ReportingPeriod.of(quarterStart, date), rulebook, schedule);
    this.yearSoFar = EvaluationContext.of(ReportingPeriod.of(date.withDayOfYear(1), date), rulebook, schedule);
    this.fromYear.put(date.getYear(), yearSoFar);
    List<Integer> ages = new ArrayList<>(ChildSystematicManagement.scheduledAges());
    for (int a : YEARLY_CHECKUP_AGES) {
      ages.add(a);
    }
    this.checkupAges = List.copyOf(ages);
  }

  /** A builder for the worklist of {@code date} under {@code rulebook}, with the national immunization schedule. */
  public static WorklistBuilder of(LocalDate date, Rulebook rulebook) {
    return new WorklistBuilder(date, rulebook, NipSchedule.national2021());
  }

  /** A builder for the worklist of {@code date} under {@code rulebook} and immunization {@code schedule}. */
  public static WorklistBuilder of(LocalDate date, Rulebook rulebook, NipSchedule schedule) {
    return new WorklistBuilder(date, rulebook, schedule);
  }

  /** The institution tree the worklist's {@link Worklist#forInstitution} filter uses. */
  public WorklistBuilder institutions(InstitutionTree tree) {
    this.institutions = Objects.requireNonNull(tree, "tree");
    return this;
  }

  /**
   * Lists missed vaccinations of residents under {@code years} completed years only (default
   * {@link #CATCH_UP_AGE_LIMIT}, 18): for example 7 to keep to the 0–6 cohort of IMM-01 when older
   * children's records were never entered. Set it before use.
   *
   * @throws IllegalArgumentException if {@code years} is negative
   */
  public WorklistBuilder catchUpAgeLimit(int years) {
    if (years < 0) {
      throw new IllegalArgumentException("years must not be negative: " + years);
    }
    this.catchUpAgeLimit = years;
    return this;
  }

  /** The worklist date. */
  public LocalDate date() {
    return date;
  }

  public Rulebook rulebook() {
    return rulebook;
  }

  public NipSchedule schedule() {
    return schedule;
  }

  /** Adds the services due for one resident. */
  public WorklistBuilder add(ResidentView view) {
    services.addAll(dueFor(view));
    return this;
  }

  /** Adds the services due for every resident. */
  public WorklistBuilder addAll(Iterable<ResidentView> views) {
    for (ResidentView v : views) {
      add(v);
    }
    return this;
  }

  /** The worklist of the services added so far; the builder can go on adding. */
  public Worklist build() {
    return Worklist.of(date, services, institutions);
  }

  /** The services due for one resident on the date, in rule order (not sorted by urgency). */
  public List<DueService> dueFor(ResidentView view) {
    Objects.requireNonNull(view, "view");
    Resident r = view.resident();
    if (r.birthDate().isAfter(date) || r.isDeadOn(date) || r.isClosedOn(date)) {
      return List.of();
    }
    Due out = new Due(view);
    Subject year = new Subject(view, yearSoFar);
    Subject quarter = new Subject(view, quarterSoFar);
    List<String> chronicCheckup = List.of();
    if (!view.registrations().isEmpty()) {
      followUp(out, quarter, Condition.HYPERTENSION, DueRule.HYPERTENSION_FOLLOW_UP);
      followUp(out, quarter, Condition.TYPE2_DIABETES, DueRule.DIABETES_FOLLOW_UP);
      chronicCheckup = chronicCheckup(year);
    }
    elderly(out, year, chronicCheckup);
    if (year.ageYearsAtEnd() < LEAVES_0_6 / 12) { // a fast path: the rules below are for the 0–6 group
      newbornVisit(out, view);
      childCheckups(out, year);
      childTcm(out, year);
    }
    if (year.ageYearsAtEnd() < catchUpAgeLimit) {
      vaccinations(out, year);
    }
    postpartumVisits(out, view);
    if (!view.registrations().isEmpty()) {
      mentalFollowUp(out, quarter);
    }
    tbVisits(out, view);
    return List.copyOf(out.list);
  }

  // ---- chronic --------------------------------------------------------------------------------

  private void followUp(Due out, Subject quarter, Condition condition, DueRule rule) {
    ChronicManagement m = ChronicManagement.of(quarter, condition);
    if (!m.isInWindow(date)) {
      return;
    }
    boolean missing = m.faceToFaceFollowUps() + m.checkupsCountedAsFollowUps() == 0;
    FollowUp latest = null;
    for (FollowUp f : quarter.view().followUps()) {
      if (f.visitDate().isAfter(date)) {
        break;
      }
      if (f.condition() == condition) {
        latest = f;
      }
    }
    LocalDate next = latest == null ? null : latest.nextVisitDate().orElse(null);
    boolean nextPassed = next != null && !next.isAfter(date);
    if (!missing && !nextPassed) {
      return;
    }
    ReportingPeriod period = quarter.period();
    LocalDate quarterEnd = period.start().plusMonths(3).minusDays(1);
    LocalDate due = missing ? quarterEnd : next;
    if (next != null && next.isBefore(due)) {
      due = next;
    }
    StringBuilder reason = new StringBuilder();
    String quarterName = quarterName(period.start());
    if (missing) {
      reason.append("no face-to-face follow-up in ").append(quarterName).append(" yet");
    }
    if (next != null && (nextPassed || missing) && !next.isAfter(quarterEnd)) {
      if (reason.length() > 0) {
        reason.append("; ");
      }
      reason.append("next visit ").append(nextPassed ? "was due " : "due ").append(next)
          .append(" (follow-up ").append(latest.followUpId()).append(" of ").append(latest.visitDate()).append(')');
    }
    out.add(rule, quarterName, List.of(rule.indicatorIds().get(0)), period, due, reason.toString());
  }

  /** The chronic indicators whose annual check-up is missing (empty when none is). */
  private List<String> chronicCheckup(Subject year) {
    if (!rulebook.requireAnnualCheckup()) {
      return List.of();
    }
    List<String> ids = new ArrayList<>(2);
    ChronicManagement h = ChronicManagement.hypertension(year);
    if (h.isInWindow(date) && !h.hasCompleteCheckup()) {
      ids.add("HTN-01");
    }
    ChronicManagement d = ChronicManagement.diabetes(year);
    if (d.isInWindow(date) && !d.hasCompleteCheckup()) {
      ids.add("DM-01");
    }
    return ids;
  }

  // ---- elderly --------------------------------------------------------------------------------

  private void elderly(Due out, Subject year, List<String> chronicCheckup) {
    ReportingPeriod period = year.period();
    String item = Integer.toString(date.getYear());
    LocalDate yearEnd = LocalDate.of(date.getYear(), 12, 31);
    boolean inOld01 = ElderlyHealthManagement.isInDenominator(year);
    boolean checkupDone = inOld01 && ElderlyHealthManagement.hasCompleteCheckup(year);
    boolean record = year.resident().hasRecordOn(date);
    if (inOld01 && !(checkupDone && record)) {
      List<String> ids = new ArrayList<>();
      ids.add("OLD-01");
      ids.addAll(chronicCheckup);
      StringBuilder reason = new StringBuilder("aged ").append(Age.yearsAt(year.resident().birthDate(), date));
      if (checkupDone) {
        reason.append(": elderly annual check-up done in ").append(date.getYear());
      } else {
        reason.append(": no elderly annual check-up with a complete form and health guidance in ").append(date.getYear());
      }
      if (!record) {
        reason.append("; no health record: establish it").append(checkupDone ? " (OLD-01 requires it)" : " at the check-up");
      }
      if (!chronicCheckup.isEmpty()) {
        reason.append("; also the annual check-up of ").append(String.join(" and ", chronicCheckup));
      }
      out.add(DueRule.ELDERLY_CHECKUP, item, ids, period, yearEnd, reason.toString());
    } else if (!chronicCheckup.isEmpty()) {
      out.add(DueRule.CHRONIC_CHECKUP, item, chronicCheckup, period, yearEnd,
          "no check-up with a complete form in " + date.getYear() + " (annual check-up of "
              + String.join(" and ", chronicCheckup) + ")");
    }
    if (ElderlyTcmManagement.isInDenominator(year) && !ElderlyTcmManagement.hasService(year)) {
      out.add(DueRule.ELDERLY_TCM, item, List.of("TCM-01"), period, yearEnd,
          "aged " + Age.yearsAt(year.resident().birthDate(), date) + ": no elderly TCM service in " + date.getYear());
    }
  }

  // ---- children -------------------------------------------------------------------------------

  private void newbornVisit(Due out, ResidentView view) {
    LocalDate birth = view.resident().birthDate();
    int days = rulebook.newbornVisitDays();
    LocalDate last = birth.plusDays(days);
    if (last.isBefore(date) || NewbornVisit.isVisitedWithin(birth, view.childVisits(), days)) {
      return;
    }
    out.add(DueRule.NEWBORN_VISIT, birth.toString(), List.of("CH-01"), fromYearOf(birth).period(), last,
        "born " + birth + ": no newborn home visit yet (counts within " + days + " days of birth)");
  }

  private void childCheckups(Due out, Subject year) {
    if (!ChildHealthManagement.isInDenominator(year)) {
      return;
    }
    LocalDate birth = year.resident().birthDate();
    List<Integer> reached = new ArrayList<>(ChildSystematicManagement.agesReached(year));
    int monthsAtDate = year.ageMonthsAtEnd();
    LocalDate start = year.start();
    int monthsBefore = ScheduledAges.monthsBefore(birth, start);
    for (int a : YEARLY_CHECKUP_AGES) {
      if (ScheduledAges.isReached(a, monthsBefore, monthsAtDate)) {
        reached.add(a);
      }
    }
    int done = ChildSystematicManagement.checkups(year);
    if (done >= reached.size()) {
      return;
    }
    List<String> ids = new ArrayList<>(2);
    if (ChildSystematicManagement.isInDenominator(year)) {
      ids.add("CH-03");
    }
    if (!ChildHealthManagement.hasVisit(year)) {
      ids.add("CH-02");
    }
    for (int k = done; k < reached.size(); k++) {
      int age = reached.get(k);
      int nextAge = nextCheckupAge(age);
      LocalDate due = Age.dateOfMonths(birth, nextAge).minusDays(1);
      out.add(DueRule.CHILD_CHECKUP, AgeOffset.ofMonths(age).toString(), ids, year.period(), due,
          "reached " + monthsWords(age) + " on " + Age.dateOfMonths(birth, age) + "; " + done + " of "
              + reached.size() + (reached.size() == 1 ? " scheduled check-up" : " scheduled check-ups") + " in "
              + date.getYear() + " done");
    }
  }

  private int nextCheckupAge(int age) {
    int i = checkupAges.indexOf(age);
    return i + 1 < checkupAges.size() ? checkupAges.get(i + 1) : LEAVES_0_6;
  }

  private void childTcm(Due out, Subject year) {
    if (!ChildTcmManagement.isInDenominator(year)) {
      return;
    }
    List<Integer> reached = ChildTcmManagement.agesReached(year);
    int done = ChildTcmManagement.services(year);
    LocalDate birth = year.resident().birthDate();
    for (int k = done; k < reached.size(); k++) {
      int age = reached.get(k);
      LocalDate due = Age.dateOfMonths(birth, age + TCM_INTERVAL).minusDays(1);
      out.add(DueRule.CHILD_TCM, AgeOffset.ofMonths(age).toString(), List.of("TCM-02"), year.period(), due,
          "reached " + monthsWords(age) + " on " + Age.dateOfMonths(birth, age) + "; " + done + " of " + reached.size()
              + (reached.size() == 1 ? " child TCM service" : " child TCM services") + " in " + date.getYear()
              + " done");
    }
  }

  private void vaccinations(Due out, Subject year) {
    if (!year.isInPopulationAtEnd()) {
      return;
    }
    LocalDate birth = year.resident().birthDate();
    List<Vaccination> records = year.view().vaccinations();
    List<ScheduledDose> primary = schedule.primaryDoses();
    Set<Vaccine> seen = EnumSet.noneOf(Vaccine.class);
    for (ScheduledDose dose : primary) {
      if (seen.contains(dose.vaccine())) {
        continue;
      }
      // the first dose of the vaccine without a valid record
      ScheduledDose first = null;
      for (ScheduledDose d : schedule.dosesOf(dose.vaccine())) {
        if (!coverage.hasValidDose(d, records, birth, date)) {
          first = d;
          break;
        }
      }
      seen.add(dose.vaccine());
      if (first == null) {
        continue;
      }
      LocalDate scheduled = first.scheduledDate(birth);
      if (scheduled.isAfter(date)) {
        continue;
      }
      LocalDate completion = first.completionDate(birth);
      List<String> ids = date.isBefore(completion) ? List.of("IMM-02", "IMM-03") : List.of("IMM-02");
      List<ScheduledDose> alternatives = schedule.alternativesFor(first);
      String alt = alternatives.isEmpty()
          ? ""
          : " (or " + alternatives.get(0).vaccine().code() + " " + alternatives.get(0).dose() + ")";
      out.add(DueRule.VACCINATION, first.vaccine().code() + " " + first.dose(), ids, fromYearOf(scheduled).period(),
          completion.minusDays(1),
          coverage.whyNoValidDose(first, records, birth, date) + alt + "; scheduled at " + first.scheduledAge()
              + " (" + scheduled + "), complete before " + first.completeBefore() + " (" + completion + ")");
    }
  }

  // ---- maternal, mental, TB ---------------------------------------------------------------------

  private void postpartumVisits(Due out, ResidentView view) {
    int days = rulebook.postpartumVisitDays();
    for (Pregnancy p : view.pregnancies()) {
      if (p.deliveryDate().isEmpty() || p.deliveryDate().get().isAfter(date)) {
        continue;
      }
      LocalDate from = p.dischargeOrDeliveryDate().orElseThrow();
      LocalDate last = from.plusDays(days);
      if (from.isAfter(date) || last.isBefore(date) || PostpartumVisit.isVisitedWithin(p, view.maternalVisits(), days)) {
        continue;
      }
      boolean liveBirth = LiveBirths.of(p) > 0;
      out.add(DueRule.POSTPARTUM_VISIT, p.pregnancyId(), liveBirth ? List.of("MAT-02") : List.of(),
          fromYearOf(p.deliveryDate().get()).period(), last,
          (p.dischargeDate().isPresent() ? "discharged " : "delivered ") + from
              + ": no postpartum visit yet (counts within " + days + " days)"
              + (liveBirth ? "" : "; stillbirth: not counted in MAT-02"));
    }
  }

  private void mentalFollowUp(Due out, Subject quarter) {
    SevereMentalRegistration registration = SevereMentalRegistration.of(quarter);
    if (!registration.isRegistered() || SevereMentalDisorderManagement.reachedFollowUps(quarter) > 0) {
      return;
    }
    ReportingPeriod period = quarter.period();
    String quarterName = quarterName(period.start());
    out.add(DueRule.MENTAL_FOLLOW_UP, quarterName, DueRule.MENTAL_FOLLOW_UP.indicatorIds(), period,
        period.start().plusMonths(3).minusDays(1), "no follow-up reaching the patient in " + quarterName + " yet");
  }

  private void tbVisits(Due out, ResidentView view) {
    OptionalInt hours = rulebook.firstVisitHours();
    for (TbCourse c : view.tbCourses()) {
      LocalDate notified = c.notifiedDate();
      if (notified.isAfter(date) || c.firstVisitDate().isPresent()) {
        continue;
      }
      if (c.treatmentEndDate().isPresent() && c.treatmentEndDate().get().isBefore(date)) {
        continue;
      }
      if (c.outcome().isPresent() && c.outcome().get() != TbOutcome.ONGOING) {
        continue;
      }
      LocalDate due = notified.plusDays(hours.isPresent() ? hours.getAsInt() / 24 : TB_FIRST_VISIT_DAYS);
      boolean counts = TuberculosisManagement.isInTime(notified, date, hours);
      out.add(DueRule.TB_FIRST_VISIT, c.courseId(), counts ? List.of("TB-01") : List.of(),
          fromYearOf(notified).period(), due,
          "notified " + notified + ": no first home visit recorded"
              + (counts ? "" : "; too late for TB-01 (firstVisitHours " + hours.getAsInt() + ")"));
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** The context of {@code [1 January of the year of day, date]}. */
  private EvaluationContext fromYearOf(LocalDate day) {
    return fromYear.computeIfAbsent(
        day.getYear(), y -> EvaluationContext.of(ReportingPeriod.of(LocalDate.of(y, 1, 1), date), rulebook, schedule));
  }

  private static String quarterName(LocalDate quarterStart) {
    return quarterStart.getYear() + "-Q" + ((quarterStart.getMonthValue() - 1) / 3 + 1);
  }

  private static String monthsWords(int months) {
    return months >= 36 && months % 12 == 0 ? (months / 12) + " years" : months + " months";
  }

  /** Collects the services of one resident. */
  private final class Due {
    final ResidentView view;
    final List<DueService> list = new ArrayList<>(2);

    Due(ResidentView view) {
      this.view = view;
    }

    void add(DueRule rule, String item, List<String> ids, ReportingPeriod period, LocalDate due, String reason) {
      Resident r = view.resident();
      list.add(
          DueService.builder()
              .date(date)
              .residentId(r.residentId())
              .name(r.name())
              .institutionCode(r.institutionCode())
              .doctorId(r.doctorId())
              .rule(rule)
              .item(item)
              .indicatorIds(ids)
              .period(period)
              .dueDate(due)
              .reason(reason)
              .build());
    }
  }

  @Override
  public String toString() {
    return "WorklistBuilder[" + date + ", " + rulebook.name() + ", " + services.size() + " services]";
  }
}
