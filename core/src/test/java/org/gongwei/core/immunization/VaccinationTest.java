package org.gongwei.core.immunization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.gongwei.core.code.Vaccine;
import org.junit.jupiter.api.Test;

class VaccinationTest {
  private static Vaccination.Builder dose(int n) {
    return Vaccination.builder().vaccinationId("I1").residentId("R9").vaccine(Vaccine.MMR).dose(n).vaccinationDate(LocalDate.of(2024, 3, 2));
  }

  @Test
  void doseFromOne() {
    assertEquals("Vaccination[I1, R9, MMR 1 on 2024-03-02]", dose(1).build().toString());
    assertThrows(IllegalArgumentException.class, () -> dose(0).build());
  }
}
