package org.gongwei.core.mental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.gongwei.core.code.MentalHealthMedication;
import org.gongwei.core.code.MentalHealthStatus;
import org.junit.jupiter.api.Test;

class MentalFollowUpTest {
  private static MentalFollowUp.Builder visit(MentalHealthStatus status) {
    return MentalFollowUp.builder().followUpId("M1").residentId("R1").visitDate(LocalDate.of(2024, 2, 1)).status(status);
  }

  @Test
  void reachedUnlessNotReached() {
    assertTrue(visit(MentalHealthStatus.UNSTABLE).build().isReached());
    assertFalse(visit(MentalHealthStatus.NOT_REACHED).build().isReached());
    assertEquals(
        "MentalFollowUp[M1, R1, 2024-02-01 STABLE REGULAR]",
        visit(MentalHealthStatus.STABLE).medication(MentalHealthMedication.REGULAR).build().toString());
  }

  @Test
  void riskLevelZeroToFive() {
    assertEquals(5, visit(MentalHealthStatus.STABLE).riskLevel(5).build().riskLevel().getAsInt());
    assertThrows(IllegalArgumentException.class, () -> visit(MentalHealthStatus.STABLE).riskLevel(6).build());
  }
}
