package org.gongwei.indicators.contract;

import static org.gongwei.indicators.chronic.Fixtures.Y2024;
import static org.gongwei.indicators.chronic.Fixtures.d;
import static org.gongwei.indicators.chronic.Fixtures.person;
import static org.gongwei.indicators.chronic.Fixtures.resident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.contract.Contract;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.chronic.Fixtures.Run;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.engine.PopulationBase;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class ContractCoverageTest {
  private static final Rulebook NATIONAL = Rulebook.national2017();
  private static final ContractCoverage FD01 = new ContractCoverage();

  /** A contract; {@code terminated} may be null. */
  static Contract contract(String id, String residentId, String start, String end, String terminated) {
    Contract.Builder b = Contract.builder().contractId(id).residentId(residentId).startDate(d(start)).endDate(d(end));
    if (terminated != null) {
      b.terminatedDate(d(terminated));
    }
    return b.build();
  }

  @Test
  void measures() {
    assertEquals("FD-01", FD01.measures().get(0).id());
    assertEquals(PopulationBase.POPULATION, FD01.measures().get(0).populationBase());
  }

  @Test
  void signedAtThePeriodEnd() {
    // R1 2024-01-01..2024-12-31: signed on the end day. R2 terminated on 2024-12-31: not signed.
    // R3 terminated 2025-01-01: signed. R4 ended 2024-12-30: not signed. R5 starts 2025-01-01: not.
    // R6 no contract. R7 not permanent: outside. R8 died 2024-07-01: outside.
    // R9 an old contract and a current one: signed.
    // -> population R1..R6, R9 = 7; signed R1, R3, R9 = 3
    Run r =
        Run.of(
            FD01,
            NATIONAL,
            Y2024,
            resident("R1", "1970-01-01"),
            contract("K1", "R1", "2024-01-01", "2024-12-31", null),
            resident("R2", "1970-01-01"),
            contract("K2", "R2", "2024-01-01", "2025-06-30", "2024-12-31"),
            resident("R3", "1970-01-01"),
            contract("K3", "R3", "2024-01-01", "2025-06-30", "2025-01-01"),
            resident("R4", "1970-01-01"),
            contract("K4", "R4", "2023-12-31", "2024-12-30", null),
            resident("R5", "1970-01-01"),
            contract("K5", "R5", "2025-01-01", "2025-12-31", null),
            resident("R6", "1970-01-01"),
            person("R7", "1970-01-01").permanent(false).build(),
            contract("K7", "R7", "2024-01-01", "2024-12-31", null),
            person("R8", "1970-01-01").deathDate(d("2024-07-01")).build(),
            contract("K8", "R8", "2024-01-01", "2024-12-31", null),
            resident("R9", "1970-01-01"),
            contract("K9a", "R9", "2020-01-01", "2020-12-31", null),
            contract("K9b", "R9", "2024-12-31", "2025-12-30", null));
    assertEquals(new Counts(3, 7), r.total("FD-01"));
    assertEquals(List.of("R1", "R3", "R9"), r.numeratorIds("FD-01"));
    assertEquals(
        Map.of(
            "R2", "not signed on 2024-12-31: contract K2 terminated on 2024-12-31",
            "R4", "not signed on 2024-12-31: contract K4 ended on 2024-12-30",
            "R5", "not signed on 2024-12-31: contract K5 starts 2025-01-01",
            "R6", "no family-doctor contract"),
        r.shortfalls("FD-01"));
  }

  @Test
  void aQuarterAsPeriodUsesItsEnd() {
    // 2024-Q2 ends 2024-06-30: a contract from 2024-07-01 does not count, one to 2024-06-30 does.
    Run r =
        Run.of(
            FD01,
            NATIONAL,
            ReportingPeriod.ofQuarter(2024, 2),
            resident("R1", "1970-01-01"),
            contract("K1", "R1", "2024-07-01", "2025-06-30", null),
            resident("R2", "1970-01-01"),
            contract("K2", "R2", "2023-07-01", "2024-06-30", null),
            resident("R3", "2024-07-01")); // born after the period: not in the population
    assertEquals(new Counts(1, 2), r.total("FD-01"));
  }

  @Property(tries = 60)
  void proportionsAndOrderIndependence(@ForAll long seed) {
    Random random = new Random(seed);
    List<BundleRecord> records = new ArrayList<>();
    int id = 0;
    for (int p = 0; p < 15; p++) {
      String rid = "R" + p;
      records.add(person(rid, "1970-01-01").permanent(random.nextInt(4) > 0).build());
      for (int c = random.nextInt(3); c > 0; c--) {
        String start = (2023 + random.nextInt(3)) + "-0" + (1 + random.nextInt(9)) + "-01";
        String end = d(start).plusDays(30 + random.nextInt(500)).toString();
        String terminated = random.nextInt(4) == 0 ? d(start).plusDays(random.nextInt(400)).toString() : null;
        records.add(contract("K" + id++, rid, start, end, terminated));
      }
    }
    Run r = Run.of(FD01, NATIONAL, Y2024, records);
    Counts c = r.total("FD-01");
    assertTrue(0 <= c.numerator() && c.numerator() <= c.denominator());
    List<BundleRecord> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, random);
    assertEquals(c, Run.of(FD01, NATIONAL, Y2024, shuffled).total("FD-01"));
  }
}
