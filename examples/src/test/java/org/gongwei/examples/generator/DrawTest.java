package org.gongwei.examples.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DrawTest {
  @Test
  void streamsDependOnSeedSaltAndIndexOnly() {
    assertEquals(Draw.stream(1, 2, 3).nextLong(), Draw.stream(1, 2, 3).nextLong());
    long base = Draw.stream(1, 2, 3).nextLong();
    assertNotEquals(base, Draw.stream(2, 2, 3).nextLong());
    assertNotEquals(base, Draw.stream(1, 3, 3).nextLong());
    assertNotEquals(base, Draw.stream(1, 2, 4).nextLong());
  }

  @Test
  void poissonHasItsMean() {
    SplittableRandom r = new SplittableRandom(1);
    for (double lambda : new double[] {0.5, 3, 100}) {
      long sum = 0;
      for (int i = 0; i < 20_000; i++) {
        sum += Draw.poisson(r, lambda);
      }
      assertEquals(lambda, sum / 20_000.0, lambda * 0.05 + 0.02);
    }
    assertEquals(0, Draw.poisson(r, 0));
  }

  @Test
  void pickFollowsTheWeights() {
    SplittableRandom r = new SplittableRandom(2);
    double[] c = Draw.cumulative(1, 0, 3);
    int[] counts = new int[3];
    for (int i = 0; i < 40_000; i++) {
      counts[Draw.pick(r, c)]++;
    }
    assertEquals(0, counts[1]);
    assertEquals(0.25, counts[0] / 40_000.0, 0.01);
  }

  @Test
  void datesAndWholeNumbersIncludeBothEnds() {
    SplittableRandom r = new SplittableRandom(3);
    LocalDate from = LocalDate.of(2024, 2, 28);
    LocalDate to = LocalDate.of(2024, 3, 1);
    boolean sawFrom = false;
    boolean sawTo = false;
    for (int i = 0; i < 200; i++) {
      LocalDate d = Draw.date(r, from, to);
      assertTrue(!d.isBefore(from) && !d.isAfter(to));
      sawFrom |= d.equals(from);
      sawTo |= d.equals(to);
      int k = Draw.between(r, 1, 3);
      assertTrue(k >= 1 && k <= 3);
    }
    assertTrue(sawFrom && sawTo);
    assertEquals(from, Draw.date(r, from, from.minusDays(1)));
    assertEquals(5, Draw.between(r, 5, 4));
    assertEquals(7, Draw.clamp(99, 0, 7));
  }
}
