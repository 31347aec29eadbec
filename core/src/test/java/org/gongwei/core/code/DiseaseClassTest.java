package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DiseaseClassTest {

  @ParameterizedTest
  @EnumSource(DiseaseClass.class)
  void fromCodeFindsEachConstant(DiseaseClass c) {
    assertSame(c, DiseaseClass.fromCode(c.code()));
    assertEquals(c.name(), c.code());
  }

  @Test
  void codesAreTheContractAndUnique() {
    CodeTableChecks.assertWellFormed(DiseaseClass.class);
    assertEquals("A B_AS_A B C", CodeTableChecks.codes(DiseaseClass.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"D", "a", "甲类", "1"})
  void unknownCodeIsRejectedNamingTableAndValue(String value) {
    CodeTableChecks.assertRejects(DiseaseClass.class, DiseaseClass::fromCode, value);
  }

  @Test
  void labels() {
    assertEquals("甲类", DiseaseClass.A.label());
    assertEquals("乙类甲管", DiseaseClass.B_AS_A.label());
    assertEquals("乙类", DiseaseClass.B.label());
    assertEquals("丙类", DiseaseClass.C.label());
  }

  @Test
  void reportingWindowIsTwoHoursForClassAAndTwentyFourOtherwise() {
    assertEquals(Duration.ofHours(2), DiseaseClass.A.reportingWindow());
    assertEquals(Duration.ofHours(2), DiseaseClass.B_AS_A.reportingWindow());
    assertEquals(Duration.ofHours(24), DiseaseClass.B.reportingWindow());
    assertEquals(Duration.ofHours(24), DiseaseClass.C.reportingWindow());
  }
}
