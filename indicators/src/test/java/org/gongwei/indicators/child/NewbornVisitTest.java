package org.gongwei.indicators.child;

import static org.gongwei.indicators.fixture.PersonFixture.childCheckup;
import static org.gongwei.indicators.fixture.PersonFixture.context;
import static org.gongwei.indicators.fixture.PersonFixture.date;
import static org.gongwei.indicators.fixture.PersonFixture.delivered;
import static org.gongwei.indicators.fixture.PersonFixture.explain;
import static org.gongwei.indicators.fixture.PersonFixture.newbornVisit;
import static org.gongwei.indicators.fixture.PersonFixture.person;
import static org.gongwei.indicators.fixture.PersonFixture.resident;
import static org.gongwei.indicators.fixture.PersonFixture.shortfalls;
import static org.gongwei.indicators.fixture.PersonFixture.tally;
import static org.gongwei.indicators.fixture.PersonFixture.total;
import static org.gongwei.indicators.fixture.PersonFixture.year2024;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.maternal.Pregnancy;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.engine.Evaluation;
import org.gongwei.indicators.engine.Membership;
import org.gongwei.indicators.engine.Tally;
import org.gongwei.indicators.fixture.PersonFixture;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class NewbornVisitTest {
  private final NewbornVisit indicator = new NewbornVisit();

  /** Mothers with their children. */
  private final List<BundleRecord> families =
      List.of(
          person("M1", date(1990, 1, 1)),
          delivered("P1", "M1", date(2024, 3, 16), 2), // twins
          person("T1", date(2024, 3, 16)),
          newbornVisit("T1", date(2024, 4, 13)), // 28 days after birth
          person("T2", date(2024, 3, 16)),
          newbornVisit("T2", date(2024, 4, 14)), // 29 days
          person("M2", date(1992, 1, 1)),
          delivered("P2", "M2", date(2023, 12, 31), 1), // the day before
          person("C2", date(2023, 12, 31)),
          newbornVisit("C2", date(2024, 1, 2)),
          delivered("P3", "M2", date(2024, 12, 31), 1), // the last day
          person("C3", date(2024, 12, 31)),
          newbornVisit("C3", date(2025, 1, 10)), // visited after the period end, 10 days old
          resident("M3", date(1993, 1, 1)).permanent(false).build(),
          delivered("P4", "M3", date(2024, 5, 1), 1),
          resident("C4", date(2024, 5, 1)).permanent(false).build(),
          newbornVisit("C4", date(2024, 5, 3)));

  @Test
  void liveBirthsOnMothersVisitsOnChildren() {
    Tally t = tally(indicator, year2024(), families);
    // denominator: M1's twins 2 + M2's P3 1 + M3's P4 1 = 4 (P2 delivered in 2023; residence
    // status does not matter: the register of deliveries, as for MAT-01…04)
    // numerator: T1 (28 days), C3 (10 days) and C4 (2 days) = 3; T2 at 29 days is late
    assertEquals(new Counts(3, 4), t.total("CH-01"));
    // births: residents born in 2024 T1 T2 C3 C4 = 4, visited T1 C3 C4 = 3
    assertEquals(new Counts(3, 4), t.total("CH-01(BIRTHS)"));
    assertEquals(
        Map.of(
            "M1", "mother of 2 live birth(s) in 2024: live births are the denominator, the visits count on the children",
            "M2", "mother of 1 live birth(s) in 2024: live births are the denominator, the visits count on the children",
            "M3", "mother of 1 live birth(s) in 2024: live births are the denominator, the visits count on the children"),
        shortfalls(indicator, year2024(), families, "CH-01"));
    String late = "first newborn home visit 2024-04-14, 29 days after birth on 2024-03-16 (28 allowed)";
    assertEquals(Map.of("T2", late), shortfalls(indicator, year2024(), families, "CH-01(BIRTHS)"));
    Evaluation t2 = explain(indicator, year2024(), families, "T2", "CH-01");
    assertEquals(Membership.NOT_IN_DENOMINATOR, t2.membership());
    assertEquals(late, t2.reason());
  }

  @Test
  void quarters() {
    // 2024-Q1: the twins (2 live births), T1 visited → 1/2; 2024-Q4: P3 and C3 → 1/1
    assertEquals(new Counts(1, 2), total(indicator, context(ReportingPeriod.ofQuarter(2024, 1)), families, "CH-01"));
    assertEquals(new Counts(1, 1), total(indicator, context(ReportingPeriod.ofQuarter(2024, 4)), families, "CH-01"));
    // 2023-Q4: P2 delivered on its last day, C2 visited 2 days later → 1/1
    assertEquals(new Counts(1, 1), total(indicator, context(ReportingPeriod.ofQuarter(2023, 4)), families, "CH-01"));
  }

  @Test
  void knobNewbornVisitDays() {
    // 30 days: T2's visit at 29 days counts too → T1 T2 C3 C4 = 4/4
    var thirty = context(ReportingPeriod.ofYear(2024), Rulebook.national2017().withNewbornVisitDays(30));
    assertEquals(new Counts(4, 4), total(indicator, thirty, families, "CH-01"));
    // 7 days: T1 (28) and T2 (29) late, C3 (10) late, C4 (2) in time → 1/4
    var seven = context(ReportingPeriod.ofYear(2024), Rulebook.national2017().withNewbornVisitDays(7));
    assertEquals(new Counts(1, 4), total(indicator, seven, families, "CH-01"));
    assertEquals(
        "first newborn home visit 2025-01-10, 10 days after birth on 2024-12-31 (7 allowed)",
        shortfalls(indicator, seven, families, "CH-01(BIRTHS)").get("C3"));
  }

  @Test
  void childrenWithoutPregnancyData() {
    List<BundleRecord> children =
        List.of(
            person("C4", date(2024, 1, 1)),
            newbornVisit("C4", date(2024, 1, 1)), // on the birth date
            person("C5", date(2024, 7, 1)),
            childCheckup("C5", date(2024, 7, 5)), // a check-up is not a newborn visit
            person("C6", date(2024, 7, 1)),
            newbornVisit("C6", date(2024, 6, 30)), // before birth: ignored
            resident("C7", date(2024, 8, 1)).deathDate(date(2024, 8, 10)).build(),
            newbornVisit("C7", date(2024, 8, 5)), // visited, died later: still counted
            resident("C8", date(2024, 9, 1)).permanent(false).build(),
            newbornVisit("C8", date(2024, 9, 2)),
            person("C9", date(2025, 1, 1)));
    Tally t = tally(indicator, year2024(), children);
    // born in 2024: C4 C5 C6 C7 C8 = 5 (C8 is not permanent: residence does not matter);
    // visited C4 C7 C8 = 3
    assertEquals(new Counts(3, 5), t.total("CH-01(BIRTHS)"));
    // no live births recorded: the headline has the numerator only, the report layer falls back
    assertEquals(new Counts(3, 0), t.total("CH-01"));
    String none = "no newborn home visit within 28 days of birth on 2024-07-01";
    assertEquals(Map.of("C5", none, "C6", none), shortfalls(indicator, year2024(), children, "CH-01(BIRTHS)"));
  }

  @Test
  void pregnancyWithoutLiveBirthsCountsOneAndAStillbirthNone() {
    Pregnancy unknown =
        Pregnancy.builder().pregnancyId("P9").residentId("M9").deliveryDate(date(2024, 6, 1)).build();
    List<BundleRecord> data = List.of(person("M9", date(1990, 1, 1)), unknown, delivered("P8", "M9", date(2024, 1, 5), 0));
    // P9 has no live_births recorded: 1 (as for MAT-01…04); P8 is a stillbirth: 0 → 0 / 1
    assertEquals(new Counts(0, 1), total(indicator, year2024(), data, "CH-01"));
  }

  @Property(tries = 60)
  void proportionsAndOrderIndependence(@ForAll long seed) {
    // the headline's numerator (children) can exceed its denominator (mothers' live births)
    PersonFixture.checkInvariants(indicator, PersonFixture.randomRecords(seed), seed, List.of("CH-01"));
  }
}
