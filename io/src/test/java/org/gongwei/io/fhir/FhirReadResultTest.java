package org.gongwei.io.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;
import org.junit.jupiter.api.Test;

class FhirReadResultTest {

  private static FhirReadResult result() {
    List<Problem> problems = List.of(
        FhirProblemCode.FHIR_VALUE_MISSING.problem("birth date is missing"),
        FhirProblemCode.FHIR_UNKNOWN_RESOURCE.problem("2 Goal resources not read"));
    return new FhirReadResult(Dataset.empty(), problems, Map.of("Patient", new ResourceCount(3, 2, 1, 0)), Map.of("Goal", 2));
  }

  @Test
  void countsEntriesAndProblems() {
    FhirReadResult r = result();
    assertEquals(5, r.entriesRead());
    assertEquals(new ResourceCount(3, 2, 1, 0), r.count("Patient"));
    assertEquals(new ResourceCount(2, 0, 0, 2), r.count("Goal"));
    assertEquals(new ResourceCount(0, 0, 0, 0), r.count("Encounter"));
    assertEquals(1, r.problemCount(Severity.ERROR));
    assertEquals(1, r.problemCount(FhirProblemCode.FHIR_UNKNOWN_RESOURCE));
    assertTrue(r.hasErrors());
    assertEquals("FHIR bundle: 5 entries, 0 records; 1 error, 0 warnings, 1 info", r.toString());
  }

  @Test
  void collectionsAreCopiedAndUnmodifiable() {
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> unknown = new HashMap<>();
    FhirReadResult r = new FhirReadResult(Dataset.empty(), problems, Map.of(), unknown);
    problems.add(FhirProblemCode.FHIR_JSON_INVALID.problem("x"));
    unknown.put("Goal", 1);
    assertFalse(r.hasErrors());
    assertEquals(0, r.entriesRead());
    assertThrows(UnsupportedOperationException.class, () -> r.unknownResources().put("X", 1));
  }
}
