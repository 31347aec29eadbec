package org.gongwei.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;
import org.junit.jupiter.api.Test;

class JsonProblemCodeTest {

  @Test
  void everyCodeIsAnErrorNamedAfterTheConstant() {
    for (JsonProblemCode c : JsonProblemCode.values()) {
      Problem p = c.problem("m");
      assertEquals(c.name(), p.code());
      assertEquals(Severity.ERROR, p.severity());
      assertEquals("m", p.message());
    }
  }
}
