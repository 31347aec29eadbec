package org.gongwei.io.cda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataElementTest {

  @Test
  void theDataElementsOfExchangeFormatSection5() {
    assertEquals("DE04.10.174.00", DataElement.SYSTOLIC_BP.code());
    assertEquals("DE04.10.176.00", DataElement.DIASTOLIC_BP.code());
    assertEquals("DE06.00.108.00", DataElement.FOLLOW_UP_METHOD.code());
    assertEquals("DE05.10.066.00", DataElement.FOLLOW_UP_EVALUATION.code());
    assertEquals(CdaOids.DATA_ELEMENTS, DataElement.SYSTOLIC_BP.codeSystem());
    assertEquals(CdaOids.LOINC, DataElement.HBA1C.codeSystem());
    assertEquals(CdaOids.GONGWEI_EXTENSION, DataElement.PERMANENT.codeSystem());
  }

  @Test
  void codesAndNamesAreUnique() {
    Set<String> codes = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (DataElement e : DataElement.values()) {
      assertTrue(codes.add(e.codeSystem() + "|" + e.code()), e.code());
      assertTrue(names.add(e.displayName()), e.displayName());
      assertEquals(Optional.of(e), DataElement.identify(e.code(), e.codeSystem(), null));
      assertEquals(Optional.of(e), DataElement.identify(null, null, e.displayName()));
    }
  }

  @Test
  void identifiesByCodeFirstThenByName() {
    assertEquals(Optional.of(DataElement.SYSTOLIC_BP), DataElement.identify("DE04.10.174.00", null, "舒张压"));
    assertEquals(Optional.of(DataElement.DIASTOLIC_BP),
        DataElement.identify("DE04.10.174.00", "9.9.9", "舒张压"));
    assertEquals(Optional.of(DataElement.REFERRAL), DataElement.identify("DE06.00.999.00", CdaOids.DATA_ELEMENTS, " 转诊标志 "));
    assertEquals(Optional.of(DataElement.FASTING_GLUCOSE), DataElement.identify(null, null, "空腹血糖"));
    assertEquals(Optional.empty(), DataElement.identify("DE04.10.188.00", CdaOids.DATA_ELEMENTS, "体重"));
    assertEquals(Optional.empty(), DataElement.identify(null, null, null));
  }
}
