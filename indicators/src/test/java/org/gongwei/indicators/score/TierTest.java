package org.gongwei.indicators.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.gongwei.indicators.target.Target;
import org.junit.jupiter.api.Test;

class TierTest {
  @Test
  void shareIsAFractionWithoutTrailingZeros() {
    Tier t = Tier.of(Target.atLeast("0.8"), "0.80");
    assertEquals(new BigDecimal("0.8"), t.share());
    assertEquals(Tier.of(Target.atLeast("0.8"), new BigDecimal("0.8")), t);
    assertEquals("≥ 80% → 80%", t.toString());
    assertEquals("≥ 90% → 100%", Tier.of(Target.atLeast("0.9"), "1.00").toString());
  }

  @Test
  void shareOutsideZeroToOneIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Tier.of(Target.atLeast("0.8"), "1.01"));
    assertThrows(IllegalArgumentException.class, () -> Tier.of(Target.atLeast("0.8"), "-0.1"));
    assertThrows(IllegalArgumentException.class, () -> Tier.of(Target.atLeast("0.8"), "eighty"));
  }
}
