package org.gongwei.indicators.engine;

/** Where a subject stands in a measure. */
public enum Membership {
  /** Not in the denominator. */
  NOT_IN_DENOMINATOR,
  /** In the denominator, not (fully) in the numerator. */
  DENOMINATOR_ONLY,
  /** In the numerator (and the denominator, when it has one). */
  NUMERATOR;

  /** The membership of a subject that adds {@code numerator} and {@code denominator} units. */
  public static Membership of(long numerator, long denominator) {
    if (denominator == 0) {
      return numerator > 0 ? NUMERATOR : NOT_IN_DENOMINATOR;
    }
    return numerator >= denominator ? NUMERATOR : DENOMINATOR_ONLY;
  }
}
