package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EthnicityTest {

  @ParameterizedTest
  @EnumSource(Ethnicity.class)
  void fromCodeFindsEachConstant(Ethnicity c) {
    assertSame(c, Ethnicity.fromCode(c.code()));
  }

  @Test
  void codesAreTheContractAndUnique() {
    CodeTableChecks.assertWellFormed(Ethnicity.class);
    assertEquals("01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 97 98", CodeTableChecks.codes(Ethnicity.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "57", "99", "00", "汉族", "HAN"})
  void unknownCodeIsRejectedNamingTableAndValue(String value) {
    CodeTableChecks.assertRejects(Ethnicity.class, Ethnicity::fromCode, value);
  }

  @Test
  void labels() {
    assertEquals("汉族", Ethnicity.HAN.label());
    assertEquals("藏族", Ethnicity.TIBETAN.label());
    assertEquals("维吾尔族", Ethnicity.UYGHUR.label());
    assertEquals("朝鲜族", Ethnicity.KOREAN.label());
    assertEquals("柯尔克孜族", Ethnicity.KIRGIZ.label());
    assertEquals("仫佬族", Ethnicity.MULAM.label());
    assertEquals("仡佬族", Ethnicity.GELAO.label());
    assertEquals("德昂族", Ethnicity.DEANG.label());
    assertEquals("基诺族", Ethnicity.JINO.label());
    assertEquals("其他", Ethnicity.OTHER.label());
    assertEquals("外国血统中国籍人士", Ethnicity.FOREIGN_ORIGIN.label());
  }

  @Test
  void hasTheFiftySixGroupsPlusOtherAndForeignOrigin() {
    assertEquals(58, Ethnicity.values().length);
    assertSame(Ethnicity.HAN, Ethnicity.fromCode("01"));
    assertEquals("汉族", Ethnicity.fromCode("01").label());
    assertSame(Ethnicity.JINO, Ethnicity.fromCode("56"));
    assertEquals("基诺族", Ethnicity.fromCode("56").label());
    assertSame(Ethnicity.OTHER, Ethnicity.fromCode("97"));
    assertSame(Ethnicity.FOREIGN_ORIGIN, Ethnicity.fromCode("98"));
  }

  @Test
  void theFiftySixGroupsAreNumberedInDeclarationOrder() {
    for (int i = 0; i < 56; i++) {
      assertEquals(String.format(Locale.ROOT, "%02d", i + 1), Ethnicity.values()[i].code());
      assertTrue(Ethnicity.values()[i].label().endsWith("族"), Ethnicity.values()[i]::name);
    }
  }

  @Test
  void surroundingWhiteSpaceIsIgnored() {
    assertSame(Ethnicity.HUI, Ethnicity.fromCode(" 03\t"));
  }
}
