package org.gongwei.indicators.contract;

import static org.gongwei.indicators.chronic.Fixtures.CLINIC;
import static org.gongwei.indicators.chronic.Fixtures.Y2024;
import static org.gongwei.indicators.chronic.Fixtures.d;
import static org.gongwei.indicators.chronic.Fixtures.resident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.contract.SatisfactionSurvey;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.chronic.Fixtures.Run;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.engine.Engine;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.Tally;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class ContractSatisfactionTest {
  private static final Rulebook NATIONAL = Rulebook.national2017();
  private static final ContractSatisfaction FD04 = new ContractSatisfaction();

  static SatisfactionSurvey survey(String id, String residentId, String date, int score) {
    return new SatisfactionSurvey(id, Optional.ofNullable(residentId), d(date), score);
  }

  @Test
  void measures() {
    assertEquals("FD-04", FD04.measures().get(0).id());
  }

  @Test
  void surveysInThePeriodScoringFourOrFive() {
    // in 2024: Q1 5, Q2 4, Q3 3, Q4 1 (no resident), Q5 4 (unknown resident) -> 3 / 5
    // outside: Q6 2023-12-31, Q7 2025-01-01
    Run r =
        Run.ofEvents(
            FD04,
            NATIONAL,
            Y2024,
            resident("R1", "1970-01-01"),
            survey("Q1", "R1", "2024-01-01", 5),
            survey("Q2", "R1", "2024-06-01", 4),
            survey("Q3", "R1", "2024-12-31", 3),
            survey("Q4", null, "2024-05-01", 1),
            survey("Q5", "NOBODY", "2024-05-01", 4),
            survey("Q6", "R1", "2023-12-31", 5),
            survey("Q7", "R1", "2025-01-01", 5));
    assertEquals(new Counts(3, 5), r.total("FD-04"));
    assertEquals(
        Map.of("Q3", "score 3, 4 or 5 counts as satisfied", "Q4", "score 1, 4 or 5 counts as satisfied"),
        r.shortfalls("FD-04"));
  }

  @Test
  void countedInTheResidentsCell() {
    Dataset data =
        Dataset.of(
            List.of(
                resident("R1", "1970-01-01"),
                survey("Q1", "R1", "2024-01-01", 5),
                survey("Q2", "R1", "2024-02-01", 2),
                survey("Q3", null, "2024-03-01", 4)));
    Tally t = Engine.of(List.of(), List.of(FD04)).evaluate(data, EvaluationContext.of(Y2024, NATIONAL));
    assertEquals(new Counts(1, 2), t.total("FD-04", c -> c.institutionCode().equals(CLINIC)));
    assertEquals(new Counts(1, 1), t.total("FD-04", c -> c.institutionCode().isEmpty()));
  }

  @Test
  void aMonthAsPeriod() {
    Run r =
        Run.ofEvents(
            FD04,
            NATIONAL,
            ReportingPeriod.ofMonth(2024, 2),
            survey("Q1", null, "2024-01-31", 5),
            survey("Q2", null, "2024-02-29", 4),
            survey("Q3", null, "2024-03-01", 5));
    assertEquals(new Counts(1, 1), r.total("FD-04"));
  }

  @Property(tries = 40)
  void proportionsAndOrderIndependence(@ForAll long seed) {
    Random random = new Random(seed);
    List<BundleRecord> records = new ArrayList<>();
    records.add(resident("R1", "1970-01-01"));
    for (int i = 0; i < 30; i++) {
      records.add(survey("Q" + i, random.nextBoolean() ? "R1" : null, "2024-0" + (1 + random.nextInt(9)) + "-15", 1 + random.nextInt(5)));
    }
    Counts c = Run.ofEvents(FD04, NATIONAL, Y2024, records.toArray(BundleRecord[]::new)).total("FD-04");
    assertTrue(0 <= c.numerator() && c.numerator() <= c.denominator());
    assertEquals(30, c.denominator());
    Collections.shuffle(records, random);
    assertEquals(c, Run.ofEvents(FD04, NATIONAL, Y2024, records.toArray(BundleRecord[]::new)).total("FD-04"));
  }
}
