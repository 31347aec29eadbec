package org.gongwei.examples.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** Random draws for the generator: seeding of independent streams and common distributions. */
final class Draw {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final long SECOND = 0xD1B54A32D192ED03L;

  private Draw() {}

  /** The SplitMix64 finalizer: a bijective mix of the bits of {@code z}. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * An independent stream for item {@code index} of the kind {@code salt}, determined by the seed,
   * the salt and the index only.
   */
  static SplittableRandom stream(long seed, long salt, long index) {
    return new SplittableRandom(mix(mix(seed + salt * GOLDEN) ^ mix(index * SECOND + salt)));
  }

  /** True with probability {@code p}. */
  static boolean chance(SplittableRandom r, double p) {
    return r.nextDouble() < p;
  }

  /** A whole number in {@code [low, high]}, both inclusive. */
  static int between(SplittableRandom r, int low, int high) {
    return high <= low ? low : r.nextInt(low, high + 1);
  }

  /** A normal deviate. */
  static double normal(SplittableRandom r, double mean, double sd) {
    return mean + sd * r.nextGaussian();
  }

  /** A date in {@code [from, to]}, both inclusive; {@code from} when the range is empty. */
  static LocalDate date(SplittableRandom r, LocalDate from, LocalDate to) {
    long span = to.toEpochDay() - from.toEpochDay();
    return span <= 0 ? from : from.plusDays(r.nextLong(span + 1));
  }

  /** A Poisson count with mean {@code lambda} (normal approximation above 30). */
  static int poisson(SplittableRandom r, double lambda) {
    if (lambda <= 0) {
      return 0;
    }
    if (lambda > 30) {
      return (int) Math.max(0, Math.round(normal(r, lambda, Math.sqrt(lambda))));
    }
    double limit = Math.exp(-lambda);
    double product = r.nextDouble();
    int n = 0;
    while (product > limit) {
      product *= r.nextDouble();
      n++;
    }
    return n;
  }

  /** The running sums of {@code weights}, for {@link #pick(SplittableRandom, double[])}. */
  static double[] cumulative(double... weights) {
    double[] c = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      c[i] = sum;
    }
    return c;
  }

  /** An index drawn with the weights whose running sums are {@code cumulative}. */
  static int pick(SplittableRandom r, double[] cumulative) {
    double u = r.nextDouble() * cumulative[cumulative.length - 1];
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulative[mid] > u) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  /** One of {@code items}, uniformly. */
  static <T> T pick(SplittableRandom r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  /** The earlier of two dates. */
  static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** The later of two dates. */
  static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** {@code value} limited to {@code [low, high]}. */
  static int clamp(long value, int low, int high) {
    return (int) Math.max(low, Math.min(high, value));
  }
}
