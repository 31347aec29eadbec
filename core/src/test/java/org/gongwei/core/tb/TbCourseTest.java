package org.gongwei.core.tb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.gongwei.core.code.TbOutcome;
import org.junit.jupiter.api.Test;

class TbCourseTest {
  private static TbCourse.Builder course() {
    return TbCourse.builder().courseId("T1").residentId("R1").notifiedDate(LocalDate.of(2024, 3, 1));
  }

  @Test
  void underTreatmentWhenTreatmentOverlaps() {
    LocalDate from = LocalDate.of(2024, 1, 1);
    LocalDate to = LocalDate.of(2024, 12, 31);
    assertFalse(course().build().isUnderTreatmentBetween(from, to)); // not started
    assertTrue(course().treatmentStartDate(LocalDate.of(2024, 12, 31)).build().isUnderTreatmentBetween(from, to));
    assertFalse(course().treatmentStartDate(LocalDate.of(2025, 1, 1)).build().isUnderTreatmentBetween(from, to));
    assertTrue(course().treatmentStartDate(LocalDate.of(2023, 7, 1)).treatmentEndDate(from).build().isUnderTreatmentBetween(from, to));
    assertFalse(course().treatmentStartDate(LocalDate.of(2023, 7, 1)).treatmentEndDate(from.minusDays(1)).build().isUnderTreatmentBetween(from, to));
  }

  @Test
  void dosesAreNotNegative() {
    assertThrows(IllegalArgumentException.class, () -> course().dosesTaken(-1).build());
    assertEquals("TbCourse[T1, R1, notified 2024-03-01, CURED]", course().outcome(TbOutcome.CURED).build().toString());
  }
}
