package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MedicationAdherenceTest {

  @ParameterizedTest
  @EnumSource(MedicationAdherence.class)
  void fromCodeFindsEachConstant(MedicationAdherence c) {
    assertSame(c, MedicationAdherence.fromCode(c.code()));
  }

  @Test
  void codesAreTheContractAndUnique() {
    CodeTableChecks.assertWellFormed(MedicationAdherence.class);
    assertEquals("1 2 3", CodeTableChecks.codes(MedicationAdherence.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "4", "REGULAR"})
  void unknownCodeIsRejectedNamingTableAndValue(String value) {
    CodeTableChecks.assertRejects(MedicationAdherence.class, MedicationAdherence::fromCode, value);
  }

  @Test
  void labels() {
    assertEquals("规律", MedicationAdherence.REGULAR.label());
    assertEquals("间断", MedicationAdherence.INTERMITTENT.label());
    assertEquals("不服药", MedicationAdherence.NONE.label());
  }
}
