package org.gongwei.core.tcm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.gongwei.core.code.TcmKind;
import org.junit.jupiter.api.Test;

class TcmServiceTest {
  @Test
  void requiresEveryComponent() {
    TcmService s = new TcmService("S1", "R1", LocalDate.of(2024, 5, 6), TcmKind.ELDERLY);
    assertEquals("TcmService[S1, R1, 2024-05-06 ELDERLY]", s.toString());
    assertEquals("S1", s.id());
    assertThrows(NullPointerException.class, () -> new TcmService("S1", "R1", LocalDate.of(2024, 5, 6), null));
  }
}
