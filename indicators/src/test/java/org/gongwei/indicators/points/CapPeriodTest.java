package org.gongwei.indicators.points;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.gongwei.core.period.ReportingPeriod;
import org.junit.jupiter.api.Test;

class CapPeriodTest {
  @Test
  void periodContainingADate() {
    LocalDate d = LocalDate.of(2024, 5, 31);
    assertEquals(ReportingPeriod.ofYear(2024), CapPeriod.YEAR.containing(d));
    assertEquals(ReportingPeriod.ofQuarter(2024, 2), CapPeriod.QUARTER.containing(d));
    assertEquals(ReportingPeriod.ofMonth(2024, 5), CapPeriod.MONTH.containing(d));
    assertEquals(ReportingPeriod.ofQuarter(2024, 4), CapPeriod.QUARTER.containing(LocalDate.of(2024, 12, 31)));
    assertEquals(ReportingPeriod.ofQuarter(2024, 1), CapPeriod.QUARTER.containing(LocalDate.of(2024, 1, 1)));
  }
}
