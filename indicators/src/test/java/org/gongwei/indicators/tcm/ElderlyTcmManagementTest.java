package org.gongwei.indicators.tcm;

import static org.gongwei.indicators.fixture.PersonFixture.context;
import static org.gongwei.indicators.fixture.PersonFixture.date;
import static org.gongwei.indicators.fixture.PersonFixture.person;
import static org.gongwei.indicators.fixture.PersonFixture.resident;
import static org.gongwei.indicators.fixture.PersonFixture.shortfalls;
import static org.gongwei.indicators.fixture.PersonFixture.tcm;
import static org.gongwei.indicators.fixture.PersonFixture.total;
import static org.gongwei.indicators.fixture.PersonFixture.year2024;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.engine.PopulationBase;
import org.gongwei.indicators.fixture.PersonFixture;
import org.junit.jupiter.api.Test;

class ElderlyTcmManagementTest {
  private final ElderlyTcmManagement indicator = new ElderlyTcmManagement();

  private final List<BundleRecord> data =
      List.of(
          person("A", date(1959, 12, 31)), // 65 exactly at the end
          tcm("A", date(2024, 12, 31), TcmKind.ELDERLY), // last day
          person("B", date(1950, 1, 1)),
          tcm("B", date(2024, 5, 1), TcmKind.CHILD), // wrong kind
          person("C", date(1950, 1, 1)),
          tcm("C", date(2023, 12, 31), TcmKind.ELDERLY), // day before
          person("D", date(1960, 1, 1)), // 64
          tcm("D", date(2024, 5, 1), TcmKind.ELDERLY),
          resident("E", date(1950, 1, 1)).permanent(false).build(),
          resident("F", date(1950, 1, 1)).recordClosedDate(date(2024, 6, 1)).build(),
          tcm("F", date(2024, 5, 1), TcmKind.ELDERLY));

  @Test
  void countsTheYear() {
    // denominator A B C (D is 64, E not permanent, F closed) = 3; numerator A = 1
    assertEquals(new Counts(1, 3), total(indicator, year2024(), data, "TCM-01"));
    assertEquals(
        Map.of("B", "no elderly TCM service in 2024", "C", "no elderly TCM service in 2024"),
        shortfalls(indicator, year2024(), data, "TCM-01"));
  }

  @Test
  void quarters() {
    // 2024-Q4 ends 2024-12-31, the day A turns 65: A B C in, A served on the end → 1/3
    assertEquals(new Counts(1, 3), total(indicator, context(ReportingPeriod.ofQuarter(2024, 4)), data, "TCM-01"));
    // 2024-Q2 ends 2024-06-30: A is 64, F closed on 2024-06-01 → B C in; B's May service is a
    // CHILD one → 0/2
    assertEquals(new Counts(0, 2), total(indicator, context(ReportingPeriod.ofQuarter(2024, 2)), data, "TCM-01"));
  }

  @Test
  void denominatorIsThePopulationAged65Plus() {
    assertEquals(PopulationBase.AGED_65_PLUS, indicator.measures().get(0).populationBase());
  }

  @Property(tries = 60)
  void proportionsAndOrderIndependence(@ForAll long seed) {
    PersonFixture.checkInvariants(indicator, PersonFixture.randomRecords(seed), seed, List.of());
  }
}
