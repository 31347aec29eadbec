package org.gongwei.indicators.capability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ItemLevelTest {
  @Test
  void parsesNamesAndSymbols() {
    assertEquals(ItemLevel.BASIC, ItemLevel.parse("★"));
    assertEquals(ItemLevel.RECOMMENDED, ItemLevel.parse("☆"));
    // under tr_TR a naive toUpperCase would turn "basic" into "BASİC"
    assertEquals(ItemLevel.BASIC, ItemLevel.parse("basic"));
    assertEquals(ItemLevel.RECOMMENDED, ItemLevel.parse(" RECOMMENDED "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ItemLevel.parse("GOLD"));
    assertEquals("unknown item level 'GOLD' (BASIC, RECOMMENDED, ★ or ☆)", e.getMessage());
  }
}
