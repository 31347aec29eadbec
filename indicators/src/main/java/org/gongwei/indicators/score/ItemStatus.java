package org.gongwei.indicators.score;

/** How an item of a scorecard was scored for a unit. */
public enum ItemStatus {
  /** The rate has a value and was scored by the item's rule. */
  SCORED,
  /** The rate has no value: the item scores 0 and counts in the full score ({@link MissingRate#SCORE_ZERO}). */
  NO_RATE_SCORED_ZERO,
  /** The rate has no value: the item is left out of the score and the full score ({@link MissingRate#EXCLUDE}). */
  NO_RATE_EXCLUDED
}
