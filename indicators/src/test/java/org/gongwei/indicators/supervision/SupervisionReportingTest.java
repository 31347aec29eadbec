package org.gongwei.indicators.supervision;

import static org.gongwei.indicators.supervision.SupervisionFixture.lead;
import static org.gongwei.indicators.supervision.SupervisionFixture.patrol;
import static org.gongwei.indicators.supervision.SupervisionFixture.tally;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.code.SupervisionDomain;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.supervision.SupervisionRecord;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.engine.DrillDown;
import org.gongwei.indicators.engine.Engine;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class SupervisionReportingTest {
  private static final SupervisionReporting SUP01 = new SupervisionReporting();
  private static final ReportingPeriod Y2024 = ReportingPeriod.ofYear(2024);

  private static final List<SupervisionRecord> RECORDS = List.of(
      lead("L1", SupervisionDomain.FOOD, "2024-01-01", "2024-01-02"), // first day, reported
      lead("L2", SupervisionDomain.WATER, "2024-12-31", "2025-01-05"), // last day, reported next year
      lead("L3", SupervisionDomain.SCHOOL, "2024-06-01", null), // not reported
      lead("L4", SupervisionDomain.FOOD, "2023-12-31", "2023-12-31"), // the day before
      lead("L5", SupervisionDomain.FOOD, "2025-01-01", null), // the day after
      patrol("P1", "430321101", SupervisionDomain.FOOD, "2024-03-01")); // a patrol, not a lead

  @Test
  void reportedShareOfLeadsByHand() {
    // leads found in 2024: L1, L2, L3 = 3; reported: L1, L2 = 2
    assertEquals(new Counts(2, 3), tally(SUP01, RECORDS, Y2024).total("SUP-01"));
    DrillDown drill = Engine.of(List.of(), List.of(SUP01))
        .drillDown(Dataset.of(RECORDS), EvaluationContext.of(Y2024, Rulebook.national2017()), "SUP-01", c -> true);
    assertEquals(List.of("L1", "L2", "L3"), drill.denominatorIds());
    assertEquals("L3", drill.shortfalls().get(0).subjectId());
    assertEquals("not reported", drill.shortfalls().get(0).reason());
  }

  @Test
  void quartersAndMonths() {
    assertEquals(new Counts(1, 1), tally(SUP01, RECORDS, ReportingPeriod.ofQuarter(2024, 1)).total("SUP-01"));
    assertEquals(new Counts(0, 1), tally(SUP01, RECORDS, ReportingPeriod.ofMonth(2024, 6)).total("SUP-01"));
    assertEquals(Counts.ZERO, tally(SUP01, RECORDS, ReportingPeriod.ofMonth(2024, 3)).total("SUP-01"));
  }

  @Property(tries = 100)
  void reportedWithinLeadsAndOrderFree(@ForAll long seed) {
    Random r = new Random(seed);
    List<SupervisionRecord> records = new ArrayList<>();
    for (int i = r.nextInt(40); i > 0; i--) {
      String found = java.time.LocalDate.parse("2023-11-01").plusDays(r.nextInt(450)).toString();
      SupervisionDomain d = SupervisionDomain.values()[r.nextInt(5)];
      records.add(r.nextBoolean() ? lead("L" + i, d, found, r.nextBoolean() ? found : null) : patrol("P" + i, "430321101", d, found));
    }
    Counts c = tally(SUP01, records, Y2024).total("SUP-01");
    assertTrue(0 <= c.numerator() && c.numerator() <= c.denominator());
    List<SupervisionRecord> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(seed + 1));
    assertEquals(c, tally(SUP01, shuffled, Y2024).total("SUP-01"));
  }
}
