package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MentalHealthMedicationTest {

  @ParameterizedTest
  @EnumSource(MentalHealthMedication.class)
  void fromCodeFindsEachConstant(MentalHealthMedication c) {
    assertSame(c, MentalHealthMedication.fromCode(c.code()));
    assertEquals(c.name(), c.code());
  }

  @Test
  void codesAreTheContractAndUnique() {
    CodeTableChecks.assertWellFormed(MentalHealthMedication.class);
    assertEquals("REGULAR INTERMITTENT NONE", CodeTableChecks.codes(MentalHealthMedication.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"regular", "1"})
  void unknownCodeIsRejectedNamingTableAndValue(String value) {
    CodeTableChecks.assertRejects(MentalHealthMedication.class, MentalHealthMedication::fromCode, value);
  }

  @Test
  void labels() {
    assertEquals("规律服药", MentalHealthMedication.REGULAR.label());
    assertEquals("间断服药", MentalHealthMedication.INTERMITTENT.label());
    assertEquals("不服药", MentalHealthMedication.NONE.label());
  }
}
