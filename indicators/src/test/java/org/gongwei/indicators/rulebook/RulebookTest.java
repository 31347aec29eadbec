package org.gongwei.indicators.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.gongwei.indicators.target.Target;
import org.junit.jupiter.api.Test;

class RulebookTest {
  private static final Rulebook NATIONAL = Rulebook.national2017();

  /** One non-default change per knob. */
  private static Map<Knob, UnaryOperator<Rulebook>> changes() {
    Map<Knob, UnaryOperator<Rulebook>> m = new EnumMap<>(Knob.class);
    m.put(Knob.NAME, r -> r.withName("province-x"));
    m.put(Knob.POPULATION_DENOMINATOR, r -> r.withPopulationDenominator(PopulationDenominator.RECORDS_ONLY));
    m.put(Knob.DYNAMIC_RECORD_WINDOW_MONTHS, r -> r.withDynamicRecordWindowMonths(24));
    m.put(Knob.CERTIFICATE_COHORT, r -> r.withCertificateCohort(CertificateCohort.BORN_IN_PERIOD));
    m.put(Knob.NEWBORN_VISIT_DAYS, r -> r.withNewbornVisitDays(7));
    m.put(Knob.EARLY_REGISTRATION_WEEKS, r -> r.withEarlyRegistrationWeeks(12));
    m.put(Knob.POSTPARTUM_VISIT_DAYS, r -> r.withPostpartumVisitDays(42));
    m.put(Knob.SYSTEMATIC_PRENATAL_VISITS, r -> r.withSystematicPrenatalVisits(8));
    m.put(Knob.MANAGED_REQUIRES_FOLLOW_UP, r -> r.withManagedRequiresFollowUp(true));
    m.put(Knob.FOLLOW_UP_REQUIREMENT, r -> r.withFollowUpRequirement(FollowUpRequirement.fixed(4)));
    m.put(Knob.REQUIRE_ANNUAL_CHECKUP, r -> r.withRequireAnnualCheckup(false));
    m.put(Knob.CHECKUP_COUNTS_AS_FOLLOW_UP, r -> r.withCheckupCountsAsFollowUp(false));
    m.put(Knob.CONTROL_VISIT, r -> r.withControlVisit(ControlVisit.LATEST_ANY));
    m.put(Knob.ELDERLY_BP_TARGET, r -> r.withElderlyBpTarget(false));
    m.put(Knob.FASTING_GLUCOSE_TARGET, r -> r.withFastingGlucoseTarget(new BigDecimal("7.8")));
    m.put(Knob.FIRST_VISIT_HOURS, r -> r.withFirstVisitHours(72));
    m.put(Knob.RENEWAL_GRACE_DAYS, r -> r.withRenewalGraceDays(60));
    m.put(Knob.TARGETS, r -> r.withTarget("HTN-01", Target.atLeast("0.65")));
    return m;
  }

  @Test
  void defaultsEqualTheTable() {
    for (Knob k : Knob.values()) {
      if (k != Knob.TARGETS) {
        assertEquals(k.defaultText(), NATIONAL.valueText(k), k.key());
      }
    }
    assertEquals("national-2017", NATIONAL.name());
    assertEquals(PopulationDenominator.PREFER_ESTIMATE, NATIONAL.populationDenominator());
    assertEquals(12, NATIONAL.dynamicRecordWindowMonths());
    assertEquals(CertificateCohort.CHILDREN_0_6, NATIONAL.certificateCohort());
    assertEquals(28, NATIONAL.newbornVisitDays());
    assertEquals(13, NATIONAL.earlyRegistrationWeeks());
    assertEquals(28, NATIONAL.postpartumVisitDays());
    assertEquals(5, NATIONAL.systematicPrenatalVisits());
    assertFalse(NATIONAL.managedRequiresFollowUp());
    assertEquals(FollowUpRequirement.proratedQuarters(), NATIONAL.followUpRequirement());
    assertTrue(NATIONAL.requireAnnualCheckup());
    assertTrue(NATIONAL.checkupCountsAsFollowUp());
    assertEquals(ControlVisit.LATEST_WITH_MEASUREMENT, NATIONAL.controlVisit());
    assertTrue(NATIONAL.elderlyBpTarget());
    assertEquals(new BigDecimal("7.0"), NATIONAL.fastingGlucoseTarget());
    assertEquals(OptionalInt.empty(), NATIONAL.firstVisitHours());
    assertEquals(30, NATIONAL.renewalGraceDays());
    assertEquals(AgeBands.defaults(), NATIONAL.ageBands());
  }

  @Test
  void nationalTargetsOfSection16() {
    Map<String, Target> expected =
        Map.ofEntries(
            Map.entry("HTN-01", Target.atLeast("0.6")),
            Map.entry("DM-01", Target.atLeast("0.6")),
            Map.entry("SMD-01", Target.atLeast("0.8")),
            Map.entry("IMM-02", Target.atLeast("0.9")),
            Map.entry("CH-02", Target.atLeast("0.9")),
            Map.entry("MAT-04", Target.atLeast("0.9")),
            Map.entry("OLD-01", Target.atLeast("0.65")),
            Map.entry("TCM-01", Target.atLeast("0.75")),
            Map.entry("PC-01", Target.atLeast("0.65")),
            Map.entry("FD-01", Target.atLeast("0.75")),
            Map.entry("FD-02", Target.atLeast("0.85")));
    assertEquals(expected, NATIONAL.targets());
    assertEquals(Optional.of(Target.atLeast("0.6")), NATIONAL.target("HTN-01"));
    assertEquals(Optional.empty(), NATIONAL.target("HTN-02"));
  }

  @Test
  void nationalIsOneInstance() {
    assertSame(Rulebook.national2017(), Rulebook.national2017());
    assertEquals("Rulebook[national-2017]", NATIONAL.toString());
  }

  @Test
  void everyWithChangesOnlyItsKnob() {
    Map<Knob, UnaryOperator<Rulebook>> changes = changes();
    assertEquals(EnumSet.allOf(Knob.class), changes.keySet());
    for (Map.Entry<Knob, UnaryOperator<Rulebook>> e : changes.entrySet()) {
      Rulebook changed = e.getValue().apply(NATIONAL);
      assertNotEquals(NATIONAL, changed, e.getKey().key());
      for (Knob k : Knob.values()) {
        if (k == e.getKey()) {
          assertNotEquals(NATIONAL.value(k), changed.value(k), k.key());
        } else {
          assertEquals(NATIONAL.value(k), changed.value(k), e.getKey().key() + " changed " + k.key());
        }
      }
      assertEquals(NATIONAL.ageBands(), changed.ageBands());
    }
  }

  @Test
  void withAgeBandsChangesOnlyTheBands() {
    AgeBands two = AgeBands.of(AgeBand.of(0, 64), AgeBand.andOver(65));
    Rulebook changed = NATIONAL.withAgeBands(two);
    assertEquals(two, changed.ageBands());
    for (Knob k : Knob.values()) {
      assertEquals(NATIONAL.value(k), changed.value(k), k.key());
    }
  }

  @Test
  void targetsCanBeAddedReplacedAndRemoved() {
    Rulebook r = NATIONAL.withTarget("HTN-01", Target.atLeast("0.65"));
    assertEquals(Optional.of(Target.atLeast("0.65")), r.target("HTN-01"));
    assertEquals(NATIONAL.targets().size(), r.targets().size());
    Rulebook s = r.withoutTarget("HTN-01");
    assertEquals(Optional.empty(), s.target("HTN-01"));
    assertEquals(NATIONAL.targets().size() - 1, s.targets().size());
    assertEquals(s, s.withoutTarget("NO-SUCH"));
    Rulebook none = NATIONAL.withTargets(Map.of());
    assertTrue(none.targets().isEmpty());
    assertThrows(UnsupportedOperationException.class, () -> NATIONAL.targets().remove("HTN-01"));
  }

  @Test
  void valuesAreValidatedNamingTheKnob() {
    assertMessageNames("earlyRegistrationWeeks", () -> NATIONAL.withEarlyRegistrationWeeks(0));
    assertMessageNames("earlyRegistrationWeeks", () -> NATIONAL.withEarlyRegistrationWeeks(46));
    assertMessageNames("newbornVisitDays", () -> NATIONAL.withNewbornVisitDays(-1));
    assertMessageNames("postpartumVisitDays", () -> NATIONAL.withPostpartumVisitDays(0));
    assertMessageNames("systematicPrenatalVisits", () -> NATIONAL.withSystematicPrenatalVisits(-1));
    assertMessageNames("dynamicRecordWindowMonths", () -> NATIONAL.withDynamicRecordWindowMonths(0));
    assertMessageNames("renewalGraceDays", () -> NATIONAL.withRenewalGraceDays(-1));
    assertMessageNames("firstVisitHours", () -> NATIONAL.withFirstVisitHours(0));
    assertMessageNames("fastingGlucoseTarget", () -> NATIONAL.withFastingGlucoseTarget(BigDecimal.ZERO));
    assertMessageNames("name", () -> NATIONAL.withName(" "));
    assertMessageNames("targets", () -> NATIONAL.withTarget("HTN 01", Target.atLeast("0.6")));
    assertThrows(NullPointerException.class, () -> NATIONAL.withControlVisit(null));
    assertThrows(NullPointerException.class, () -> NATIONAL.withFollowUpRequirement(null));
  }

  private static void assertMessageNames(String knob, Runnable action) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
    assertTrue(e.getMessage().contains(knob), e.getMessage());
  }

  @Test
  void firstVisitHoursCanBeUnset() {
    Rulebook r = NATIONAL.withFirstVisitHours(72);
    assertEquals(OptionalInt.of(72), r.firstVisitHours());
    assertEquals(NATIONAL, r.withFirstVisitHours(OptionalInt.empty()));
  }

  @Test
  void glucoseEqualityIgnoresTrailingZeros() {
    Rulebook seven = NATIONAL.withFastingGlucoseTarget(new BigDecimal("7"));
    assertEquals(NATIONAL, seven);
    assertEquals(NATIONAL.hashCode(), seven.hashCode());
    assertEquals("Rulebook[national-2017]", seven.toString());
  }

  @Test
  void toStringShowsNameAndChanges() {
    Rulebook r =
        NATIONAL
            .withName("province-x")
            .withFollowUpRequirement(FollowUpRequirement.parse("FIXED(4)"))
            .withElderlyBpTarget(false)
            .withEarlyRegistrationWeeks(12)
            .withTarget("HTN-01", Target.atLeast("0.65"));
    assertEquals(
        "Rulebook[province-x: earlyRegistrationWeeks=12, followUpRequirement=FIXED(4),"
            + " elderlyBpTarget=false, targets changed]",
        r.toString());
  }

  @Test
  void valueTextForms() {
    assertEquals("null", NATIONAL.valueText(Knob.FIRST_VISIT_HOURS));
    assertEquals("72", NATIONAL.withFirstVisitHours(72).valueText(Knob.FIRST_VISIT_HOURS));
    assertEquals("7.0", NATIONAL.valueText(Knob.FASTING_GLUCOSE_TARGET));
    assertTrue(NATIONAL.valueText(Knob.TARGETS).contains("HTN-01=≥ 60%"));
  }
}
