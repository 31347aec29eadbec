package org.gongwei.indicators.primarycare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LiteracyResponseTest {
  @Test
  void surveyAge() {
    assertFalse(LiteracyResponse.of(14, 0, 66).isInSurveyAge());
    assertTrue(LiteracyResponse.of(15, 0, 66).isInSurveyAge());
    assertTrue(LiteracyResponse.of(69, 0, 66).isInSurveyAge());
    assertFalse(LiteracyResponse.of(70, 0, 66).isInSurveyAge());
  }

  @Test
  void eightyPercentOfTheMaximum() {
    // 80 % of 66 = 52.8: 53 is literate, 52 is not; 80 % of 100 = 80 exactly: literate
    assertTrue(LiteracyResponse.of(30, 53, 66).isLiterate());
    assertFalse(LiteracyResponse.of(30, 52, 66).isLiterate());
    assertTrue(LiteracyResponse.of(30, 80, 100).isLiterate());
    assertFalse(LiteracyResponse.of(30, 79, 100).isLiterate());
  }

  @Test
  void checks() {
    assertThrows(IllegalArgumentException.class, () -> LiteracyResponse.of(30, 67, 66));
    assertThrows(IllegalArgumentException.class, () -> LiteracyResponse.of(30, -1, 66));
    assertThrows(IllegalArgumentException.class, () -> LiteracyResponse.of(30, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> LiteracyResponse.of(-1, 0, 66));
    assertThrows(IllegalArgumentException.class, () -> LiteracyResponse.weighted(30, 0, 66, BigDecimal.ZERO));
    assertEquals("LiteracyResponse[35, 53/66, weight 1.2]", LiteracyResponse.weighted(35, 53, 66, new BigDecimal("1.2")).toString());
  }
}
