package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnknownCodeExceptionTest {

  @Test
  void messageListsTheAcceptedCodesOfASmallTable() {
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> Sex.fromCode("3"));
    assertEquals(
        "'3' is not a code of Sex (accepted: 0 未知的性别, 1 男, 2 女, 9 未说明的性别)", e.getMessage());
    assertEquals("Sex", e.table());
    assertEquals("3", e.value());
  }

  @Test
  void messageShortensALargeTableAndCountsItsCodes() {
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> Ethnicity.fromCode("1"));
    assertTrue(e.getMessage().startsWith("'1' is not a code of Ethnicity (accepted: 01 汉族, 02 蒙古族,"));
    assertTrue(e.getMessage().contains("12 侗族, … (58 codes)"), e.getMessage());
  }

  @Test
  void isAnIllegalArgumentException() {
    assertThrows(IllegalArgumentException.class, () -> FollowUpMethod.fromCode("x"));
  }
}
