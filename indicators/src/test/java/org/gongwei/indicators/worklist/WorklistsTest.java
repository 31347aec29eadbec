package org.gongwei.indicators.worklist;

import static org.gongwei.indicators.worklist.WorklistFixture.d;
import static org.gongwei.indicators.worklist.WorklistFixture.day;
import static org.gongwei.indicators.worklist.WorklistFixture.done;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.code.Condition;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.core.immunization.NipSchedule;
import org.gongwei.core.immunization.ScheduledDose;
import org.gongwei.core.maternal.Pregnancy;
import org.gongwei.core.period.Age;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.tb.TbCourse;
import org.gongwei.indicators.chronic.ChronicManagement;
import org.gongwei.indicators.engine.Evaluation;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.Membership;
import org.gongwei.indicators.engine.Subject;
import org.gongwei.indicators.fixture.PersonFixture;
import org.gongwei.indicators.maternal.PostpartumVisit;
import org.gongwei.indicators.mental.SevereMentalRegistration;
import org.gongwei.indicators.report.Indicators;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

/**
 * The agreement of worklists and indicators (the requirement): for generated bundles,
 * take the worklist of a date, do every listed service on that date, and evaluate the indicators
 * each service serves over the service's period (which ends on that date). The claims, rule by
 * rule, are those of {@link DueRule}:
 *
 * <ul>
 *   <li>OLD-01, TCM-01, CH-01 (and CH-01(BIRTHS)), CH-02, CH-03, TCM-02, IMM-02(v,d), SMD-03: the
 *       resident is in the numerator.
 *   <li>IMM-03(v,d), listed while the dose is timely: in the numerator over the period from the
 *       service period's start to the completion-age date, for a child still in population then.
 *   <li>HTN-01 / DM-01 from a quarterly follow-up: the follow-up part of standardized management
 *       holds over the quarter so far (under {@code PRORATED_QUARTERS}); the resident is in the
 *       numerator when a complete check-up is in that period too (or {@code
 *       requireAnnualCheckup} is off). From the annual check-up: the check-up part holds over the
 *       year so far; the numerator needs the year's quarterly follow-ups as well, which one date
 *       cannot supply when a quarter was missed (hence the year-long property below).
 *   <li>SMD-01: in the numerator over the quarter so far under {@code PRORATED_QUARTERS}.
 *   <li>MAT-02 and TB-01 count deliveries and courses: the mother's (patient's) numerator grows
 *       by exactly the listed deliveries (courses) of the period; twins keep a mother short of
 *       MAT-02 by design.
 * </ul>
 *
 * <p>Also: every listed service is cleared by doing it (the worklist of the same date afterwards
 * has no service of the same resident, rule and item), the worklist lists every resident the
 * indicators find short for a reason it covers, and a year of quarterly worklists done completes
 * the annual indicators.
 */
class WorklistsTest {
  private static final Indicators NBPHS = Indicators.national();
  private static final List<Rulebook> RULEBOOKS =
      List.of(
          Rulebook.national2017(),
          Rulebook.national2017().withRequireAnnualCheckup(false),
          Rulebook.national2017().withCheckupCountsAsFollowUp(false).withManagedRequiresFollowUp(true),
          Rulebook.national2017().withFirstVisitHours(48).withPostpartumVisitDays(42).withNewbornVisitDays(7));

  /** Seed 2953 makes a resident born in the period who also delivers in it (CH-01 counts her twice). */
  @net.jqwik.api.Example
  void aResidentBornAndDeliveringInThePeriod() {
    doingEveryListedServiceMovesTheResidentIntoTheNumerators(2953L);
  }

  @Property(tries = 300)
  void doingEveryListedServiceMovesTheResidentIntoTheNumerators(@ForAll long seed) {
    Random rnd = new Random(seed);
    LocalDate date = day(rnd, d("2023-01-01"), d("2025-12-31"));
    List<BundleRecord> records =
        rnd.nextInt(4) == 0 ? PersonFixture.randomRecords(seed) : WorklistFixture.randomRecords(seed, date);
    Rulebook rulebook = RULEBOOKS.get(rnd.nextInt(RULEBOOKS.size()));
    Dataset before = Dataset.of(records);
    Worklist worklist = Worklists.of(before, date, rulebook);
    Dataset after = Dataset.of(done(before, worklist));
    for (DueService s : worklist.services()) {
      checkDone(s, worklist, before, after, rulebook);
    }
    // every service is cleared by doing it
    Set<String> left = new HashSet<>();
    for (DueService s : Worklists.of(after, date, rulebook).services()) {
      left.add(key(s));
    }
    for (DueService s : worklist.services()) {
      assertTrue(!left.contains(key(s)), () -> "still due after doing it: " + s + " " + s.reason());
    }
    checkComplete(before, worklist, rulebook);
  }

  private static String key(DueService s) {
    return s.residentId() + " " + s.rule() + " " + s.item();
  }

  private static void checkDone(DueService s, Worklist worklist, Dataset before, Dataset after, Rulebook rulebook) {
    ResidentView view = after.view(s.residentId()).orElseThrow();
    ReportingPeriod period = s.period();
    boolean prorated = rulebook.followUpRequirement().isProrated();
    switch (s.rule()) {
      case HYPERTENSION_FOLLOW_UP, DIABETES_FOLLOW_UP -> {
        Condition condition =
            s.rule() == DueRule.HYPERTENSION_FOLLOW_UP ? Condition.HYPERTENSION : Condition.TYPE2_DIABETES;
        ChronicManagement m = ChronicManagement.of(subject(view, period, rulebook), condition);
        assertTrue(m.isManaged(), () -> s + ": " + m);
        assertTrue(m.faceToFaceFollowUps() + m.checkupsCountedAsFollowUps() >= 1, () -> s + ": " + m);
        if (prorated) {
          assertEquals(1, m.requiredFollowUps(), () -> s + ": " + m);
          if (!rulebook.requireAnnualCheckup() || m.hasCompleteCheckup()) {
            assertMembership(Membership.NUMERATOR, view, period, rulebook, s.indicatorIds().get(0), s);
          }
        }
      }
      case CHRONIC_CHECKUP -> checkChronicCheckup(s, view, rulebook);
      case ELDERLY_CHECKUP -> {
        assertMembership(Membership.NUMERATOR, view, period, rulebook, "OLD-01", s);
        checkChronicCheckup(s, view, rulebook);
      }
      case ELDERLY_TCM -> assertMembership(Membership.NUMERATOR, view, period, rulebook, "TCM-01", s);
      case NEWBORN_VISIT -> {
        assertEquals(1, evaluation(view, period, rulebook, "CH-01").numerator(), s::toString);
        assertMembership(Membership.NUMERATOR, view, period, rulebook, "CH-01(BIRTHS)", s);
      }
      case CHILD_CHECKUP, CHILD_TCM, MENTAL_FOLLOW_UP -> {
        for (String id : s.indicatorIds()) {
          if (!id.equals("SMD-01") || prorated) {
            assertMembership(Membership.NUMERATOR, view, period, rulebook, id, s);
          }
        }
      }
      case VACCINATION -> {
        String[] parts = s.item().split(" ");
        String part = "(" + parts[0] + "," + parts[1] + ")";
        assertMembership(Membership.NUMERATOR, view, period, rulebook, "IMM-02" + part, s);
        if (s.serves("IMM-03")) {
          ScheduledDose dose =
              NipSchedule.national2021()
                  .dose(org.gongwei.core.code.Vaccine.fromCode(parts[0]), Integer.parseInt(parts[1]))
                  .orElseThrow();
          LocalDate completion = dose.completionDate(view.resident().birthDate());
          if (view.resident().isInPopulationOn(completion)) {
            assertMembership(
                Membership.NUMERATOR, view, ReportingPeriod.of(period.start(), completion), rulebook, "IMM-03" + part, s);
          }
        }
      }
      case POSTPARTUM_VISIT -> {
        if (s.serves("MAT-02")) {
          Pregnancy p = after.pregnancy(s.item()).orElseThrow();
          assertTrue(PostpartumVisit.isVisitedWithin(p, view.maternalVisits(), rulebook.postpartumVisitDays()), s::toString);
          long listed =
              worklist.services().stream()
                  .filter(x -> x.residentId().equals(s.residentId()) && x.serves("MAT-02"))
                  .filter(x -> period.contains(after.pregnancy(x.item()).orElseThrow().deliveryDate().orElseThrow()))
                  .count();
          assertGrowth(listed, before, view, period, rulebook, "MAT-02", s);
        }
      }
      case TB_FIRST_VISIT -> {
        if (s.serves("TB-01")) {
          long listed =
              worklist.services().stream()
                  .filter(x -> x.residentId().equals(s.residentId()) && x.serves("TB-01"))
                  .filter(x -> period.contains(course(after, x.item()).notifiedDate()))
                  .count();
          assertGrowth(listed, before, view, period, rulebook, "TB-01", s);
        }
      }
    }
  }

  private static TbCourse course(Dataset data, String id) {
    return data.tbCourses().stream().filter(c -> c.courseId().equals(id)).findFirst().orElseThrow();
  }

  private static void checkChronicCheckup(DueService s, ResidentView view, Rulebook rulebook) {
    for (String id : s.indicatorIds()) {
      if (id.equals("OLD-01")) {
        continue;
      }
      Condition condition = id.equals("HTN-01") ? Condition.HYPERTENSION : Condition.TYPE2_DIABETES;
      ChronicManagement m = ChronicManagement.of(subject(view, s.period(), rulebook), condition);
      assertTrue(m.isManaged() || rulebook.managedRequiresFollowUp(), () -> s + ": " + m);
      assertTrue(m.hasCompleteCheckup(), () -> s + ": " + m);
      if (m.isManaged() && m.faceToFaceFollowUps() + m.checkupsCountedAsFollowUps() >= m.requiredFollowUps()) {
        assertMembership(Membership.NUMERATOR, view, s.period(), rulebook, id, s);
      }
    }
  }

  private static void assertGrowth(
      long listed, Dataset before, ResidentView view, ReportingPeriod period, Rulebook rulebook, String id, DueService s) {
    long was = evaluation(before.view(s.residentId()).orElseThrow(), period, rulebook, id).numerator();
    long is = evaluation(view, period, rulebook, id).numerator();
    assertEquals(was + listed, is, () -> s + ": " + id + " numerator " + was + " → " + is);
  }

  /**
   * The worklist lists every resident that the indicators find short for a reason it covers:
   * TCM-01, CH-03, TCM-02 over the year so far and SMD-03 over the quarter so far exactly; OLD-01
   * short of the check-up; IMM-02(v,d) short of a dose scheduled this year (for a child under the
   * catch-up age); a chronic patient in the window without the quarter's follow-up.
   */
  private static void checkComplete(Dataset before, Worklist worklist, Rulebook rulebook) {
    LocalDate date = worklist.date();
    ReportingPeriod year = ReportingPeriod.of(date.withDayOfYear(1), date);
    ReportingPeriod quarter = ReportingPeriod.of(LocalDate.of(date.getYear(), 3 * ((date.getMonthValue() - 1) / 3) + 1, 1), date);
    for (ResidentView v : before.residentViews()) {
      String id = v.residentId();
      List<DueService> mine = worklist.services().stream().filter(s -> s.residentId().equals(id)).toList();
      List<Evaluation> y = NBPHS.explain(v, year, rulebook);
      assertEquals(short_(y, "TCM-01"), has(mine, DueRule.ELDERLY_TCM, "TCM-01"), () -> id + " TCM-01 " + mine);
      assertEquals(short_(y, "CH-03"), has(mine, DueRule.CHILD_CHECKUP, "CH-03"), () -> id + " CH-03 " + mine);
      assertEquals(short_(y, "TCM-02"), has(mine, DueRule.CHILD_TCM, "TCM-02"), () -> id + " TCM-02 " + mine);
      assertEquals(short_(y, "OLD-01"), has(mine, DueRule.ELDERLY_CHECKUP, "OLD-01"), () -> id + " OLD-01 " + mine);
      if (!v.resident().birthDate().isAfter(date) && Age.yearsAt(v.resident().birthDate(), date) < WorklistBuilder.CATCH_UP_AGE_LIMIT) {
        for (Evaluation e : y) {
          if (e.measure().indicatorId().equals("IMM-02") && !e.measure().isHeadline()
              && e.membership() == Membership.DENOMINATOR_ONLY) {
            String vaccine = e.measure().id().substring("IMM-02(".length(), e.measure().id().indexOf(','));
            assertTrue(
                mine.stream().anyMatch(s -> s.rule() == DueRule.VACCINATION && s.item().startsWith(vaccine + " ")),
                () -> id + " " + e + " " + mine);
          }
        }
      }
      List<Evaluation> q = NBPHS.explain(v, quarter, rulebook);
      assertEquals(short_(q, "SMD-03"), has(mine, DueRule.MENTAL_FOLLOW_UP, "SMD-03"), () -> id + " SMD-03 " + mine);
      Subject qs = subject(v, quarter, rulebook);
      assertEquals(
          SevereMentalRegistration.of(qs).isRegistered() && short_(q, "SMD-03"),
          has(mine, DueRule.MENTAL_FOLLOW_UP, "SMD-01"));
      for (Condition c : List.of(Condition.HYPERTENSION, Condition.TYPE2_DIABETES)) {
        ChronicManagement m = ChronicManagement.of(qs, c);
        DueRule rule = c == Condition.HYPERTENSION ? DueRule.HYPERTENSION_FOLLOW_UP : DueRule.DIABETES_FOLLOW_UP;
        boolean dead = v.resident().isDeadOn(date) || v.resident().isClosedOn(date);
        if (!dead && m.isInWindow(date) && m.faceToFaceFollowUps() + m.checkupsCountedAsFollowUps() == 0) {
          assertTrue(mine.stream().anyMatch(s -> s.rule() == rule), () -> id + " " + m + " " + mine);
        }
        if (mine.stream().anyMatch(s -> s.rule() == rule)) {
          assertTrue(m.isInWindow(date), () -> id + " " + m + " " + mine);
        }
      }
    }
  }

  private static boolean short_(List<Evaluation> evaluations, String measureId) {
    return evaluations.stream()
        .anyMatch(e -> e.measure().id().equals(measureId) && e.membership() == Membership.DENOMINATOR_ONLY);
  }

  private static List<Evaluation> only(List<Evaluation> evaluations, String measureId) {
    return evaluations.stream().filter(e -> e.measure().id().equals(measureId)).toList();
  }

  private static boolean has(List<DueService> services, DueRule rule, String indicatorId) {
    return services.stream().anyMatch(s -> s.rule() == rule && s.serves(indicatorId));
  }

  /**
   * A year of worklists: done on the last day of each quarter of 2024, they complete the annual
   * indicators of 2024 for every resident in their denominator whose management did not end in
   * the year: OLD-01, TCM-01, CH-03, TCM-02, and HTN-01, DM-01 and SMD-01 (follow-up each quarter
   * and the annual check-up).
   */
  @Property(tries = 60)
  void aYearOfQuarterlyWorklistsCompletesTheAnnualIndicators(@ForAll long seed) {
    List<BundleRecord> records =
        WorklistFixture.randomRecords(seed, day(new Random(seed), d("2024-01-01"), d("2024-12-31")));
    Rulebook rulebook = Rulebook.national2017();
    for (String date : List.of("2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31")) {
      Dataset data = Dataset.of(records);
      records = done(data, Worklists.of(data, d(date), rulebook));
    }
    Dataset data = Dataset.of(records);
    ReportingPeriod year = ReportingPeriod.ofYear(2024);
    LocalDate end = year.end();
    for (ResidentView v : data.residentViews()) {
      List<Evaluation> e = NBPHS.explain(v, year, rulebook);
      for (String id : List.of("OLD-01", "TCM-01", "CH-03", "TCM-02")) {
        assertTrue(!short_(e, id), () -> v + " " + only(e, id));
      }
      Resident r = v.resident();
      if (r.exitDate().isPresent() && !r.exitDate().get().isAfter(end)) {
        continue;
      }
      if (!endedIn(v, Condition.HYPERTENSION, year)) {
        assertTrue(!short_(e, "HTN-01"), () -> v + " " + only(e, "HTN-01"));
      }
      if (!endedIn(v, Condition.TYPE2_DIABETES, year)) {
        assertTrue(!short_(e, "DM-01"), () -> v + " " + only(e, "DM-01"));
      }
      if (!endedIn(v, Condition.SEVERE_MENTAL_DISORDER, year)) {
        assertTrue(!short_(e, "SMD-01"), () -> v + " " + only(e, "SMD-01"));
      }
    }
  }

  private static boolean endedIn(ResidentView v, Condition condition, ReportingPeriod year) {
    return v.registrations().stream()
        .anyMatch(r -> r.condition() == condition && r.endedDate().isPresent() && year.contains(r.endedDate().get()));
  }

  /**
   * The generated bundles exercise every rule, due and overdue, with and without indicators, so
   * that the agreement property is not vacuous.
   */
  @Test
  void generatedBundlesExerciseEveryRule() {
    Set<String> seen = new HashSet<>();
    for (long seed = 0; seed < 300; seed++) {
      Random rnd = new Random(seed);
      LocalDate date = day(rnd, d("2023-01-01"), d("2025-12-31"));
      Rulebook rulebook = RULEBOOKS.get(rnd.nextInt(RULEBOOKS.size()));
      for (DueService s : Worklists.of(Dataset.of(WorklistFixture.randomRecords(seed, date)), date, rulebook).services()) {
        seen.add(s.rule() + " " + s.status());
        seen.add(s.rule() + (s.indicatorIds().isEmpty() ? " none" : " some"));
      }
    }
    for (DueRule rule : DueRule.values()) {
      assertTrue(seen.contains(rule + " DUE"), () -> rule + " DUE never generated: " + seen);
      assertTrue(seen.contains(rule + " some"), () -> rule + " with indicators never generated: " + seen);
    }
    for (DueRule rule : List.of(DueRule.HYPERTENSION_FOLLOW_UP, DueRule.DIABETES_FOLLOW_UP, DueRule.CHILD_CHECKUP,
        DueRule.CHILD_TCM, DueRule.VACCINATION, DueRule.TB_FIRST_VISIT)) {
      assertTrue(seen.contains(rule + " OVERDUE"), () -> rule + " OVERDUE never generated: " + seen);
    }
    assertTrue(seen.contains("POSTPARTUM_VISIT none"), seen::toString);
    assertTrue(seen.contains("TB_FIRST_VISIT none"), seen::toString);
  }

  @Test
  void ofUsesTheInstitutionTreeOfTheDataset() {
    List<BundleRecord> records = new ArrayList<>(WorklistFixture.institutions());
    records.add(WorklistFixture.person("A", "1950-01-01").institutionCode(WorklistFixture.VILLAGE_CLINIC).build());
    records.add(WorklistFixture.person("B", "1950-01-01").institutionCode(WorklistFixture.OTHER_VILLAGE_CLINIC).build());
    records.add(WorklistFixture.person("C", "1950-01-01").institutionCode("999999999").build());
    Worklist w = Worklists.of(Dataset.of(records), d("2024-08-15"), Rulebook.national2017());
    assertEquals(List.of("A", "B"), w.forInstitution(WorklistFixture.TOWNSHIP).residentIds());
    assertEquals(List.of("A"), w.forInstitution(WorklistFixture.VILLAGE_CLINIC).residentIds());
    assertEquals(List.of("C"), w.forInstitution("999999999").residentIds());
    assertNotEquals(w, w.forInstitution(WorklistFixture.TOWNSHIP));
    assertEquals(
        w.services(),
        Worklists.of(Dataset.of(records), d("2024-08-15"), Rulebook.national2017(), NipSchedule.national2021()).services());
  }

  private static Subject subject(ResidentView view, ReportingPeriod period, Rulebook rulebook) {
    return new Subject(view, EvaluationContext.of(period, rulebook));
  }

  /**
   * What the resident adds to a measure in all: an indicator may report a resident more than once
   * for one measure (CH-01 counts a resident as a mother, on her live births, and as a newborn),
   * so the entries are summed.
   */
  private static Evaluation evaluation(ResidentView view, ReportingPeriod period, Rulebook rulebook, String measureId) {
    Evaluation total = null;
    for (Evaluation e : NBPHS.explain(view, period, rulebook)) {
      if (e.measure().id().equals(measureId)) {
        total =
            total == null
                ? e
                : new Evaluation(e.measure(), e.subjectId(), total.numerator() + e.numerator(),
                    total.denominator() + e.denominator(), total.reason() + "; " + e.reason());
      }
    }
    if (total == null) {
      throw new AssertionError("no measure " + measureId);
    }
    return total;
  }

  private static void assertMembership(
      Membership expected, ResidentView view, ReportingPeriod period, Rulebook rulebook, String measureId, DueService s) {
    Evaluation e = evaluation(view, period, rulebook, measureId);
    assertEquals(expected, e.membership(), () -> s + " (" + s.reason() + ") → " + e + " over " + period);
  }
}
