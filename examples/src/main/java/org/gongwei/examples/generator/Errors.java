package org.gongwei.examples.generator;

/**
 * Whether the generator plants deliberately bad values, for exercising validation.
 *
 * <p>The bad values are ordinary domain records that construct without complaint but fail the
 * bundle validation (exchange format §3 and §4): an ID card number with a wrong check character, a
 * blood pressure of 320/50 mmHg, a fasting glucose of about 120 (a value in mg/dL), a follow-up
 * dated after the patient's death, a vaccine dose given before its minimum age, a record about an
 * unknown resident id, and duplicated ids (a repeated follow-up, vaccination or check-up id, a
 * resident listed twice). Each resident carries such a fault with a probability of a few per
 * thousand. Faults come from random streams of their own: the records of a county generated with
 * {@link #SOME} are those generated with {@link #NONE}, changed or joined by the faults and nothing
 * else.
 */
public enum Errors {
  /** Every value is valid and consistent. */
  NONE,
  /** A small fraction of residents carry one deliberately bad value. */
  SOME
}
