package org.gongwei.io.cda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CdaOidsTest {

  @Test
  void theHeaderOidsOfExchangeFormatSection5() {
    assertEquals("2.16.156.10011.1.1", CdaOids.DOCUMENT_ID);
    assertEquals("2.16.156.10011.1.2", CdaOids.HEALTH_RECORD_NUMBER);
    assertEquals("2.16.156.10011.1.3", CdaOids.ID_CARD_NUMBER);
    assertEquals("2.16.156.10011.1.5", CdaOids.ORGANIZATION);
    assertEquals("2.16.156.10011.1.7", CdaOids.AUTHOR);
    assertEquals("2.16.156.10011.2.4", CdaOids.DOCUMENT_TYPE_CODES);
    assertEquals("2.16.156.10011.2.2.1", CdaOids.DATA_ELEMENTS);
    assertEquals("2.16.156.10011.2.3.3.4", CdaOids.SEX_CODES);
  }

  @Test
  void extensionOidIsUuidDerived() {
    assertTrue(CdaOids.GONGWEI_EXTENSION.matches("2\\.25\\.[1-9][0-9]{1,38}"));
  }
}
