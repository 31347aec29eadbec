package org.gongwei.indicators.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerCapitaFundingTest {
  private static final PerCapitaFunding NATIONAL = PerCapitaFunding.national();

  @Test
  void nationalTableOfSection16() {
    int[][] table = {
      {2009, 15}, {2011, 25}, {2013, 30}, {2014, 35}, {2015, 40}, {2016, 45}, {2017, 50}, {2018, 55},
      {2019, 69}, {2020, 74}, {2021, 79}, {2022, 84}, {2023, 89}, {2024, 94}, {2025, 99}
    };
    assertEquals(table.length, NATIONAL.standards().size());
    for (int[] row : table) {
      assertEquals(BigDecimal.valueOf(row[1]).setScale(2), NATIONAL.standard(row[0]), "year " + row[0]);
    }
    assertEquals(2009, NATIONAL.firstYear());
  }

  @Test
  void unlistedYearsTakeTheLatestEarlierStandard() {
    assertEquals(new BigDecimal("15.00"), NATIONAL.standard(2010));
    assertEquals(new BigDecimal("25.00"), NATIONAL.standard(2012));
    assertEquals(new BigDecimal("99.00"), NATIONAL.standard(2030));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NATIONAL.standard(2008));
    assertEquals("no per-capita funding standard before 2009: 2008", e.getMessage());
  }

  @Test
  void budgetIsPopulationTimesStandard() {
    // 380,000 × 94 = 35,720,000.00
    assertEquals(new BigDecimal("35720000.00"), NATIONAL.budget(2024, 380_000));
    // 2012 uses 2011's 25: 1,234 × 25 = 30,850.00
    assertEquals(new BigDecimal("30850.00"), NATIONAL.budget(2012, 1_234));
    assertEquals(new BigDecimal("0.00"), NATIONAL.budget(2024, 0));
    assertThrows(IllegalArgumentException.class, () -> NATIONAL.budget(2024, -1));
  }

  @Test
  void provincialTables() {
    // a province adding 5.50 yuan in 2024: 1,000 × 99.50 = 99,500.00
    PerCapitaFunding province = NATIONAL.withStandard(2024, new BigDecimal("99.5"));
    assertEquals(new BigDecimal("99500.00"), province.budget(2024, 1_000));
    assertEquals(new BigDecimal("94.00"), NATIONAL.standard(2024));
    PerCapitaFunding custom = PerCapitaFunding.of(Map.of(2020, new BigDecimal("80")));
    assertEquals(new BigDecimal("80.00"), custom.standard(2024));
    assertThrows(IllegalArgumentException.class, () -> PerCapitaFunding.of(Map.of(2020, new BigDecimal("80.001"))));
    assertThrows(IllegalArgumentException.class, () -> PerCapitaFunding.of(Map.of(2020, BigDecimal.ZERO)));
    assertThrows(IllegalArgumentException.class, () -> PerCapitaFunding.of(Map.of()));
    assertEquals(custom, PerCapitaFunding.of(Map.of(2020, new BigDecimal("80.00"))));
    assertTrue(NATIONAL.toString().startsWith("per-capita funding (yuan): 2009 15.00, 2011 25.00"), NATIONAL.toString());
  }
}
