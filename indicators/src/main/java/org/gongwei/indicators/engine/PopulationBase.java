package org.gongwei.indicators.engine;

/**
 * What a measure's denominator is when it is a population figure (indicators.md conventions,
 * "population denominator"): which column of {@code populations.csv} can replace the count of
 * residents from the records.
 */
public enum PopulationBase {
  /** The denominator is always counted from the records. */
  NONE,
  /** 常住居民数: the {@code population} column. */
  POPULATION,
  /** 65岁及以上居民数: the {@code population_65_plus} column. */
  AGED_65_PLUS,
  /** 0～6岁儿童数: the {@code population_0_6} column. */
  AGED_0_6,
  /**
   * Estimated hypertension patients = {@code adult_population × hypertension_prevalence}; there
   * is no records-based denominator (no estimate → no denominator).
   */
  HYPERTENSION_ESTIMATE,
  /** Estimated type 2 diabetes patients = {@code adult_population × diabetes_prevalence}. */
  DIABETES_ESTIMATE;

  /** Whether the denominator can only come from an estimate. */
  public boolean isEstimateOnly() {
    return this == HYPERTENSION_ESTIMATE || this == DIABETES_ESTIMATE;
  }
}
