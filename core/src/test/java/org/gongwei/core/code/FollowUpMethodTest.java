package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FollowUpMethodTest {

  @ParameterizedTest
  @EnumSource(FollowUpMethod.class)
  void fromCodeFindsEachConstant(FollowUpMethod c) {
    assertSame(c, FollowUpMethod.fromCode(c.code()));
  }

  @Test
  void codesAreTheContractAndUnique() {
    CodeTableChecks.assertWellFormed(FollowUpMethod.class);
    assertEquals("1 2 3 4 5 9", CodeTableChecks.codes(FollowUpMethod.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "6", "01", "门诊"})
  void unknownCodeIsRejectedNamingTableAndValue(String value) {
    CodeTableChecks.assertRejects(FollowUpMethod.class, FollowUpMethod::fromCode, value);
  }

  @Test
  void labels() {
    assertEquals("门诊", FollowUpMethod.CLINIC.label());
    assertEquals("家庭", FollowUpMethod.HOME.label());
    assertEquals("电话", FollowUpMethod.PHONE.label());
    assertEquals("短信", FollowUpMethod.SMS.label());
    assertEquals("网络", FollowUpMethod.ONLINE.label());
    assertEquals("其他", FollowUpMethod.OTHER.label());
  }

  @ParameterizedTest
  @CsvSource({"CLINIC, true", "HOME, true", "PHONE, false", "SMS, false", "ONLINE, false", "OTHER, false"})
  void onlyClinicAndHomeAreFaceToFace(FollowUpMethod method, boolean faceToFace) {
    assertEquals(faceToFace, method.isFaceToFace());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", " 1 ", "clinic", "CLINIC", "Clinic"})
  void fromCodeOrNameAcceptsTheCodeAndTheNameInAnyCase(String value) {
    // the tests run under tr_TR, where "clinic".toUpperCase() would be "CLİNİC"
    assertSame(FollowUpMethod.CLINIC, Coded.fromCodeOrName(FollowUpMethod.class, value));
  }

  @Test
  void fromCodeOrNameRejectsWhatIsNeither() {
    CodeTableChecks.assertRejects(
        FollowUpMethod.class, v -> Coded.fromCodeOrName(FollowUpMethod.class, v), "clinics");
  }

  @Test
  void fromCodeDoesNotAcceptNames() {
    CodeTableChecks.assertRejects(FollowUpMethod.class, FollowUpMethod::fromCode, "CLINIC");
  }
}
