package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class InstitutionTypeTest {

  @ParameterizedTest
  @EnumSource(InstitutionType.class)
  void fromCodeFindsEachConstant(InstitutionType c) {
    assertSame(c, InstitutionType.fromCode(c.code()));
    assertEquals(c.name(), c.code());
  }

  @Test
  void codesAreTheContractAndUnique() {
    CodeTableChecks.assertWellFormed(InstitutionType.class);
    assertEquals("TOWNSHIP_HEALTH_CENTER COMMUNITY_HEALTH_CENTER VILLAGE_CLINIC COMMUNITY_HEALTH_STATION HOSPITAL OTHER", CodeTableChecks.codes(InstitutionType.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"CLINIC", "village_clinic", "1", ""})
  void unknownCodeIsRejectedNamingTableAndValue(String value) {
    CodeTableChecks.assertRejects(InstitutionType.class, InstitutionType::fromCode, value);
  }

  @Test
  void labels() {
    assertEquals("乡镇卫生院", InstitutionType.TOWNSHIP_HEALTH_CENTER.label());
    assertEquals("社区卫生服务中心", InstitutionType.COMMUNITY_HEALTH_CENTER.label());
    assertEquals("村卫生室", InstitutionType.VILLAGE_CLINIC.label());
    assertEquals("社区卫生服务站", InstitutionType.COMMUNITY_HEALTH_STATION.label());
    assertEquals("医院", InstitutionType.HOSPITAL.label());
    assertEquals("其他", InstitutionType.OTHER.label());
  }

  @ParameterizedTest
  @CsvSource({
    "TOWNSHIP_HEALTH_CENTER, CENTRE",
    "COMMUNITY_HEALTH_CENTER, CENTRE",
    "VILLAGE_CLINIC, STATION",
    "COMMUNITY_HEALTH_STATION, STATION",
    "HOSPITAL, NONE",
    "OTHER, NONE"
  })
  void tierSeparatesCentresFromStations(InstitutionType type, PrimaryCareTier tier) {
    assertSame(tier, type.tier());
    assertEquals(tier != PrimaryCareTier.NONE, type.isPrimaryCare());
  }
}
