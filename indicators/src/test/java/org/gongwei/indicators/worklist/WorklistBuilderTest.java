package org.gongwei.indicators.worklist;

import static org.gongwei.indicators.worklist.WorklistFixture.checkup;
import static org.gongwei.indicators.worklist.WorklistFixture.childVisit;
import static org.gongwei.indicators.worklist.WorklistFixture.d;
import static org.gongwei.indicators.worklist.WorklistFixture.followUp;
import static org.gongwei.indicators.worklist.WorklistFixture.maternalVisit;
import static org.gongwei.indicators.worklist.WorklistFixture.mentalFollowUp;
import static org.gongwei.indicators.worklist.WorklistFixture.person;
import static org.gongwei.indicators.worklist.WorklistFixture.registration;
import static org.gongwei.indicators.worklist.WorklistFixture.resident;
import static org.gongwei.indicators.worklist.WorklistFixture.tcm;
import static org.gongwei.indicators.worklist.WorklistFixture.vaccination;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongwei.core.code.CheckupKind;
import org.gongwei.core.code.ChildVisitKind;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.MaternalVisitKind;
import org.gongwei.core.code.MentalHealthStatus;
import org.gongwei.core.code.TbOutcome;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.code.Vaccine;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.maternal.Pregnancy;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.tb.TbCourse;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed worklists, rule by rule, around the boundaries: due, overdue and not yet due.
 * The worklist date is Thursday 15 August 2024 unless said otherwise: the quarter so far is
 * 2024-07-01..2024-08-15, the year so far 2024-01-01..2024-08-15.
 */
class WorklistBuilderTest {
  private static final LocalDate D = d("2024-08-15");
  private static final ReportingPeriod QUARTER = ReportingPeriod.of(d("2024-07-01"), D);
  private static final ReportingPeriod YEAR = ReportingPeriod.of(d("2024-01-01"), D);
  private static final Rulebook NATIONAL = Rulebook.national2017();

  private static List<DueService> due(List<BundleRecord> records, DueRule rule) {
    return due(records, rule, D, NATIONAL);
  }

  private static List<DueService> due(List<BundleRecord> records, DueRule rule, LocalDate date, Rulebook rulebook) {
    return Worklists.of(Dataset.of(records), date, rulebook).forRule(rule).services();
  }

  /** The one service of {@code rule} for {@code residentId}; fails if there is not exactly one. */
  private static DueService one(List<DueService> services, String residentId) {
    List<DueService> mine = of(services, residentId);
    assertEquals(1, mine.size(), () -> residentId + ": " + mine);
    return mine.get(0);
  }

  private static List<DueService> of(List<DueService> services, String residentId) {
    return services.stream().filter(s -> s.residentId().equals(residentId)).toList();
  }

  private static void assertNone(List<DueService> services, String residentId) {
    assertEquals(List.of(), of(services, residentId), residentId);
  }

  private static void assertService(
      DueService s, String item, List<String> ids, ReportingPeriod period, String dueDate, DueStatus status, long days) {
    assertEquals(item, s.item(), s::toString);
    assertEquals(ids, s.indicatorIds(), s::toString);
    assertEquals(period, s.period(), s::toString);
    assertEquals(d(dueDate), s.dueDate(), s::toString);
    assertEquals(status, s.status(), s::toString);
    assertEquals(days, s.daysOverdue(), s::toString);
  }

  // ---- hypertension and diabetes follow-ups ---------------------------------------------------------

  @Test
  void hypertensionFollowUpByQuarterAndNextVisit() {
    Condition h = Condition.HYPERTENSION;
    List<BundleRecord> data = new ArrayList<>();
    // A: clinic follow-up in the quarter, next visit later: nothing due
    data.add(resident("A", "1950-01-01"));
    data.add(registration("A", h, "I10", "2023-01-01", null));
    data.add(followUp("A", h, "2024-07-02", FollowUpMethod.CLINIC, "2024-10-02"));
    // B: last follow-up in Q2, next visit 2024-08-10 passed and none in Q3: due date min(Aug 10, Sep 30) = Aug 10,
    // overdue 15 − 10 = 5 days
    data.add(resident("B", "1950-01-01"));
    data.add(registration("B", h, "I10", "2023-01-01", null));
    data.add(followUp("B", h, "2024-05-10", FollowUpMethod.CLINIC, "2024-08-10"));
    // C: next visit on the worklist date: due today, not overdue
    data.add(resident("C", "1950-01-01"));
    data.add(registration("C", h, "I10", "2023-01-01", null));
    data.add(followUp("C", h, "2024-05-10", FollowUpMethod.HOME, "2024-08-15"));
    // E: next visit tomorrow, but no face-to-face follow-up in Q3: due by Aug 16
    data.add(resident("E", "1950-01-01"));
    data.add(registration("E", h, "I10", "2023-01-01", null));
    data.add(followUp("E", h, "2024-05-10", FollowUpMethod.CLINIC, "2024-08-16"));
    // F: a phone follow-up in Q3 is not face to face, and its next visit Aug 5 has passed: 10 days overdue
    data.add(resident("F", "1950-01-01"));
    data.add(registration("F", h, "I10", "2023-01-01", null));
    data.add(followUp("F", h, "2024-07-05", FollowUpMethod.PHONE, "2024-08-05"));
    // G: a clinic follow-up in Q3, but its next visit Aug 14 has passed: 1 day overdue
    data.add(resident("G", "1950-01-01"));
    data.add(registration("G", h, "I10", "2023-01-01", null));
    data.add(followUp("G", h, "2024-07-05", FollowUpMethod.CLINIC, "2024-08-14"));
    // H: no follow-up ever, no next visit: due by the quarter's end
    data.add(resident("H", "1950-01-01"));
    data.add(registration("H", h, null, "2024-08-15", null)); // enrolled today, no code: counts
    // I: management ended yesterday: nothing; J: ended today (the end day is in the window): due
    data.add(resident("I", "1950-01-01"));
    data.add(registration("I", h, "I10", "2020-01-01", "2024-08-14"));
    data.add(resident("J", "1950-01-01"));
    data.add(registration("J", h, "I10", "2020-01-01", "2024-08-15"));
    // K: enrolled tomorrow; L: I15 is outside the programme; M: died today
    data.add(resident("K", "1950-01-01"));
    data.add(registration("K", h, "I10", "2024-08-16", null));
    data.add(resident("L", "1950-01-01"));
    data.add(registration("L", h, "I15", "2020-01-01", null));
    data.add(person("M", "1950-01-01").deathDate(D).build());
    data.add(registration("M", h, "I10", "2020-01-01", null));
    // N: a complete check-up with blood pressure in Q3 counts as the quarter's follow-up
    data.add(resident("N", "1950-01-01"));
    data.add(registration("N", h, "I10", "2020-01-01", null));
    data.add(
        org.gongwei.core.chronic.Checkup.builder()
            .checkupId("CN")
            .residentId("N")
            .checkupDate(d("2024-07-20"))
            .kind(CheckupKind.GENERAL)
            .formComplete(true)
            .sbp(130)
            .dbp(80)
            .build());
    // P: next visit planned before the quarter, nothing since: overdue since 2024-06-01, 75 days
    data.add(resident("P", "1950-01-01"));
    data.add(registration("P", h, "I10", "2020-01-01", null));
    data.add(followUp("P", h, "2024-03-01", FollowUpMethod.CLINIC, "2024-06-01"));

    List<DueService> s = due(data, DueRule.HYPERTENSION_FOLLOW_UP);
    List<String> htn = List.of("HTN-01");
    assertNone(s, "A");
    assertService(one(s, "B"), "2024-Q3", htn, QUARTER, "2024-08-10", DueStatus.OVERDUE, 5);
    assertEquals("no face-to-face follow-up in 2024-Q3 yet; next visit was due 2024-08-10 (follow-up "
        + followUpIdOf(data, "B") + " of 2024-05-10)", one(s, "B").reason());
    assertService(one(s, "C"), "2024-Q3", htn, QUARTER, "2024-08-15", DueStatus.DUE, 0);
    assertService(one(s, "E"), "2024-Q3", htn, QUARTER, "2024-08-16", DueStatus.DUE, 0);
    assertService(one(s, "F"), "2024-Q3", htn, QUARTER, "2024-08-05", DueStatus.OVERDUE, 10);
    assertService(one(s, "G"), "2024-Q3", htn, QUARTER, "2024-08-14", DueStatus.OVERDUE, 1);
    assertEquals("next visit was due 2024-08-14 (follow-up " + followUpIdOf(data, "G") + " of 2024-07-05)",
        one(s, "G").reason());
    assertService(one(s, "H"), "2024-Q3", htn, QUARTER, "2024-09-30", DueStatus.DUE, 0);
    assertEquals("no face-to-face follow-up in 2024-Q3 yet", one(s, "H").reason());
    assertNone(s, "I");
    assertService(one(s, "J"), "2024-Q3", htn, QUARTER, "2024-09-30", DueStatus.DUE, 0);
    assertNone(s, "K");
    assertNone(s, "L");
    assertNone(s, "M");
    assertNone(s, "N");
    // 2024-08-15 − 2024-06-01 = 30 (Jun) + 31 (Jul) + 14 = 75 days
    assertService(one(s, "P"), "2024-Q3", htn, QUARTER, "2024-06-01", DueStatus.OVERDUE, 75);
    assertEquals(8, s.size()); // B, C, E, F, G, H, J and P
  }

  private static String followUpIdOf(List<BundleRecord> data, String residentId) {
    return data.stream()
        .filter(r -> r instanceof org.gongwei.core.chronic.FollowUp f && f.residentId().equals(residentId))
        .map(BundleRecord::id)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void diabetesFollowUpIsItsOwnRule() {
    List<BundleRecord> data =
        List.of(
            resident("A", "1950-01-01"),
            registration("A", Condition.HYPERTENSION, "I10", "2023-01-01", null),
            registration("A", Condition.TYPE2_DIABETES, "E11.900", "2023-01-01", null),
            followUp("A", Condition.HYPERTENSION, "2024-07-02", FollowUpMethod.CLINIC, null),
            // a diabetes follow-up on the first day of the quarter
            followUp("A", Condition.TYPE2_DIABETES, "2024-07-01", FollowUpMethod.CLINIC, null),
            resident("B", "1950-01-01"),
            registration("B", Condition.TYPE2_DIABETES, "E11", "2023-01-01", null),
            // the day before the quarter: the quarter has none
            followUp("B", Condition.TYPE2_DIABETES, "2024-06-30", FollowUpMethod.CLINIC, null),
            followUp("B", Condition.HYPERTENSION, "2024-07-30", FollowUpMethod.CLINIC, null));
    assertEquals(List.of(), due(data, DueRule.HYPERTENSION_FOLLOW_UP));
    List<DueService> s = due(data, DueRule.DIABETES_FOLLOW_UP);
    assertNone(s, "A");
    assertService(one(s, "B"), "2024-Q3", List.of("DM-01"), QUARTER, "2024-09-30", DueStatus.DUE, 0);
  }

  @Test
  void chronicCheckupOncePerYear() {
    Condition h = Condition.HYPERTENSION;
    Condition dm = Condition.TYPE2_DIABETES;
    List<BundleRecord> data = new ArrayList<>();
    // A (50): no check-up in 2024
    data.add(resident("A", "1974-01-01"));
    data.add(registration("A", h, "I10", "2023-01-01", null));
    // B: a complete general check-up on 1 January 2024
    data.add(resident("B", "1974-01-01"));
    data.add(registration("B", h, "I10", "2023-01-01", null));
    data.add(checkup("B", "2024-01-01", CheckupKind.GENERAL, true, false));
    // C: incomplete in 2024, complete on 31 December 2023: due
    data.add(resident("C", "1974-01-01"));
    data.add(registration("C", h, "I10", "2023-01-01", null));
    data.add(checkup("C", "2024-03-01", CheckupKind.GENERAL, false, true));
    data.add(checkup("C", "2023-12-31", CheckupKind.GENERAL, true, true));
    // E: hypertension and diabetes: one check-up for both
    data.add(resident("E", "1974-01-01"));
    data.add(registration("E", h, "I10", "2023-01-01", null));
    data.add(registration("E", dm, "E11", "2023-01-01", null));
    // F (70, permanent): the elderly check-up stands for both
    data.add(resident("F", "1954-01-01"));
    data.add(registration("F", h, "I10", "2023-01-01", null));
    // G (70, not permanent): not in OLD-01, so the chronic check-up
    data.add(person("G", "1954-01-01").permanent(false).build());
    data.add(registration("G", h, "I10", "2023-01-01", null));

    List<DueService> s = due(data, DueRule.CHRONIC_CHECKUP);
    assertService(one(s, "A"), "2024", List.of("HTN-01"), YEAR, "2024-12-31", DueStatus.DUE, 0);
    assertEquals("no check-up with a complete form in 2024 (annual check-up of HTN-01)", one(s, "A").reason());
    assertNone(s, "B");
    assertService(one(s, "C"), "2024", List.of("HTN-01"), YEAR, "2024-12-31", DueStatus.DUE, 0);
    assertService(one(s, "E"), "2024", List.of("HTN-01", "DM-01"), YEAR, "2024-12-31", DueStatus.DUE, 0);
    assertNone(s, "F");
    assertService(one(s, "G"), "2024", List.of("HTN-01"), YEAR, "2024-12-31", DueStatus.DUE, 0);
    List<DueService> elderly = due(data, DueRule.ELDERLY_CHECKUP);
    assertService(one(elderly, "F"), "2024", List.of("OLD-01", "HTN-01"), YEAR, "2024-12-31", DueStatus.DUE, 0);
    assertEquals(
        "aged 70: no elderly annual check-up with a complete form and health guidance in 2024; also the annual"
            + " check-up of HTN-01",
        one(elderly, "F").reason());
    // without the knob, no chronic check-up at all
    assertEquals(List.of(), due(data, DueRule.CHRONIC_CHECKUP, D, NATIONAL.withRequireAnnualCheckup(false)));
    assertEquals(
        List.of("OLD-01"),
        one(due(data, DueRule.ELDERLY_CHECKUP, D, NATIONAL.withRequireAnnualCheckup(false)), "F").indicatorIds());
  }

  // ---- elderly --------------------------------------------------------------------------------

  @Test
  void elderlyCheckupAndTcmFromThe65thBirthday() {
    List<BundleRecord> data =
        List.of(
            resident("A", "1959-08-15"), // 65 today: due
            resident("B", "1959-08-16"), // 65 tomorrow: not yet (the worklist counts age on its date)
            resident("C", "1950-01-01"),
            checkup("C", "2024-03-01", CheckupKind.ELDERLY_ANNUAL, true, true),
            tcm("C", "2024-01-01", TcmKind.ELDERLY),
            resident("E", "1950-01-01"), // complete form without guidance; a child TCM service
            checkup("E", "2024-03-01", CheckupKind.ELDERLY_ANNUAL, true, false),
            tcm("E", "2024-03-01", TcmKind.CHILD),
            resident("F", "1950-01-01"), // a complete general check-up is not the elderly one
            checkup("F", "2024-03-01", CheckupKind.GENERAL, true, true),
            person("G", "1950-01-01").recordEstablishedDate(Optional.empty()).build(), // no record
            person("H", "1950-01-01").permanent(false).build(), // not in population
            person("I", "1950-01-01").deathDate(D).build(), // died today
            person("J", "1950-01-01").deathDate(D.plusDays(1)).build(), // dies tomorrow: due today
            person("K", "1950-01-01").recordClosedDate(D).build(), // closed today
            // M: check-up done, but no health record: OLD-01 needs it, so the service stays, for the record
            person("M", "1950-01-01").recordEstablishedDate(d("2024-08-16")).build(),
            checkup("M", "2024-03-01", CheckupKind.ELDERLY_ANNUAL, true, true),
            resident("L", "1950-01-01"), // last year's check-up and TCM service do not count
            checkup("L", "2023-12-31", CheckupKind.ELDERLY_ANNUAL, true, true),
            tcm("L", "2023-12-31", TcmKind.ELDERLY));
    List<DueService> s = due(data, DueRule.ELDERLY_CHECKUP);
    List<String> old = List.of("OLD-01");
    assertService(one(s, "A"), "2024", old, YEAR, "2024-12-31", DueStatus.DUE, 0);
    assertEquals("aged 65: no elderly annual check-up with a complete form and health guidance in 2024",
        one(s, "A").reason());
    assertNone(s, "B");
    assertNone(s, "C");
    assertService(one(s, "E"), "2024", old, YEAR, "2024-12-31", DueStatus.DUE, 0);
    assertService(one(s, "F"), "2024", old, YEAR, "2024-12-31", DueStatus.DUE, 0);
    assertTrue(one(s, "G").reason().endsWith("; no health record: establish it at the check-up"), one(s, "G").reason());
    assertNone(s, "H");
    assertNone(s, "I");
    assertService(one(s, "J"), "2024", old, YEAR, "2024-12-31", DueStatus.DUE, 0);
    assertNone(s, "K");
    assertService(one(s, "L"), "2024", old, YEAR, "2024-12-31", DueStatus.DUE, 0);
    assertEquals("aged 74: elderly annual check-up done in 2024; no health record: establish it (OLD-01 requires it)",
        one(s, "M").reason());
    assertEquals(List.of("A", "E", "F", "G", "J", "L", "M"), s.stream().map(DueService::residentId).sorted().toList());

    List<DueService> t = due(data, DueRule.ELDERLY_TCM);
    assertService(one(t, "A"), "2024", List.of("TCM-01"), YEAR, "2024-12-31", DueStatus.DUE, 0);
    assertEquals("aged 65: no elderly TCM service in 2024", one(t, "A").reason());
    assertEquals(List.of("A", "E", "F", "G", "J", "L", "M"), t.stream().map(DueService::residentId).sorted().toList());
  }

  // ---- children -------------------------------------------------------------------------------

  @Test
  void newbornVisitWithinTheWindow() {
    List<BundleRecord> data =
        List.of(
            resident("A", "2024-07-18"), // D − 28 days: last day that counts is today
            resident("B", "2024-07-17"), // window closed yesterday: not listed
            resident("C", "2024-08-15"), // born today
            resident("E", "2024-08-10"),
            childVisit("E", "2024-08-12", ChildVisitKind.NEWBORN_HOME),
            resident("F", "2024-08-10"), // a check-up is not a newborn home visit
            childVisit("F", "2024-08-12", ChildVisitKind.CHECKUP),
            person("G", "2024-08-10").deathDate(D).build(),
            person("H", "2024-08-10").permanent(false).build()); // CH-01 counts every birth
    List<DueService> s = due(data, DueRule.NEWBORN_VISIT);
    List<String> ch01 = List.of("CH-01");
    assertService(one(s, "A"), "2024-07-18", ch01, YEAR, "2024-08-15", DueStatus.DUE, 0);
    assertEquals("born 2024-07-18: no newborn home visit yet (counts within 28 days of birth)", one(s, "A").reason());
    assertNone(s, "B");
    assertService(one(s, "C"), "2024-08-15", ch01, YEAR, "2024-09-12", DueStatus.DUE, 0);
    assertNone(s, "E");
    assertService(one(s, "F"), "2024-08-10", ch01, YEAR, "2024-09-07", DueStatus.DUE, 0);
    assertNone(s, "G");
    assertService(one(s, "H"), "2024-08-10", ch01, YEAR, "2024-09-07", DueStatus.DUE, 0);
    // knob newbornVisitDays = 7: B born 2024-08-08 is due by today, A is out
    List<DueService> week =
        due(List.of(resident("A", "2024-08-07"), resident("B", "2024-08-08")), DueRule.NEWBORN_VISIT, D,
            NATIONAL.withNewbornVisitDays(7));
    assertNone(week, "A");
    assertService(one(week, "B"), "2024-08-08", ch01, YEAR, "2024-08-15", DueStatus.DUE, 0);
    // born last December, worklist in January: the period starts on 1 January of the birth year
    LocalDate jan = d("2024-01-10");
    DueService dec = one(due(List.of(resident("A", "2023-12-20")), DueRule.NEWBORN_VISIT, jan, NATIONAL), "A");
    assertEquals(ReportingPeriod.of(d("2023-01-01"), jan), dec.period());
    assertEquals(d("2024-01-17"), dec.dueDate());
  }

  @Test
  void childCheckupsAtTheScheduledAges() {
    List<BundleRecord> data =
        List.of(
            // A: 3 months on 2024-05-10 and 6 months on 2024-08-10, no check-up: two services; the 3-month one
            // is on time until the day before 6 months (2024-08-09): 6 days overdue; the 6-month one until the day
            // before 8 months (2024-10-09)
            resident("A", "2024-02-10"),
            // B: the same child with one check-up in May: the latest age (6 months) is outstanding
            resident("B", "2024-02-10"),
            childVisit("B", "2024-05-20", ChildVisitKind.CHECKUP),
            // C: 3 months on 2024-05-16, 6 months tomorrow: the 3-month check-up is due until today
            resident("C", "2024-02-16"),
            // E: 4 years today: the yearly check-up, due until the day before 5 years; CH-02 only
            resident("E", "2020-08-15"),
            // F: 4 years tomorrow; 3 years was last year: nothing in 2024 so far
            resident("F", "2020-08-16"),
            // G: 6 years on 2024-03-01, a newborn-visit record in 2024 counts for CH-02 but is no check-up
            resident("G", "2018-03-01"),
            childVisit("G", "2024-01-05", ChildVisitKind.NEWBORN_HOME),
            // H: 7 on 2024-03-01: out of the 0–6 group
            resident("H", "2017-03-01"),
            // I: not permanent: not in population
            person("I", "2024-02-10").permanent(false).build());
    List<DueService> s = due(data, DueRule.CHILD_CHECKUP);
    List<DueService> a = of(s, "A");
    assertEquals(2, a.size());
    DueService a3 = a.stream().filter(x -> x.item().equals("3m")).findFirst().orElseThrow();
    DueService a6 = a.stream().filter(x -> x.item().equals("6m")).findFirst().orElseThrow();
    assertService(a3, "3m", List.of("CH-03", "CH-02"), YEAR, "2024-08-09", DueStatus.OVERDUE, 6);
    assertService(a6, "6m", List.of("CH-03", "CH-02"), YEAR, "2024-10-09", DueStatus.DUE, 0);
    assertEquals("reached 3 months on 2024-05-10; 0 of 2 scheduled check-ups in 2024 done", a3.reason());
    assertService(one(s, "B"), "6m", List.of("CH-03"), YEAR, "2024-10-09", DueStatus.DUE, 0);
    assertService(one(s, "C"), "3m", List.of("CH-03", "CH-02"), YEAR, "2024-08-15", DueStatus.DUE, 0);
    assertService(one(s, "E"), "4y", List.of("CH-02"), YEAR, "2025-08-14", DueStatus.DUE, 0);
    assertEquals("reached 4 years on 2024-08-15; 0 of 1 scheduled check-up in 2024 done", one(s, "E").reason());
    assertNone(s, "F");
    assertService(one(s, "G"), "6y", List.of(), YEAR, "2025-02-28", DueStatus.DUE, 0);
    assertNone(s, "H");
    assertNone(s, "I");
    // the next day C's 3-month check-up is overdue by one day, and the 6-month one is due
    List<DueService> next = of(due(data, DueRule.CHILD_CHECKUP, D.plusDays(1), NATIONAL), "C");
    assertEquals(List.of("3m OVERDUE 1", "6m DUE 0"),
        next.stream().map(x -> x.item() + " " + x.status() + " " + x.daysOverdue()).toList());
  }

  @Test
  void childTcmAtTheTcmAges() {
    List<BundleRecord> data =
        List.of(
            resident("A", "2024-02-10"), // 6 months on 2024-08-10: due until 2025-02-09
            // B: 12 months on 2024-01-20 and 18 months on 2024-07-20, one service in March: 18 months outstanding
            resident("B", "2023-01-20"),
            tcm("B", "2024-03-01", TcmKind.CHILD),
            resident("C", "2024-02-16"), // 6 months tomorrow
            resident("E", "2021-02-15"), // 42 months: 36 months was on 2024-02-15, served
            tcm("E", "2024-02-20", TcmKind.CHILD),
            resident("F", "2021-02-15")); // the same child unserved: 36 months, due until 2024-08-14
    List<DueService> s = due(data, DueRule.CHILD_TCM);
    List<String> tcm02 = List.of("TCM-02");
    assertService(one(s, "A"), "6m", tcm02, YEAR, "2025-02-09", DueStatus.DUE, 0);
    assertService(one(s, "B"), "18m", tcm02, YEAR, "2025-01-19", DueStatus.DUE, 0);
    assertEquals("reached 18 months on 2024-07-20; 1 of 2 child TCM services in 2024 done", one(s, "B").reason());
    assertNone(s, "C");
    assertNone(s, "E");
    assertService(one(s, "F"), "3y", tcm02, YEAR, "2024-08-14", DueStatus.OVERDUE, 1);
  }

  // ---- vaccinations ---------------------------------------------------------------------------

  @Test
  void vaccinationsOneDosePerVaccineAtATime() {
    List<BundleRecord> data =
        List.of(
            // A, born today: HEPB 1 (birth → birth + 2 days: on time until 2024-08-16) and BCG 1 (birth → 3 months)
            resident("A", "2024-08-15"),
            // B, born 2024-08-13: HEPB 1 had to be done before today: 1 day overdue, no longer timely
            resident("B", "2024-08-13"),
            vaccination("B", Vaccine.BCG, 1, "2024-08-13"));
    List<DueService> s = due(data, DueRule.VACCINATION);
    List<DueService> a = of(s, "A");
    assertEquals(List.of("HEPB 1", "BCG 1"), a.stream().map(DueService::item).toList());
    assertService(a.get(0), "HEPB 1", List.of("IMM-02", "IMM-03"), YEAR, "2024-08-16", DueStatus.DUE, 0);
    assertEquals(
        "no HEPB dose 1 by 2024-08-15; scheduled at birth (2024-08-15), complete before birth+2d (2024-08-17)",
        a.get(0).reason());
    assertService(a.get(1), "BCG 1", List.of("IMM-02", "IMM-03"), YEAR, "2024-11-14", DueStatus.DUE, 0);
    assertService(one(s, "B"), "HEPB 1", List.of("IMM-02"), YEAR, "2024-08-14", DueStatus.OVERDUE, 1);
  }

  @Test
  void vaccinationsOfAOneYearOldWithNone() {
    // born 2023-08-15: 12 months today. The first dose of each vaccine scheduled by now; later doses wait for it.
    // Completion ages: HEPB 1 birth + 2 d (2023-08-17), BCG 3 m (2023-11-15), IPV/BOPV/DTAP/MMR/JE_L 12 m
    // (2024-08-15 = today, so due until yesterday: 1 day overdue), MPSV_A 1 18 m (2025-02-15: due).
    List<DueService> s = due(List.of(resident("A", "2023-08-15")), DueRule.VACCINATION);
    assertEquals(
        List.of(
            "HEPB 1 OVERDUE 365", // due until 2023-08-16; 2023-08-16 → 2024-08-15 is 365 days (29 Feb 2024 included)
            "BCG 1 OVERDUE 275", // due until 2023-11-14: 16 (Nov) + 31 + 31 + 29 + 31 + 30 + 31 + 30 + 31 + 15
            // the five 1-day-overdue doses tie on urgency and come in item order
            "BOPV 1 OVERDUE 1",
            "DTAP 1 OVERDUE 1",
            "IPV 1 OVERDUE 1",
            "JE_L 1 OVERDUE 1",
            "MMR 1 OVERDUE 1",
            "MPSV_A 1 DUE 0"),
        s.stream().map(x -> x.item() + " " + x.status() + " " + x.daysOverdue()).toList());
    ReportingPeriod from2023 = ReportingPeriod.of(d("2023-01-01"), D);
    assertEquals(from2023, s.get(0).period()); // scheduled 2023-08-15
    assertEquals(YEAR, s.get(6).period()); // MMR 1 scheduled at 8 months, 2024-04-15
  }

  @Test
  void vaccinationsNextDoseEarlyDoseAlternativeAndAgeLimit() {
    List<BundleRecord> data =
        List.of(
            // A, born 2024-02-15 (6 months today): HEPB 1 and 2 valid, HEPB 3 given early on 2024-08-01: due
            resident("A", "2024-02-15"),
            vaccination("A", Vaccine.HEPB, 1, "2024-02-15"),
            vaccination("A", Vaccine.HEPB, 2, "2024-03-15"),
            vaccination("A", Vaccine.HEPB, 3, "2024-08-01"),
            // B, born 2023-08-15: JE_I 1 at 8 months stands for JE_L 1; JE_L 2 is not scheduled before 2 years
            resident("B", "2023-08-15"),
            vaccination("B", Vaccine.JE_I, 1, "2024-04-15"),
            // C: 18 today: past the catch-up age; E: 18 tomorrow, nothing recorded: listed
            resident("C", "2006-08-15"),
            resident("E", "2006-08-16"),
            person("F", "2024-08-15").permanent(false).build()); // not in population
    List<DueService> s = due(data, DueRule.VACCINATION);
    List<DueService> a = of(s, "A");
    DueService hepb = a.stream().filter(x -> x.item().startsWith("HEPB")).findFirst().orElseThrow();
    assertService(hepb, "HEPB 3", List.of("IMM-02", "IMM-03"), YEAR, "2025-02-14", DueStatus.DUE, 0);
    assertEquals(
        "HEPB dose 3 given 2024-08-01, before 6 months (valid from 2024-08-15); scheduled at 6m (2024-08-15),"
            + " complete before 1y (2025-02-15)",
        hepb.reason());
    assertTrue(of(s, "B").stream().noneMatch(x -> x.item().startsWith("JE_L")), () -> of(s, "B").toString());
    assertNone(s, "C");
    assertEquals(11, of(s, "E").size(), () -> of(s, "E").toString()); // dose 1 of each of the 11 vaccines
    assertNone(s, "F");
    // keeping to the 0–6 cohort: E is out, A still in
    List<DueService> young =
        WorklistBuilder.of(D, NATIONAL).catchUpAgeLimit(7).addAll(Dataset.of(data).residentViews()).build()
            .forRule(DueRule.VACCINATION).services();
    assertNone(young, "E");
    assertEquals(of(s, "A"), of(young, "A"));
    assertThrows(IllegalArgumentException.class, () -> WorklistBuilder.of(D, NATIONAL).catchUpAgeLimit(-1));
  }

  // ---- maternal -------------------------------------------------------------------------------

  @Test
  void postpartumVisitWithinTheWindowAfterDischarge() {
    List<BundleRecord> data =
        List.of(
            resident("A", "1995-01-01"),
            pregnancy("PA", "A", "2024-07-10", "2024-07-18", 1), // 28 days after discharge is today
            resident("B", "1995-01-01"),
            pregnancy("PB", "B", "2024-07-10", "2024-07-17", 1), // window closed yesterday
            resident("C", "1995-01-01"),
            pregnancy("PC", "C", "2024-08-10", null, 1), // no discharge date: from the delivery
            resident("E", "1995-01-01"),
            pregnancy("PE", "E", "2024-08-01", "2024-08-05", 1),
            maternalVisit("PE", "2024-08-12", MaternalVisitKind.POSTPARTUM),
            resident("F", "1995-01-01"),
            pregnancy("PF", "F", "2024-08-01", "2024-08-05", 1),
            maternalVisit("PF", "2024-08-03", MaternalVisitKind.POSTPARTUM), // before discharge: does not count
            resident("G", "1995-01-01"),
            pregnancy("PG", "G", "2024-08-01", null, 0), // stillbirth: listed, without MAT-02
            resident("H", "1995-01-01"),
            pregnancy("PH", "H", "2024-08-10", "2024-08-16", 1), // still in hospital
            resident("I", "1995-01-01"),
            pregnancy("PI", "I", "2024-08-16", null, 1)); // not delivered yet
    List<DueService> s = due(data, DueRule.POSTPARTUM_VISIT);
    List<String> mat02 = List.of("MAT-02");
    assertService(one(s, "A"), "PA", mat02, YEAR, "2024-08-15", DueStatus.DUE, 0);
    assertEquals("discharged 2024-07-18: no postpartum visit yet (counts within 28 days)", one(s, "A").reason());
    assertNone(s, "B");
    assertService(one(s, "C"), "PC", mat02, YEAR, "2024-09-07", DueStatus.DUE, 0);
    assertNone(s, "E");
    assertService(one(s, "F"), "PF", mat02, YEAR, "2024-09-02", DueStatus.DUE, 0);
    assertService(one(s, "G"), "PG", List.of(), YEAR, "2024-08-29", DueStatus.DUE, 0);
    assertTrue(one(s, "G").reason().endsWith("; stillbirth: not counted in MAT-02"));
    assertNone(s, "H");
    assertNone(s, "I");
  }

  private static Pregnancy pregnancy(String id, String residentId, String delivery, String discharge, int liveBirths) {
    Pregnancy.Builder b =
        Pregnancy.builder().pregnancyId(id).residentId(residentId).deliveryDate(d(delivery)).liveBirths(liveBirths);
    if (discharge != null) {
      b.dischargeDate(d(discharge));
    }
    return b.build();
  }

  // ---- mental health, tuberculosis --------------------------------------------------------------

  @Test
  void mentalFollowUpOncePerQuarter() {
    Condition smd = Condition.SEVERE_MENTAL_DISORDER;
    List<BundleRecord> data =
        List.of(
            resident("A", "1970-01-01"),
            registration("A", smd, "F20", "2023-01-01", null),
            resident("B", "1970-01-01"),
            registration("B", smd, "F20", "2023-01-01", null),
            mentalFollowUp("B", "2024-07-01", MentalHealthStatus.UNSTABLE), // reached, first day of the quarter
            resident("C", "1970-01-01"),
            registration("C", smd, "F31", "2023-01-01", null),
            mentalFollowUp("C", "2024-07-10", MentalHealthStatus.NOT_REACHED),
            mentalFollowUp("C", "2024-06-30", MentalHealthStatus.STABLE), // last quarter
            resident("E", "1970-01-01"),
            registration("E", smd, "F20", "2023-01-01", "2024-08-15"), // ended today: not registered
            resident("F", "1970-01-01"),
            registration("F", smd, "F32", "2023-01-01", null)); // depression is not one of the six
    List<DueService> s = due(data, DueRule.MENTAL_FOLLOW_UP);
    List<String> smdIds = List.of("SMD-01", "SMD-03");
    assertService(one(s, "A"), "2024-Q3", smdIds, QUARTER, "2024-09-30", DueStatus.DUE, 0);
    assertEquals("no follow-up reaching the patient in 2024-Q3 yet", one(s, "A").reason());
    assertNone(s, "B");
    assertService(one(s, "C"), "2024-Q3", smdIds, QUARTER, "2024-09-30", DueStatus.DUE, 0);
    assertNone(s, "E");
    assertNone(s, "F");
  }

  @Test
  void tbFirstVisitWithin72HoursOrTheKnob() {
    List<BundleRecord> data =
        List.of(
            resident("A", "1970-01-01"),
            course("TA", "A", "2024-08-12", null, null, null), // due until 2024-08-15
            resident("B", "1970-01-01"),
            course("TB", "B", "2024-08-11", null, null, null), // 1 day overdue
            resident("C", "1970-01-01"),
            course("TC", "C", "2024-08-11", "2024-08-13", null, null), // visited
            resident("E", "1970-01-01"),
            course("TE", "E", "2024-03-01", null, "2024-08-14", null), // treatment ended yesterday
            resident("F", "1970-01-01"),
            course("TF", "F", "2024-03-01", null, "2024-08-15", TbOutcome.ONGOING), // ends today, ongoing: listed
            resident("G", "1970-01-01"),
            course("TG", "G", "2024-03-01", null, null, TbOutcome.CURED),
            resident("H", "1970-01-01"),
            course("TH", "H", "2024-08-16", null, null, null)); // notified tomorrow
    List<DueService> s = due(data, DueRule.TB_FIRST_VISIT);
    List<String> tb01 = List.of("TB-01");
    assertService(one(s, "A"), "TA", tb01, YEAR, "2024-08-15", DueStatus.DUE, 0);
    assertEquals("notified 2024-08-12: no first home visit recorded", one(s, "A").reason());
    assertService(one(s, "B"), "TB", tb01, YEAR, "2024-08-14", DueStatus.OVERDUE, 1);
    assertNone(s, "C");
    assertNone(s, "E");
    // 2024-08-15 − 2024-03-04 = 164 days
    assertService(one(s, "F"), "TF", tb01, YEAR, "2024-03-04", DueStatus.OVERDUE, 164);
    assertNone(s, "G");
    assertNone(s, "H");
    // firstVisitHours = 48: due 2 days after the notification; a visit today (72 hours after A's) is too late
    List<DueService> knob = due(data, DueRule.TB_FIRST_VISIT, D, NATIONAL.withFirstVisitHours(72));
    assertEquals(tb01, one(knob, "A").indicatorIds());
    knob = due(data, DueRule.TB_FIRST_VISIT, D, NATIONAL.withFirstVisitHours(48));
    assertService(one(knob, "A"), "TA", List.of(), YEAR, "2024-08-14", DueStatus.OVERDUE, 1);
    assertEquals("notified 2024-08-12: no first home visit recorded; too late for TB-01 (firstVisitHours 48)",
        one(knob, "A").reason());
  }

  private static TbCourse course(String id, String residentId, String notified, String visit, String end, TbOutcome outcome) {
    TbCourse.Builder b = TbCourse.builder().courseId(id).residentId(residentId).notifiedDate(d(notified));
    if (visit != null) {
      b.firstVisitDate(d(visit));
    }
    if (end != null) {
      b.treatmentStartDate(d(notified)).treatmentEndDate(d(end));
    }
    if (outcome != null) {
      b.outcome(outcome);
    }
    return b.build();
  }

  // ---- the builder ----------------------------------------------------------------------------

  @Test
  void dueForIsPerResidentAndBuildCollects() {
    Dataset data =
        Dataset.of(
            List.of(
                resident("A", "1950-01-01"),
                person("B", "1950-01-01").doctorId("D1").institutionCode("X").build(),
                resident("C", "2030-01-01"))); // born after the date: nothing
    WorklistBuilder b = WorklistBuilder.of(D, NATIONAL);
    assertEquals(
        List.of(DueRule.ELDERLY_CHECKUP, DueRule.ELDERLY_TCM),
        b.dueFor(data.view("A").orElseThrow()).stream().map(DueService::rule).toList());
    assertEquals(List.of(), b.dueFor(data.view("C").orElseThrow()));
    Worklist w = b.addAll(data.residentViews()).build();
    assertEquals(4, w.size());
    DueService first = w.forDoctor("D1").services().get(0);
    assertEquals("X", first.institutionCode());
    assertEquals(Optional.of("居民B"), first.name());
    assertEquals(D, w.date());
    assertThrows(NullPointerException.class, () -> b.dueFor(null));
    assertThrows(NullPointerException.class, () -> WorklistBuilder.of(null, NATIONAL));
  }
}
