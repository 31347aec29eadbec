package org.gongwei.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportColumnTest {

  @Test
  void keysAreDistinctCamelCase() {
    Set<String> keys = new HashSet<>();
    for (ReportColumn c : ReportColumn.values()) {
      assertTrue(keys.add(c.key()));
      assertTrue(c.key().matches("[a-z][A-Za-z]*"), c.key());
    }
  }

  @Test
  void onlyTheStratumColumnsAreAboutTheStratum() {
    assertTrue(ReportColumn.STRATUM_KEY.isStratumColumn());
    assertTrue(ReportColumn.STRATUM_LABEL.isStratumColumn());
    assertTrue(ReportColumn.STRATIFICATION.isStratumColumn());
    assertFalse(ReportColumn.NAME.isStratumColumn());
  }

  @Test
  void numbersHaveNumericKinds() {
    assertEquals(ReportColumn.Kind.INTEGER, ReportColumn.NUMERATOR.kind());
    assertEquals(ReportColumn.Kind.FRACTION, ReportColumn.VALUE.kind());
    assertEquals(ReportColumn.Kind.DECIMAL, ReportColumn.GAP.kind());
    assertEquals(ReportColumn.Kind.TEXT, ReportColumn.TARGET.kind());
  }
}
