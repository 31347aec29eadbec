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
import org.gongwei.indicators.fixture.PersonFixture;
import org.junit.jupiter.api.Test;

class ChildTcmManagementTest {
  private final ChildTcmManagement indicator = new ChildTcmManagement();

  private final List<BundleRecord> data =
      List.of(
          // 6 m on 2024-01-15, 12 m on 2024-07-15 (18 m on 2025-01-15): 2 ages in 2024
          person("K1", date(2023, 7, 15)),
          tcm("K1", date(2024, 1, 20), TcmKind.CHILD),
          tcm("K1", date(2024, 8, 1), TcmKind.CHILD),
          person("K2", date(2023, 7, 15)),
          tcm("K2", date(2024, 2, 1), TcmKind.CHILD),
          tcm("K2", date(2024, 8, 1), TcmKind.ELDERLY), // wrong kind
          // 30 m on 2024-06-30, 36 m exactly on the end 2024-12-31: 2 ages (aged 3 then, still in)
          person("K3", date(2021, 12, 31)),
          tcm("K3", date(2024, 6, 30), TcmKind.CHILD),
          tcm("K3", date(2024, 12, 31), TcmKind.CHILD),
          // 36 m on 2024-01-01, the first day: 1 age
          person("K4", date(2021, 1, 1)),
          tcm("K4", date(2024, 1, 1), TcmKind.CHILD),
          // 36 m on 2023-12-31, the day before: no age in 2024 → out
          person("K5", date(2020, 12, 31)),
          // 6 m on 2025-01-01, the day after: out
          person("K6", date(2024, 7, 1)),
          // 6 m on 2024-12-30: 1 age, no service
          person("K7", date(2024, 6, 30)),
          resident("K9", date(2023, 7, 15)).permanent(false).build(),
          resident("K10", date(2023, 7, 15)).deathDate(date(2024, 12, 1)).build());

  @Test
  void countsTheYear() {
    // denominator K1 K2 K3 K4 K7 = 5; numerator K1 (2 ≥ 2), K3 (2 ≥ 2), K4 (1 ≥ 1) = 3
    assertEquals(new Counts(3, 5), total(indicator, year2024(), data, "TCM-02"));
    assertEquals(
        Map.of(
            "K2", "1 child TCM service in 2024, 2 required (TCM ages reached: 6, 12 months)",
            "K7", "0 child TCM services in 2024, 1 required (TCM ages reached: 6 months)"),
        shortfalls(indicator, year2024(), data, "TCM-02"));
  }

  @Test
  void quarterNeedsOneServicePerAgeReachedInIt() {
    // 2024-Q3: K1, K2 and K10 (alive on 2024-09-30, dies in December) reach 12 m on 2024-07-15;
    // K3 (30 m in Q2, 36 m in Q4), K4 and K7 reach none.
    // K1 served 2024-08-01 → counted; K2's only Q3 service is ELDERLY; K10 has none → 1/3
    var q3 = context(ReportingPeriod.ofQuarter(2024, 3));
    assertEquals(new Counts(1, 3), total(indicator, q3, data, "TCM-02"));
    assertEquals(
        "0 child TCM services in 2024-Q3, 1 required (TCM ages reached: 12 months)",
        shortfalls(indicator, q3, data, "TCM-02").get("K2"));
  }

  @Test
  void leapDayBirthReachesTwelveMonthsOnTwentyEighthOfFebruary() {
    List<BundleRecord> leap = List.of(person("L", date(2020, 2, 29)), tcm("L", date(2021, 2, 28), TcmKind.CHILD));
    // 2020-02-29 + 12 months = 2021-02-28: reached in February 2021, not in March
    assertEquals(new Counts(1, 1), total(indicator, context(ReportingPeriod.ofMonth(2021, 2)), leap, "TCM-02"));
    assertEquals(new Counts(0, 0), total(indicator, context(ReportingPeriod.ofMonth(2021, 3)), leap, "TCM-02"));
  }

  @Property(tries = 60)
  void proportionsAndOrderIndependence(@ForAll long seed) {
    PersonFixture.checkInvariants(indicator, PersonFixture.randomRecords(seed), seed, List.of());
  }
}
