package org.gongwei.indicators.target;

/** Whether a rate attains its {@link Target}. */
public enum Outcome {
  /** The rate has a value and satisfies the target (a value exactly on the threshold meets it). */
  MET,
  /** The rate has a value and does not satisfy the target. */
  NOT_MET,
  /** The rate has no value (no denominator, or a missing population estimate). */
  NOT_APPLICABLE
}
