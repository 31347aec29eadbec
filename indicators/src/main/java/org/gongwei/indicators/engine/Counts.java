package org.gongwei.indicators.engine;

/**
 * A numerator and a denominator, summed over subjects.
 *
 * @param numerator units in the numerator
 * @param denominator units in the denominator
 */
public record Counts(long numerator, long denominator) {

  /** No units. */
  public static final Counts ZERO = new Counts(0, 0);

  /** The sum of this and {@code other}. */
  public Counts plus(Counts other) {
    return new Counts(numerator + other.numerator, denominator + other.denominator);
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
