package org.gongwei.io.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonContentExceptionTest {
  @Test
  void messageNamesSourcePathAndProblem() {
    JsonContentException e = new JsonContentException("$.items[2].weight", "must be a number");
    assertEquals("$.items[2].weight: must be a number", e.getMessage());
    assertTrue(e.source().isEmpty());
    JsonContentException named = e.inSource("card.json");
    assertEquals("card.json: $.items[2].weight: must be a number", named.getMessage());
    assertEquals("card.json", named.source().orElseThrow());
    assertEquals("$.items[2].weight", named.jsonPath());
    assertEquals("must be a number", named.problem());
  }
}
