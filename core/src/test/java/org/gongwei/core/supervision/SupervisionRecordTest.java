package org.gongwei.core.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.gongwei.core.code.SupervisionDomain;
import org.gongwei.core.code.SupervisionKind;
import org.junit.jupiter.api.Test;

class SupervisionRecordTest {
  @Test
  void buildsAndPrints() {
    SupervisionRecord r =
        new SupervisionRecord("L1", "X", SupervisionDomain.FOOD, SupervisionKind.LEAD, LocalDate.of(2024, 3, 1), Optional.of(LocalDate.of(2024, 3, 2)));
    assertEquals("SupervisionRecord[L1, FOOD LEAD 2024-03-01, reported 2024-03-02]", r.toString());
    assertThrows(NullPointerException.class, () -> new SupervisionRecord("L1", "X", null, SupervisionKind.LEAD, LocalDate.of(2024, 3, 1), Optional.empty()));
  }
}
