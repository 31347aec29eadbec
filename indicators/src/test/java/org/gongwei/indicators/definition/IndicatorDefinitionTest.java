package org.gongwei.indicators.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.gongwei.indicators.rulebook.Knob;
import org.junit.jupiter.api.Test;

class IndicatorDefinitionTest {

  private static IndicatorDefinition.Builder valid() {
    return IndicatorDefinition.builder()
        .id("X-01")
        .nameZh("测试率")
        .nameEn("Test rate")
        .category(Category.CHRONIC)
        .unit(Unit.PERCENT)
        .basis(Basis.PERSON)
        .numerator("residents tested")
        .denominator("residents")
        .source("local rule");
  }

  @Test
  void defaults() {
    IndicatorDefinition d = valid().build();
    assertEquals(Polarity.HIGHER_IS_BETTER, d.polarity());
    assertEquals(Requirement.REQUIRED, d.requirement());
    assertEquals(Set.of(), d.knobs());
    assertEquals(Optional.empty(), d.section());
    assertEquals("X-01 测试率", d.toString());
  }

  @Test
  void knobsAndReads() {
    IndicatorDefinition d = valid().addKnobs(Knob.CONTROL_VISIT).build();
    assertTrue(d.reads(Knob.CONTROL_VISIT));
    assertFalse(d.reads(Knob.ELDERLY_BP_TARGET));
  }

  @Test
  void idMustBeWellFormed() {
    assertThrows(IllegalArgumentException.class, () -> valid().id("htn-01").build());
    assertThrows(IllegalArgumentException.class, () -> valid().id("HTN01").build());
    assertThrows(IllegalArgumentException.class, () -> valid().id("HTN 01").build());
    assertEquals("X-HTN-01", valid().id("X-HTN-01").build().id());
  }

  @Test
  void denominatorPresentExactlyForRates() {
    assertThrows(IllegalArgumentException.class, () -> valid().unit(Unit.COUNT).build());
    IndicatorDefinition count =
        IndicatorDefinition.builder()
            .from(valid().build())
            .unit(Unit.COUNT)
            .denominator(Optional.empty())
            .build();
    assertEquals(Optional.empty(), count.denominator());
    assertThrows(
        IllegalArgumentException.class,
        () -> valid().denominator(Optional.empty()).build());
  }

  @Test
  void textFieldsMustNotBeBlank() {
    assertThrows(IllegalArgumentException.class, () -> valid().nameZh(" ").build());
    assertThrows(IllegalArgumentException.class, () -> valid().numerator("").build());
    assertThrows(IllegalArgumentException.class, () -> valid().source(" ").build());
    assertThrows(IllegalStateException.class, () -> IndicatorDefinition.builder().id("X-01").build());
  }

  @Test
  void sectionForm() {
    assertEquals(Optional.of("§7"), valid().section("§7").build().section());
    assertThrows(IllegalArgumentException.class, () -> valid().section("7").build());
  }

  @Test
  void nameAndTargetsAreNotReadByCalculations() {
    assertThrows(IllegalArgumentException.class, () -> valid().addKnobs(Knob.TARGETS).build());
  }

  @Test
  void unitScale() {
    assertEquals(Optional.empty(), Unit.COUNT.scale());
    assertTrue(Unit.PER_THOUSAND.scale().isPresent());
    assertFalse(Unit.COUNT.isRate());
  }
}
