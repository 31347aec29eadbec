package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MaternalVisitKindTest {

  @ParameterizedTest
  @EnumSource(MaternalVisitKind.class)
  void fromCodeFindsEachConstant(MaternalVisitKind c) {
    assertSame(c, MaternalVisitKind.fromCode(c.code()));
    assertEquals(c.name(), c.code());
  }

  @Test
  void codesAreTheContractAndUnique() {
    CodeTableChecks.assertWellFormed(MaternalVisitKind.class);
    assertEquals("PRENATAL POSTPARTUM POSTPARTUM_42D", CodeTableChecks.codes(MaternalVisitKind.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"POSTPARTUM42D", "prenatal"})
  void unknownCodeIsRejectedNamingTableAndValue(String value) {
    CodeTableChecks.assertRejects(MaternalVisitKind.class, MaternalVisitKind::fromCode, value);
  }

  @Test
  void labels() {
    assertEquals("产前检查", MaternalVisitKind.PRENATAL.label());
    assertEquals("产后访视", MaternalVisitKind.POSTPARTUM.label());
    assertEquals("产后42天健康检查", MaternalVisitKind.POSTPARTUM_42D.label());
  }
}
