package org.gongwei.indicators.records;

import static org.gongwei.indicators.fixture.PersonFixture.context;
import static org.gongwei.indicators.fixture.PersonFixture.date;
import static org.gongwei.indicators.fixture.PersonFixture.explain;
import static org.gongwei.indicators.fixture.PersonFixture.resident;
import static org.gongwei.indicators.fixture.PersonFixture.shortfalls;
import static org.gongwei.indicators.fixture.PersonFixture.tally;
import static org.gongwei.indicators.fixture.PersonFixture.year2024;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.engine.Membership;
import org.gongwei.indicators.engine.PopulationBase;
import org.gongwei.indicators.engine.Tally;
import org.gongwei.indicators.fixture.PersonFixture;
import org.junit.jupiter.api.Test;

class RecordCoverageTest {
  private final RecordCoverage indicator = new RecordCoverage();

  /** Residents around the edges of 2024; records established 2020-01-01 unless stated. */
  private final List<BundleRecord> data =
      List.of(
          resident("A", date(1980, 1, 1)).electronicRecord(true).recordStandardized(true).build(),
          resident("B", date(1980, 1, 1)).electronicRecord(true).build(),
          resident("C", date(1980, 1, 1)).build(),
          resident("D", date(1980, 1, 1)).recordEstablishedDate(Optional.empty()).build(),
          resident("E", date(1980, 1, 1)).recordEstablishedDate(date(2025, 1, 1)).build(),
          resident("F", date(1980, 1, 1)).recordEstablishedDate(date(2024, 12, 31)).build(),
          resident("G", date(1980, 1, 1)).permanent(false).build(),
          resident("H", date(1980, 1, 1)).deathDate(date(2024, 6, 30)).build(),
          resident("I", date(1980, 1, 1)).recordClosedDate(date(2024, 12, 31)).build(),
          resident("J", date(1980, 1, 1)).recordClosedDate(date(2025, 1, 1)).build(),
          resident("K", date(2025, 1, 1)).recordEstablishedDate(date(2025, 1, 1)).build(),
          resident("L", date(2024, 12, 31)).recordEstablishedDate(date(2024, 12, 31)).build());

  @Test
  void countsTheYear() {
    Tally t = tally(indicator, year2024(), data);
    // in population on 2024-12-31: A B C D E F J L = 8 (G not permanent, H dead, I closed on the
    // end, K born after it)
    // EHR-01: record by the end: A B C F J L = 6; EHR-02: electronic A B = 2; EHR-05: A = 1
    assertEquals(new Counts(6, 8), t.total("EHR-01"));
    assertEquals(new Counts(2, 8), t.total("EHR-02"));
    assertEquals(new Counts(1, 8), t.total("EHR-05"));
  }

  @Test
  void namesWhatIsMissing() {
    Map<String, String> ehr01 = shortfalls(indicator, year2024(), data, "EHR-01");
    assertEquals(
        Map.of("D", "no health record", "E", "health record established 2025-01-01, after 2024-12-31"), ehr01);
    Map<String, String> ehr02 = shortfalls(indicator, year2024(), data, "EHR-02");
    assertEquals("health record not electronic", ehr02.get("C"));
    assertEquals(6, ehr02.size()); // C D E F J L
    assertEquals("electronic health record not standardized", shortfalls(indicator, year2024(), data, "EHR-05").get("B"));
    assertEquals(Membership.NUMERATOR, explain(indicator, year2024(), data, "A", "EHR-05").membership());
    assertEquals(Membership.NOT_IN_DENOMINATOR, explain(indicator, year2024(), data, "G", "EHR-01").membership());
  }

  @Test
  void quarterEndsOnThirtiethOfJune() {
    List<BundleRecord> q =
        List.of(
            resident("A", date(1980, 1, 1)).recordEstablishedDate(date(2024, 6, 30)).build(),
            resident("B", date(1980, 1, 1)).recordEstablishedDate(date(2024, 7, 1)).build(),
            resident("C", date(1980, 1, 1)).deathDate(date(2024, 6, 30)).build(),
            resident("D", date(1980, 1, 1)).deathDate(date(2024, 7, 1)).build());
    // 2024-Q2 ends 2024-06-30: in population A B D (C died on the end) = 3; records by then A D = 2
    assertEquals(new Counts(2, 3), tally(indicator, context(ReportingPeriod.ofQuarter(2024, 2)), q).total("EHR-01"));
    // 2024-Q3: A B (D died 2024-07-01) = 2, both with records
    assertEquals(new Counts(2, 2), tally(indicator, context(ReportingPeriod.ofQuarter(2024, 3)), q).total("EHR-01"));
  }

  @Test
  void denominatorsArePopulation() {
    for (var m : indicator.measures()) {
      assertEquals(PopulationBase.POPULATION, m.populationBase());
    }
    assertEquals(List.of("EHR-01", "EHR-02", "EHR-05"), indicator.measures().stream().map(m -> m.id()).toList());
  }

  @Property(tries = 60)
  void proportionsAndOrderIndependence(@ForAll long seed) {
    PersonFixture.checkInvariants(indicator, PersonFixture.randomRecords(seed), seed, List.of());
  }
}
