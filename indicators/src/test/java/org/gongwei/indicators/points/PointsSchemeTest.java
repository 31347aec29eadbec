package org.gongwei.indicators.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PointsSchemeTest {
  private static final PointsRule CHECKUP = PointsRule.of(Behaviour.ANNUAL_CHECKUP, 30, Cap.times(1));
  private static final PointsRule FOLLOW_UP = PointsRule.of(Behaviour.FACE_TO_FACE_FOLLOW_UP, 10, Cap.times(4));

  @Test
  void rulesByBehaviour() {
    PointsScheme s = PointsScheme.of(CapPeriod.YEAR, CHECKUP, FOLLOW_UP);
    assertEquals(List.of(FOLLOW_UP, CHECKUP), s.rules()); // in the order of Behaviour
    assertEquals(Optional.of(CHECKUP), s.rule(Behaviour.ANNUAL_CHECKUP));
    assertEquals(Optional.empty(), s.rule(Behaviour.LECTURE_ATTENDED));
    assertEquals(CapPeriod.YEAR, s.capPeriod());
    assertEquals(
        "PointsScheme[caps per YEAR: FACE_TO_FACE_FOLLOW_UP → 10 points, at most 4 times; "
            + "ANNUAL_CHECKUP → 30 points, at most 1 time]",
        s.toString());
  }

  @Test
  void withers() {
    PointsScheme s = PointsScheme.of(CapPeriod.YEAR, CHECKUP);
    PointsScheme t = s.withRule(CHECKUP.withCap(Cap.none())).withRule(FOLLOW_UP);
    assertEquals(Optional.of(PointsRule.of(Behaviour.ANNUAL_CHECKUP, 30)), t.rule(Behaviour.ANNUAL_CHECKUP));
    assertEquals(Optional.of(CHECKUP), s.rule(Behaviour.ANNUAL_CHECKUP));
    assertEquals(Optional.empty(), t.withoutRule(Behaviour.FACE_TO_FACE_FOLLOW_UP).rule(Behaviour.FACE_TO_FACE_FOLLOW_UP));
    assertEquals(CapPeriod.MONTH, s.withCapPeriod(CapPeriod.MONTH).capPeriod());
    assertEquals(s, PointsScheme.of(CapPeriod.YEAR, List.of(CHECKUP)));
    assertNotEquals(s, s.withCapPeriod(CapPeriod.QUARTER));
  }

  @Test
  void twoRulesForOneBehaviourAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PointsScheme.of(CapPeriod.YEAR, CHECKUP, PointsRule.of(Behaviour.ANNUAL_CHECKUP, 10)));
  }
}
