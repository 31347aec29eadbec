package org.gongwei.core.chronic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.gongwei.core.code.Condition;
import org.gongwei.core.id.Icd10Code;
import org.junit.jupiter.api.Test;

class RegistrationTest {
  @Test
  void buildsWithNormalizedIcd10() {
    Registration r =
        Registration.builder()
            .registrationId("G1")
            .residentId("R1")
            .condition(Condition.HYPERTENSION)
            .icd10(Icd10Code.parse("I10.x00x002"))
            .enrolledDate(LocalDate.of(2024, 5, 10))
            .build();
    assertEquals("Registration[G1, R1, HYPERTENSION I10, 2024-05-10..]", r.toString());
    assertEquals("G1", r.id());
  }

  @Test
  void requiresEnrolmentDate() {
    assertThrows(
        IllegalStateException.class,
        () -> Registration.builder().registrationId("G1").residentId("R1").condition(Condition.HYPERTENSION).build());
  }
}
