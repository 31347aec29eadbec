package org.gongwei.core.chronic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.gongwei.core.code.CheckupKind;
import org.junit.jupiter.api.Test;

class CheckupTest {
  private static Checkup.Builder checkup() {
    return Checkup.builder().checkupId("C1").residentId("R1").checkupDate(LocalDate.of(2024, 4, 2)).kind(CheckupKind.ELDERLY_ANNUAL);
  }

  @Test
  void defaultsToIncompleteWithoutGuidance() {
    Checkup c = checkup().build();
    assertFalse(c.formComplete());
    assertFalse(c.guidanceGiven());
    assertEquals("Checkup[C1, R1, 2024-04-02 ELDERLY_ANNUAL incomplete]", c.toString());
    assertEquals("Checkup[C1, R1, 2024-04-02 ELDERLY_ANNUAL complete]", checkup().formComplete(true).build().toString());
  }

  @Test
  void selfCareScoreIsNotNegative() {
    assertThrows(IllegalArgumentException.class, () -> checkup().selfCareScore(-1).build());
  }
}
