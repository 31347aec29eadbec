package org.gongwei.indicators.colour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ColourRulesTest {
  private static final ColourRules D = ColourRules.defaults();

  @Test
  void defaultsOfTheSpecification() {
    assertEquals(180, D.severeSbp());
    assertEquals(110, D.severeDbp());
    assertEquals(new BigDecimal("16.7"), D.severeGlucose());
    assertEquals(2, D.uncontrolledRun());
    for (ColourRule r : new ColourRule[] {
      ColourRule.NO_READING, ColourRule.UNCONTROLLED, ColourRule.ADVERSE_REACTION,
      ColourRule.CLASSIFIED_UNSATISFACTORY, ColourRule.CLASSIFIED_ADVERSE_REACTION
    }) {
      assertEquals(Colour.YELLOW, D.colourOf(r), r.name());
    }
    for (ColourRule r : new ColourRule[] {
      ColourRule.CONSECUTIVE_UNCONTROLLED, ColourRule.SEVERE_BLOOD_PRESSURE, ColourRule.SEVERE_GLUCOSE,
      ColourRule.COMPLICATION, ColourRule.REFERRAL
    }) {
      assertEquals(Colour.RED, D.colourOf(r), r.name());
    }
    assertEquals("ColourRules[SBP ≥ 180, DBP ≥ 110, FPG ≥ 16.7, run 2]", D.toString());
  }

  @Test
  void withersReturnNewValues() {
    ColourRules r = D.withColour(ColourRule.REFERRAL, Colour.YELLOW).withSevereSbp(170);
    assertEquals(Colour.RED, D.colourOf(ColourRule.REFERRAL));
    assertEquals(Colour.YELLOW, r.colourOf(ColourRule.REFERRAL));
    assertEquals("ColourRules[SBP ≥ 170, DBP ≥ 110, FPG ≥ 16.7, run 2, REFERRAL=YELLOW]", r.toString());
    assertFalse(D.withColour(ColourRule.REFERRAL, Colour.GREEN).isOn(ColourRule.REFERRAL));
    assertTrue(D.isOn(ColourRule.REFERRAL));
  }

  @Test
  void equality() {
    assertEquals(D, D.withColour(ColourRule.REFERRAL, Colour.YELLOW).withColour(ColourRule.REFERRAL, Colour.RED));
    assertEquals(D.withSevereGlucose(new BigDecimal("16.70")), D);
    assertEquals(D.withSevereGlucose(new BigDecimal("16.70")).hashCode(), D.hashCode());
    assertNotEquals(D, D.withSevereDbp(100));
  }

  @Test
  void badValuesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> D.withSevereSbp(0));
    assertThrows(IllegalArgumentException.class, () -> D.withSevereDbp(-1));
    assertThrows(IllegalArgumentException.class, () -> D.withSevereGlucose(BigDecimal.ZERO));
    assertThrows(IllegalArgumentException.class, () -> D.withUncontrolledRun(1));
    assertThrows(NullPointerException.class, () -> D.withColour(null, Colour.RED));
  }
}
