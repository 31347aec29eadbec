package org.gongwei.io.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.gongwei.core.dataset.RecordType;
import org.junit.jupiter.api.Test;

class FhirWriteSummaryTest {

  @Test
  void totalsAndPrints() {
    FhirWriteSummary s = new FhirWriteSummary(Map.of("Patient", 2, "Encounter", 3), Map.of(RecordType.CHECKUP, 4));
    assertEquals(5, s.total());
    assertEquals("5 resources {Encounter=3, Patient=2}; not carried {CHECKUP=4}", s.toString());
    assertEquals("0 resources {}", new FhirWriteSummary(Map.of(), Map.of()).toString());
  }
}
