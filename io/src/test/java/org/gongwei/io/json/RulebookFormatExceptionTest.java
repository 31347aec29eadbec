package org.gongwei.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RulebookFormatExceptionTest {

  @Test
  void oneErrorIsTheMessageAfterTheSource() {
    RulebookFormatException e = new RulebookFormatException("a.json", List.of("name: missing"));
    assertEquals("a.json: name: missing", e.getMessage());
    assertEquals("a.json", e.source());
    assertEquals(List.of("name: missing"), e.errors());
  }

  @Test
  void severalErrorsAreCountedAndJoined() {
    RulebookFormatException e = new RulebookFormatException("a.json", List.of("x", "y"));
    assertEquals("a.json: 2 errors: x; y", e.getMessage());
  }

  @Test
  void needsAtLeastOneError() {
    assertThrows(IllegalArgumentException.class, () -> new RulebookFormatException("a.json", List.of()));
    assertThrows(NullPointerException.class, () -> new RulebookFormatException(null, List.of("x")));
  }
}
