package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordClosureReasonTest {

  @ParameterizedTest
  @EnumSource(RecordClosureReason.class)
  void fromCodeFindsEachConstant(RecordClosureReason c) {
    assertSame(c, RecordClosureReason.fromCode(c.code()));
  }

  @Test
  void codesAreTheContractAndUnique() {
    CodeTableChecks.assertWellFormed(RecordClosureReason.class);
    assertEquals("1 2 3 4 9", CodeTableChecks.codes(RecordClosureReason.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "5", "DEATH"})
  void unknownCodeIsRejectedNamingTableAndValue(String value) {
    CodeTableChecks.assertRejects(RecordClosureReason.class, RecordClosureReason::fromCode, value);
  }

  @Test
  void labels() {
    assertEquals("死亡", RecordClosureReason.DEATH.label());
    assertEquals("迁出", RecordClosureReason.MOVED_OUT.label());
    assertEquals("失访", RecordClosureReason.LOST.label());
    assertEquals("拒绝", RecordClosureReason.REFUSED.label());
    assertEquals("其他", RecordClosureReason.OTHER.label());
  }
}
