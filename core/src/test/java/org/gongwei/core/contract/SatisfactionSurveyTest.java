package org.gongwei.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SatisfactionSurveyTest {
  @Test
  void scoreIsOneToFive() {
    LocalDate d = LocalDate.of(2024, 6, 1);
    assertEquals(5, new SatisfactionSurvey("Q1", Optional.of("R1"), d, 5).score());
    assertThrows(IllegalArgumentException.class, () -> new SatisfactionSurvey("Q1", Optional.empty(), d, 0));
    assertThrows(IllegalArgumentException.class, () -> new SatisfactionSurvey("Q1", Optional.empty(), d, 6));
    assertEquals("SatisfactionSurvey[Q1, 2024-06-01, 4]", new SatisfactionSurvey("Q1", Optional.empty(), d, 4).toString());
  }
}
