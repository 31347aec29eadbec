package org.gongwei.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.examples.generator.SyntheticCounty;
import org.junit.jupiter.api.Test;

class PeriodOptionsTest {
  private static final Dataset COUNTY_2023 = SyntheticCounty.builder().residents(200).year(2023).build().toDataset();

  private static PeriodOptions options() {
    return new PeriodOptions();
  }

  @Test
  void theDefaultIsTheLatestYearWithServices() {
    PeriodOptions.Choice c = options().resolve(COUNTY_2023);
    assertEquals(ReportingPeriod.ofYear(2023), c.period());
    assertTrue(c.defaulted());
    assertEquals(LocalDate.now().getYear() - 1, PeriodOptions.defaultYear(Dataset.empty()));
  }

  @Test
  void servicesInTheFutureDoNotMoveTheDefault() {
    Checkup future = Checkup.builder().checkupId("C1").residentId("R1").checkupDate(LocalDate.now().plusYears(5))
        .kind(org.gongwei.core.code.CheckupKind.GENERAL).build();
    Dataset data = Dataset.builder().addAll(COUNTY_2023.stream().toList()).add(future).build();
    assertEquals(2023, PeriodOptions.defaultYear(data));
  }

  @Test
  void yearQuarterRangeAndPeriod() {
    PeriodOptions o = options();
    o.year = 2022;
    assertEquals(new PeriodOptions.Choice(ReportingPeriod.ofYear(2022), false), o.resolve(COUNTY_2023));
    o.quarter = "3";
    assertEquals(ReportingPeriod.ofQuarter(2022, 3), o.resolve(COUNTY_2023).period());
    PeriodOptions q = options();
    q.quarter = "2024-q2";
    assertEquals(ReportingPeriod.ofQuarter(2024, 2), q.resolve(COUNTY_2023).period());
    q.quarter = "Q4";
    assertEquals(ReportingPeriod.ofQuarter(2023, 4), q.resolve(COUNTY_2023).period());
    assertTrue(q.resolve(COUNTY_2023).defaulted());
    PeriodOptions r = options();
    r.from = LocalDate.of(2023, 2, 1);
    r.to = LocalDate.of(2023, 5, 31);
    assertEquals(ReportingPeriod.of(r.from, r.to), r.resolve(COUNTY_2023).period());
    PeriodOptions p = options();
    p.period = "MCH2023";
    assertEquals(ReportingPeriod.ofMchYear(2023), p.resolve(COUNTY_2023).period());
    assertFalse(p.resolve(COUNTY_2023).defaulted());
  }

  @Test
  void contradictionsAndBadValuesAreUserErrors() {
    for (PeriodOptions o : List.of(with(2024, null, null, null, "2024"), with(null, null, LocalDate.of(2024, 1, 1), null, null),
        with(null, null, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 1, 1), null), with(null, "5", null, null, null),
        with(2024, "2023-Q1", null, null, null), with(null, null, null, null, "last year"), with(0, null, null, null, null))) {
      UserException e = assertThrows(UserException.class, () -> o.resolve(COUNTY_2023));
      assertEquals(ExitCodes.UNUSABLE, e.exitCode());
    }
  }

  private static PeriodOptions with(Integer year, String quarter, LocalDate from, LocalDate to, String period) {
    PeriodOptions o = options();
    o.year = year;
    o.quarter = quarter;
    o.from = from;
    o.to = to;
    o.period = period;
    return o;
  }
}
