package org.gongwei.indicators.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.report.IndicatorReport;
import org.gongwei.indicators.report.IndicatorResult;
import org.gongwei.indicators.report.Scope;
import org.gongwei.indicators.report.Stratification;
import org.gongwei.indicators.report.Stratum;

/**
 * Scoring a {@link Scorecard} on an {@link IndicatorReport}: for the report's scope, or one result
 * per institution or region stratum.
 *
 * <pre>{@code
 * IndicatorReport report = Indicators.national().report(dataset, ReportingPeriod.ofYear(2024), rulebook);
 * ScorecardResult county = Scorecards.score(card, report);
 * List<ScorecardResult> townships = Scorecards.scoreBy(card, report, Stratification.INSTITUTION);
 * }</pre>
 *
 * <p>A measure of the scorecard that the report does not have (a custom engine, or PC-01 whose
 * aggregate inputs are not in the bundle) is scored as a rate without a value, by the scorecard's
 * {@link MissingRate} policy; so is a stratum with no result for a measure.
 */
public final class Scorecards {
  private Scorecards() {}

  /** The scorecard for the report's scope; unit = the scope's code ({@code all} for the whole bundle). */
  public static ScorecardResult score(Scorecard card, IndicatorReport report) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(report, "report");
    Scope scope = report.scope();
    String unit = scope.kind() == Scope.Kind.ALL ? "all" : scope.code();
    String label = scope.kind() == Scope.Kind.INSTITUTION
        ? report.institutions().institution(scope.code()).map(i -> i.name()).orElse(scope.toString())
        : scope.toString();
    return card.score(unit, label, id -> report.result(id).map(IndicatorResult::rate));
  }

  /**
   * One scorecard per stratum of {@code by} (institution, institution roll-up or a region level;
   * sex and age strata work too), using the strata rates of {@code report.stratifiedBy(by)}, in
   * the order of the stratum keys. The units are the strata that any measure of the scorecard has;
   * a unit without a result for a measure scores it as a rate without a value. Empty when the
   * report has none of the scorecard's measures.
   */
  public static List<ScorecardResult> scoreBy(Scorecard card, IndicatorReport report, Stratification by) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(by, "by");
    IndicatorReport stratified = report.stratification().equals(Optional.of(by)) ? report : report.stratifiedBy(by);
    Map<String, String> labels = new TreeMap<>();
    Map<String, Map<String, Rate>> ratesByUnit = new HashMap<>();
    for (ScorecardItem item : card.items()) {
      Optional<IndicatorResult> result = stratified.result(item.measureId());
      if (result.isEmpty()) {
        continue;
      }
      for (Stratum s : result.get().strata()) {
        labels.putIfAbsent(s.key(), s.label());
        ratesByUnit.computeIfAbsent(s.key(), k -> new HashMap<>()).put(item.measureId(), s.rate());
      }
    }
    List<ScorecardResult> results = new ArrayList<>();
    labels.forEach(
        (key, label) -> {
          Map<String, Rate> rates = ratesByUnit.get(key);
          results.add(card.score(key, label, id -> Optional.ofNullable(rates.get(id))));
        });
    return List.copyOf(results);
  }
}
