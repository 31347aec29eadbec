package org.gongwei.indicators.colour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ColourCountsTest {
  @Test
  void countsAndSums() {
    ColourCounts c = ColourCounts.ZERO.plus(Colour.GREEN).plus(Colour.RED).plus(Colour.RED);
    assertEquals(new ColourCounts(1, 0, 2), c);
    assertEquals(3, c.total());
    assertEquals(2, c.count(Colour.RED));
    assertEquals(new ColourCounts(2, 1, 2), c.plus(new ColourCounts(1, 1, 0)));
    assertEquals("green 1, yellow 0, red 2 (3)", c.toString());
    assertThrows(IllegalArgumentException.class, () -> new ColourCounts(0, -1, 0));
  }
}
