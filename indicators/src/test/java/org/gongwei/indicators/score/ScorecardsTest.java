package org.gongwei.indicators.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.code.Sex;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.institution.InstitutionTree;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.tcm.TcmService;
import org.gongwei.indicators.definition.Catalogue;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.ToyIndicators;
import org.gongwei.indicators.report.IndicatorReport;
import org.gongwei.indicators.report.PopulationEstimates;
import org.gongwei.indicators.report.Scope;
import org.gongwei.indicators.report.Stratification;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.indicators.target.Target;
import org.junit.jupiter.api.Test;

/**
 * Scorecards on a report of the toy indicators over township centre T1 (region 430321101) with
 * village clinic V1 below it, and township centre T2 (430321102). Residents aged ≥ 65: A, B at V1
 * (A with a TCM service), C, D, E at T2 (C and E with one). TOY-01 = 3 / 5; V1 1 / 2; T2 2 / 3.
 * TOY-02 (events) has no events: NO_DENOMINATOR.
 *
 * <p>Scorecard: TOY-01 10 points ≥ 75 % proportional; TOY-02 10 points ≥ 90 % binary; ABC-01 (not
 * computed by the engine) 5 points ≥ 50 % binary.
 */
class ScorecardsTest {
  private static final Scorecard CARD =
      Scorecard.of(
          "toy",
          List.of(
              ScorecardItem.of("TOY-01", new BigDecimal("10"), Target.atLeast("0.75")),
              ScorecardItem.of("TOY-02", new BigDecimal("10"), Target.atLeast("0.9"), ScoreRule.binary()),
              ScorecardItem.of("ABC-01", new BigDecimal("5"), Target.atLeast("0.5"), ScoreRule.binary())));

  private static IndicatorReport report() {
    List<BundleRecord> r = new ArrayList<>();
    r.add(ToyIndicators.institution("T1", null, "430321101", InstitutionType.TOWNSHIP_HEALTH_CENTER));
    r.add(ToyIndicators.institution("V1", "T1", "430321101201", InstitutionType.VILLAGE_CLINIC));
    r.add(ToyIndicators.institution("T2", null, "430321102", InstitutionType.TOWNSHIP_HEALTH_CENTER));
    String[][] people = {{"A", "V1", "430321101201"}, {"B", "V1", "430321101201"}, {"C", "T2", "430321102001"}, {"D", "T2", "430321102001"}, {"E", "T2", "430321102002"}};
    for (String[] p : people) {
      r.add(ToyIndicators.resident(p[0], LocalDate.of(1950, 3, 1), Sex.FEMALE, p[1], p[2]));
    }
    for (String id : List.of("A", "C", "E")) {
      r.add(new TcmService("S" + id, id, LocalDate.of(2024, 5, 1), TcmKind.ELDERLY));
    }
    Dataset data = Dataset.of(r);
    EvaluationContext ctx = EvaluationContext.of(ReportingPeriod.ofYear(2024), Rulebook.national2017());
    InstitutionTree tree = InstitutionTree.of(data.institutions());
    return IndicatorReport.of(
        ToyIndicators.engine().evaluate(data, ctx), ctx, Scope.all(), tree, PopulationEstimates.of(data.populationEstimates(), tree), Catalogue.national());
  }

  @Test
  void wholeScope() {
    // TOY-01: 10 × 3 / (0.75 × 5) = 30 / 3.75 = 8.00; TOY-02 and ABC-01 have no rate → 0
    // total 8.00 / 25 = 0.32
    ScorecardResult r = Scorecards.score(CARD, report());
    assertEquals("all", r.unit());
    assertEquals(new BigDecimal("8.00"), r.item("TOY-01").orElseThrow().score());
    assertEquals("60.00% of target 75% → 80.00% of 10 points", r.item("TOY-01").orElseThrow().why());
    assertEquals("no rate (NO_DENOMINATOR) → 0 of 10 points", r.item("TOY-02").orElseThrow().why());
    assertEquals("no result → 0 of 5 points", r.item("ABC-01").orElseThrow().why());
    assertEquals(new BigDecimal("8.00"), r.total());
    assertEquals(new BigDecimal("25.00"), r.fullScore());
    assertEquals(Optional.of(new BigDecimal("0.3200")), r.qualityCoefficient());
  }

  @Test
  void institutionScope() {
    // T1 with V1 below it: 1 / 2 → 10 × 1 / (0.75 × 2) = 6.666… → 6.67
    ScorecardResult r = Scorecards.score(CARD, report().withScope(Scope.institution("T1")));
    assertEquals("T1", r.unit());
    assertEquals("机构T1", r.label());
    assertEquals(new BigDecimal("6.67"), r.total());
  }

  @Test
  void byInstitution() {
    // T2: 10 × 2 / (0.75 × 3) = 20 / 2.25 = 8.888… → 8.89; V1: 6.67. TOY-02 has no strata.
    List<ScorecardResult> results = Scorecards.scoreBy(CARD, report(), Stratification.INSTITUTION);
    assertEquals(List.of("T2", "V1"), results.stream().map(ScorecardResult::unit).toList());
    ScorecardResult t2 = results.get(0);
    assertEquals("机构T2", t2.label());
    assertEquals(new BigDecimal("8.89"), t2.total());
    assertEquals("no result → 0 of 10 points", t2.item("TOY-02").orElseThrow().why());
    // 8.89 / 25 = 0.3556
    assertEquals(Optional.of(new BigDecimal("0.3556")), t2.qualityCoefficient());
    assertEquals(new BigDecimal("6.67"), results.get(1).total());
  }

  @Test
  void byInstitutionExcludingMissingRates() {
    // only TOY-01 counts: V1 6.67 / 10 = 0.6670; T2 8.89 / 10 = 0.8890
    List<ScorecardResult> results =
        Scorecards.scoreBy(CARD.withMissingRate(MissingRate.EXCLUDE), report(), Stratification.INSTITUTION);
    assertEquals(Optional.of(new BigDecimal("0.8890")), results.get(0).qualityCoefficient());
    assertEquals(Optional.of(new BigDecimal("0.6670")), results.get(1).qualityCoefficient());
  }

  @Test
  void byTownshipAndRollup() {
    List<ScorecardResult> townships = Scorecards.scoreBy(CARD, report(), Stratification.REGION_TOWNSHIP);
    assertEquals(List.of("430321101", "430321102"), townships.stream().map(ScorecardResult::unit).toList());
    assertEquals(new BigDecimal("6.67"), townships.get(0).total());
    assertEquals(new BigDecimal("8.89"), townships.get(1).total());
    // roll-up: T1 counts V1's residents
    List<ScorecardResult> rollup = Scorecards.scoreBy(CARD, report(), Stratification.INSTITUTION_ROLLUP);
    assertEquals(List.of("T1", "T2", "V1"), rollup.stream().map(ScorecardResult::unit).toList());
    assertEquals(new BigDecimal("6.67"), rollup.get(0).total());
  }

  @Test
  void noMeasureOfTheScorecardInTheReport() {
    Scorecard other = Scorecard.of("other", List.of(ScorecardItem.of("ABC-01", BigDecimal.ONE, Target.atLeast("0.5"))));
    assertTrue(Scorecards.scoreBy(other, report(), Stratification.INSTITUTION).isEmpty());
  }
}
