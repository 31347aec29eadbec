package org.gongwei.indicators.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class KnobTest {

  @Test
  void keysInTableOrder() {
    List<String> keys = Stream.of(Knob.values()).map(Knob::key).collect(Collectors.toList());
    assertEquals(
        List.of(
            "name",
            "populationDenominator",
            "dynamicRecordWindowMonths",
            "certificateCohort",
            "newbornVisitDays",
            "earlyRegistrationWeeks",
            "postpartumVisitDays",
            "systematicPrenatalVisits",
            "managedRequiresFollowUp",
            "followUpRequirement",
            "requireAnnualCheckup",
            "checkupCountsAsFollowUp",
            "controlVisit",
            "elderlyBpTarget",
            "fastingGlucoseTarget",
            "firstVisitHours",
            "renewalGraceDays",
            "targets"),
        keys);
  }

  @Test
  void fromKey() {
    for (Knob k : Knob.values()) {
      assertEquals(Optional.of(k), Knob.fromKey(k.key()));
    }
    assertEquals(Optional.empty(), Knob.fromKey("PopulationDenominator"));
    assertEquals(Optional.empty(), Knob.fromKey("ageBands"));
  }

  @Test
  void typesAndDescriptionsArePresent() {
    for (Knob k : Knob.values()) {
      assertFalse(k.type().isBlank(), k.key());
      assertFalse(k.description().isBlank(), k.key());
      assertFalse(k.defaultText().isBlank(), k.key());
    }
    assertEquals("integer or null", Knob.FIRST_VISIT_HOURS.type());
    assertEquals("§16", Knob.TARGETS.defaultText());
    assertTrue(Knob.POPULATION_DENOMINATOR.type().contains("ESTIMATE_ONLY"));
    assertEquals("elderlyBpTarget", Knob.ELDERLY_BP_TARGET.toString());
  }
}
