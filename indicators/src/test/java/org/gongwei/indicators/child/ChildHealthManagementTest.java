package org.gongwei.indicators.child;

import static org.gongwei.indicators.fixture.PersonFixture.childCheckup;
import static org.gongwei.indicators.fixture.PersonFixture.context;
import static org.gongwei.indicators.fixture.PersonFixture.date;
import static org.gongwei.indicators.fixture.PersonFixture.newbornVisit;
import static org.gongwei.indicators.fixture.PersonFixture.person;
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
import org.gongwei.indicators.engine.PopulationBase;
import org.gongwei.indicators.fixture.PersonFixture;
import org.junit.jupiter.api.Test;

class ChildHealthManagementTest {
  private final ChildHealthManagement indicator = new ChildHealthManagement();

  private final List<BundleRecord> data =
      List.of(
          person("A", date(2018, 1, 1)), // 6 at the end of 2024
          childCheckup("A", date(2024, 6, 1)),
          person("B", date(2017, 12, 31)), // 7 exactly on 2024-12-31: out of 0–6
          childCheckup("B", date(2024, 2, 1)),
          person("C", date(2024, 5, 1)),
          newbornVisit("C", date(2024, 5, 10)),
          person("D", date(2020, 1, 1)),
          childCheckup("D", date(2023, 12, 31)),
          childCheckup("D", date(2025, 1, 1)),
          person("E", date(2020, 1, 1)),
          childCheckup("E", date(2024, 12, 31)),
          person("F", date(2025, 1, 1)),
          resident("G", date(2020, 1, 1)).permanent(false).build(),
          childCheckup("G", date(2024, 6, 1)),
          resident("H", date(2020, 1, 1)).deathDate(date(2024, 3, 1)).build(),
          childCheckup("H", date(2024, 2, 1)));

  @Test
  void countsTheYear() {
    // denominator A C D E = 4 (B is 7, F unborn, G not permanent, H dead); numerator A C E = 3
    assertEquals(new Counts(3, 4), total(indicator, year2024(), data, "CH-02"));
    assertEquals(
        Map.of("D", "no child check-up or newborn visit in 2024"), shortfalls(indicator, year2024(), data, "CH-02"));
  }

  @Test
  void quarter() {
    // 2024-Q1 ends 2024-03-31: A B D E in (B is 6 then, C unborn, H died 2024-03-01);
    // visits in Q1: B (2024-02-01) → 1/4
    var q1 = context(ReportingPeriod.ofQuarter(2024, 1));
    assertEquals(new Counts(1, 4), total(indicator, q1, data, "CH-02"));
    assertEquals("no child check-up or newborn visit in 2024-Q1", shortfalls(indicator, q1, data, "CH-02").get("A"));
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
