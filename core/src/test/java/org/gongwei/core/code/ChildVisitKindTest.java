package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChildVisitKindTest {

  @ParameterizedTest
  @EnumSource(ChildVisitKind.class)
  void fromCodeFindsEachConstant(ChildVisitKind c) {
    assertSame(c, ChildVisitKind.fromCode(c.code()));
    assertEquals(c.name(), c.code());
  }

  @Test
  void codesAreTheContractAndUnique() {
    CodeTableChecks.assertWellFormed(ChildVisitKind.class);
    assertEquals("NEWBORN_HOME CHECKUP", CodeTableChecks.codes(ChildVisitKind.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"NEWBORN", "checkup"})
  void unknownCodeIsRejectedNamingTableAndValue(String value) {
    CodeTableChecks.assertRejects(ChildVisitKind.class, ChildVisitKind::fromCode, value);
  }

  @Test
  void labels() {
    assertEquals("新生儿家庭访视", ChildVisitKind.NEWBORN_HOME.label());
    assertEquals("儿童健康检查", ChildVisitKind.CHECKUP.label());
  }
}
