package org.gongwei.indicators.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AgeBandTest {

  @Test
  void closedBand() {
    AgeBand b = AgeBand.of(7, 17);
    assertEquals("7-17", b.label());
    assertEquals("7-17", b.toString());
    assertEquals(OptionalInt.of(17), b.toYearsInclusive());
    assertFalse(b.isOpenEnded());
    assertTrue(b.contains(7));
    assertTrue(b.contains(17));
    assertFalse(b.contains(6));
    assertFalse(b.contains(18));
  }

  @Test
  void openBand() {
    AgeBand b = AgeBand.andOver(65);
    assertEquals("65+", b.label());
    assertTrue(b.isOpenEnded());
    assertTrue(b.contains(65));
    assertTrue(b.contains(120));
    assertFalse(b.contains(64));
  }

  @Test
  void customLabel() {
    assertEquals("老年人", AgeBand.andOver(65, "老年人").toString());
    assertEquals("儿童", AgeBand.of(0, 6, "儿童").label());
  }

  @Test
  void invalidBands() {
    assertThrows(IllegalArgumentException.class, () -> AgeBand.of(-1, 6));
    assertThrows(IllegalArgumentException.class, () -> AgeBand.of(7, 6));
    assertThrows(IllegalArgumentException.class, () -> AgeBand.of(0, 6, " "));
    assertThrows(NullPointerException.class, () -> new AgeBand(0, null, "x"));
  }

  @Test
  void singleYearBand() {
    assertTrue(AgeBand.of(3, 3).contains(3));
  }
}
