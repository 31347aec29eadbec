package org.gongwei.core.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.gongwei.core.code.ChildVisitKind;
import org.junit.jupiter.api.Test;

class ChildVisitTest {
  @Test
  void requiresEveryComponent() {
    ChildVisit v = new ChildVisit("V1", "R9", LocalDate.of(2024, 3, 2), ChildVisitKind.NEWBORN_HOME);
    assertEquals("ChildVisit[V1, R9, 2024-03-02 NEWBORN_HOME]", v.toString());
    assertThrows(NullPointerException.class, () -> new ChildVisit("V1", "R9", null, ChildVisitKind.CHECKUP));
    assertThrows(IllegalArgumentException.class, () -> new ChildVisit("", "R9", LocalDate.of(2024, 3, 2), ChildVisitKind.CHECKUP));
  }
}
