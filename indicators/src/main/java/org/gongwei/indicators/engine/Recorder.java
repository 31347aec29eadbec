package org.gongwei.indicators.engine;

/**
 * Receives what one subject (a resident, an event, an institution) adds to each measure of an
 * indicator. Measures are numbered as in the indicator's {@code measures()} list.
 *
 * <p>An indicator calls the recorder once per measure the subject is relevant to; a measure it
 * does not call for is "not in the denominator" with no reason given.
 */
public interface Recorder {

  /** The subject is in the denominator and the numerator (adds 1 to both). */
  void numerator(int measure);

  /** The subject is in the denominator but not the numerator, for {@code reason}. */
  void denominatorOnly(int measure, Reason reason);

  /** The subject is not in the denominator, for {@code reason} (used by explanations). */
  void excluded(int measure, Reason reason);

  /**
   * The subject adds {@code numerator} and {@code denominator} units (for example a mother with
   * twins adds 2 live births to the denominator of MAT-01 and 1 to its numerator); {@code
   * reason} explains a shortfall.
   */
  void add(int measure, long numerator, long denominator, Reason reason);

  /** Records {@link #numerator} when {@code counted}, else {@link #denominatorOnly}. */
  default void inDenominator(int measure, boolean counted, Reason reasonIfNot) {
    if (counted) {
      numerator(measure);
    } else {
      denominatorOnly(measure, reasonIfNot);
    }
  }
}
