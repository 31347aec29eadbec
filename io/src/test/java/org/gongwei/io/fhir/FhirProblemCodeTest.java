package org.gongwei.io.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;
import org.junit.jupiter.api.Test;

class FhirProblemCodeTest {

  @Test
  void problemsCarryTheNameAndUsualSeverity() {
    Problem p = FhirProblemCode.FHIR_UNKNOWN_RESOURCE.problem("3 Goal resources not read");
    assertEquals("FHIR_UNKNOWN_RESOURCE", p.code());
    assertEquals(Severity.INFO, p.severity());
    assertEquals(Severity.ERROR, FhirProblemCode.FHIR_VALUE_MISSING.severity());
    assertEquals(Severity.INFO, FhirProblemCode.FHIR_UNIT_CONVERTED.severity());
  }

  @Test
  void aMessageIsRequired() {
    assertThrows(NullPointerException.class, () -> FhirProblemCode.FHIR_JSON_INVALID.problem(null));
  }
}
