package org.gongwei.indicators.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.target.Outcome;
import org.gongwei.indicators.target.Target;
import org.junit.jupiter.api.Test;

class ItemScoreTest {
  @Test
  void scoredItemCarriesRateAttainmentAndReason() {
    ScorecardItem item = ScorecardItem.of("HTN-01", BigDecimal.TEN, Target.atLeast("0.65"));
    ItemScore s = item.score(Optional.of(Rate.of(6_012, 10_000)), MissingRate.SCORE_ZERO);
    assertEquals(ItemStatus.SCORED, s.status());
    assertTrue(s.isCounted());
    assertEquals(Outcome.NOT_MET, s.attainment().orElseThrow().outcome());
    assertEquals("HTN-01 9.25: 60.12% of target 65% → 92.49% of 10 points", s.toString());
    assertFalse(item.score(Optional.empty(), MissingRate.EXCLUDE).isCounted());
    assertTrue(item.score(Optional.empty(), MissingRate.EXCLUDE).attainment().isEmpty());
  }
}
