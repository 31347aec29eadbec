package org.gongwei.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetChoiceTest {
  @Test
  void readableToString() {
    assertEquals("UTF-8 (byte order mark)",
        new CharsetChoice(StandardCharsets.UTF_8, 3, CharsetChoice.Basis.BYTE_ORDER_MARK)
            .toString());
    assertEquals("GB18030 (not valid UTF-8)",
        new CharsetChoice(CharsetDetection.GB18030, 0, CharsetChoice.Basis.GB18030_FALLBACK)
            .toString());
  }

  @Test
  void checksItsParts() {
    assertThrows(NullPointerException.class,
        () -> new CharsetChoice(null, 0, CharsetChoice.Basis.EXPLICIT));
    assertThrows(IllegalArgumentException.class,
        () -> new CharsetChoice(StandardCharsets.UTF_8, -1, CharsetChoice.Basis.EXPLICIT));
  }
}
