package org.gongwei.indicators.colour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColourTest {
  @Test
  void redBeatsYellowBeatsGreen() {
    assertTrue(Colour.RED.isWorseThan(Colour.YELLOW));
    assertTrue(Colour.YELLOW.isWorseThan(Colour.GREEN));
    assertFalse(Colour.GREEN.isWorseThan(Colour.GREEN));
    assertEquals(Colour.RED, Colour.GREEN.worse(Colour.RED));
    assertEquals(Colour.YELLOW, Colour.YELLOW.worse(Colour.GREEN));
    assertEquals("红", Colour.RED.label());
  }

  @Test
  void stateOfAColour() {
    assertEquals(ColourState.GREEN, ColourState.of(Colour.GREEN));
    assertEquals(ColourState.RED, ColourState.of(Colour.RED));
  }
}
