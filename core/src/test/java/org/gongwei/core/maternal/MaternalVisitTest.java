package org.gongwei.core.maternal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.gongwei.core.code.MaternalVisitKind;
import org.junit.jupiter.api.Test;

class MaternalVisitTest {
  @Test
  void buildsAndChecksWeeks() {
    MaternalVisit.Builder b = MaternalVisit.builder().visitId("V1").pregnancyId("P1").visitDate(LocalDate.of(2024, 1, 10)).kind(MaternalVisitKind.PRENATAL);
    assertEquals("MaternalVisit[V1, P1, 2024-01-10 PRENATAL 11w]", b.gestationalWeeks(11).build().toString());
    assertThrows(IllegalArgumentException.class, () -> b.gestationalWeeks(-2).build());
  }
}
