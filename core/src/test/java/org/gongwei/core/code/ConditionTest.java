package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionTest {

  @ParameterizedTest
  @EnumSource(Condition.class)
  void fromCodeFindsEachConstant(Condition c) {
    assertSame(c, Condition.fromCode(c.code()));
    assertEquals(c.name(), c.code());
  }

  @Test
  void codesAreTheContractAndUnique() {
    CodeTableChecks.assertWellFormed(Condition.class);
    assertEquals("HYPERTENSION TYPE2_DIABETES SEVERE_MENTAL_DISORDER TUBERCULOSIS COPD", CodeTableChecks.codes(Condition.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"hypertension", "DIABETES", "ASTHMA", "1"})
  void unknownCodeIsRejectedNamingTableAndValue(String value) {
    CodeTableChecks.assertRejects(Condition.class, Condition::fromCode, value);
  }

  @Test
  void labels() {
    assertEquals("高血压", Condition.HYPERTENSION.label());
    assertEquals("2型糖尿病", Condition.TYPE2_DIABETES.label());
    assertEquals("严重精神障碍", Condition.SEVERE_MENTAL_DISORDER.label());
    assertEquals("肺结核", Condition.TUBERCULOSIS.label());
    assertEquals("慢性阻塞性肺疾病", Condition.COPD.label());
  }

  @Test
  void fromCodeOrNameIgnoresCaseUnderAnyLocale() {
    // the tests run under tr_TR, where "i".toUpperCase() is a dotted capital I
    assertSame(Condition.HYPERTENSION, Coded.fromCodeOrName(Condition.class, "hypertension"));
    assertSame(Condition.TYPE2_DIABETES, Coded.fromCodeOrName(Condition.class, "Type2_Diabetes"));
  }
}
