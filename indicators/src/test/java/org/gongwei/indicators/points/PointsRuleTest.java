package org.gongwei.indicators.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PointsRuleTest {
  @Test
  void pointsAndCap() {
    PointsRule r = PointsRule.of(Behaviour.LECTURE_ATTENDED, 20, Cap.points(50));
    assertEquals(20, r.points());
    assertEquals("LECTURE_ATTENDED → 20 points, at most 50 points", r.toString());
    assertEquals("LECTURE_ATTENDED → 1 point", PointsRule.of(Behaviour.LECTURE_ATTENDED, 1).toString());
    assertThrows(IllegalArgumentException.class, () -> PointsRule.of(Behaviour.LECTURE_ATTENDED, 0));
  }
}
