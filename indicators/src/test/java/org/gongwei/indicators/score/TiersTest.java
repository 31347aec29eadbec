package org.gongwei.indicators.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.target.Target;
import org.junit.jupiter.api.Test;

class TiersTest {
  static final Tiers NINETY_EIGHTY =
      Tiers.of(Tier.of(Target.atLeast("0.9"), "1"), Tier.of(Target.atLeast("0.8"), "0.8"));

  @Test
  void firstTierMetWinsAndBoundariesAreExact() {
    assertEquals(Optional.of(NINETY_EIGHTY.tiers().get(0)), NINETY_EIGHTY.tierOf(Rate.of(90, 100)));
    // 8,999 / 10,000 = 89.99 % < 90 %: the second tier
    assertEquals(Optional.of(NINETY_EIGHTY.tiers().get(1)), NINETY_EIGHTY.tierOf(Rate.of(8_999, 10_000)));
    assertEquals(Optional.of(NINETY_EIGHTY.tiers().get(1)), NINETY_EIGHTY.tierOf(Rate.of(80, 100)));
    // 79.99 % meets no tier
    assertEquals(Optional.empty(), NINETY_EIGHTY.tierOf(Rate.of(7_999, 10_000)));
    assertEquals(Optional.empty(), NINETY_EIGHTY.tierOf(Rate.of(0, 0)));
  }

  @Test
  void ceilingTiersGoUpwards() {
    Tiers low = Tiers.of(Tier.of(Target.atMost("0.05"), "1"), Tier.of(Target.atMost("0.1"), "0.5"));
    assertEquals("0.5", low.tierOf(Rate.of(8, 100)).orElseThrow().share().toPlainString());
    assertTrue(low.tierOf(Rate.of(11, 100)).isEmpty());
  }

  @Test
  void badTablesAreRejected() {
    // loosest first
    assertThrows(
        IllegalArgumentException.class,
        () -> Tiers.of(Tier.of(Target.atLeast("0.8"), "0.8"), Tier.of(Target.atLeast("0.9"), "1")));
    // equal cut-offs
    assertThrows(
        IllegalArgumentException.class,
        () -> Tiers.of(Tier.of(Target.atLeast("0.9"), "1"), Tier.of(Target.atLeast("0.90"), "0.8")));
    // mixed directions
    assertThrows(
        IllegalArgumentException.class,
        () -> Tiers.of(Tier.of(Target.atLeast("0.9"), "1"), Tier.of(Target.atMost("0.95"), "0.8")));
    // a looser tier earning more
    assertThrows(
        IllegalArgumentException.class,
        () -> Tiers.of(Tier.of(Target.atLeast("0.9"), "0.5"), Tier.of(Target.atLeast("0.8"), "0.8")));
    assertThrows(IllegalArgumentException.class, () -> Tiers.of());
  }

  @Test
  void parseIsTheInverseOfToString() {
    assertEquals("≥ 90% → 100%, ≥ 80% → 80%, else 0%", NINETY_EIGHTY.toString());
    assertEquals(NINETY_EIGHTY, Tiers.parse(NINETY_EIGHTY.toString()));
    assertEquals(NINETY_EIGHTY, Tiers.parse(">= 90% -> 100%, >= 80% -> 80%"));
    assertThrows(IllegalArgumentException.class, () -> Tiers.parse("≥ 90% gives 100%"));
    assertThrows(IllegalArgumentException.class, () -> Tiers.parse("≥ 90% → all%"));
  }
}
