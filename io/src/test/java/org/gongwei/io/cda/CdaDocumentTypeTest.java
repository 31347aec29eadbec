package org.gongwei.io.cda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.gongwei.core.code.Condition;
import org.junit.jupiter.api.Test;

class CdaDocumentTypeTest {

  @Test
  void codesTitlesAndParts() {
    assertEquals("HSDA00.01", CdaDocumentType.PERSONAL_BASIC_INFORMATION.code());
    assertEquals("个人基本健康信息登记", CdaDocumentType.PERSONAL_BASIC_INFORMATION.label());
    assertEquals("WS/T 483.12", CdaDocumentType.HYPERTENSION_FOLLOW_UP.standard());
    assertEquals("HSDB04.02", CdaDocumentType.DIABETES_FOLLOW_UP.code());
    assertEquals("2.16.156.10011.2.1.1.13", CdaDocumentType.DIABETES_FOLLOW_UP.templateId());
  }

  @Test
  void lookUps() {
    assertEquals(Optional.of(CdaDocumentType.HYPERTENSION_FOLLOW_UP), CdaDocumentType.fromCode(" HSDB04.01 "));
    assertEquals(Optional.empty(), CdaDocumentType.fromCode("C0001"));
    assertEquals(Optional.of(CdaDocumentType.PERSONAL_BASIC_INFORMATION),
        CdaDocumentType.fromTemplateId("2.16.156.10011.2.1.1.1"));
    assertEquals(Optional.empty(), CdaDocumentType.fromTemplateId("2.16.156.10011.2.1.1.21"));
  }

  @Test
  void followUpTypeByCondition() {
    assertEquals(CdaDocumentType.HYPERTENSION_FOLLOW_UP, CdaDocumentType.forFollowUp(Condition.HYPERTENSION));
    assertEquals(CdaDocumentType.DIABETES_FOLLOW_UP, CdaDocumentType.forFollowUp(Condition.TYPE2_DIABETES));
    assertEquals(Optional.of(Condition.TYPE2_DIABETES), CdaDocumentType.DIABETES_FOLLOW_UP.condition());
    assertEquals(Optional.empty(), CdaDocumentType.PERSONAL_BASIC_INFORMATION.condition());
    assertThrows(IllegalArgumentException.class, () -> CdaDocumentType.forFollowUp(Condition.COPD));
    assertThrows(NullPointerException.class, () -> CdaDocumentType.fromCode(null));
  }
}
