package org.gongwei.indicators.immunization;

import static org.gongwei.indicators.fixture.PersonFixture.context;
import static org.gongwei.indicators.fixture.PersonFixture.date;
import static org.gongwei.indicators.fixture.PersonFixture.resident;
import static org.gongwei.indicators.fixture.PersonFixture.shortfalls;
import static org.gongwei.indicators.fixture.PersonFixture.total;
import static org.gongwei.indicators.fixture.PersonFixture.year2024;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.PopulationBase;
import org.gongwei.indicators.fixture.PersonFixture;
import org.gongwei.indicators.rulebook.CertificateCohort;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class VaccinationCertificateTest {
  private final VaccinationCertificate indicator = new VaccinationCertificate();

  private final List<BundleRecord> data =
      List.of(
          resident("A", date(2018, 1, 1)).vaccinationCertificateDate(date(2018, 2, 1)).build(), // 6
          resident("B", date(2017, 12, 31)).vaccinationCertificateDate(date(2018, 2, 1)).build(), // 7 on the end
          resident("C", date(2024, 3, 1)).vaccinationCertificateDate(date(2025, 1, 5)).build(),
          resident("D", date(2024, 6, 1)).build(),
          resident("E", date(2024, 12, 31)).vaccinationCertificateDate(date(2024, 12, 31)).build(),
          resident("F", date(2024, 2, 1)).permanent(false).build(),
          resident("G", date(2023, 5, 1)).vaccinationCertificateDate(date(2023, 6, 1)).build());

  private static EvaluationContext bornInPeriod(ReportingPeriod period) {
    return context(period, Rulebook.national2017().withCertificateCohort(CertificateCohort.BORN_IN_PERIOD));
  }

  @Test
  void childrenAged0To6() {
    // denominator A C D E G = 5 (B is 7, F not permanent); numerator A E G = 3
    assertEquals(new Counts(3, 5), total(indicator, year2024(), data, "IMM-01"));
    assertEquals(
        Map.of(
            "C", "vaccination certificate issued 2025-01-05, after 2024-12-31",
            "D", "no vaccination certificate"),
        shortfalls(indicator, year2024(), data, "IMM-01"));
  }

  @Test
  void knobCertificateCohortBornInPeriod() {
    // born in 2024 and in population: C D E = 3; numerator E = 1
    assertEquals(new Counts(1, 3), total(indicator, bornInPeriod(ReportingPeriod.ofYear(2024)), data, "IMM-01"));
    // 2024-Q1: born January–March: C (certificate in 2025) = 0/1; F is not permanent
    assertEquals(new Counts(0, 1), total(indicator, bornInPeriod(ReportingPeriod.ofQuarter(2024, 1)), data, "IMM-01"));
    // 2024-Q4: E born and certified on the last day = 1/1
    assertEquals(new Counts(1, 1), total(indicator, bornInPeriod(ReportingPeriod.ofQuarter(2024, 4)), data, "IMM-01"));
  }

  @Test
  void denominatorIsThePopulationAged0To6() {
    assertEquals(PopulationBase.AGED_0_6, indicator.measures().get(0).populationBase());
  }

  @Property(tries = 60)
  void proportionsAndOrderIndependence(@ForAll long seed) {
    PersonFixture.checkInvariants(indicator, PersonFixture.randomRecords(seed), seed, List.of());
  }
}
