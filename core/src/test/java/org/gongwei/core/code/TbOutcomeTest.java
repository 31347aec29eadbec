package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TbOutcomeTest {

  @ParameterizedTest
  @EnumSource(TbOutcome.class)
  void fromCodeFindsEachConstant(TbOutcome c) {
    assertSame(c, TbOutcome.fromCode(c.code()));
    assertEquals(c.name(), c.code());
  }

  @Test
  void codesAreTheContractAndUnique() {
    CodeTableChecks.assertWellFormed(TbOutcome.class);
    assertEquals("CURED COMPLETED FAILED DIED LOST TRANSFERRED ONGOING", CodeTableChecks.codes(TbOutcome.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"cured", "DEAD", "1"})
  void unknownCodeIsRejectedNamingTableAndValue(String value) {
    CodeTableChecks.assertRejects(TbOutcome.class, TbOutcome::fromCode, value);
  }

  @Test
  void labels() {
    assertEquals("治愈", TbOutcome.CURED.label());
    assertEquals("完成疗程", TbOutcome.COMPLETED.label());
    assertEquals("治疗失败", TbOutcome.FAILED.label());
    assertEquals("死亡", TbOutcome.DIED.label());
    assertEquals("失访", TbOutcome.LOST.label());
    assertEquals("转出", TbOutcome.TRANSFERRED.label());
    assertEquals("治疗中", TbOutcome.ONGOING.label());
  }
}
