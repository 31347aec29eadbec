package org.gongwei.indicators.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PointsEventTest {
  @Test
  void components() {
    PointsEvent e = new PointsEvent("R1", Behaviour.LECTURE_ATTENDED, LocalDate.of(2024, 10, 1), "L-2024-10");
    assertEquals("R1 2024-10-01 LECTURE_ATTENDED L-2024-10", e.toString());
    assertThrows(IllegalArgumentException.class, () -> new PointsEvent("R1", Behaviour.LECTURE_ATTENDED, LocalDate.of(2024, 10, 1), " "));
    assertThrows(NullPointerException.class, () -> new PointsEvent("R1", null, LocalDate.of(2024, 10, 1), "x"));
  }
}
