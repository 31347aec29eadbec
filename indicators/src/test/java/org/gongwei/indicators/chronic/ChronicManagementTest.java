package org.gongwei.indicators.chronic;

import static org.gongwei.indicators.chronic.Fixtures.Y2024;
import static org.gongwei.indicators.chronic.Fixtures.bp;
import static org.gongwei.indicators.chronic.Fixtures.checkup;
import static org.gongwei.indicators.chronic.Fixtures.dm;
import static org.gongwei.indicators.chronic.Fixtures.fullCheckup;
import static org.gongwei.indicators.chronic.Fixtures.htn;
import static org.gongwei.indicators.chronic.Fixtures.person;
import static org.gongwei.indicators.chronic.Fixtures.registration;
import static org.gongwei.indicators.chronic.Fixtures.resident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gongwei.core.code.Condition;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.resident.Resident;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.Subject;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class ChronicManagementTest {

  private static Subject subject(ReportingPeriod period, Rulebook rulebook, Resident resident, BundleRecord... records) {
    return new Subject(
        ResidentView.builder(resident).addAll(List.of(records)).build(), EvaluationContext.of(period, rulebook));
  }

  private static Subject subject(Resident resident, BundleRecord... records) {
    return subject(Y2024, Rulebook.national2017(), resident, records);
  }

  @Test
  void programmeCodes() {
    assertTrue(ChronicManagement.isProgrammeCode(Condition.HYPERTENSION, Icd10Code.parse("I10")));
    assertTrue(ChronicManagement.isProgrammeCode(Condition.HYPERTENSION, Icd10Code.parse("I13.2")));
    assertFalse(ChronicManagement.isProgrammeCode(Condition.HYPERTENSION, Icd10Code.parse("I15")));
    assertFalse(ChronicManagement.isProgrammeCode(Condition.HYPERTENSION, Icd10Code.parse("I09")));
    assertTrue(ChronicManagement.isProgrammeCode(Condition.TYPE2_DIABETES, Icd10Code.parse("E11.900")));
    assertFalse(ChronicManagement.isProgrammeCode(Condition.TYPE2_DIABETES, Icd10Code.parse("E10")));
    assertFalse(ChronicManagement.isProgrammeCode(Condition.COPD, Icd10Code.parse("J44")));
  }

  @Test
  void computedOncePerSubject() {
    Subject s = subject(resident("R1", "1960-01-01"), htn("G1", "R1", "2020-01-01"));
    assertSame(ChronicManagement.hypertension(s), ChronicManagement.hypertension(s));
    assertSame(ChronicManagement.hypertension(s), ChronicManagement.of(s, Condition.HYPERTENSION));
    assertThrows(IllegalArgumentException.class, () -> ChronicManagement.of(s, Condition.COPD));
  }

  @Test
  void noRegistration() {
    Subject s = subject(resident("R1", "1960-01-01"), dm("G1", "R1", "2020-01-01"));
    ChronicManagement m = ChronicManagement.hypertension(s);
    assertFalse(m.isManaged());
    assertEquals(0, m.registrations());
    assertEquals("no hypertension registration", m.notManagedText());
    assertEquals("ChronicManagement[HYPERTENSION: no registration]", m.toString());
    assertTrue(ChronicManagement.diabetes(s).isManaged());
  }

  @Test
  void unionOfWindowsCountsEachQuarterOnce() {
    // G1 2020-01-01..2024-02-10 (Q1), G2 2024-02-01..2024-05-01 (Q1, Q2), G3 from 2024-11-30 (Q4)
    // -> union Q1, Q2, Q4 = 3 quarters
    Subject s =
        subject(
            resident("R1", "1960-01-01"),
            registration("G1", "R1", Condition.HYPERTENSION, "I10", "2020-01-01", "2024-02-10"),
            registration("G2", "R1", Condition.HYPERTENSION, null, "2024-02-01", "2024-05-01"),
            htn("G3", "R1", "2024-11-30"),
            bp("F1", "R1", "2024-03-01"),
            bp("F2", "R1", "2024-07-01"), // between windows
            bp("F3", "R1", "2024-12-01"),
            checkup("C1", "R1", "2024-07-01", true));
    ChronicManagement m = ChronicManagement.hypertension(s);
    assertEquals(3, m.registrations());
    assertEquals(3, m.quartersOverlapped());
    assertEquals(3, m.requiredFollowUps());
    assertEquals(2, m.faceToFaceFollowUps());
    assertEquals(2, m.followUps());
    assertTrue(m.hasCompleteCheckup());
    assertFalse(m.isStandardized());
    assertEquals("2 face-to-face follow-ups in 2024, 3 required", m.notStandardizedText());
    assertEquals("F3", m.controlVisit().orElseThrow().id());
    assertTrue(m.isControlled());
    assertEquals("", m.notControlledText());
  }

  @Test
  void windowEndedBeforeItStartedIsEmpty() {
    // died 2019-12-31, enrolled 2020-01-01: an empty window
    Subject s = subject(person("R1", "1950-01-01").deathDate(Fixtures.d("2019-12-31")).build(), htn("G1", "R1", "2020-01-01"));
    ChronicManagement m = ChronicManagement.hypertension(s);
    assertEquals(1, m.registrations());
    assertFalse(m.windowOverlapsPeriod());
    assertEquals("hypertension management window does not overlap 2024", m.notManagedText());
  }

  @Test
  void checkupOutsideTheWindowSatisfiesTheCheckupRuleButIsNoFollowUp() {
    // enrolled 2024-07-01: Q3, Q4 -> 2 required; complete check-up with BP on 2024-03-01 (before the
    // window): satisfies "a complete check-up in the period" but does not count as a follow-up.
    Subject s =
        subject(
            resident("R1", "1960-01-01"),
            htn("G1", "R1", "2024-07-01"),
            bp("F1", "R1", "2024-08-01"),
            fullCheckup("C1", "R1", "2024-03-01"));
    ChronicManagement m = ChronicManagement.hypertension(s);
    assertEquals(2, m.requiredFollowUps());
    assertEquals(0, m.checkupsCountedAsFollowUps());
    assertTrue(m.hasCompleteCheckup());
    assertEquals("1 face-to-face follow-up in 2024, 2 required", m.notStandardizedText());
  }

  @Test
  void customPeriodOverTwoYearsIsCappedAtFour() {
    // 2023-07-01..2024-12-31 overlaps 6 quarters; the prorated rule asks at most 4
    ReportingPeriod p = ReportingPeriod.of(Fixtures.d("2023-07-01"), Fixtures.d("2024-12-31"));
    Subject s = subject(p, Rulebook.national2017(), resident("R1", "1960-01-01"), htn("G1", "R1", "2020-01-01"));
    ChronicManagement m = ChronicManagement.hypertension(s);
    assertEquals(6, m.quartersOverlapped());
    assertEquals(4, m.requiredFollowUps());
  }

  @Test
  void visitBeforeBirthDoesNotThrow() {
    // bad data: a follow-up dated before birth is judged with the adult target
    Subject s =
        subject(
            resident("R1", "2024-06-01"),
            htn("G1", "R1", "2024-01-01"),
            bp("F1", "R1", "2024-02-01", org.gongwei.core.code.FollowUpMethod.CLINIC, 145, 80));
    assertFalse(ChronicManagement.hypertension(s).isControlled());
  }

  @Test
  void toStringIsShort() {
    Subject s =
        subject(
            resident("R1", "1960-01-01"),
            htn("G1", "R1", "2024-10-01"),
            bp("F1", "R1", "2024-10-02"),
            checkup("C1", "R1", "2024-10-03", true));
    assertEquals(
        "ChronicManagement[HYPERTENSION 2024: managed, 1/1 follow-ups, standardized, controlled]",
        ChronicManagement.hypertension(s).toString());
  }
}
