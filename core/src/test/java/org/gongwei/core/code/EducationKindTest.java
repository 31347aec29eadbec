package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EducationKindTest {

  @ParameterizedTest
  @EnumSource(EducationKind.class)
  void fromCodeFindsEachConstant(EducationKind c) {
    assertSame(c, EducationKind.fromCode(c.code()));
    assertEquals(c.name(), c.code());
  }

  @Test
  void codesAreTheContractAndUnique() {
    CodeTableChecks.assertWellFormed(EducationKind.class);
    assertEquals("PRINTED AUDIO_VIDEO BULLETIN_UPDATE LECTURE CONSULTATION", CodeTableChecks.codes(EducationKind.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"VIDEO", "lecture"})
  void unknownCodeIsRejectedNamingTableAndValue(String value) {
    CodeTableChecks.assertRejects(EducationKind.class, EducationKind::fromCode, value);
  }

  @Test
  void labels() {
    assertEquals("印刷资料", EducationKind.PRINTED.label());
    assertEquals("音像资料", EducationKind.AUDIO_VIDEO.label());
    assertEquals("宣传栏更新", EducationKind.BULLETIN_UPDATE.label());
    assertEquals("健康知识讲座", EducationKind.LECTURE.label());
    assertEquals("公众健康咨询活动", EducationKind.CONSULTATION.label());
  }
}
