package org.gongwei.io.cda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;
import org.junit.jupiter.api.Test;

class CdaProblemCodeTest {

  @Test
  void problemsCarryTheNameAndSeverity() {
    Problem p = CdaProblemCode.CDA_DATE_NONSTANDARD.problem("read as 2024-03-05");
    assertEquals("CDA_DATE_NONSTANDARD", p.code());
    assertEquals(Severity.WARNING, p.severity());
    assertEquals("read as 2024-03-05", p.message());
    assertEquals(Severity.ERROR, CdaProblemCode.CDA_DOCTYPE_FORBIDDEN.severity());
  }

  @Test
  void everyCodeStartsWithCda() {
    for (CdaProblemCode c : CdaProblemCode.values()) {
      assertEquals(true, c.name().startsWith("CDA_"), c.name());
    }
  }
}
