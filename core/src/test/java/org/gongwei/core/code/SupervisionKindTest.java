package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SupervisionKindTest {

  @ParameterizedTest
  @EnumSource(SupervisionKind.class)
  void fromCodeFindsEachConstant(SupervisionKind c) {
    assertSame(c, SupervisionKind.fromCode(c.code()));
    assertEquals(c.name(), c.code());
  }

  @Test
  void codesAreTheContractAndUnique() {
    CodeTableChecks.assertWellFormed(SupervisionKind.class);
    assertEquals("LEAD PATROL", CodeTableChecks.codes(SupervisionKind.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"REPORT", "lead"})
  void unknownCodeIsRejectedNamingTableAndValue(String value) {
    CodeTableChecks.assertRejects(SupervisionKind.class, SupervisionKind::fromCode, value);
  }

  @Test
  void labels() {
    assertEquals("信息报告", SupervisionKind.LEAD.label());
    assertEquals("实地巡查", SupervisionKind.PATROL.label());
  }
}
