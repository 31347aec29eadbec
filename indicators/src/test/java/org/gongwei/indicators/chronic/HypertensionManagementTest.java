package org.gongwei.indicators.chronic;

import static org.gongwei.indicators.chronic.Fixtures.Y2024;
import static org.gongwei.indicators.chronic.Fixtures.bp;
import static org.gongwei.indicators.chronic.Fixtures.checkup;
import static org.gongwei.indicators.chronic.Fixtures.fullCheckup;
import static org.gongwei.indicators.chronic.Fixtures.htn;
import static org.gongwei.indicators.chronic.Fixtures.person;
import static org.gongwei.indicators.chronic.Fixtures.registration;
import static org.gongwei.indicators.chronic.Fixtures.resident;
import static org.gongwei.indicators.chronic.Fixtures.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.chronic.Fixtures.Run;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.rulebook.ControlVisit;
import org.gongwei.indicators.rulebook.FollowUpRequirement;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class HypertensionManagementTest {
  private static final Rulebook NATIONAL = Rulebook.national2017();
  private static final HypertensionManagement HTN = new HypertensionManagement();
  private static final FollowUpMethod CLINIC = FollowUpMethod.CLINIC;
  private static final FollowUpMethod HOME = FollowUpMethod.HOME;
  private static final FollowUpMethod PHONE = FollowUpMethod.PHONE;

  private static Run run(Rulebook rulebook, BundleRecord... records) {
    return Run.of(HTN, rulebook, Y2024, records);
  }

  @Test
  void measures() {
    assertEquals(List.of("HTN-01", "HTN-02", "HTN-03"), HTN.measures().stream().map(m -> m.id()).toList());
    assertEquals(
        org.gongwei.indicators.engine.PopulationBase.HYPERTENSION_ESTIMATE, HTN.measures().get(2).populationBase());
  }

  @Test
  void standardizedAndControlledPatient() {
    // R1 (64 all year): four clinic/home follow-ups, one per quarter, the latest 130/80, and a
    // complete check-up without measurements: 4 face-to-face >= 4 required, check-up present
    Run r =
        run(
            NATIONAL,
            resident("R1", "1960-01-01"),
            htn("G1", "R1", "2020-03-01"),
            bp("F1", "R1", "2024-01-01"),
            bp("F2", "R1", "2024-04-15", HOME, 138, 88),
            bp("F3", "R1", "2024-07-15"),
            bp("F4", "R1", "2024-12-31"),
            checkup("C1", "R1", "2024-05-01", true));
    assertEquals(new Counts(1, 1), r.total("HTN-01"));
    assertEquals(new Counts(1, 1), r.total("HTN-02"));
    // HTN-03: numerator only; the denominator is the estimate
    assertEquals(new Counts(1, 0), r.total("HTN-03"));
    assertEquals(List.of("R1"), r.numeratorIds("HTN-03"));
  }

  @Test
  void residentsWithoutHypertensionRegistrationAreNotApplicable() {
    Run r =
        run(
            NATIONAL,
            resident("R1", "1960-01-01"),
            Fixtures.dm("G1", "R1", "2020-01-01"),
            resident("R2", "1960-01-01"),
            bp("F1", "R2", "2024-01-01"));
    assertEquals(Counts.ZERO, r.total("HTN-01"));
    assertEquals(Counts.ZERO, r.total("HTN-03"));
    assertEquals("NOT_IN_DENOMINATOR: not applicable", r.explain("R1").get("HTN-01"));
  }

  @Test
  void phoneFollowUpDoesNotCountAsFaceToFaceButDecidesControl() {
    // R1: clinic in Q1, Q2, Q3 and a phone call in Q4 with a self-reported 135/85:
    //   face-to-face = 3 < 4 required -> not standardized; the phone call is the latest
    //   follow-up with blood pressure -> 135 < 140 and 85 < 90 -> controlled.
    // R2: the same, but the phone reading is 145/85 -> not controlled.
    Run r =
        run(
            NATIONAL,
            resident("R1", "1960-01-01"),
            htn("G1", "R1", "2020-03-01"),
            bp("F1", "R1", "2024-02-01"),
            bp("F2", "R1", "2024-05-01"),
            bp("F3", "R1", "2024-08-01"),
            bp("F4", "R1", "2024-11-01", PHONE, 135, 85),
            checkup("C1", "R1", "2024-03-01", true),
            resident("R2", "1960-01-01"),
            htn("G2", "R2", "2020-03-01"),
            bp("F5", "R2", "2024-02-01"),
            bp("F6", "R2", "2024-05-01"),
            bp("F7", "R2", "2024-08-01"),
            bp("F8", "R2", "2024-11-01", PHONE, 145, 85),
            checkup("C2", "R2", "2024-03-01", true));
    assertEquals(new Counts(0, 2), r.total("HTN-01"));
    assertEquals(
        Map.of(
            "R1", "3 face-to-face follow-ups in 2024, 4 required",
            "R2", "3 face-to-face follow-ups in 2024, 4 required"),
        r.shortfalls("HTN-01"));
    assertEquals(new Counts(1, 2), r.total("HTN-02"));
    assertEquals(
        Map.of("R2", "latest follow-up with blood pressure 2024-11-01: 145/85 mmHg, target below 140/90"),
        r.shortfalls("HTN-02"));
  }

  @Test
  void completeCheckupWithBloodPressureCountsAsOneFollowUp() {
    // R1: clinic follow-ups in Q1, Q2, Q3 (3) + a complete check-up in Q4 that recorded BP (1)
    //   = 4 >= 4 -> standardized (knob on); with the knob off 3 < 4.
    // R2: clinic follow-ups in Q1, Q2 (2) + two complete check-ups with BP (each counts: 2) = 4.
    // R3: clinic follow-ups in Q1, Q2, Q3 (3) + an incomplete check-up with BP (does not count)
    //   + a complete one without BP (satisfies the check-up rule, not a follow-up) = 3 < 4.
    List<BundleRecord> records =
        List.of(
            resident("R1", "1960-01-01"),
            htn("G1", "R1", "2020-03-01"),
            bp("F1", "R1", "2024-02-01"),
            bp("F2", "R1", "2024-05-01"),
            bp("F3", "R1", "2024-08-01"),
            fullCheckup("C1", "R1", "2024-11-20"),
            resident("R2", "1960-01-01"),
            htn("G2", "R2", "2020-03-01"),
            bp("F4", "R2", "2024-02-01"),
            bp("F5", "R2", "2024-05-01"),
            fullCheckup("C2", "R2", "2024-08-20"),
            fullCheckup("C3", "R2", "2024-11-20"),
            resident("R3", "1960-01-01"),
            htn("G3", "R3", "2020-03-01"),
            bp("F6", "R3", "2024-02-01"),
            bp("F7", "R3", "2024-05-01"),
            bp("F8", "R3", "2024-08-01"),
            org.gongwei.core.chronic.Checkup.builder().checkupId("C4").residentId("R3").checkupDate(Fixtures.d("2024-11-20"))
                .kind(org.gongwei.core.code.CheckupKind.ELDERLY_ANNUAL).formComplete(false).sbp(120).dbp(70).build(),
            checkup("C5", "R3", "2024-12-01", true));
    Run on = Run.of(HTN, NATIONAL, Y2024, records);
    assertEquals(new Counts(2, 3), on.total("HTN-01"));
    assertEquals(Map.of("R3", "3 face-to-face follow-ups in 2024, 4 required"), on.shortfalls("HTN-01"));

    Run off = Run.of(HTN, NATIONAL.withCheckupCountsAsFollowUp(false), Y2024, records);
    assertEquals(new Counts(0, 3), off.total("HTN-01"));
    assertEquals(
        Map.of(
            "R1", "3 face-to-face follow-ups in 2024, 4 required",
            "R2", "2 face-to-face follow-ups in 2024, 4 required",
            "R3", "3 face-to-face follow-ups in 2024, 4 required"),
        off.shortfalls("HTN-01"));
    // a check-up never decides control: R2's latest follow-up with BP is F5, 130/80
    assertEquals(new Counts(3, 3), on.total("HTN-02"));
  }

  @Test
  void checkupsCountedAreNamedInTheReason() {
    // 1 clinic follow-up + 1 complete check-up with BP = 2 < 4
    Run r =
        run(
            NATIONAL,
            resident("R1", "1960-01-01"),
            htn("G1", "R1", "2020-03-01"),
            bp("F1", "R1", "2024-02-01"),
            fullCheckup("C1", "R1", "2024-06-01"));
    assertEquals(Map.of("R1", "2 face-to-face follow-ups (1 check-up) in 2024, 4 required"), r.shortfalls("HTN-01"));
  }

  @Test
  void requireAnnualCheckupInBothSettings() {
    // R1: four clinic follow-ups, no check-up at all; R2: the same and an incomplete check-up.
    // R3: one follow-up and no check-up (both reasons).
    List<BundleRecord> records =
        List.of(
            resident("R1", "1960-01-01"),
            htn("G1", "R1", "2020-03-01"),
            bp("F1", "R1", "2024-02-01"),
            bp("F2", "R1", "2024-05-01"),
            bp("F3", "R1", "2024-08-01"),
            bp("F4", "R1", "2024-11-01"),
            resident("R2", "1960-01-01"),
            htn("G2", "R2", "2020-03-01"),
            bp("F5", "R2", "2024-02-01"),
            bp("F6", "R2", "2024-05-01"),
            bp("F7", "R2", "2024-08-01"),
            bp("F8", "R2", "2024-11-01"),
            checkup("C1", "R2", "2024-06-01", false),
            resident("R3", "1960-01-01"),
            htn("G3", "R3", "2020-03-01"),
            bp("F9", "R3", "2024-02-01"));
    Run on = Run.of(HTN, NATIONAL, Y2024, records);
    assertEquals(new Counts(0, 3), on.total("HTN-01"));
    assertEquals(
        Map.of(
            "R1", "no complete check-up in 2024",
            "R2", "no complete check-up in 2024",
            "R3", "1 face-to-face follow-up in 2024, 4 required; no complete check-up in 2024"),
        on.shortfalls("HTN-01"));
    Run off = Run.of(HTN, NATIONAL.withRequireAnnualCheckup(false), Y2024, records);
    assertEquals(new Counts(2, 3), off.total("HTN-01"));
    assertEquals(Map.of("R3", "1 face-to-face follow-up in 2024, 4 required"), off.shortfalls("HTN-01"));
  }

  @Test
  void latestFollowUpWithoutMeasurementUnderBothControlVisitSettings() {
    // Q1 clinic 130/80, Q4 clinic without BP.
    // LATEST_WITH_MEASUREMENT: judged on 2024-02-01, 130/80 -> controlled.
    // LATEST_ANY: judged on 2024-11-05, which has no BP -> not controlled.
    List<BundleRecord> records =
        List.of(
            resident("R1", "1960-01-01"),
            htn("G1", "R1", "2020-03-01"),
            bp("F1", "R1", "2024-02-01"),
            visit("F2", "R1", Condition.HYPERTENSION, "2024-11-05", CLINIC));
    assertEquals(new Counts(1, 1), Run.of(HTN, NATIONAL, Y2024, records).total("HTN-02"));
    Run any = Run.of(HTN, NATIONAL.withControlVisit(ControlVisit.LATEST_ANY), Y2024, records);
    assertEquals(new Counts(0, 1), any.total("HTN-02"));
    assertEquals(Map.of("R1", "latest follow-up 2024-11-05 has no blood pressure"), any.shortfalls("HTN-02"));
  }

  @Test
  void noFollowUpWithMeasurementIsNotControlled() {
    List<BundleRecord> records =
        List.of(
            resident("R1", "1960-01-01"),
            htn("G1", "R1", "2020-03-01"),
            visit("F1", "R1", Condition.HYPERTENSION, "2024-11-05", CLINIC),
            // a diabetes follow-up with BP is not a hypertension follow-up
            org.gongwei.core.chronic.FollowUp.builder().followUpId("F2").residentId("R1")
                .condition(Condition.TYPE2_DIABETES).visitDate(Fixtures.d("2024-12-01")).method(CLINIC)
                .sbp(120).dbp(70).build(),
            resident("R2", "1960-01-01"),
            htn("G2", "R2", "2020-03-01"));
    Run r = Run.of(HTN, NATIONAL, Y2024, records);
    assertEquals(new Counts(0, 2), r.total("HTN-02"));
    assertEquals(
        Map.of("R1", "no follow-up with blood pressure in 2024", "R2", "no follow-up with blood pressure in 2024"),
        r.shortfalls("HTN-02"));
    Run any = Run.of(HTN, NATIONAL.withControlVisit(ControlVisit.LATEST_ANY), Y2024, records);
    assertEquals("no follow-up in 2024", any.shortfalls("HTN-02").get("R2"));
  }

  @Test
  void elderlyTargetDependsOnTheAgeAtTheVisit() {
    // every patient's only follow-up: 149/89 on 2024-10-01
    // R66 born 1958-06-01: 66 at the visit -> target 150/90 -> controlled
    // R64 born 1960-06-01: 64 -> target 140/90 -> not controlled (149 >= 140)
    // R65 born 1959-10-01: 65 exactly on the visit date -> controlled
    // R64b born 1959-10-02: 64 on the visit date (65 the next day) -> not controlled
    List<BundleRecord> records = new ArrayList<>();
    String[][] people = {{"R66", "1958-06-01"}, {"R64", "1960-06-01"}, {"R65", "1959-10-01"}, {"R64b", "1959-10-02"}};
    for (String[] p : people) {
      records.add(resident(p[0], p[1]));
      records.add(htn("G" + p[0], p[0], "2020-01-01"));
      records.add(bp("F" + p[0], p[0], "2024-10-01", CLINIC, 149, 89));
    }
    Run on = Run.of(HTN, NATIONAL, Y2024, records);
    assertEquals(new Counts(2, 4), on.total("HTN-02"));
    assertEquals(List.of("R66", "R65"), on.numeratorIds("HTN-02"));
    assertEquals(
        "latest follow-up with blood pressure 2024-10-01: 149/89 mmHg, target below 140/90",
        on.shortfalls("HTN-02").get("R64"));
    Run off = Run.of(HTN, NATIONAL.withElderlyBpTarget(false), Y2024, records);
    assertEquals(new Counts(0, 4), off.total("HTN-02"));
  }

  @Test
  void elderlyPatientAbove150IsNotControlled() {
    Run r =
        run(
            NATIONAL,
            resident("R1", "1950-01-01"),
            htn("G1", "R1", "2020-01-01"),
            bp("F1", "R1", "2024-10-01", CLINIC, 150, 80),
            resident("R2", "1950-01-01"),
            htn("G2", "R2", "2020-01-01"),
            bp("F2", "R2", "2024-10-01", CLINIC, 120, 90));
    assertEquals(new Counts(0, 2), r.total("HTN-02"));
    assertEquals(
        "latest follow-up with blood pressure 2024-10-01: 150/80 mmHg, target below 150/90 (aged 65+)",
        r.shortfalls("HTN-02").get("R1"));
  }

  @Test
  void enrolmentInMayNeedsThreeFollowUps() {
    // enrolled 2024-05-10: window overlaps Q2, Q3, Q4 -> 3 required.
    // R1: follow-ups 2024-05-10 (enrolment day), 2024-08-01, 2024-12-31 (period end) = 3 -> standardized.
    // R2: follow-ups 2024-05-09 (day before enrolment: outside the window), 2024-06-01,
    //     2025-01-01 (after the period) = 1 counted -> not standardized.
    Run r =
        run(
            NATIONAL,
            resident("R1", "1960-01-01"),
            htn("G1", "R1", "2024-05-10"),
            bp("F1", "R1", "2024-05-10"),
            bp("F2", "R1", "2024-08-01"),
            bp("F3", "R1", "2024-12-31"),
            checkup("C1", "R1", "2024-03-01", true),
            resident("R2", "1960-01-01"),
            htn("G2", "R2", "2024-05-10"),
            bp("F4", "R2", "2024-05-09"),
            bp("F5", "R2", "2024-06-01"),
            bp("F6", "R2", "2025-01-01"),
            checkup("C2", "R2", "2024-03-01", true));
    assertEquals(new Counts(1, 2), r.total("HTN-01"));
    assertEquals(Map.of("R2", "1 face-to-face follow-up in 2024, 3 required"), r.shortfalls("HTN-01"));
  }

  @Test
  void fixedRequirementVersusProratedQuarters() {
    // enrolled 2024-05-10 with 3 clinic follow-ups and a check-up:
    //   PRORATED_QUARTERS -> 3 required -> standardized; FIXED(4) -> 3 < 4; FIXED(3) -> standardized.
    List<BundleRecord> records =
        List.of(
            resident("R1", "1960-01-01"),
            htn("G1", "R1", "2024-05-10"),
            bp("F1", "R1", "2024-06-01"),
            bp("F2", "R1", "2024-08-01"),
            bp("F3", "R1", "2024-11-01"),
            checkup("C1", "R1", "2024-06-01", true));
    assertEquals(new Counts(1, 1), Run.of(HTN, NATIONAL, Y2024, records).total("HTN-01"));
    Run fixed4 = Run.of(HTN, NATIONAL.withFollowUpRequirement(FollowUpRequirement.fixed(4)), Y2024, records);
    assertEquals(new Counts(0, 1), fixed4.total("HTN-01"));
    assertEquals(Map.of("R1", "3 face-to-face follow-ups in 2024, 4 required"), fixed4.shortfalls("HTN-01"));
    assertEquals(
        new Counts(1, 1),
        Run.of(HTN, NATIONAL.withFollowUpRequirement(FollowUpRequirement.fixed(3)), Y2024, records).total("HTN-01"));
  }

  @Test
  void deathMidYearShortensTheWindow() {
    // R1 died 2024-06-15: window ends 2024-06-15 (the last day) -> Q1, Q2 -> 2 required;
    // follow-ups 2024-02-01 and 2024-06-15 (death day, in the window), 2024-07-01 (after death: not counted)
    // -> 2 >= 2 -> standardized; still a managed patient of 2024 although not in the population at the end.
    // R2's record closed 2024-03-31 -> Q1 only -> 1 required; one follow-up 2024-03-31 -> standardized.
    Run r =
        run(
            NATIONAL,
            person("R1", "1960-01-01").deathDate(Fixtures.d("2024-06-15")).build(),
            htn("G1", "R1", "2020-03-01"),
            bp("F1", "R1", "2024-02-01"),
            bp("F2", "R1", "2024-06-15"),
            bp("F3", "R1", "2024-07-01", CLINIC, 170, 100),
            checkup("C1", "R1", "2024-03-01", true),
            person("R2", "1960-01-01").recordClosedDate(Fixtures.d("2024-03-31")).build(),
            htn("G2", "R2", "2020-03-01"),
            bp("F4", "R2", "2024-03-31"),
            checkup("C2", "R2", "2024-03-01", true));
    assertEquals(new Counts(2, 2), r.total("HTN-01"));
    // control judged on F2 (130/80), F3 after death is outside the window
    assertEquals(new Counts(2, 2), r.total("HTN-02"));
    assertEquals(new Counts(2, 0), r.total("HTN-03"));
  }

  @Test
  void managementWindowBoundaries() {
    // G1 ended 2023-12-31: window ends the day before the period -> not managed (excluded)
    // G2 ended 2024-01-01: the end day is in the window -> managed, 1 quarter -> 1 required
    // G3 enrolled 2024-12-31: managed, Q4 only -> 1 required
    // G4 enrolled 2025-01-01: not managed
    Run r =
        run(
            NATIONAL,
            resident("R1", "1960-01-01"),
            registration("G1", "R1", Condition.HYPERTENSION, "I10", "2020-01-01", "2023-12-31"),
            resident("R2", "1960-01-01"),
            registration("G2", "R2", Condition.HYPERTENSION, "I10", "2020-01-01", "2024-01-01"),
            bp("F2", "R2", "2024-01-01"),
            checkup("C2", "R2", "2024-01-01", true),
            resident("R3", "1960-01-01"),
            htn("G3", "R3", "2024-12-31"),
            resident("R4", "1960-01-01"),
            htn("G4", "R4", "2025-01-01"));
    assertEquals(List.of("R2", "R3"), r.denominatorIds("HTN-01"));
    assertEquals(new Counts(1, 2), r.total("HTN-01"));
    assertEquals(
        Map.of("R3", "0 face-to-face follow-ups in 2024, 1 required; no complete check-up in 2024"),
        r.shortfalls("HTN-01"));
    assertEquals(
        "NOT_IN_DENOMINATOR: hypertension management window does not overlap 2024", r.explain("R1").get("HTN-01"));
    assertEquals(
        "NOT_IN_DENOMINATOR: hypertension management window does not overlap 2024", r.explain("R4").get("HTN-03"));
  }

  @Test
  void twoRegistrationsAreOnePatientWithTheUnionOfWindows() {
    // R1: G1 2019-01-01..2024-03-31 and G2 from 2024-08-01: the union overlaps Q1, Q3, Q4 -> 3 required;
    //     follow-ups 2024-02-01 (in G1), 2024-05-01 (between the windows: not counted), 2024-09-01,
    //     2024-11-01 (in G2) -> 3 >= 3 -> standardized; counted once in every measure.
    // R2: two open registrations from 2020 and 2022 -> one patient, 4 quarters.
    Run r =
        run(
            NATIONAL,
            resident("R1", "1960-01-01"),
            registration("G1", "R1", Condition.HYPERTENSION, "I10", "2019-01-01", "2024-03-31"),
            htn("G2", "R1", "2024-08-01"),
            bp("F1", "R1", "2024-02-01"),
            bp("F2", "R1", "2024-05-01"),
            bp("F3", "R1", "2024-09-01"),
            bp("F4", "R1", "2024-11-01"),
            checkup("C1", "R1", "2024-06-01", true),
            resident("R2", "1960-01-01"),
            htn("G3", "R2", "2020-01-01"),
            htn("G4", "R2", "2022-01-01"),
            bp("F5", "R2", "2024-02-01"),
            checkup("C2", "R2", "2024-06-01", true));
    assertEquals(new Counts(1, 2), r.total("HTN-01"));
    assertEquals(Map.of("R2", "1 face-to-face follow-up in 2024, 4 required"), r.shortfalls("HTN-01"));
    assertEquals(new Counts(2, 0), r.total("HTN-03"));
  }

  @Test
  void onlyProgrammeCodesCount() {
    // R1 I15 (secondary hypertension): excluded. R2 no code: counts. R3 I13.x00: counts.
    // R4 I10.x00x002: counts. R5 I15 and I11 registrations: managed through I11.
    Run r =
        run(
            NATIONAL,
            resident("R1", "1960-01-01"),
            registration("G1", "R1", Condition.HYPERTENSION, "I15", "2020-01-01", null),
            resident("R2", "1960-01-01"),
            registration("G2", "R2", Condition.HYPERTENSION, null, "2020-01-01", null),
            resident("R3", "1960-01-01"),
            registration("G3", "R3", Condition.HYPERTENSION, "I13.x00", "2020-01-01", null),
            resident("R4", "1960-01-01"),
            registration("G4", "R4", Condition.HYPERTENSION, "I10.x00x002", "2020-01-01", null),
            resident("R5", "1960-01-01"),
            registration("G5", "R5", Condition.HYPERTENSION, "I15.0", "2020-01-01", null),
            registration("G6", "R5", Condition.HYPERTENSION, "I11", "2021-01-01", null));
    assertEquals(List.of("R2", "R3", "R4", "R5"), r.denominatorIds("HTN-01"));
    assertEquals(new Counts(4, 0), r.total("HTN-03"));
    assertEquals(
        "NOT_IN_DENOMINATOR: hypertension registration G1 has ICD-10 I15, outside I10–I13",
        r.explain("R1").get("HTN-03"));
  }

  @Test
  void managedRequiresFollowUpInBothSettings() {
    // R1: registered, no follow-up in 2024 (one in 2023). R2: only a phone follow-up in 2024.
    List<BundleRecord> records =
        List.of(
            resident("R1", "1960-01-01"),
            htn("G1", "R1", "2020-01-01"),
            bp("F1", "R1", "2023-12-31"),
            resident("R2", "1960-01-01"),
            htn("G2", "R2", "2020-01-01"),
            bp("F2", "R2", "2024-03-01", PHONE, 120, 80));
    Run off = Run.of(HTN, NATIONAL, Y2024, records);
    assertEquals(new Counts(0, 2), off.total("HTN-01"));
    assertEquals(new Counts(1, 2), off.total("HTN-02"));
    assertEquals(new Counts(2, 0), off.total("HTN-03"));
    Run on = Run.of(HTN, NATIONAL.withManagedRequiresFollowUp(true), Y2024, records);
    assertEquals(new Counts(0, 1), on.total("HTN-01"));
    assertEquals(new Counts(1, 1), on.total("HTN-02"));
    assertEquals(new Counts(1, 0), on.total("HTN-03"));
    assertEquals(
        "NOT_IN_DENOMINATOR: no hypertension follow-up in 2024 (managedRequiresFollowUp)",
        on.explain("R1").get("HTN-01"));
  }

  @Test
  void aQuarterAsPeriod() {
    // 2024-Q2: 1 required. R1: a clinic follow-up 2024-04-01 and a complete check-up 2024-06-30
    // -> standardized. R2: a follow-up 2024-06-30 but the complete check-up was on 2024-03-31 (Q1)
    // -> "no complete check-up in 2024-Q2".
    ReportingPeriod q2 = ReportingPeriod.ofQuarter(2024, 2);
    Run r =
        Run.of(
            HTN,
            NATIONAL,
            q2,
            resident("R1", "1960-01-01"),
            htn("G1", "R1", "2020-01-01"),
            bp("F1", "R1", "2024-04-01"),
            checkup("C1", "R1", "2024-06-30", true),
            resident("R2", "1960-01-01"),
            htn("G2", "R2", "2020-01-01"),
            bp("F2", "R2", "2024-06-30", CLINIC, 141, 80),
            checkup("C2", "R2", "2024-03-31", true));
    assertEquals(new Counts(1, 2), r.total("HTN-01"));
    assertEquals(Map.of("R2", "no complete check-up in 2024-Q2"), r.shortfalls("HTN-01"));
    assertEquals(
        Map.of("R2", "latest follow-up with blood pressure 2024-06-30: 141/80 mmHg, target below 140/90"),
        r.shortfalls("HTN-02"));
  }

  @Test
  void aMonthAsPeriod() {
    // 2024-05: one required; the follow-up of 2024-04-30 is outside, that of 2024-05-31 inside.
    Run r =
        Run.of(
            HTN,
            NATIONAL.withRequireAnnualCheckup(false),
            ReportingPeriod.ofMonth(2024, 5),
            resident("R1", "1960-01-01"),
            htn("G1", "R1", "2020-01-01"),
            bp("F1", "R1", "2024-04-30"),
            resident("R2", "1960-01-01"),
            htn("G2", "R2", "2020-01-01"),
            bp("F2", "R2", "2024-05-31"));
    assertEquals(new Counts(1, 2), r.total("HTN-01"));
    assertEquals(Map.of("R1", "0 face-to-face follow-ups in 2024-05, 1 required"), r.shortfalls("HTN-01"));
  }

  @Property(tries = 60)
  void proportionsAndOrderIndependence(@ForAll long seed) {
    Random random = new Random(seed);
    List<BundleRecord> records = new ArrayList<>();
    FollowUpMethod[] methods = FollowUpMethod.values();
    int id = 0;
    for (int p = 0; p < 12; p++) {
      String rid = "R" + p;
      records.add(person(rid, (1940 + random.nextInt(40)) + "-0" + (1 + random.nextInt(9)) + "-15")
          .deathDate(random.nextInt(6) == 0 ? Fixtures.d("2024-0" + (1 + random.nextInt(9)) + "-10") : null)
          .build());
      int regs = random.nextInt(3);
      for (int g = 0; g < regs; g++) {
        String ended = random.nextInt(3) == 0 ? (2023 + random.nextInt(2)) + "-0" + (1 + random.nextInt(9)) + "-01" : null;
        String icd = new String[] {"I10", "I15", null, "I12.9"}[random.nextInt(4)];
        records.add(registration("G" + id++, rid, Condition.HYPERTENSION, icd, (2019 + random.nextInt(6)) + "-0" + (1 + random.nextInt(9)) + "-05", ended));
      }
      int visits = random.nextInt(7);
      for (int v = 0; v < visits; v++) {
        String date = (2023 + random.nextInt(3)) + "-" + String.format(java.util.Locale.ROOT, "%02d", 1 + random.nextInt(12)) + "-1" + random.nextInt(10);
        records.add(random.nextBoolean()
            ? bp("F" + id++, rid, date, methods[random.nextInt(methods.length)], 110 + random.nextInt(60), 60 + random.nextInt(40))
            : visit("F" + id++, rid, Condition.HYPERTENSION, date, methods[random.nextInt(methods.length)]));
      }
      if (random.nextBoolean()) {
        records.add(random.nextBoolean() ? fullCheckup("C" + id++, rid, "2024-06-0" + (1 + random.nextInt(9)))
            : checkup("C" + id++, rid, "2024-07-0" + (1 + random.nextInt(9)), random.nextBoolean()));
      }
    }
    Run r = Run.of(HTN, NATIONAL, Y2024, records);
    Counts h1 = r.total("HTN-01");
    Counts h2 = r.total("HTN-02");
    Counts h3 = r.total("HTN-03");
    assertTrue(0 <= h1.numerator() && h1.numerator() <= h1.denominator());
    assertTrue(0 <= h2.numerator() && h2.numerator() <= h2.denominator());
    assertEquals(h1.denominator(), h3.numerator());
    assertEquals(h1.denominator(), h2.denominator());
    assertEquals(0, h3.denominator());
    List<BundleRecord> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, random);
    Run s = Run.of(HTN, NATIONAL, Y2024, shuffled);
    assertEquals(h1, s.total("HTN-01"));
    assertEquals(h2, s.total("HTN-02"));
    assertEquals(h3, s.total("HTN-03"));
    assertEquals(r.shortfalls("HTN-01").keySet(), s.shortfalls("HTN-01").keySet());
  }
}
