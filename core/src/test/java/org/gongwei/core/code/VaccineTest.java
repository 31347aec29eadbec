package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class VaccineTest {

  @ParameterizedTest
  @EnumSource(Vaccine.class)
  void fromCodeFindsEachConstant(Vaccine c) {
    assertSame(c, Vaccine.fromCode(c.code()));
    assertEquals(c.name(), c.code());
  }

  @Test
  void codesAreTheContractAndUnique() {
    CodeTableChecks.assertWellFormed(Vaccine.class);
    assertEquals("HEPB BCG IPV BOPV DTAP DT MMR JE_L JE_I MPSV_A MPSV_AC HEPA_L HEPA_I", CodeTableChecks.codes(Vaccine.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"hepb", "OPV", "JE"})
  void unknownCodeIsRejectedNamingTableAndValue(String value) {
    CodeTableChecks.assertRejects(Vaccine.class, Vaccine::fromCode, value);
  }

  @Test
  void labels() {
    assertEquals("乙肝疫苗", Vaccine.HEPB.label());
    assertEquals("卡介苗", Vaccine.BCG.label());
    assertEquals("麻腮风疫苗", Vaccine.MMR.label());
    assertEquals("甲肝灭活疫苗", Vaccine.HEPA_I.label());
  }
}
