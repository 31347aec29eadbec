package org.gongwei.examples.generator;

import java.util.SplittableRandom;

/**
 * The demography of the synthetic county: the age and sex structure of China's 7th national census
 * (2020), yearly death probabilities by age and yearly birth probabilities of women by age. The
 * figures are rounded approximations of the census shape, good enough for realistic test data, not
 * statistics.
 */
final class Census {
  /**
   * Percent of the population in the 5-year age groups 0–4, 5–9, … 95–99 and 100+ (7th census,
   * approximate; 65+ ≈ 13.5 %).
   */
  private static final double[] GROUP_SHARES = {
    5.72, 6.34, 6.31, 5.26, 5.29, 6.49, 8.81, 6.76, 6.54, 8.05, 8.64, 7.18, 5.30, 5.02, 3.40, 2.20,
    1.50, 0.88, 0.30, 0.07, 0.01
  };

  /** Males per 100 females in each age group (7th census, approximate; overall ≈ 105). */
  private static final double[] SEX_RATIOS = {
    110, 113, 116, 117, 113, 107, 105, 105, 104, 103, 102, 101, 100, 97, 95, 91, 82, 71, 56, 44, 32
  };

  /**
   * The weights of the groups for people born before the reporting year (ages 1–4 in the first).
   */
  private static final double[] CUMULATIVE = cumulativeWithoutInfants();

  /** The sex ratio at birth, boys per 100 girls (2020: ≈ 111). */
  static final double BIRTH_SEX_RATIO = 111;

  private Census() {}

  private static double[] cumulativeWithoutInfants() {
    double[] w = GROUP_SHARES.clone();
    w[0] = w[0] * 4 / 5; // age 0 comes from the births of the year
    return Draw.cumulative(w);
  }

  /** An age in completed years at the end of the year, at least 1, drawn from the census shape. */
  static int age(SplittableRandom r) {
    int group = Draw.pick(r, CUMULATIVE);
    return group == 0 ? Draw.between(r, 1, 4) : group * 5 + r.nextInt(5);
  }

  /** Whether a person of this age is male, drawn from the census sex ratio of the age group. */
  static boolean isMale(SplittableRandom r, int age) {
    double ratio = SEX_RATIOS[Math.min(age / 5, SEX_RATIOS.length - 1)];
    return Draw.chance(r, ratio / (100 + ratio));
  }

  /**
   * The probability of dying within the year at this age: a Gompertz–Makeham curve {@code 0.0003 +
   * 0.000023 × e^(0.098 × age)}, about 7 per 1,000 over the census shape.
   */
  static double deathProbability(int age) {
    return Math.min(0.5, 0.0003 + 0.000023 * Math.exp(0.098 * age));
  }

  /**
   * The probability that a woman of this age gives birth within the year (about 7 births per 1,000
   * people).
   */
  static double birthProbability(int age) {
    if (age < 15 || age > 49) {
      return 0;
    }
    if (age < 20) {
      return 0.004;
    }
    if (age < 25) {
      return 0.04;
    }
    if (age < 30) {
      return 0.08;
    }
    if (age < 35) {
      return 0.055;
    }
    if (age < 40) {
      return 0.025;
    }
    return age < 45 ? 0.006 : 0.001;
  }
}
