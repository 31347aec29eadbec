package org.gongwei.indicators.definition;

/** Which direction of an indicator's value is the good one. */
public enum Polarity {
  /** A higher value is better (coverage, management, control rates). */
  HIGHER_IS_BETTER,
  /** A lower value is better (e.g. an incidence or a complication rate). */
  LOWER_IS_BETTER
}
