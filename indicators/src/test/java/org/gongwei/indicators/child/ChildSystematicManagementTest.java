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
import org.gongwei.indicators.fixture.PersonFixture;
import org.junit.jupiter.api.Test;

class ChildSystematicManagementTest {
  private final ChildSystematicManagement indicator = new ChildSystematicManagement();

  private final List<BundleRecord> data =
      List.of(
          // 3 m 2024-04-15, 6 m 2024-07-15, 8 m 2024-09-15 (12 m 2025-01-15): 3 ages
          person("A", date(2024, 1, 15)),
          childCheckup("A", date(2024, 4, 20)),
          childCheckup("A", date(2024, 7, 20)),
          childCheckup("A", date(2024, 9, 20)),
          person("B", date(2024, 1, 15)),
          childCheckup("B", date(2024, 4, 20)),
          childCheckup("B", date(2024, 7, 20)),
          newbornVisit("B", date(2024, 9, 20)), // not a check-up
          // 24 m 2024-01-01, 30 m 2024-07-01 (36 m 2025-01-01): 2 ages, aged 2 at the end
          person("C", date(2022, 1, 1)),
          childCheckup("C", date(2024, 1, 5)),
          childCheckup("C", date(2024, 7, 2)),
          person("D", date(2021, 12, 31)), // 36 months exactly on the end: aged 3, out
          childCheckup("D", date(2024, 6, 30)),
          person("E", date(2024, 10, 1)), // 3 m on 2025-01-01: no age reached, out
          person("F", date(2024, 9, 30)), // 3 m on 2024-12-30: 1 age, no check-up
          resident("G", date(2023, 6, 15)).permanent(false).build());

  @Test
  void countsTheYear() {
    // denominator A B C F = 4; numerator A (3 ≥ 3), C (2 ≥ 2) = 2
    assertEquals(new Counts(2, 4), total(indicator, year2024(), data, "CH-03"));
    assertEquals(
        Map.of(
            "B", "2 child check-ups in 2024, 3 required (scheduled ages reached: 3, 6, 8 months)",
            "F", "0 child check-ups in 2024, 1 required (scheduled ages reached: 3 months)"),
        shortfalls(indicator, year2024(), data, "CH-03"));
  }

  @Test
  void quarter() {
    // 2024-Q3: A reaches 6 m and 8 m (2 check-ups in Q3: counted), B the same (1 check-up in Q3),
    // C reaches 30 m (check-up 2024-07-02: counted); D is 2 on 2024-09-30 but reaches no age in Q3
    // (30 m on 2024-06-30) → 2/3
    var q3 = context(ReportingPeriod.ofQuarter(2024, 3));
    assertEquals(new Counts(2, 3), total(indicator, q3, data, "CH-03"));
    assertEquals(
        "1 child check-up in 2024-Q3, 2 required (scheduled ages reached: 6, 8 months)",
        shortfalls(indicator, q3, data, "CH-03").get("B"));
  }

  @Test
  void leapDayBirth() {
    List<BundleRecord> leap = List.of(person("L", date(2020, 2, 29)), childCheckup("L", date(2021, 2, 28)));
    // 12 months on 2021-02-28 → February 2021: 1/1; March 2021: no age → 0/0
    assertEquals(new Counts(1, 1), total(indicator, context(ReportingPeriod.ofMonth(2021, 2)), leap, "CH-03"));
    assertEquals(new Counts(0, 0), total(indicator, context(ReportingPeriod.ofMonth(2021, 3)), leap, "CH-03"));
    // 48 months on 2024-02-29, aged 4: never in CH-03 in 2024
    assertEquals(new Counts(0, 0), total(indicator, context(ReportingPeriod.ofMonth(2024, 2)), leap, "CH-03"));
  }

  @Property(tries = 60)
  void proportionsAndOrderIndependence(@ForAll long seed) {
    PersonFixture.checkInvariants(indicator, PersonFixture.randomRecords(seed), seed, List.of());
  }
}
