package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SupervisionDomainTest {

  @ParameterizedTest
  @EnumSource(SupervisionDomain.class)
  void fromCodeFindsEachConstant(SupervisionDomain c) {
    assertSame(c, SupervisionDomain.fromCode(c.code()));
    assertEquals(c.name(), c.code());
  }

  @Test
  void codesAreTheContractAndUnique() {
    CodeTableChecks.assertWellFormed(SupervisionDomain.class);
    assertEquals("FOOD WATER SCHOOL ILLEGAL_PRACTICE FAMILY_PLANNING", CodeTableChecks.codes(SupervisionDomain.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"BLOOD", "food"})
  void unknownCodeIsRejectedNamingTableAndValue(String value) {
    CodeTableChecks.assertRejects(SupervisionDomain.class, SupervisionDomain::fromCode, value);
  }

  @Test
  void labels() {
    assertEquals("食源性疾病及相关信息", SupervisionDomain.FOOD.label());
    assertEquals("饮用水卫生安全", SupervisionDomain.WATER.label());
    assertEquals("学校卫生", SupervisionDomain.SCHOOL.label());
    assertEquals("非法行医和非法采供血", SupervisionDomain.ILLEGAL_PRACTICE.label());
    assertEquals("计划生育", SupervisionDomain.FAMILY_PLANNING.label());
  }
}
