package org.gongwei.indicators.rate;

/** Whether a {@link Rate} has a usable value, and if not, why not. */
public enum RateStatus {
  /** A denominator above zero and a numerator not above it: the value is a proportion. */
  OK,
  /** The denominator is zero: there is no value (never 0, never NaN). */
  NO_DENOMINATOR,
  /**
   * The denominator is a population estimate that was required but is missing (for example
   * {@code populationDenominator = ESTIMATE_ONLY} without a row in {@code populations.csv}): there
   * is no value.
   */
  MISSING_ESTIMATE,
  /**
   * The numerator exceeds the denominator: the value is above 100 %. Allowed, because an
   * estimated population can be smaller than the count of residents served, but flagged.
   */
  ABOVE_100
}
