package org.gongwei.indicators.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.target.Target;
import org.junit.jupiter.api.Test;

/** Hand-computed scores; every score is w × the exact fraction, rounded once HALF_UP to 2 decimals. */
class ScoreRuleTest {
  private static final BigDecimal TEN = new BigDecimal("10");

  private static void assertScore(String expected, String why, ScoreRule rule, Rate rate, Target target, BigDecimal w) {
    ScoreRule.Scored s = rule.apply(rate, target, w);
    assertEquals(new BigDecimal(expected), s.score());
    assertEquals(why, s.why());
    assertEquals(new BigDecimal(expected), rule.score(rate, target, w));
  }

  @Test
  void proportionalBelowTarget() {
    // 10 × 6,012 / (0.65 × 10,000) = 60,120 / 6,500 = 9.2492… → 9.25; 92.4923…% → 92.49%
    assertScore(
        "9.25", "60.12% of target 65% → 92.49% of 10 points",
        ScoreRule.proportionalCapped(), Rate.of(6_012, 10_000), Target.atLeast("0.65"), TEN);
  }

  @Test
  void proportionalRoundsHalfUpOnce() {
    // 1 × 1 / (0.8 × 2) = 0.625 exactly → 0.63 (HALF_EVEN would give 0.62)
    assertScore(
        "0.63", "50.00% of target 80% → 62.50% of 1 point",
        ScoreRule.proportionalCapped(), Rate.of(1, 2), Target.atLeast("0.8"), BigDecimal.ONE);
  }

  @Test
  void proportionalIsCappedAtTheWeight() {
    assertScore(
        "10.00", "92.00% reaches target 90% → 100% of 10 points",
        ScoreRule.proportionalCapped(), Rate.of(92, 100), Target.atLeast("0.9"), TEN);
    // exactly on the target
    assertScore(
        "10.00", "90.00% reaches target 90% → 100% of 10 points",
        ScoreRule.proportionalCapped(), Rate.of(90, 100), Target.atLeast("0.9"), TEN);
    // above 100 % (estimated denominator)
    assertEquals(new BigDecimal("10.00"), ScoreRule.proportionalCapped().score(Rate.of(103, 100), Target.atLeast("0.9"), TEN));
    // a target of 0 is met by every rate, even 0
    assertEquals(new BigDecimal("10.00"), ScoreRule.proportionalCapped().score(Rate.of(0, 7), Target.atLeast("0"), TEN));
  }

  @Test
  void inverseAboveTheCeiling() {
    // 10 × 0.05 × 100 / 6 = 50 / 6 = 8.333… → 8.33
    assertScore(
        "8.33", "6.00% above ceiling 5% → 83.33% of 10 points",
        ScoreRule.inverseCapped(), Rate.of(6, 100), Target.atMost("0.05"), TEN);
  }

  @Test
  void inverseWithinTheCeilingAndAZeroRateEarnTheWeight() {
    assertScore(
        "10.00", "5.00% within ceiling 5% → 100% of 10 points",
        ScoreRule.inverseCapped(), Rate.of(5, 100), Target.atMost("0.05"), TEN);
    // a rate of 0 meets any ceiling: t / 0 → ∞, capped at 1
    assertScore(
        "10.00", "0.00% within ceiling 5% → 100% of 10 points",
        ScoreRule.inverseCapped(), Rate.of(0, 50), Target.atMost("0.05"), TEN);
    // a ceiling of 0: rate 0 meets it, any other rate earns 10 × 0 / rate = 0
    assertEquals(new BigDecimal("10.00"), ScoreRule.inverseCapped().score(Rate.of(0, 50), Target.atMost("0"), TEN));
    assertEquals(new BigDecimal("0.00"), ScoreRule.inverseCapped().score(Rate.of(1, 50), Target.atMost("0"), TEN));
  }

  @Test
  void binaryIsAllOrNothingAndExact() {
    assertScore(
        "10.00", "60.00% meets ≥ 60% → 10 points",
        ScoreRule.binary(), Rate.of(60, 100), Target.atLeast("0.6"), TEN);
    // 5,999 / 10,000 shows as 59.99 % and misses ≥ 60 %
    assertScore(
        "0.00", "59.99% misses ≥ 60% → 0 of 10 points",
        ScoreRule.binary(), Rate.of(5_999, 10_000), Target.atLeast("0.6"), TEN);
    assertEquals(new BigDecimal("2.50"), ScoreRule.binary().score(Rate.of(4, 100), Target.atMost("0.05"), new BigDecimal("2.5")));
  }

  @Test
  void tieredAtTheBoundaries() {
    ScoreRule tiered = ScoreRule.tiered(TiersTest.NINETY_EIGHTY);
    assertScore("10.00", "90.00% meets tier ≥ 90% → 100% of 10 points", tiered, Rate.of(90, 100), Target.atLeast("0.9"), TEN);
    // 89.99 % falls to the 80 % tier: 10 × 0.8 = 8.00
    assertScore("8.00", "89.99% meets tier ≥ 80% → 80% of 10 points", tiered, Rate.of(8_999, 10_000), Target.atLeast("0.9"), TEN);
    assertScore("8.00", "80.00% meets tier ≥ 80% → 80% of 10 points", tiered, Rate.of(80, 100), Target.atLeast("0.9"), TEN);
    assertScore("0.00", "79.99% meets no tier → 0% of 10 points", tiered, Rate.of(7_999, 10_000), Target.atLeast("0.9"), TEN);
    // 2.55 × 0.5 = 1.275 → 1.28
    ScoreRule half = ScoreRule.tiered(Tiers.of(Tier.of(Target.atLeast("0.5"), "0.5")));
    assertEquals(new BigDecimal("1.28"), half.score(Rate.of(1, 2), Target.atLeast("0.5"), new BigDecimal("2.55")));
  }

  @Test
  void aRateWithoutValueCannotBeScored() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ScoreRule.proportionalCapped().score(Rate.of(0, 0), Target.atLeast("0.9"), TEN));
    assertThrows(
        IllegalArgumentException.class,
        () -> ScoreRule.binary().score(Rate.missingEstimate(3), Target.atLeast("0.9"), TEN));
  }

  @Test
  void parseIsTheInverseOfToString() {
    for (ScoreRule r :
        new ScoreRule[] {
          ScoreRule.proportionalCapped(), ScoreRule.inverseCapped(), ScoreRule.binary(), ScoreRule.tiered(TiersTest.NINETY_EIGHTY)
        }) {
      assertEquals(r, ScoreRule.parse(r.toString()));
    }
    assertEquals("TIERED(≥ 90% → 100%, ≥ 80% → 80%, else 0%)", ScoreRule.tiered(TiersTest.NINETY_EIGHTY).toString());
    assertEquals(ScoreRule.binary(), ScoreRule.parse(" binary "));
    assertEquals(ScoreRule.Kind.INVERSE_CAPPED, ScoreRule.of(ScoreRule.Kind.INVERSE_CAPPED).kind());
    assertThrows(IllegalArgumentException.class, () -> ScoreRule.of(ScoreRule.Kind.TIERED));
    assertThrows(IllegalArgumentException.class, () -> ScoreRule.parse("TIERED"));
    assertThrows(IllegalArgumentException.class, () -> ScoreRule.parse("LINEAR"));
  }
}
