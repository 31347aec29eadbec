package org.gongwei.indicators.contract;

import static org.gongwei.indicators.chronic.Fixtures.Y2024;
import static org.gongwei.indicators.chronic.Fixtures.d;
import static org.gongwei.indicators.chronic.Fixtures.dm;
import static org.gongwei.indicators.chronic.Fixtures.htn;
import static org.gongwei.indicators.chronic.Fixtures.person;
import static org.gongwei.indicators.chronic.Fixtures.registration;
import static org.gongwei.indicators.chronic.Fixtures.resident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gongwei.core.code.Condition;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.core.maternal.Pregnancy;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.tb.TbCourse;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.Subject;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class KeyGroupTest {

  private static Subject subject(ReportingPeriod period, Rulebook rulebook, Resident resident, BundleRecord... records) {
    return new Subject(ResidentView.builder(resident).addAll(List.of(records)).build(), EvaluationContext.of(period, rulebook));
  }

  private static boolean in(KeyGroup g, Resident resident, BundleRecord... records) {
    return g.includes(subject(Y2024, Rulebook.national2017(), resident, records));
  }

  static Pregnancy pregnancy(String id, String residentId, String registered, String delivered) {
    Pregnancy.Builder b = Pregnancy.builder().pregnancyId(id).residentId(residentId);
    if (registered != null) {
      b.registrationDate(d(registered));
    }
    if (delivered != null) {
      b.deliveryDate(d(delivered)).liveBirths(1);
    }
    return b.build();
  }

  static TbCourse treatment(String id, String residentId, String start, String end) {
    TbCourse.Builder b = TbCourse.builder().courseId(id).residentId(residentId).notifiedDate(d("2023-01-01"));
    if (start != null) {
      b.treatmentStartDate(d(start));
    }
    if (end != null) {
      b.treatmentEndDate(d(end));
    }
    return b.build();
  }

  @Test
  void labels() {
    assertEquals("65岁及以上老年人", KeyGroup.AGED_65_PLUS.label());
    assertEquals("脱贫人口", KeyGroup.POVERTY_ALLEVIATED.label());
    assertEquals(9, KeyGroup.values().length);
  }

  @Test
  void agedSixtyFivePlusAtThePeriodEnd() {
    assertTrue(in(KeyGroup.AGED_65_PLUS, resident("R", "1959-12-31"))); // 65 on 2024-12-31
    assertFalse(in(KeyGroup.AGED_65_PLUS, resident("R", "1960-01-01"))); // 64
    // born on a leap day: 65 on 2025-02-28 (clamped)
    Resident leap = resident("R", "1960-02-29");
    assertTrue(KeyGroup.AGED_65_PLUS.includes(subject(ReportingPeriod.ofMonth(2025, 2), Rulebook.national2017(), leap)));
    assertFalse(
        KeyGroup.AGED_65_PLUS.includes(
            subject(ReportingPeriod.of(d("2025-02-01"), d("2025-02-27")), Rulebook.national2017(), leap)));
  }

  @Test
  void agedZeroToSix() {
    assertTrue(in(KeyGroup.AGED_0_6, resident("R", "2018-01-01"))); // 6
    assertFalse(in(KeyGroup.AGED_0_6, resident("R", "2017-12-31"))); // 7 on the end
    assertTrue(in(KeyGroup.AGED_0_6, resident("R", "2024-12-31"))); // born on the end
    assertFalse(in(KeyGroup.AGED_0_6, resident("R", "2025-01-01"))); // not born yet
  }

  @Test
  void pregnantDuringThePeriod() {
    assertTrue(in(KeyGroup.PREGNANT, resident("R", "1995-01-01"), pregnancy("P", "R", "2024-12-31", null)));
    assertFalse(in(KeyGroup.PREGNANT, resident("R", "1995-01-01"), pregnancy("P", "R", "2025-01-01", null)));
    assertTrue(in(KeyGroup.PREGNANT, resident("R", "1995-01-01"), pregnancy("P", "R", "2023-06-01", "2024-01-01")));
    assertFalse(in(KeyGroup.PREGNANT, resident("R", "1995-01-01"), pregnancy("P", "R", "2023-06-01", "2023-12-31")));
    assertFalse(in(KeyGroup.PREGNANT, resident("R", "1995-01-01"), pregnancy("P", "R", null, "2024-03-01")));
  }

  @Test
  void chronicIsManagedHypertensionOrDiabetes() {
    assertTrue(in(KeyGroup.CHRONIC, resident("R", "1960-01-01"), htn("G", "R", "2020-01-01")));
    assertTrue(in(KeyGroup.CHRONIC, resident("R", "1960-01-01"), dm("G", "R", "2024-12-31")));
    assertFalse(in(KeyGroup.CHRONIC, resident("R", "1960-01-01"),
        registration("G", "R", Condition.HYPERTENSION, "I15", "2020-01-01", null)));
    assertFalse(in(KeyGroup.CHRONIC, resident("R", "1960-01-01"),
        registration("G", "R", Condition.HYPERTENSION, "I10", "2020-01-01", "2023-12-31")));
    assertFalse(in(KeyGroup.CHRONIC, resident("R", "1960-01-01"),
        registration("G", "R", Condition.COPD, "J44", "2020-01-01", null)));
    // managedRequiresFollowUp: without a follow-up in 2024 the patient is not managed
    assertFalse(
        KeyGroup.CHRONIC.includes(
            subject(Y2024, Rulebook.national2017().withManagedRequiresFollowUp(true), resident("R", "1960-01-01"),
                htn("G", "R", "2020-01-01"))));
  }

  @Test
  void severeMentalIsRegistered() {
    assertTrue(in(KeyGroup.SEVERE_MENTAL, resident("R", "1980-01-01"),
        registration("G", "R", Condition.SEVERE_MENTAL_DISORDER, "F20", "2020-01-01", null)));
    assertFalse(in(KeyGroup.SEVERE_MENTAL, resident("R", "1980-01-01"),
        registration("G", "R", Condition.SEVERE_MENTAL_DISORDER, "F20", "2020-01-01", "2024-12-31")));
  }

  @Test
  void tuberculosisUnderTreatmentDuringThePeriod() {
    assertTrue(in(KeyGroup.TUBERCULOSIS, resident("R", "1980-01-01"), treatment("T", "R", "2023-09-01", "2024-01-01")));
    assertFalse(in(KeyGroup.TUBERCULOSIS, resident("R", "1980-01-01"), treatment("T", "R", "2023-06-01", "2023-12-31")));
    assertTrue(in(KeyGroup.TUBERCULOSIS, resident("R", "1980-01-01"), treatment("T", "R", "2024-12-31", null)));
    assertFalse(in(KeyGroup.TUBERCULOSIS, resident("R", "1980-01-01"), treatment("T", "R", "2025-01-01", null)));
    assertFalse(in(KeyGroup.TUBERCULOSIS, resident("R", "1980-01-01"), treatment("T", "R", null, null)));
  }

  @Test
  void flagsAndMembershipBits() {
    Resident r = person("R", "1950-01-01").disabled(true).povertyAlleviated(true).familyPlanningSpecial(true).build();
    Subject s = subject(Y2024, Rulebook.national2017(), r);
    int expected =
        1 << KeyGroup.AGED_65_PLUS.ordinal()
            | 1 << KeyGroup.DISABLED.ordinal()
            | 1 << KeyGroup.POVERTY_ALLEVIATED.ordinal()
            | 1 << KeyGroup.FAMILY_PLANNING_SPECIAL.ordinal();
    assertEquals(expected, KeyGroup.membership(s));
    assertEquals(0, KeyGroup.membership(subject(Y2024, Rulebook.national2017(), resident("Q", "1980-01-01"))));
  }
}
