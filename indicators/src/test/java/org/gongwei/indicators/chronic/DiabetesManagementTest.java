package org.gongwei.indicators.chronic;

import static org.gongwei.indicators.chronic.Fixtures.Y2024;
import static org.gongwei.indicators.chronic.Fixtures.checkup;
import static org.gongwei.indicators.chronic.Fixtures.dm;
import static org.gongwei.indicators.chronic.Fixtures.fpg;
import static org.gongwei.indicators.chronic.Fixtures.fullCheckup;
import static org.gongwei.indicators.chronic.Fixtures.person;
import static org.gongwei.indicators.chronic.Fixtures.registration;
import static org.gongwei.indicators.chronic.Fixtures.resident;
import static org.gongwei.indicators.chronic.Fixtures.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.code.CheckupKind;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.chronic.Fixtures.Run;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.engine.PopulationBase;
import org.gongwei.indicators.rulebook.ControlVisit;
import org.gongwei.indicators.rulebook.FollowUpRequirement;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class DiabetesManagementTest {
  private static final Rulebook NATIONAL = Rulebook.national2017();
  private static final DiabetesManagement DM = new DiabetesManagement();
  private static final FollowUpMethod CLINIC = FollowUpMethod.CLINIC;
  private static final FollowUpMethod PHONE = FollowUpMethod.PHONE;

  @Test
  void measures() {
    assertEquals(List.of("DM-01", "DM-02", "DM-03"), DM.measures().stream().map(m -> m.id()).toList());
    assertEquals(PopulationBase.DIABETES_ESTIMATE, DM.measures().get(2).populationBase());
  }

  @Test
  void standardizedAndControlledPatient() {
    // four home follow-ups (one per quarter, FPG 6.1) and a complete check-up -> 4 >= 4; 6.1 < 7.0
    Run r =
        Run.of(
            DM,
            NATIONAL,
            Y2024,
            resident("R1", "1960-01-01"),
            dm("G1", "R1", "2020-01-01"),
            fpg("F1", "R1", "2024-01-10"),
            fpg("F2", "R1", "2024-04-10"),
            fpg("F3", "R1", "2024-07-10"),
            fpg("F4", "R1", "2024-10-10"),
            checkup("C1", "R1", "2024-05-01", true));
    assertEquals(new Counts(1, 1), r.total("DM-01"));
    assertEquals(new Counts(1, 1), r.total("DM-02"));
    assertEquals(new Counts(1, 0), r.total("DM-03"));
  }

  @Test
  void glucoseTargetIsStrictAndAKnob() {
    // R1 latest FPG 7.0 (an earlier 6.0 does not matter); R2 latest FPG 6.9.
    // target 7.0: 7.0 is not below 7.0 -> R1 not controlled, R2 controlled -> 1/2.
    // target 7.5: both below -> 2/2. target 6.9: neither -> 0/2.
    List<BundleRecord> records =
        List.of(
            resident("R1", "1960-01-01"),
            dm("G1", "R1", "2020-01-01"),
            fpg("F1", "R1", "2024-03-01", CLINIC, 6.0),
            fpg("F2", "R1", "2024-09-01", CLINIC, 7.0),
            resident("R2", "1960-01-01"),
            dm("G2", "R2", "2020-01-01"),
            fpg("F3", "R2", "2024-09-01", CLINIC, 6.9));
    Run national = Run.of(DM, NATIONAL, Y2024, records);
    assertEquals(new Counts(1, 2), national.total("DM-02"));
    assertEquals(
        Map.of("R1", "latest follow-up with fasting glucose 2024-09-01: 7.0 mmol/L, target below 7.0"),
        national.shortfalls("DM-02"));
    assertEquals(
        new Counts(2, 2),
        Run.of(DM, NATIONAL.withFastingGlucoseTarget(new BigDecimal("7.5")), Y2024, records).total("DM-02"));
    assertEquals(
        new Counts(0, 2),
        Run.of(DM, NATIONAL.withFastingGlucoseTarget(new BigDecimal("6.9")), Y2024, records).total("DM-02"));
  }

  @Test
  void onlyE11CountsAndHypertensionCodesDoNot() {
    // R1 E10 (type 1): excluded. R2 no code: counts. R3 E11.900: counts.
    // R4 a diabetes registration coded I10: excluded.
    Run r =
        Run.of(
            DM,
            NATIONAL,
            Y2024,
            resident("R1", "1960-01-01"),
            registration("G1", "R1", Condition.TYPE2_DIABETES, "E10", "2020-01-01", null),
            resident("R2", "1960-01-01"),
            registration("G2", "R2", Condition.TYPE2_DIABETES, null, "2020-01-01", null),
            resident("R3", "1960-01-01"),
            dm("G3", "R3", "2020-01-01"),
            resident("R4", "1960-01-01"),
            registration("G4", "R4", Condition.TYPE2_DIABETES, "I10", "2020-01-01", null));
    assertEquals(List.of("R2", "R3"), r.denominatorIds("DM-01"));
    assertEquals(
        "NOT_IN_DENOMINATOR: type 2 diabetes registration G1 has ICD-10 E10, outside E11",
        r.explain("R1").get("DM-01"));
  }

  @Test
  void checkupWithGlucoseCountsButBloodPressureAloneDoesNot() {
    // R1: 3 follow-ups + complete check-up with FPG = 4 -> standardized.
    // R2: 3 follow-ups + complete check-up with BP only: does not count for diabetes = 3 < 4.
    // knob off: both 3 < 4.
    List<BundleRecord> records =
        List.of(
            resident("R1", "1960-01-01"),
            dm("G1", "R1", "2020-01-01"),
            fpg("F1", "R1", "2024-01-10"),
            fpg("F2", "R1", "2024-04-10"),
            fpg("F3", "R1", "2024-07-10"),
            fullCheckup("C1", "R1", "2024-11-01"),
            resident("R2", "1960-01-01"),
            dm("G2", "R2", "2020-01-01"),
            fpg("F4", "R2", "2024-01-10"),
            fpg("F5", "R2", "2024-04-10"),
            fpg("F6", "R2", "2024-07-10"),
            Checkup.builder().checkupId("C2").residentId("R2").checkupDate(Fixtures.d("2024-11-01"))
                .kind(CheckupKind.GENERAL).formComplete(true).sbp(120).dbp(80).build());
    Run on = Run.of(DM, NATIONAL, Y2024, records);
    assertEquals(new Counts(1, 2), on.total("DM-01"));
    assertEquals(Map.of("R2", "3 face-to-face follow-ups in 2024, 4 required"), on.shortfalls("DM-01"));
    Run off = Run.of(DM, NATIONAL.withCheckupCountsAsFollowUp(false), Y2024, records);
    assertEquals(new Counts(0, 2), off.total("DM-01"));
  }

  @Test
  void phoneFollowUpsAndControlVisit() {
    // clinic Q1..Q3 with FPG 6.0, phone Q4 FPG 8.2 (self-reported), then a clinic visit 2024-12-20
    // without glucose: face-to-face = 4 (the last visit counts as face-to-face) -> standardized
    // with the check-up. LATEST_WITH_MEASUREMENT: judged on the phone call, 8.2 -> not controlled.
    // LATEST_ANY: judged on 2024-12-20, no glucose -> not controlled.
    List<BundleRecord> records =
        List.of(
            resident("R1", "1960-01-01"),
            dm("G1", "R1", "2020-01-01"),
            fpg("F1", "R1", "2024-01-10", CLINIC, 6.0),
            fpg("F2", "R1", "2024-04-10", CLINIC, 6.0),
            fpg("F3", "R1", "2024-07-10", CLINIC, 6.0),
            fpg("F4", "R1", "2024-11-10", PHONE, 8.2),
            visit("F5", "R1", Condition.TYPE2_DIABETES, "2024-12-20", CLINIC),
            checkup("C1", "R1", "2024-05-01", true));
    Run r = Run.of(DM, NATIONAL, Y2024, records);
    assertEquals(new Counts(1, 1), r.total("DM-01"));
    assertEquals(
        Map.of("R1", "latest follow-up with fasting glucose 2024-11-10: 8.2 mmol/L, target below 7.0"),
        r.shortfalls("DM-02"));
    Run any = Run.of(DM, NATIONAL.withControlVisit(ControlVisit.LATEST_ANY), Y2024, records);
    assertEquals(Map.of("R1", "latest follow-up 2024-12-20 has no fasting glucose"), any.shortfalls("DM-02"));
  }

  @Test
  void closureMidYearAndFixedRequirement() {
    // record closed 2024-08-15: window Q1..Q3 -> 3 required (PRORATED); FIXED(4) -> 4 required.
    // follow-ups 2024-01-10, 2024-05-10, 2024-08-15 (closure day) = 3; 2024-09-01 after closure.
    List<BundleRecord> records =
        List.of(
            person("R1", "1960-01-01").recordClosedDate(Fixtures.d("2024-08-15")).build(),
            dm("G1", "R1", "2020-01-01"),
            fpg("F1", "R1", "2024-01-10"),
            fpg("F2", "R1", "2024-05-10"),
            fpg("F3", "R1", "2024-08-15"),
            fpg("F4", "R1", "2024-09-01"),
            checkup("C1", "R1", "2024-05-01", true));
    assertEquals(new Counts(1, 1), Run.of(DM, NATIONAL, Y2024, records).total("DM-01"));
    Run fixed = Run.of(DM, NATIONAL.withFollowUpRequirement(FollowUpRequirement.fixed(4)), Y2024, records);
    assertEquals(Map.of("R1", "3 face-to-face follow-ups in 2024, 4 required"), fixed.shortfalls("DM-01"));
  }

  @Test
  void aQuarterAsPeriodAndManagedRequiresFollowUp() {
    // 2024-Q3, R1 with a follow-up 2024-07-01, R2 with none in Q3 (one on 2024-06-30).
    ReportingPeriod q3 = ReportingPeriod.ofQuarter(2024, 3);
    List<BundleRecord> records =
        List.of(
            resident("R1", "1960-01-01"),
            dm("G1", "R1", "2020-01-01"),
            fpg("F1", "R1", "2024-07-01"),
            checkup("C1", "R1", "2024-09-30", true),
            resident("R2", "1960-01-01"),
            dm("G2", "R2", "2020-01-01"),
            fpg("F2", "R2", "2024-06-30"));
    Run r = Run.of(DM, NATIONAL, q3, records);
    assertEquals(new Counts(1, 2), r.total("DM-01"));
    assertEquals(
        Map.of("R2", "0 face-to-face follow-ups in 2024-Q3, 1 required; no complete check-up in 2024-Q3"),
        r.shortfalls("DM-01"));
    assertEquals(Map.of("R2", "no follow-up with fasting glucose in 2024-Q3"), r.shortfalls("DM-02"));
    Run strict = Run.of(DM, NATIONAL.withManagedRequiresFollowUp(true), q3, records);
    assertEquals(new Counts(1, 1), strict.total("DM-01"));
    assertEquals(new Counts(1, 0), strict.total("DM-03"));
  }

  @Property(tries = 60)
  void proportionsAndOrderIndependence(@ForAll long seed) {
    Random random = new Random(seed);
    List<BundleRecord> records = new ArrayList<>();
    FollowUpMethod[] methods = FollowUpMethod.values();
    int id = 0;
    for (int p = 0; p < 12; p++) {
      String rid = "R" + p;
      records.add(resident(rid, (1940 + random.nextInt(40)) + "-05-20"));
      int regs = random.nextInt(3);
      for (int g = 0; g < regs; g++) {
        String ended = random.nextInt(3) == 0 ? "2024-0" + (1 + random.nextInt(9)) + "-01" : null;
        String icd = new String[] {"E11", "E10", null, "E11.9"}[random.nextInt(4)];
        records.add(registration("G" + id++, rid, Condition.TYPE2_DIABETES, icd, (2019 + random.nextInt(6)) + "-0" + (1 + random.nextInt(9)) + "-05", ended));
      }
      int visits = random.nextInt(7);
      for (int v = 0; v < visits; v++) {
        String date = "2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
        records.add(random.nextBoolean()
            ? fpg("F" + id++, rid, date, methods[random.nextInt(methods.length)], 4 + random.nextInt(80) / 10.0)
            : visit("F" + id++, rid, Condition.TYPE2_DIABETES, date, methods[random.nextInt(methods.length)]));
      }
      if (random.nextBoolean()) {
        records.add(fullCheckup("C" + id++, rid, "2024-06-0" + (1 + random.nextInt(9))));
      }
    }
    Rulebook rules = random.nextBoolean() ? NATIONAL : NATIONAL.withControlVisit(ControlVisit.LATEST_ANY);
    Run r = Run.of(DM, rules, Y2024, records);
    Counts d1 = r.total("DM-01");
    Counts d2 = r.total("DM-02");
    assertTrue(0 <= d1.numerator() && d1.numerator() <= d1.denominator());
    assertTrue(0 <= d2.numerator() && d2.numerator() <= d2.denominator());
    assertEquals(new Counts(d1.denominator(), 0), r.total("DM-03"));
    List<BundleRecord> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, random);
    Run s = Run.of(DM, rules, Y2024, shuffled);
    assertEquals(d1, s.total("DM-01"));
    assertEquals(d2, s.total("DM-02"));
  }
}
