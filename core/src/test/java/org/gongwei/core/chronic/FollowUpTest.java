package org.gongwei.core.chronic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.FollowUpMethod;
import org.junit.jupiter.api.Test;

class FollowUpTest {
  private static FollowUp.Builder followUp(FollowUpMethod method) {
    return FollowUp.builder()
        .followUpId("F1")
        .residentId("R1")
        .condition(Condition.HYPERTENSION)
        .visitDate(LocalDate.of(2024, 3, 5))
        .method(method);
  }

  @Test
  void faceToFaceAndMeasurements() {
    FollowUp clinic = followUp(FollowUpMethod.CLINIC).sbp(138).dbp(86).build();
    assertTrue(clinic.isFaceToFace());
    assertTrue(clinic.hasBloodPressure());
    assertEquals("FollowUp[F1, R1, HYPERTENSION 2024-03-05 CLINIC 138/86]", clinic.toString());
    FollowUp phone = followUp(FollowUpMethod.PHONE).sbp(138).build();
    assertFalse(phone.isFaceToFace());
    assertFalse(phone.hasBloodPressure());
    assertFalse(phone.adverseReaction());
  }

  @Test
  void onlyHypertensionOrDiabetes() {
    assertThrows(IllegalArgumentException.class, () -> followUp(FollowUpMethod.CLINIC).condition(Condition.TUBERCULOSIS).build());
  }
}
