package org.gongwei.indicators.elderly;

import static org.gongwei.indicators.fixture.PersonFixture.checkup;
import static org.gongwei.indicators.fixture.PersonFixture.context;
import static org.gongwei.indicators.fixture.PersonFixture.date;
import static org.gongwei.indicators.fixture.PersonFixture.elderlyCheckup;
import static org.gongwei.indicators.fixture.PersonFixture.person;
import static org.gongwei.indicators.fixture.PersonFixture.resident;
import static org.gongwei.indicators.fixture.PersonFixture.shortfalls;
import static org.gongwei.indicators.fixture.PersonFixture.total;
import static org.gongwei.indicators.fixture.PersonFixture.year2024;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.code.CheckupKind;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.engine.PopulationBase;
import org.gongwei.indicators.fixture.PersonFixture;
import org.junit.jupiter.api.Test;

class ElderlyHealthManagementTest {
  private final ElderlyHealthManagement indicator = new ElderlyHealthManagement();

  private final List<BundleRecord> data =
      List.of(
          person("A", date(1959, 12, 31)), // 65 exactly on 2024-12-31
          elderlyCheckup("A", date(2024, 3, 1)),
          person("B", date(1960, 1, 1)), // 64 on 2024-12-31: out
          elderlyCheckup("B", date(2024, 3, 1)),
          person("C", date(1950, 1, 1)),
          elderlyCheckup("C", date(2024, 1, 1)), // first day of the period
          person("D", date(1950, 1, 1)),
          elderlyCheckup("D", date(2023, 12, 31)), // the day before
          person("E", date(1950, 1, 1)),
          elderlyCheckup("E", date(2025, 1, 1)), // the day after
          person("F", date(1950, 1, 1)),
          checkup("F", date(2024, 5, 2), CheckupKind.ELDERLY_ANNUAL, false, true),
          person("G", date(1950, 1, 1)),
          checkup("G", date(2024, 5, 2), CheckupKind.ELDERLY_ANNUAL, true, false),
          person("H", date(1950, 1, 1)),
          checkup("H", date(2024, 5, 2), CheckupKind.ELDERLY_ANNUAL, false, false),
          person("I", date(1950, 1, 1)),
          checkup("I", date(2024, 5, 2), CheckupKind.GENERAL, true, true),
          resident("J", date(1950, 1, 1)).recordEstablishedDate(Optional.empty()).build(),
          elderlyCheckup("J", date(2024, 5, 2)),
          resident("K", date(1950, 1, 1)).recordEstablishedDate(Optional.empty()).build(),
          resident("L", date(1950, 1, 1)).recordEstablishedDate(date(2025, 2, 1)).build(),
          elderlyCheckup("L", date(2024, 5, 2)),
          resident("M", date(1950, 1, 1)).deathDate(date(2024, 10, 1)).build(), // died: out
          elderlyCheckup("M", date(2024, 5, 2)),
          person("O", date(1950, 1, 1)),
          elderlyCheckup("O", date(2024, 2, 1)),
          checkup("O", date(2024, 9, 1), CheckupKind.ELDERLY_ANNUAL, false, false));

  @Test
  void countsTheYear() {
    // denominator: A C D E F G H I J K L O = 12 (B is 64, M died); numerator A C O = 3
    assertEquals(new Counts(3, 12), total(indicator, year2024(), data, "OLD-01"));
  }

  @Test
  void reasonsNameWhatIsMissing() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("D", "no elderly annual check-up in 2024");
    expected.put("E", "no elderly annual check-up in 2024");
    expected.put("F", "elderly annual check-up 2024-05-02 with an incomplete form");
    expected.put("G", "elderly annual check-up 2024-05-02 without health guidance");
    expected.put("H", "elderly annual check-up 2024-05-02 with an incomplete form and without health guidance");
    expected.put("I", "no elderly annual check-up in 2024");
    expected.put("J", "no health record");
    expected.put("K", "no health record; no elderly annual check-up in 2024");
    expected.put("L", "health record established 2025-02-01, after 2024-12-31");
    assertEquals(expected, shortfalls(indicator, year2024(), data, "OLD-01"));
  }

  @Test
  void quarter() {
    // 2024-Q1 ends 2024-03-31: A and B are 64; C..L, M (alive until October) and O = 12
    // numerator: C (2024-01-01) and O (2024-02-01) = 2; the May check-ups are outside Q1
    assertEquals(new Counts(2, 12), total(indicator, context(ReportingPeriod.ofQuarter(2024, 1)), data, "OLD-01"));
    assertEquals(
        "no elderly annual check-up in 2024-Q1",
        shortfalls(indicator, context(ReportingPeriod.ofQuarter(2024, 1)), data, "OLD-01").get("F"));
  }

  @Test
  void leapDayBirthTurns65OnTwentyEighthOfFebruary() {
    List<BundleRecord> leap = List.of(person("X", date(1956, 2, 29)), elderlyCheckup("X", date(2021, 2, 1)));
    // 1956-02-29 + 65 years = 2021-02-28: in February 2021 the resident is 65, in January 64
    assertEquals(new Counts(1, 1), total(indicator, context(ReportingPeriod.ofMonth(2021, 2)), leap, "OLD-01"));
    assertEquals(new Counts(0, 0), total(indicator, context(ReportingPeriod.ofMonth(2021, 1)), leap, "OLD-01"));
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
