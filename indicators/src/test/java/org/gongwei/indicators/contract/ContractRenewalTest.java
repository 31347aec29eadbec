package org.gongwei.indicators.contract;

import static org.gongwei.indicators.chronic.Fixtures.Y2024;
import static org.gongwei.indicators.chronic.Fixtures.d;
import static org.gongwei.indicators.chronic.Fixtures.resident;
import static org.gongwei.indicators.contract.ContractCoverageTest.contract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.chronic.Fixtures.Run;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class ContractRenewalTest {
  private static final Rulebook NATIONAL = Rulebook.national2017();
  private static final ContractRenewal FD03 = new ContractRenewal();

  @Test
  void measures() {
    assertEquals("FD-03", FD03.measures().get(0).id());
  }

  @Test
  void renewalOnTheLastGraceDayVersusOneDayLate() {
    // every first contract ends 2024-06-30; grace 30 days -> a renewal must start by 2024-07-30.
    // R1 renewal starts 2024-07-30 (last grace day) -> renewed.
    // R2 renewal starts 2024-07-31 (one day late) -> not.
    // R3 renewal signed early, starting 2024-06-01 (before expiry) -> renewed.
    // R4 renewal starting on the end day 2024-06-30 -> renewed.
    // R5 no other contract -> not.
    // -> 3 / 5
    Run r =
        Run.of(
            FD03,
            NATIONAL,
            Y2024,
            resident("R1", "1970-01-01"),
            contract("K1", "R1", "2023-07-01", "2024-06-30", null),
            contract("K1r", "R1", "2024-07-30", "2025-07-29", null),
            resident("R2", "1970-01-01"),
            contract("K2", "R2", "2023-07-01", "2024-06-30", null),
            contract("K2r", "R2", "2024-07-31", "2025-07-30", null),
            resident("R3", "1970-01-01"),
            contract("K3", "R3", "2023-07-01", "2024-06-30", null),
            contract("K3r", "R3", "2024-06-01", "2025-05-31", null),
            resident("R4", "1970-01-01"),
            contract("K4", "R4", "2023-07-01", "2024-06-30", null),
            contract("K4r", "R4", "2024-06-30", "2025-06-29", null),
            resident("R5", "1970-01-01"),
            contract("K5", "R5", "2023-07-01", "2024-06-30", null));
    // K1r..K4r end in 2025: not in the 2024 denominator
    assertEquals(new Counts(3, 5), r.total("FD-03"));
    assertEquals(
        Map.of(
            "R2", "contract K2 ending 2024-06-30 not renewed by 2024-07-30",
            "R5", "contract K5 ending 2024-06-30 not renewed by 2024-07-30"),
        r.shortfalls("FD-03"));
  }

  @Test
  void renewalGraceDaysKnob() {
    // K1 ends 2024-06-30; renewals start 2024-07-01 (R1) and 2024-06-30 (R2), 2024-08-29 (R3)
    // grace 0: R1 no (after the end), R2 yes, R3 no -> 1/3
    // grace 60 (until 2024-08-29): all three -> 3/3
    List<BundleRecord> records =
        List.of(
            resident("R1", "1970-01-01"),
            contract("K1", "R1", "2023-07-01", "2024-06-30", null),
            contract("K1r", "R1", "2024-07-01", "2025-06-30", null),
            resident("R2", "1970-01-01"),
            contract("K2", "R2", "2023-07-01", "2024-06-30", null),
            contract("K2r", "R2", "2024-06-30", "2025-06-29", null),
            resident("R3", "1970-01-01"),
            contract("K3", "R3", "2023-07-01", "2024-06-30", null),
            contract("K3r", "R3", "2024-08-29", "2025-08-28", null));
    assertEquals(new Counts(2, 3), Run.of(FD03, NATIONAL, Y2024, records).total("FD-03"));
    Run none = Run.of(FD03, NATIONAL.withRenewalGraceDays(0), Y2024, records);
    assertEquals(new Counts(1, 3), none.total("FD-03"));
    assertEquals("contract K1 ending 2024-06-30 not renewed by 2024-06-30", none.shortfalls("FD-03").get("R1"));
    assertEquals(new Counts(3, 3), Run.of(FD03, NATIONAL.withRenewalGraceDays(60), Y2024, records).total("FD-03"));
  }

  @Test
  void denominatorContracts() {
    // R1: K1 terminated early (2024-05-01 < end 2024-06-30): out. K2 terminated on its end day
    //     2024-09-30: in, not renewed.
    // R2: K3 ended 2023-12-31 and K4 starting 2024-01-05 (renews K3, but K3 is not in the 2024
    //     denominator); K4 ends 2024-12-31, renewed by K5 from 2025-01-15 (data after the period).
    // R3: two contracts ending in 2024 (K6 renewed by K7, K7 not renewed): adds 1/2.
    // R4: K8 and a duplicate K9 with the same start: not a renewal (not a new contract).
    // -> R1 0/1, R2 1/1, R3 1/2, R4 0/2 -> 2/6
    Run r =
        Run.of(
            FD03,
            NATIONAL,
            Y2024,
            resident("R1", "1970-01-01"),
            contract("K1", "R1", "2023-07-01", "2024-06-30", "2024-05-01"),
            contract("K2", "R1", "2023-10-01", "2024-09-30", "2024-09-30"),
            resident("R2", "1970-01-01"),
            contract("K3", "R2", "2023-01-01", "2023-12-31", null),
            contract("K4", "R2", "2024-01-05", "2024-12-31", null),
            contract("K5", "R2", "2025-01-15", "2025-12-31", null),
            resident("R3", "1970-01-01"),
            contract("K6", "R3", "2023-03-01", "2024-02-29", null),
            contract("K7", "R3", "2024-03-01", "2024-11-30", null),
            resident("R4", "1970-01-01"),
            contract("K8", "R4", "2023-04-01", "2024-03-31", null),
            contract("K9", "R4", "2023-04-01", "2024-03-31", null));
    assertEquals(new Counts(2, 6), r.total("FD-03"));
    assertEquals("DENOMINATOR_ONLY: contract K7 ending 2024-11-30 not renewed by 2024-12-30", r.explain("R3").get("FD-03"));
    // R3 adds to the numerator (1 of 2) and is short of it
    assertEquals(List.of("R2", "R3"), r.numeratorIds("FD-03"));
    assertEquals(List.of("R1", "R3", "R4"), List.copyOf(r.shortfalls("FD-03").keySet()));
  }

  @Test
  void aQuarterAsPeriod() {
    // 2024-Q3: only contracts ending 2024-07-01..2024-09-30
    Run r =
        Run.of(
            FD03,
            NATIONAL,
            ReportingPeriod.ofQuarter(2024, 3),
            resident("R1", "1970-01-01"),
            contract("K1", "R1", "2023-07-01", "2024-06-30", null),
            contract("K2", "R1", "2024-07-01", "2024-09-30", null),
            contract("K3", "R1", "2024-10-30", "2025-09-30", null));
    // K2 ends 2024-09-30, renewed by K3 starting 2024-10-30 (the 30th day) -> 1/1
    assertEquals(new Counts(1, 1), r.total("FD-03"));
  }

  @Property(tries = 60)
  void proportionsAndOrderIndependence(@ForAll long seed) {
    Random random = new Random(seed);
    List<BundleRecord> records = new ArrayList<>();
    int id = 0;
    for (int p = 0; p < 12; p++) {
      String rid = "R" + p;
      records.add(resident(rid, "1970-01-01"));
      for (int c = random.nextInt(4); c > 0; c--) {
        String start = (2023 + random.nextInt(3)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
        String end = d(start).plusDays(100 + random.nextInt(300)).toString();
        String terminated = random.nextInt(4) == 0 ? d(start).plusDays(random.nextInt(400)).toString() : null;
        records.add(contract("K" + id++, rid, start, end, terminated));
      }
    }
    Rulebook rules = NATIONAL.withRenewalGraceDays(random.nextInt(90));
    Run r = Run.of(FD03, rules, Y2024, records);
    Counts c = r.total("FD-03");
    assertTrue(0 <= c.numerator() && c.numerator() <= c.denominator());
    List<BundleRecord> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, random);
    assertEquals(c, Run.of(FD03, rules, Y2024, shuffled).total("FD-03"));
  }
}
