package org.gongwei.indicators.tuberculosis;

import static org.gongwei.indicators.chronic.Fixtures.Y2024;
import static org.gongwei.indicators.chronic.Fixtures.d;
import static org.gongwei.indicators.chronic.Fixtures.resident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.code.TbOutcome;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.tb.TbCourse;
import org.gongwei.indicators.chronic.Fixtures.Run;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class TuberculosisManagementTest {
  private static final Rulebook NATIONAL = Rulebook.national2017();
  private static final TuberculosisManagement TB = new TuberculosisManagement();

  /** A course notified on {@code notified} with a first visit on {@code firstVisit} (or none). */
  static TbCourse notified(String id, String residentId, String notified, String firstVisit) {
    TbCourse.Builder b = TbCourse.builder().courseId(id).residentId(residentId).notifiedDate(d(notified));
    if (firstVisit != null) {
      b.firstVisitDate(d(firstVisit));
    }
    return b.build();
  }

  /** A course notified in 2023 whose treatment ended on {@code ended}. */
  static TbCourse ended(String id, String residentId, String ended, TbOutcome outcome, Integer scheduled, Integer taken) {
    TbCourse.Builder b =
        TbCourse.builder().courseId(id).residentId(residentId).notifiedDate(d("2023-06-01")).firstVisitDate(d("2023-06-02"))
            .treatmentStartDate(d("2023-06-05")).treatmentEndDate(d(ended)).outcome(outcome);
    if (scheduled != null) {
      b.dosesScheduled(scheduled);
    }
    if (taken != null) {
      b.dosesTaken(taken);
    }
    return b.build();
  }

  @Test
  void measures() {
    assertEquals(List.of("TB-01", "TB-02"), TB.measures().stream().map(m -> m.id()).toList());
  }

  @Test
  void firstVisitRecorded() {
    // notified in 2024: T1 (visit), T2 (no visit), T3 on 2024-01-01 (visit a week later),
    // T4 on 2024-12-31 (visit 2025-01-02, recorded). Not in 2024: T5 2023-12-31, T6 2025-01-01.
    // -> 3 / 4, counted per course (R2 has two courses: 1 of 2)
    Run r =
        Run.of(
            TB,
            NATIONAL,
            Y2024,
            resident("R1", "1970-01-01"),
            notified("T1", "R1", "2024-03-01", "2024-03-02"),
            resident("R2", "1970-01-01"),
            notified("T2", "R2", "2024-04-01", null),
            notified("T3", "R2", "2024-01-01", "2024-01-08"),
            resident("R3", "1970-01-01"),
            notified("T4", "R3", "2024-12-31", "2025-01-02"),
            resident("R4", "1970-01-01"),
            notified("T5", "R4", "2023-12-31", null),
            notified("T6", "R4", "2025-01-01", null));
    assertEquals(new Counts(3, 4), r.total("TB-01"));
    assertEquals(List.of("R1", "R2", "R3"), r.denominatorIds("TB-01"));
    assertEquals(
        Map.of("R2", "course T2 notified 2024-04-01: no first home visit recorded"), r.shortfalls("TB-01"));
  }

  @Test
  void firstVisitHoursKnob() {
    // firstVisitHours = 72: 3 days later = 72 h counts, 4 days later = 96 h does not,
    // the same day = 0 h counts. Unset: all three count.
    List<BundleRecord> records =
        List.of(
            resident("R1", "1970-01-01"),
            notified("T1", "R1", "2024-03-01", "2024-03-04"),
            resident("R2", "1970-01-01"),
            notified("T2", "R2", "2024-03-01", "2024-03-05"),
            resident("R3", "1970-01-01"),
            notified("T3", "R3", "2024-02-28", "2024-02-28"));
    assertEquals(new Counts(3, 3), Run.of(TB, NATIONAL, Y2024, records).total("TB-01"));
    Run limited = Run.of(TB, NATIONAL.withFirstVisitHours(72), Y2024, records);
    assertEquals(new Counts(2, 3), limited.total("TB-01"));
    assertEquals(
        Map.of("R2", "course T2 notified 2024-03-01: first home visit 2024-03-05, 96 hours later, limit 72"),
        limited.shortfalls("TB-01"));
    // 95 hours: 3 days (72 h) still counts, 4 days (96 h) does not
    assertEquals(new Counts(2, 3), Run.of(TB, NATIONAL.withFirstVisitHours(95), Y2024, records).total("TB-01"));
    assertEquals(new Counts(3, 3), Run.of(TB, NATIONAL.withFirstVisitHours(96), Y2024, records).total("TB-01"));
  }

  @Test
  void regularMedication() {
    // ended in 2024 with COMPLETED/CURED: T1 162/180 = 0.90 -> yes; T2 161/180 < 0.90 -> no;
    // T3 CURED 180/180 -> yes; T4 doses not recorded -> no; T5 0 scheduled -> no.
    // Not in the denominator: T6 FAILED; T7 ended 2023-12-31; T8 ended 2025-01-01; T9 no end date.
    Run r =
        Run.of(
            TB,
            NATIONAL,
            Y2024,
            resident("R1", "1970-01-01"),
            ended("T1", "R1", "2024-01-01", TbOutcome.COMPLETED, 180, 162),
            resident("R2", "1970-01-01"),
            ended("T2", "R2", "2024-12-31", TbOutcome.COMPLETED, 180, 161),
            resident("R3", "1970-01-01"),
            ended("T3", "R3", "2024-06-01", TbOutcome.CURED, 180, 180),
            resident("R4", "1970-01-01"),
            ended("T4", "R4", "2024-06-01", TbOutcome.CURED, null, null),
            resident("R5", "1970-01-01"),
            ended("T5", "R5", "2024-06-01", TbOutcome.CURED, 0, 0),
            resident("R6", "1970-01-01"),
            ended("T6", "R6", "2024-06-01", TbOutcome.FAILED, 180, 180),
            ended("T7", "R6", "2023-12-31", TbOutcome.CURED, 180, 180),
            ended("T8", "R6", "2025-01-01", TbOutcome.CURED, 180, 180),
            TbCourse.builder().courseId("T9").residentId("R6").notifiedDate(d("2023-01-01")).outcome(TbOutcome.CURED).build());
    assertEquals(new Counts(2, 5), r.total("TB-02"));
    assertEquals(
        Map.of(
            "R2", "course T2: 161 of 180 doses taken, 90% required",
            "R4", "course T4: doses not recorded",
            "R5", "course T5: 0 of 0 doses taken, 90% required"),
        r.shortfalls("TB-02"));
    assertEquals("NOT_IN_DENOMINATOR: not applicable", r.explain("R6").get("TB-02"));
  }

  @Test
  void aQuarterAsPeriod() {
    Run r =
        Run.of(
            TB,
            NATIONAL,
            ReportingPeriod.ofQuarter(2024, 2),
            resident("R1", "1970-01-01"),
            notified("T1", "R1", "2024-03-31", null),
            notified("T2", "R1", "2024-04-01", "2024-04-03"),
            ended("T3", "R1", "2024-06-30", TbOutcome.COMPLETED, 100, 95));
    assertEquals(new Counts(1, 1), r.total("TB-01"));
    assertEquals(new Counts(1, 1), r.total("TB-02"));
  }

  @Property(tries = 60)
  void proportionsAndOrderIndependence(@ForAll long seed) {
    Random random = new Random(seed);
    List<BundleRecord> records = new ArrayList<>();
    TbOutcome[] outcomes = TbOutcome.values();
    int id = 0;
    for (int p = 0; p < 10; p++) {
      String rid = "R" + p;
      records.add(resident(rid, "1970-01-01"));
      for (int c = random.nextInt(3); c > 0; c--) {
        TbCourse.Builder b = TbCourse.builder().courseId("T" + id++).residentId(rid)
            .notifiedDate(d("2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)));
        if (random.nextBoolean()) {
          b.firstVisitDate(d("2024-0" + (1 + random.nextInt(9)) + "-2" + random.nextInt(8)));
        }
        if (random.nextBoolean()) {
          b.treatmentEndDate(d("2024-0" + (1 + random.nextInt(9)) + "-05")).outcome(outcomes[random.nextInt(outcomes.length)]);
          int scheduled = random.nextInt(200);
          b.dosesScheduled(scheduled).dosesTaken(random.nextInt(scheduled + 1));
        }
        records.add(b.build());
      }
    }
    Rulebook rules = random.nextBoolean() ? NATIONAL : NATIONAL.withFirstVisitHours(1 + random.nextInt(300));
    Run r = Run.of(TB, rules, Y2024, records);
    List<BundleRecord> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, random);
    Run s = Run.of(TB, rules, Y2024, shuffled);
    for (String m : List.of("TB-01", "TB-02")) {
      Counts c = r.total(m);
      assertTrue(0 <= c.numerator() && c.numerator() <= c.denominator(), m + " " + c);
      assertEquals(c, s.total(m), m);
    }
  }
}
