package org.gongwei.indicators.supervision;

import static org.gongwei.indicators.supervision.SupervisionFixture.lead;
import static org.gongwei.indicators.supervision.SupervisionFixture.patrol;
import static org.gongwei.indicators.supervision.SupervisionFixture.tally;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.Membership;
import org.gongwei.indicators.engine.Tally;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class SupervisionPatrolsTest {
  private static final SupervisionPatrols SUP02 = new SupervisionPatrols();
  private static final ReportingPeriod Y2024 = ReportingPeriod.ofYear(2024);

  private static final List<SupervisionRecord> RECORDS = List.of(
      patrol("P1", "430321101", SupervisionDomain.FOOD, "2024-01-01"), // first day
      patrol("P2", "430321102", SupervisionDomain.FOOD, "2024-06-01"),
      patrol("P3", "430321101", SupervisionDomain.WATER, "2024-12-31"), // last day
      patrol("P4", "430321101", SupervisionDomain.SCHOOL, "2023-12-31"), // the day before
      patrol("P5", "430321101", SupervisionDomain.FAMILY_PLANNING, "2025-01-01"), // the day after
      lead("L1", SupervisionDomain.FOOD, "2024-03-01", null)); // a lead, not a patrol

  @Test
  void countsPatrolsByDomainByHand() {
    Tally t = tally(SUP02, RECORDS, Y2024);
    // P1, P2, P3 in 2024: 3 patrols, no denominator (a count)
    assertEquals(new Counts(3, 0), t.total("SUP-02"));
    assertEquals(new Counts(2, 0), t.total("SUP-02(FOOD)"));
    assertEquals(new Counts(1, 0), t.total("SUP-02(WATER)"));
    assertEquals(Counts.ZERO, t.total("SUP-02(SCHOOL)"));
    assertEquals(Counts.ZERO, t.total("SUP-02(ILLEGAL_PRACTICE)"));
    assertEquals(Counts.ZERO, t.total("SUP-02(FAMILY_PLANNING)"));
    assertEquals(new Counts(2, 0), t.total("SUP-02", c -> c.institutionCode().equals("430321101")));

    DrillDown drill = Engine.of(List.of(), List.of(SUP02))
        .drillDown(Dataset.of(RECORDS), EvaluationContext.of(Y2024, Rulebook.national2017()), "SUP-02", c -> true);
    assertEquals(List.of("P1", "P2", "P3"), drill.numeratorIds());
    assertEquals(Membership.NUMERATOR, drill.members().get(0).membership());
  }

  @Test
  void measuresAreTheTotalAndOnePartPerDomain() {
    assertEquals(
        List.of("SUP-02", "SUP-02(FOOD)", "SUP-02(WATER)", "SUP-02(SCHOOL)", "SUP-02(ILLEGAL_PRACTICE)", "SUP-02(FAMILY_PLANNING)"),
        SUP02.measures().stream().map(Measure::id).toList());
    assertEquals("饮用水卫生安全", SUP02.measures().get(2).label());
  }

  @Test
  void quartersAndMonths() {
    assertEquals(new Counts(1, 0), tally(SUP02, RECORDS, ReportingPeriod.ofQuarter(2024, 1)).total("SUP-02"));
    assertEquals(new Counts(1, 0), tally(SUP02, RECORDS, ReportingPeriod.ofMonth(2024, 12)).total("SUP-02(WATER)"));
    assertEquals(new Counts(1, 0), tally(SUP02, RECORDS, ReportingPeriod.ofMonth(2023, 12)).total("SUP-02(SCHOOL)"));
  }

  @Property(tries = 100)
  void domainsAddUpToTheTotalAndOrderFree(@ForAll long seed) {
    Random r = new Random(seed);
    List<SupervisionRecord> records = new ArrayList<>();
    for (int i = r.nextInt(40); i > 0; i--) {
      String on = java.time.LocalDate.parse("2023-11-01").plusDays(r.nextInt(450)).toString();
      SupervisionDomain d = SupervisionDomain.values()[r.nextInt(5)];
      records.add(r.nextInt(3) == 0 ? lead("L" + i, d, on, null) : patrol("P" + i, "I" + r.nextInt(3), d, on));
    }
    Tally t = tally(SUP02, records, Y2024);
    long sum = 0;
    for (SupervisionDomain d : SupervisionDomain.values()) {
      sum += t.total("SUP-02(" + d.code() + ")").numerator();
    }
    assertEquals(t.total("SUP-02").numerator(), sum);
    assertEquals(0, t.total("SUP-02").denominator());
    List<SupervisionRecord> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(seed + 1));
    assertEquals(t.total("SUP-02"), tally(SUP02, shuffled, Y2024).total("SUP-02"));
  }
}
