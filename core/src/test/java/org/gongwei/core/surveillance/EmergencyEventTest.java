package org.gongwei.core.surveillance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmergencyEventTest {
  private static final LocalDateTime FOUND = LocalDateTime.of(2024, 3, 1, 10, 0);

  @Test
  void reportedWithinTwoHours() {
    assertTrue(new EmergencyEvent("E1", "X", FOUND, Optional.of(FOUND.plusHours(2))).isReportedInTime());
    assertFalse(new EmergencyEvent("E1", "X", FOUND, Optional.of(FOUND.plusMinutes(121))).isReportedInTime());
    assertFalse(new EmergencyEvent("E1", "X", FOUND, Optional.empty()).isReportedInTime());
    assertEquals("EmergencyEvent[E1, 2024-03-01T10:00, not reported]", new EmergencyEvent("E1", "X", FOUND, Optional.empty()).toString());
  }
}
