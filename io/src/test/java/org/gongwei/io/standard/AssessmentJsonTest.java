package org.gongwei.io.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.gongwei.indicators.capability.Assessment;
import org.gongwei.indicators.capability.CapabilityLevel;
import org.gongwei.indicators.capability.CapabilityResult;
import org.gongwei.indicators.capability.CapabilityStandard;
import org.junit.jupiter.api.Test;

class AssessmentJsonTest {
  private static List<Assessment> read(String json) throws IOException {
    return AssessmentJson.read(new StringReader(json));
  }

  private static JsonContentException problem(String json) {
    return assertThrows(JsonContentException.class, () -> read(json));
  }

  @Test
  void assessmentsOfTheIllustration() throws IOException {
    List<Assessment> list =
        read("[{\"institution\": \"T1\", \"met\": [\"A.1\", \"A.2\", \"B.1\", \"B.2\", \"B.3\", \"C.1\", \"C.2\", \"A.3\", \"B.4\"],"
            + " \"partial\": {\"C.3\": 2.5}},"
            + " {\"institution\": \"T2\", \"met\": [\"A.1\"]}]");
    assertEquals(2, list.size());
    assertEquals(Map.of("C.3", new BigDecimal("2.5")), list.get(0).partialScores());
    CapabilityStandard s = CapabilityStandardJson.illustration();
    // T1: ★ 66 + ☆ A.3 7 + B.4 7 + partial 2.5 = 82.5 ≥ 80, but ☆ A.4, B.5, C.3 are unmet → basic
    CapabilityResult t1 = s.assess(list.get(0));
    assertEquals(CapabilityLevel.BASIC_STANDARD, t1.level());
    assertEquals(0, new BigDecimal("82.5").compareTo(t1.score()));
    assertEquals(List.of("A.4", "B.5", "C.3"), t1.blockingItems().stream().map(i -> i.id()).toList());
    assertEquals(CapabilityLevel.NOT_REACHED, s.assess(list.get(1)).level());
  }

  @Test
  void problemsNameTheirPath() {
    assertEquals("$[0]: missing field 'met'", problem("[{\"institution\": \"T1\"}]").getMessage());
    assertEquals("$[0].met[1]: item A.1 is listed twice", problem("[{\"institution\": \"T1\", \"met\": [\"A.1\", \"A.1\"]}]").getMessage());
    assertEquals(
        "$[0]: T1: item A.1 is met and must not have a partial score as well",
        problem("[{\"institution\": \"T1\", \"met\": [\"A.1\"], \"partial\": {\"A.1\": 1}}]").getMessage());
    assertEquals(
        "$[0].partial.A.2: must be a number, found string \"1\"",
        problem("[{\"institution\": \"T1\", \"met\": [], \"partial\": {\"A.2\": \"1\"}}]").getMessage());
    assertEquals(
        "$[1]: institution T1 is assessed twice",
        problem("[{\"institution\": \"T1\", \"met\": []}, {\"institution\": \"T1\", \"met\": []}]").getMessage());
    assertEquals("$: must be an array, found an object", problem("{}").getMessage());
  }
}
