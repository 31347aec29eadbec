package org.gongwei.indicators.surveillance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DelaysTest {
  @Test
  void words() {
    assertEquals("2 h", Delays.words(Duration.ofHours(2)));
    assertEquals("2 h 1 min", Delays.words(Duration.ofMinutes(121)));
    assertEquals("0 h 45 min", Delays.words(Duration.ofMinutes(45)));
    assertEquals("25 h", Delays.words(Duration.ofHours(25)));
    assertEquals("2 h 0 min 30 s", Delays.words(Duration.ofSeconds(7230)));
    assertEquals("-1 h 30 min", Delays.words(Duration.ofMinutes(-90)));
  }
}
