package org.gongwei.indicators.colour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.gongwei.core.code.Condition;
import org.junit.jupiter.api.Test;

class ColourGradeTest {
  private static final ColourReason REFERRAL = new ColourReason(ColourRule.REFERRAL, Colour.RED, "referral on 2024-11-02");
  private static final ColourReason ADVERSE =
      new ColourReason(ColourRule.ADVERSE_REACTION, Colour.YELLOW, "adverse drug reaction on 2024-11-02");

  @Test
  void colourMustBeTheWorstOfTheReasons() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ColourGrade("R1", Condition.HYPERTENSION, Colour.YELLOW, List.of(REFERRAL, ADVERSE), List.of()));
    assertThrows(
        IllegalArgumentException.class, () -> new ColourGrade("R1", Condition.HYPERTENSION, Colour.YELLOW, List.of(), List.of()));
    ColourGrade g = new ColourGrade("R1", Condition.HYPERTENSION, Colour.RED, List.of(REFERRAL, ADVERSE), List.of());
    assertEquals("R1 HYPERTENSION RED: referral on 2024-11-02; adverse drug reaction on 2024-11-02", g.toString());
  }

  @Test
  void aReasonIsNeverGreen() {
    assertThrows(IllegalArgumentException.class, () -> new ColourReason(ColourRule.REFERRAL, Colour.GREEN, "x"));
    assertThrows(IllegalArgumentException.class, () -> new ColourReason(ColourRule.REFERRAL, Colour.RED, " "));
  }
}
