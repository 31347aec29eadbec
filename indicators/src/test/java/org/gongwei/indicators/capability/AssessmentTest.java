package org.gongwei.indicators.capability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessmentTest {
  @Test
  void metItemsAndPartialScores() {
    Assessment a = Assessment.of("T1", List.of("2.1", "1.1")).withPartialScore("3.1", new BigDecimal("2"));
    assertTrue(a.isMet("1.1"));
    assertEquals(List.of("1.1", "2.1"), List.copyOf(a.met()));
    assertEquals("T1: 2 items met, 1 partly", a.toString());
    assertEquals(a, new Assessment("T1", Set.of("1.1", "2.1"), Map.of("3.1", new BigDecimal("2"))));
  }

  @Test
  void badAssessmentsAreRejected() {
    IllegalArgumentException both =
        assertThrows(
            IllegalArgumentException.class, () -> Assessment.of("T1", List.of("1.1")).withPartialScore("1.1", BigDecimal.ONE));
    assertEquals("T1: item 1.1 is met and must not have a partial score as well", both.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Assessment.of("T1", List.of()).withPartialScore("1.1", new BigDecimal("-1")));
    assertThrows(IllegalArgumentException.class, () -> Assessment.of(" ", List.of()));
  }
}
