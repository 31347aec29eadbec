package org.gongwei.indicators.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CapTest {
  @Test
  void kinds() {
    assertEquals("no cap", Cap.none().toString());
    assertEquals("at most 4 times", Cap.times(4).toString());
    assertEquals("at most 1 time", Cap.times(1).toString());
    assertEquals("at most 50 points", Cap.points(50).toString());
    assertEquals(new Cap(CapKind.COUNT, 4), Cap.times(4));
  }

  @Test
  void limits() {
    assertThrows(IllegalArgumentException.class, () -> Cap.times(0));
    assertThrows(IllegalArgumentException.class, () -> Cap.points(-5));
    assertThrows(IllegalArgumentException.class, () -> new Cap(CapKind.NONE, 3));
  }
}
