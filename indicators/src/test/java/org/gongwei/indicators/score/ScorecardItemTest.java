package org.gongwei.indicators.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.target.Target;
import org.junit.jupiter.api.Test;

class ScorecardItemTest {
  @Test
  void weightIsKeptWithTwoDecimals() {
    ScorecardItem i = ScorecardItem.of("IMM-02(MMR,1)", new BigDecimal("2.5"), Target.atLeast("0.9"));
    assertEquals(new BigDecimal("2.50"), i.weight());
    assertEquals(ScoreRule.proportionalCapped(), i.rule());
    assertEquals("IMM-02(MMR,1) 2.5 points ≥ 90% PROPORTIONAL_CAPPED", i.toString());
  }

  @Test
  void badItemsAreRejectedWithTheirId() {
    assertThrows(IllegalArgumentException.class, () -> ScorecardItem.of(" ", BigDecimal.ONE, Target.atLeast("0.9")));
    assertThrows(IllegalArgumentException.class, () -> ScorecardItem.of("HTN 01", BigDecimal.ONE, Target.atLeast("0.9")));
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> ScorecardItem.of("HTN-01", BigDecimal.ZERO, Target.atLeast("0.9")));
    assertEquals("HTN-01: weight must be above 0: 0", zero.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ScorecardItem.of("HTN-01", new BigDecimal("1.005"), Target.atLeast("0.9")));
  }

  @Test
  void theRuleMustSuitTheTarget() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScorecardItem.of("X-01", BigDecimal.TEN, Target.atMost("0.05"), ScoreRule.proportionalCapped()));
    assertEquals("X-01: rule PROPORTIONAL_CAPPED needs a floor (≥) target, not ≤ 5%", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> ScorecardItem.of("X-01", BigDecimal.TEN, Target.atLeast("0.9"), ScoreRule.inverseCapped()));
    assertThrows(
        IllegalArgumentException.class,
        () -> ScorecardItem.of("X-01", BigDecimal.TEN, Target.atMost("0.9"), ScoreRule.tiered(TiersTest.NINETY_EIGHTY)));
    // BINARY suits both
    ScorecardItem.of("X-01", BigDecimal.TEN, Target.atMost("0.05"), ScoreRule.binary());
    ScorecardItem.of("X-01", BigDecimal.TEN, Target.atLeast("0.05"), ScoreRule.binary());
  }

  @Test
  void aMissingRateScoresZeroOrIsExcluded() {
    ScorecardItem i = ScorecardItem.of("HTN-01", BigDecimal.TEN, Target.atLeast("0.6"));
    ItemScore zero = i.score(Optional.of(Rate.of(0, 0)), MissingRate.SCORE_ZERO);
    assertEquals(ItemStatus.NO_RATE_SCORED_ZERO, zero.status());
    assertEquals(new BigDecimal("0.00"), zero.score());
    assertEquals("no rate (NO_DENOMINATOR) → 0 of 10 points", zero.why());
    ItemScore excluded = i.score(Optional.empty(), MissingRate.EXCLUDE);
    assertEquals(ItemStatus.NO_RATE_EXCLUDED, excluded.status());
    assertEquals("no result → excluded from the full score", excluded.why());
    ItemScore estimate = i.score(Optional.of(Rate.missingEstimate(4)), MissingRate.SCORE_ZERO);
    assertEquals("no rate (MISSING_ESTIMATE) → 0 of 10 points", estimate.why());
  }
}
