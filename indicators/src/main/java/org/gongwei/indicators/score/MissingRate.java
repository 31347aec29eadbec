package org.gongwei.indicators.score;

/**
 * What a {@link Scorecard} does with an item whose rate has no value (status {@code
 * NO_DENOMINATOR} or {@code MISSING_ESTIMATE}, or a measure the report does not have).
 */
public enum MissingRate {
  /**
   * The item scores 0 and its weight stays in the full score (the default): a unit cannot gain by
   * lacking data.
   */
  SCORE_ZERO,
  /**
   * The item is left out of the score and of the full score, as a not-applicable item (a
   * township without a single managed patient of some kind): the quality coefficient is taken
   * over the applicable items only.
   */
  EXCLUDE
}
