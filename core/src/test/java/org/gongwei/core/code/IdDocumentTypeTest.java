package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdDocumentTypeTest {

  @ParameterizedTest
  @EnumSource(IdDocumentType.class)
  void fromCodeFindsEachConstant(IdDocumentType c) {
    assertSame(c, IdDocumentType.fromCode(c.code()));
  }

  @Test
  void codesAreTheContractAndUnique() {
    CodeTableChecks.assertWellFormed(IdDocumentType.class);
    assertEquals("01 02 03 04 05 06 07 99", CodeTableChecks.codes(IdDocumentType.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "08", "00", "RESIDENT_ID_CARD"})
  void unknownCodeIsRejectedNamingTableAndValue(String value) {
    CodeTableChecks.assertRejects(IdDocumentType.class, IdDocumentType::fromCode, value);
  }

  @Test
  void labels() {
    assertEquals("居民身份证", IdDocumentType.RESIDENT_ID_CARD.label());
    assertEquals("居民户口簿", IdDocumentType.HOUSEHOLD_REGISTER.label());
    assertEquals("护照", IdDocumentType.PASSPORT.label());
    assertEquals("港澳居民来往内地通行证", IdDocumentType.HK_MACAO_PERMIT.label());
    assertEquals("台湾居民来往内地通行证", IdDocumentType.TAIWAN_PERMIT.label());
    assertEquals("其他法定有效证件", IdDocumentType.OTHER.label());
  }
}
