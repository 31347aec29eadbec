package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SexTest {

  @ParameterizedTest
  @EnumSource(Sex.class)
  void fromCodeFindsEachConstant(Sex c) {
    assertSame(c, Sex.fromCode(c.code()));
  }

  @Test
  void codesAreTheContractAndUnique() {
    CodeTableChecks.assertWellFormed(Sex.class);
    assertEquals("0 1 2 9", CodeTableChecks.codes(Sex.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "M", "男", "01"})
  void unknownCodeIsRejectedNamingTableAndValue(String value) {
    CodeTableChecks.assertRejects(Sex.class, Sex::fromCode, value);
  }

  @Test
  void labels() {
    assertEquals("未知的性别", Sex.UNKNOWN.label());
    assertEquals("男", Sex.MALE.label());
    assertEquals("女", Sex.FEMALE.label());
    assertEquals("未说明的性别", Sex.UNSPECIFIED.label());
  }
}
