package org.gongwei.indicators.colour;

import static org.gongwei.indicators.colour.ColourFixture.bp;
import static org.gongwei.indicators.colour.ColourFixture.d;
import static org.gongwei.indicators.colour.ColourFixture.htn;
import static org.gongwei.indicators.colour.ColourFixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.Condition;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class ColourTransitionsTest {
  private static final Condition HTN = Condition.HYPERTENSION;

  private static Registration registration(String id, String residentId, String enrolled, String ended) {
    Registration.Builder b =
        Registration.builder().registrationId(id).residentId(residentId).condition(HTN).icd10(Icd10Code.parse("I10"))
            .enrolledDate(d(enrolled));
    if (ended != null) {
      b.endedDate(d(ended));
    }
    return b.build();
  }

  /**
   * <pre>
   *      2023                      2024
   * A    130/80        green       130/80 + referral   red
   * B    185/100       red         130/80              green
   * C    145/85        yellow      145/85              yellow (2023's reading is not in 2024: no run)
   * D    not enrolled  —           enrolled 2024-02, 130/80 green
   * E    130/80        green       ended 2023-12-31    —
   * </pre>
   */
  private static ColourTransitions transitions() {
    Dataset ds =
        Dataset.of(
            List.of(
                person("A", "1960-01-01").build(),
                htn("GA", "A"),
                bp("A1", "A", "2023-06-01", 130, 80).build(),
                bp("A2", "A", "2024-06-01", 130, 80).referral(true).build(),
                person("B", "1960-01-01").build(),
                htn("GB", "B"),
                bp("B1", "B", "2023-06-01", 185, 100).build(),
                bp("B2", "B", "2024-06-01", 130, 80).build(),
                person("C", "1960-01-01").build(),
                htn("GC", "C"),
                bp("C1", "C", "2023-06-01", 145, 85).build(),
                bp("C2", "C", "2024-06-01", 145, 85).build(),
                person("D", "1960-01-01").build(),
                registration("GD", "D", "2024-02-01", null),
                bp("D1", "D", "2024-06-01", 130, 80).build(),
                person("E", "1960-01-01").build(),
                registration("GE", "E", "2020-01-01", "2023-12-31"),
                bp("E1", "E", "2023-06-01", 130, 80).build()));
    ColourCensus c2023 =
        ColourCensus.of(ds, EvaluationContext.of(ReportingPeriod.ofYear(2023), Rulebook.national2017()), ColourRules.defaults());
    ColourCensus c2024 = ColourCensus.of(ds, ColourFixture.NATIONAL_2024, ColourRules.defaults());
    assertEquals(new ColourCounts(2, 1, 1), c2023.counts(HTN)); // A, E green; C yellow; B red
    assertEquals(new ColourCounts(2, 1, 1), c2024.counts(HTN)); // B, D green; C yellow; A red
    return ColourCensus.transitions(c2023, c2024);
  }

  @Test
  void cellsAndDrillDown() {
    ColourTransitions t = transitions();
    assertEquals(List.of("A"), t.residentIds(HTN, ColourState.GREEN, ColourState.RED));
    assertEquals(List.of("B"), t.residentIds(HTN, ColourState.RED, ColourState.GREEN));
    assertEquals(List.of("C"), t.residentIds(HTN, ColourState.YELLOW, ColourState.YELLOW));
    assertEquals(List.of("D"), t.residentIds(HTN, ColourState.NOT_MANAGED, ColourState.GREEN));
    assertEquals(List.of("E"), t.residentIds(HTN, ColourState.GREEN, ColourState.NOT_MANAGED));
    assertEquals(0, t.count(HTN, ColourState.NOT_MANAGED, ColourState.NOT_MANAGED));
    assertEquals(0, t.count(HTN, ColourState.GREEN, ColourState.GREEN));
    long all = 0;
    for (ColourState from : ColourState.values()) {
      for (ColourState to : ColourState.values()) {
        all += t.count(HTN, from, to);
      }
    }
    assertEquals(5, all);
    assertEquals(List.of(), t.residentIds(Condition.TYPE2_DIABETES, ColourState.GREEN, ColourState.GREEN));
    assertThrows(
        IllegalArgumentException.class, () -> t.residentIds(Condition.TUBERCULOSIS, ColourState.GREEN, ColourState.RED));
  }

  @Test
  void rowsAndColumnsAddUpToTheCensuses() {
    ColourTransitions t = transitions();
    // row GREEN = 2023 green (A, E); column GREEN = 2024 green (B, D)
    long row = 0;
    long column = 0;
    for (ColourState s : ColourState.values()) {
      row += t.count(HTN, ColourState.GREEN, s);
      column += t.count(HTN, s, ColourState.GREEN);
    }
    assertEquals(2, row);
    assertEquals(2, column);
  }

  @Test
  void improvedAndWorsened() {
    ColourTransitions t = transitions();
    assertEquals(1, t.improved(HTN)); // B red -> green
    assertEquals(1, t.worsened(HTN)); // A green -> red
    assertEquals(ReportingPeriod.ofYear(2023), t.earlierPeriod());
    assertEquals(ReportingPeriod.ofYear(2024), t.laterPeriod());
    assertEquals(
        "ColourTransitions[2023 → 2024, HYPERTENSION 1 improved, 1 worsened, TYPE2_DIABETES 0 improved, 0 worsened]",
        t.toString());
  }

  @Test
  void table() {
    String table = transitions().toTable(HTN);
    assertTrue(table.startsWith("2023 \\ 2024"), table);
    // the GREEN row: not managed 1 (E), green 0, yellow 0, red 1 (A)
    assertTrue(table.lines().anyMatch(l -> l.matches("GREEN\\s+1\\s+0\\s+0\\s+1")), table);
  }
}
