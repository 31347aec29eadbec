package org.gongwei.indicators.rulebook;

/**
 * Where a population denominator (常住居民数, 65+ 居民数, 0–6 儿童数, adult population) comes
 * from: knob {@code populationDenominator}, indicators.md "Conventions".
 */
public enum PopulationDenominator {
  /**
   * The external estimate from {@code populations.csv} for the scope and year when present,
   * otherwise the residents in population at period end counted from the records (default).
   */
  PREFER_ESTIMATE,
  /** Always the residents in population at period end counted from the records. */
  RECORDS_ONLY,
  /** Always the external estimate; without one the rate has status {@code MISSING_ESTIMATE}. */
  ESTIMATE_ONLY
}
