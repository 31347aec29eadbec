package org.gongwei.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;
import org.junit.jupiter.api.Test;

class CsvProblemCodeTest {
  @Test
  void problemCarriesNameAndUsualSeverity() {
    Problem p = CsvProblemCode.DATE_EXCEL_SERIAL.problem("'45292' read as 2024-01-01");
    assertEquals("DATE_EXCEL_SERIAL", p.code());
    assertEquals(Severity.WARNING, p.severity());
    assertEquals(Severity.INFO, CsvProblemCode.CSV_UNKNOWN_COLUMNS.severity());
    assertEquals(Severity.ERROR, CsvProblemCode.ID_NUMBER_SCIENTIFIC.severity());
  }
}
