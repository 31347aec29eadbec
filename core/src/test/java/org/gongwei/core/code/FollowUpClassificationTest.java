package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FollowUpClassificationTest {

  @ParameterizedTest
  @EnumSource(FollowUpClassification.class)
  void fromCodeFindsEachConstant(FollowUpClassification c) {
    assertSame(c, FollowUpClassification.fromCode(c.code()));
  }

  @Test
  void codesAreTheContractAndUnique() {
    CodeTableChecks.assertWellFormed(FollowUpClassification.class);
    assertEquals("1 2 3 4", CodeTableChecks.codes(FollowUpClassification.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "5", "SATISFACTORY"})
  void unknownCodeIsRejectedNamingTableAndValue(String value) {
    CodeTableChecks.assertRejects(FollowUpClassification.class, FollowUpClassification::fromCode, value);
  }

  @Test
  void labels() {
    assertEquals("控制满意", FollowUpClassification.SATISFACTORY.label());
    assertEquals("控制不满意", FollowUpClassification.UNSATISFACTORY.label());
    assertEquals("不良反应", FollowUpClassification.ADVERSE_REACTION.label());
    assertEquals("并发症", FollowUpClassification.COMPLICATION.label());
  }
}
