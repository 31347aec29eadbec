package org.gongwei.indicators.contract;

import static org.gongwei.indicators.chronic.Fixtures.Y2024;
import static org.gongwei.indicators.chronic.Fixtures.d;
import static org.gongwei.indicators.chronic.Fixtures.htn;
import static org.gongwei.indicators.chronic.Fixtures.person;
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
import org.gongwei.indicators.chronic.Fixtures.Run;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class KeyGroupCoverageTest {
  private static final Rulebook NATIONAL = Rulebook.national2017();
  private static final KeyGroupCoverage FD02 = new KeyGroupCoverage();

  private static String id(KeyGroup g) {
    return "FD-02(" + g.name() + ")";
  }

  @Test
  void measures() {
    List<Measure> m = FD02.measures();
    assertEquals(10, m.size());
    assertEquals("FD-02", m.get(0).id());
    assertEquals("FD-02(AGED_65_PLUS)", m.get(KeyGroupCoverage.measureIndex(KeyGroup.AGED_65_PLUS)).id());
    assertEquals("65岁及以上老年人", m.get(1).label());
    assertEquals("FD-02(FAMILY_PLANNING_SPECIAL)", m.get(9).id());
  }

  @Test
  void aResidentInSeveralGroupsCountsOnceInFd02AndOnceInEachGroup() {
    // R1 70, hypertension, disabled, signed -> FD-02 1/1, AGED_65_PLUS, CHRONIC, DISABLED 1/1 each
    // R2 70, not signed (contract terminated 2024-12-31) -> FD-02 0/1, AGED_65_PLUS 0/1
    // R3 40, in no group, signed -> nowhere
    // R4 3, signed -> AGED_0_6 1/1
    // R5 70, not permanent -> nowhere
    // FD-02: 2 / 3; AGED_65_PLUS: 1 / 2; CHRONIC 1/1; DISABLED 1/1; AGED_0_6 1/1; others 0/0
    Run r =
        Run.of(
            FD02,
            NATIONAL,
            Y2024,
            person("R1", "1954-05-01").disabled(true).build(),
            htn("G1", "R1", "2020-01-01"),
            contract("K1", "R1", "2024-03-01", "2025-02-28", null),
            resident("R2", "1954-05-01"),
            contract("K2", "R2", "2024-03-01", "2025-02-28", "2024-12-31"),
            resident("R3", "1984-05-01"),
            contract("K3", "R3", "2024-03-01", "2025-02-28", null),
            resident("R4", "2021-05-01"),
            contract("K4", "R4", "2024-03-01", "2025-02-28", null),
            person("R5", "1954-05-01").permanent(false).build(),
            contract("K5", "R5", "2024-03-01", "2025-02-28", null));
    assertEquals(new Counts(2, 3), r.total("FD-02"));
    assertEquals(List.of("R1", "R2", "R4"), r.denominatorIds("FD-02"));
    assertEquals(
        Map.of("R2", "not signed on 2024-12-31: contract K2 terminated on 2024-12-31"), r.shortfalls("FD-02"));
    assertEquals(new Counts(1, 2), r.total(id(KeyGroup.AGED_65_PLUS)));
    assertEquals(new Counts(1, 1), r.total(id(KeyGroup.CHRONIC)));
    assertEquals(new Counts(1, 1), r.total(id(KeyGroup.DISABLED)));
    assertEquals(new Counts(1, 1), r.total(id(KeyGroup.AGED_0_6)));
    assertEquals(Counts.ZERO, r.total(id(KeyGroup.PREGNANT)));
    assertEquals(Counts.ZERO, r.total(id(KeyGroup.TUBERCULOSIS)));
    assertEquals("NOT_IN_DENOMINATOR: not applicable", r.explain("R3").get("FD-02"));
  }

  @Test
  void theGroupDependsOnKnobs() {
    // a hypertension patient aged 50 without follow-up: in the chronic group by default, in no
    // group when managedRequiresFollowUp is on
    List<BundleRecord> records = List.of(resident("R1", "1974-01-01"), htn("G1", "R1", "2020-01-01"));
    assertEquals(new Counts(0, 1), Run.of(FD02, NATIONAL, Y2024, records).total("FD-02"));
    assertEquals(Counts.ZERO, Run.of(FD02, NATIONAL.withManagedRequiresFollowUp(true), Y2024, records).total("FD-02"));
  }

  @Property(tries = 60)
  void groupsAndHeadlineAreConsistent(@ForAll long seed) {
    Random random = new Random(seed);
    List<BundleRecord> records = new ArrayList<>();
    int id = 0;
    for (int p = 0; p < 15; p++) {
      String rid = "R" + p;
      records.add(person(rid, (1940 + random.nextInt(85)) + "-06-15")
          .permanent(random.nextInt(5) > 0).disabled(random.nextInt(4) == 0).povertyAlleviated(random.nextInt(4) == 0)
          .build());
      if (random.nextInt(3) == 0) {
        records.add(htn("G" + id++, rid, "2020-01-01"));
      }
      if (random.nextBoolean()) {
        String start = "2024-0" + (1 + random.nextInt(9)) + "-01";
        records.add(contract("K" + id++, rid, start, d(start).plusDays(random.nextInt(600)).toString(), null));
      }
    }
    Run r = Run.of(FD02, NATIONAL, Y2024, records);
    Counts all = r.total("FD-02");
    assertTrue(0 <= all.numerator() && all.numerator() <= all.denominator());
    long sumDenominators = 0;
    for (KeyGroup g : KeyGroup.values()) {
      Counts c = r.total(id(g));
      assertTrue(c.numerator() <= c.denominator());
      assertTrue(c.denominator() <= all.denominator());
      sumDenominators += c.denominator();
    }
    assertTrue(all.denominator() <= sumDenominators);
    List<BundleRecord> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, random);
    assertEquals(all, Run.of(FD02, NATIONAL, Y2024, shuffled).total("FD-02"));
  }
}
