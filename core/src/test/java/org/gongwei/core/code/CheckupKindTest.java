package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CheckupKindTest {

  @ParameterizedTest
  @EnumSource(CheckupKind.class)
  void fromCodeFindsEachConstant(CheckupKind c) {
    assertSame(c, CheckupKind.fromCode(c.code()));
    assertEquals(c.name(), c.code());
  }

  @Test
  void codesAreTheContractAndUnique() {
    CodeTableChecks.assertWellFormed(CheckupKind.class);
    assertEquals("GENERAL ELDERLY_ANNUAL", CodeTableChecks.codes(CheckupKind.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ELDERLY", "general"})
  void unknownCodeIsRejectedNamingTableAndValue(String value) {
    CodeTableChecks.assertRejects(CheckupKind.class, CheckupKind::fromCode, value);
  }

  @Test
  void labels() {
    assertEquals("健康体检", CheckupKind.GENERAL.label());
    assertEquals("老年人年度健康体检", CheckupKind.ELDERLY_ANNUAL.label());
  }
}
