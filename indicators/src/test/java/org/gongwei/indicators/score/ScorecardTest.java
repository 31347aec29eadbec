package org.gongwei.indicators.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.target.Target;
import org.junit.jupiter.api.Test;

/**
 * A scorecard of three items, 20 points: A 10 points ≥ 65 % proportional, B 5 points ≤ 5 %
 * inverse, C 5 points ≥ 90 % binary.
 */
class ScorecardTest {
  static final Scorecard CARD =
      Scorecard.of(
          "test",
          List.of(
              ScorecardItem.of("A-01", new BigDecimal("10"), Target.atLeast("0.65")),
              ScorecardItem.of("B-01", new BigDecimal("5"), Target.atMost("0.05"), ScoreRule.inverseCapped()),
              ScorecardItem.of("C-01", new BigDecimal("5"), Target.atLeast("0.9"), ScoreRule.binary())));

  @Test
  void fullScoreIsTheSumOfWeights() {
    assertEquals(new BigDecimal("20.00"), CARD.fullScore());
    assertEquals(MissingRate.SCORE_ZERO, CARD.missingRate());
    assertEquals("Scorecard[test, 3 items, 20 points, SCORE_ZERO]", CARD.toString());
    assertEquals(Optional.of(CARD.items().get(1)), CARD.item("B-01"));
  }

  @Test
  void totalAndQualityCoefficient() {
    // A: 10 × 6,012 / 6,500 = 9.249… → 9.25; B: 5 × 0.05 × 100 / 6 = 4.166… → 4.17; C: 89 % < 90 % → 0
    // total 13.42 / 20 = 0.671 → 0.6710
    Map<String, Rate> rates = Map.of("A-01", Rate.of(6_012, 10_000), "B-01", Rate.of(6, 100), "C-01", Rate.of(89, 100));
    ScorecardResult r = CARD.score("T1", "卫生院", id -> Optional.ofNullable(rates.get(id)));
    assertEquals(new BigDecimal("9.25"), r.item("A-01").orElseThrow().score());
    assertEquals(new BigDecimal("4.17"), r.item("B-01").orElseThrow().score());
    assertEquals(new BigDecimal("0.00"), r.item("C-01").orElseThrow().score());
    assertEquals(new BigDecimal("13.42"), r.total());
    assertEquals(new BigDecimal("20.00"), r.fullScore());
    assertEquals(Optional.of(new BigDecimal("0.6710")), r.qualityCoefficient());
  }

  @Test
  void coefficientRoundsHalfUpToFourDecimals() {
    // A: 10 × 1 / (0.65 × 3) = 10 / 1.95 = 5.128… → 5.13; B: 0 % is within the ceiling → 5;
    // C: 90 % meets ≥ 90 % → 5; 15.13 / 20 = 0.7565
    Map<String, Rate> rates = Map.of("A-01", Rate.of(1, 3), "B-01", Rate.of(0, 9), "C-01", Rate.of(9, 10));
    ScorecardResult r = CARD.score("T1", "T1", id -> Optional.ofNullable(rates.get(id)));
    assertEquals(new BigDecimal("15.13"), r.total());
    assertEquals(Optional.of(new BigDecimal("0.7565")), r.qualityCoefficient());
    // 2 / 3 = 0.66666… → 0.6667
    Scorecard three = Scorecard.of("three", List.of(ScorecardItem.of("A-01", new BigDecimal("3"), Target.atLeast("0.9"), ScoreRule.tiered(
        Tiers.of(Tier.of(Target.atLeast("0.9"), "1"), Tier.of(Target.atLeast("0.5"), "0.6666666667"))))));
    ScorecardResult t = three.score("u", "u", id -> Optional.of(Rate.of(1, 2)));
    // 3 × 0.6666666667 = 2.0000000001 → 2.00; 2.00 / 3 = 0.6667
    assertEquals(new BigDecimal("2.00"), t.total());
    assertEquals(Optional.of(new BigDecimal("0.6667")), t.qualityCoefficient());
  }

  @Test
  void missingRatesScoreZeroOrAreExcluded() {
    Map<String, Rate> rates = Map.of("A-01", Rate.of(6_012, 10_000), "B-01", Rate.of(6, 100), "C-01", Rate.of(0, 0));
    ScorecardResult zero = CARD.score("T1", "T1", id -> Optional.ofNullable(rates.get(id)));
    assertEquals(ItemStatus.NO_RATE_SCORED_ZERO, zero.item("C-01").orElseThrow().status());
    assertEquals(Optional.of(new BigDecimal("0.6710")), zero.qualityCoefficient());
    // excluded: 13.42 / 15 = 0.89466… → 0.8947
    ScorecardResult excluded =
        CARD.withMissingRate(MissingRate.EXCLUDE).score("T1", "T1", id -> Optional.ofNullable(rates.get(id)));
    assertEquals(new BigDecimal("15.00"), excluded.fullScore());
    assertEquals(Optional.of(new BigDecimal("0.8947")), excluded.qualityCoefficient());
    // every item excluded: no coefficient
    ScorecardResult none = CARD.withMissingRate(MissingRate.EXCLUDE).score("T9", "T9", id -> Optional.empty());
    assertEquals(new BigDecimal("0.00"), none.fullScore());
    assertEquals(Optional.empty(), none.qualityCoefficient());
  }

  @Test
  void badScorecardsAreRejected() {
    ScorecardItem a = ScorecardItem.of("A-01", BigDecimal.ONE, Target.atLeast("0.5"));
    IllegalArgumentException dup = assertThrows(IllegalArgumentException.class, () -> Scorecard.of("x", List.of(a, a)));
    assertEquals("scorecard x: duplicate measure id A-01", dup.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Scorecard.of("x", List.of()));
    assertThrows(IllegalArgumentException.class, () -> Scorecard.of(" ", List.of(a)));
  }
}
