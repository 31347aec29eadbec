package org.gongwei.examples.generator;

import java.util.SplittableRandom;

/** Blood pressure and fasting glucose readings that scatter around a resident's usual values. */
final class Physiology {
  private Physiology() {}

  /** Usual values of a resident without hypertension or diabetes, rising with age. */
  static void assign(Person p) {
    p.sbpMean = 106 + 0.45 * Math.max(0, p.age - 18) + Draw.normal(p.r, 0, 5);
    p.glucoseMean = 4.7 + 0.008 * p.age + Draw.normal(p.r, 0, 0.25);
    p.bpControlled = true;
    p.glucoseControlled = true;
  }

  /**
   * A blood-pressure reading {@code {sbp, dbp}} in mmHg: systolic normal around the usual value (SD
   * 7), mostly rounded to an even number as clinicians do; diastolic about half the systolic plus
   * 16 (plus 8 from 65 years, as pulse pressure widens with age).
   */
  static int[] bloodPressure(Person p, SplittableRandom r, boolean elderly) {
    int sbp = (int) Math.round(Draw.normal(r, p.sbpMean, 7));
    if (Draw.chance(r, 0.6)) {
      sbp = sbp / 2 * 2;
    }
    sbp = Draw.clamp(sbp, 85, 230);
    int dbp = (int) Math.round(0.5 * sbp + (elderly ? 8 : 16) + Draw.normal(r, 0, 5));
    dbp = Draw.clamp(dbp, 50, sbp - 20);
    return new int[] {sbp, dbp};
  }

  /** A fasting glucose reading in mmol/L, one decimal, normal around the usual value (SD 0.6). */
  static double glucose(Person p, SplittableRandom r) {
    double g = Math.max(3.0, Draw.normal(r, p.glucoseMean, 0.6));
    return Math.round(g * 10) / 10.0;
  }

  /**
   * An HbA1c reading in % matching a fasting glucose (ADAG: glucose = 1.59 × A1c − 2.59), one
   * decimal.
   */
  static double hba1c(SplittableRandom r, double glucose) {
    double a1c = (glucose + 2.59) / 1.59 + Draw.normal(r, 0, 0.3);
    return Math.round(Math.max(4.0, a1c) * 10) / 10.0;
  }
}
