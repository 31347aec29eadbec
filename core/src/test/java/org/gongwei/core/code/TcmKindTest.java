package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TcmKindTest {

  @ParameterizedTest
  @EnumSource(TcmKind.class)
  void fromCodeFindsEachConstant(TcmKind c) {
    assertSame(c, TcmKind.fromCode(c.code()));
    assertEquals(c.name(), c.code());
  }

  @Test
  void codesAreTheContractAndUnique() {
    CodeTableChecks.assertWellFormed(TcmKind.class);
    assertEquals("ELDERLY CHILD", CodeTableChecks.codes(TcmKind.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"elderly", "ADULT"})
  void unknownCodeIsRejectedNamingTableAndValue(String value) {
    CodeTableChecks.assertRejects(TcmKind.class, TcmKind::fromCode, value);
  }

  @Test
  void labels() {
    assertEquals("老年人中医药健康管理", TcmKind.ELDERLY.label());
    assertEquals("0～36个月儿童中医药健康管理", TcmKind.CHILD.label());
  }
}
