package org.gongwei.indicators.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.code.Sex;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.institution.InstitutionTree;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.population.PopulationEstimate;
import org.gongwei.core.tcm.TcmService;
import org.gongwei.indicators.definition.Catalogue;
import org.gongwei.indicators.engine.Engine;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.ToyIndicators;
import org.gongwei.indicators.rate.RateStatus;
import org.gongwei.indicators.rulebook.PopulationDenominator;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.indicators.target.Target;
import org.junit.jupiter.api.Test;

/**
 * Reports over a small county 430321 with township centre T1 (region 430321101) and village
 * clinic V1 below it (430321101201), and township centre T2 (430321102).
 *
 * <p>Residents, all aged ≥ 65 at the end of 2024: A (V1, TCM in 2024), B (V1, none), C (T2, TCM),
 * D (T2, none), E (T2, TCM). Records: TOY-01 = 3 / 5; V1 1/2, T2 2/3.
 */
class IndicatorReportTest {
  private static final ReportingPeriod Y2024 = ReportingPeriod.ofYear(2024);

  private static List<BundleRecord> records() {
    List<BundleRecord> r = new ArrayList<>();
    r.add(ToyIndicators.institution("T1", null, "430321101", InstitutionType.TOWNSHIP_HEALTH_CENTER));
    r.add(ToyIndicators.institution("V1", "T1", "430321101201", InstitutionType.VILLAGE_CLINIC));
    r.add(ToyIndicators.institution("T2", null, "430321102", InstitutionType.TOWNSHIP_HEALTH_CENTER));
    String[][] people = {{"A", "V1", "430321101201"}, {"B", "V1", "430321101201"}, {"C", "T2", "430321102001"}, {"D", "T2", "430321102001"}, {"E", "T2", "430321102002"}};
    for (String[] p : people) {
      r.add(ToyIndicators.resident(p[0], LocalDate.of(1950, 3, 1), p[0].equals("A") ? Sex.MALE : Sex.FEMALE, p[1], p[2]));
    }
    for (String id : List.of("A", "C", "E")) {
      r.add(new TcmService("S" + id, id, LocalDate.of(2024, 5, 1), TcmKind.ELDERLY));
    }
    return r;
  }

  private static PopulationEstimate estimate(String scope, long aged65) {
    return PopulationEstimate.builder().scopeCode(scope).year(2024).population65Plus(aged65).population(aged65 * 6).build();
  }

  private static IndicatorReport report(List<BundleRecord> records, Rulebook rulebook, Scope scope) {
    Dataset data = Dataset.of(records);
    EvaluationContext ctx = EvaluationContext.of(Y2024, rulebook);
    Engine engine = ToyIndicators.engine();
    InstitutionTree tree = InstitutionTree.of(data.institutions());
    return IndicatorReport.of(
        engine.evaluate(data, ctx), ctx, scope, tree, PopulationEstimates.of(data.populationEstimates(), tree), Catalogue.national());
  }

  @Test
  void recordsWithoutEstimates() {
    IndicatorResult r = report(records(), Rulebook.national2017(), Scope.all()).result("TOY-01").orElseThrow();
    assertEquals(3, r.rate().numerator());
    assertEquals(5, r.rate().denominator());
    assertEquals(DenominatorSource.RECORDS, r.denominatorSource());
  }

  @Test
  void countyEstimateIsTheLongestSharedRegion() {
    // institutions share region 430321 → the row for 430321 (as 430321000000) is used: 3 / 8
    List<BundleRecord> data = records();
    data.add(estimate("430321000000", 8));
    data.add(estimate("430321101", 100)); // township row, not used for the whole bundle
    IndicatorResult r = report(data, Rulebook.national2017(), Scope.all()).result("TOY-01").orElseThrow();
    assertEquals(8, r.rate().denominator());
    assertEquals(DenominatorSource.ESTIMATE, r.denominatorSource());
  }

  @Test
  void sumOfRowsCoveringEveryInstitutionOnce() {
    // no county row; township rows 430321101 (covers T1, V1) = 4 and 430321102 (T2) = 5 → 3 / 9
    List<BundleRecord> data = records();
    data.add(estimate("430321101", 4));
    data.add(estimate("430321102", 5));
    assertEquals(9, report(data, Rulebook.national2017(), Scope.all()).result("TOY-01").orElseThrow().rate().denominator());
    // a row covering T2 twice (its code and its region) is not an exact cover within the
    // all-rows family, but the region family still covers exactly: 9
    data.add(estimate("T2", 50));
    assertEquals(9, report(data, Rulebook.national2017(), Scope.all()).result("TOY-01").orElseThrow().rate().denominator());
  }

  @Test
  void knobDecidesBetweenEstimatesAndRecords() {
    List<BundleRecord> data = records();
    data.add(estimate("430321", 8));
    Rulebook rules = Rulebook.national2017();
    assertEquals(8, report(data, rules.withPopulationDenominator(PopulationDenominator.PREFER_ESTIMATE), Scope.all()).result("TOY-01").orElseThrow().rate().denominator());
    IndicatorResult records = report(data, rules.withPopulationDenominator(PopulationDenominator.RECORDS_ONLY), Scope.all()).result("TOY-01").orElseThrow();
    assertEquals(5, records.rate().denominator());
    assertEquals(DenominatorSource.RECORDS, records.denominatorSource());
    // ESTIMATE_ONLY without an estimate for institution T2: MISSING_ESTIMATE
    IndicatorResult missing =
        report(records(), rules.withPopulationDenominator(PopulationDenominator.ESTIMATE_ONLY), Scope.institution("T2")).result("TOY-01").orElseThrow();
    assertEquals(RateStatus.MISSING_ESTIMATE, missing.rate().status());
    assertEquals(2, missing.rate().numerator());
  }

  @Test
  void scopesFollowTheInstitutionTreeAndRegions() {
    IndicatorReport all = report(records(), Rulebook.national2017(), Scope.all());
    assertEquals(1, all.withScope(Scope.institution("T1")).result("TOY-01").orElseThrow().rate().numerator()); // V1 is below T1
    assertEquals(2, all.withScope(Scope.institution("T1")).result("TOY-01").orElseThrow().rate().denominator());
    assertEquals(3, all.withScope(Scope.region(org.gongwei.core.id.RegionCode.parse("430321102"))).result("TOY-01").orElseThrow().rate().denominator());
  }

  @Test
  void strataAddUpAndRollUp() {
    IndicatorReport byInstitution = report(records(), Rulebook.national2017(), Scope.all()).stratifiedBy(Stratification.INSTITUTION);
    List<Stratum> strata = byInstitution.result("TOY-01").orElseThrow().strata();
    assertEquals(List.of("T2", "V1"), strata.stream().map(Stratum::key).toList());
    assertEquals(5, strata.stream().mapToLong(s -> s.rate().denominator()).sum());
    List<Stratum> rolled =
        report(records(), Rulebook.national2017(), Scope.all()).stratifiedBy(Stratification.INSTITUTION_ROLLUP).result("TOY-01").orElseThrow().strata();
    assertEquals(List.of("T1", "T2", "V1"), rolled.stream().map(Stratum::key).toList());
    assertEquals(2, rolled.get(0).rate().denominator()); // T1 = V1's residents
    List<Stratum> bySex = report(records(), Rulebook.national2017(), Scope.all()).stratifiedBy(Stratification.SEX).result("TOY-01").orElseThrow().strata();
    assertEquals(List.of("FEMALE", "MALE"), bySex.stream().map(Stratum::key).toList());
    assertEquals("男", bySex.get(1).label());
    List<Stratum> byTownship =
        report(records(), Rulebook.national2017(), Scope.all()).stratifiedBy(Stratification.REGION_TOWNSHIP).result("TOY-01").orElseThrow().strata();
    assertEquals(List.of("430321101", "430321102"), byTownship.stream().map(Stratum::key).toList());
  }

  @Test
  void stratumEstimatesByInstitutionCodeButNotBySex() {
    List<BundleRecord> data = records();
    data.add(estimate("T2", 4));
    IndicatorReport r = report(data, Rulebook.national2017(), Scope.all());
    Stratum t2 = r.stratifiedBy(Stratification.INSTITUTION).result("TOY-01").orElseThrow().strata().get(0);
    assertEquals(4, t2.rate().denominator());
    assertEquals(DenominatorSource.ESTIMATE, t2.denominatorSource());
    Stratum female = r.stratifiedBy(Stratification.SEX).result("TOY-01").orElseThrow().strata().get(0);
    assertEquals(DenominatorSource.RECORDS, female.denominatorSource());
  }

  @Test
  void targetsGiveAttainmentAndTheTablePrints() {
    Rulebook rules = Rulebook.national2017().withTarget("TOY-01", Target.atLeast(new BigDecimal("0.75")));
    IndicatorReport r = report(records(), rules, Scope.all());
    IndicatorResult toy = r.result("TOY-01").orElseThrow();
    assertEquals("-15.00", toy.attainment().orElseThrow().gapPoints().orElseThrow().toPlainString()); // 60% − 75%
    String table = r.toString();
    assertTrue(table.contains("TOY-01"), table);
    assertTrue(table.contains("60.00%"), table);
    assertTrue(table.contains("not met (-15.00 pts)"), table);
  }
}
