package org.gongwei.indicators.capability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Levels on the standard of {@link CapabilityStandardTest}: ★ 1.1, 1.2, 2.1; ☆ 1.3, 2.2, 2.3; basic 40, recommended 80. */
class CapabilityResultTest {
  private static final CapabilityStandard STANDARD = CapabilityStandardTest.STANDARD;

  private static List<String> ids(List<CapabilityItem> items) {
    return items.stream().map(CapabilityItem::id).toList();
  }

  @Test
  void everythingMetReachesTheRecommendedStandard() {
    CapabilityResult r = STANDARD.assess(Assessment.of("T1", List.of("1.1", "1.2", "1.3", "2.1", "2.2", "2.3")));
    assertEquals(CapabilityLevel.RECOMMENDED_STANDARD, r.level());
    assertEquals(new BigDecimal("100"), r.score());
    assertEquals(Optional.empty(), r.nextLevel());
    assertTrue(r.blockingItems().isEmpty());
    assertEquals(Optional.empty(), r.scoreGap());
    assertEquals("T1: 推荐标准 (RECOMMENDED_STANDARD), score 100 of 100", r.toString());
  }

  @Test
  void everyBasicItemMetReachesTheBasicStandard() {
    // ★ 10 + 10 + 20 = 40 ≥ 40; for the recommended standard all three ☆ are missing and 80 − 40 = 40 points
    CapabilityResult r = STANDARD.assess(Assessment.of("T1", List.of("1.1", "1.2", "2.1")));
    assertEquals(CapabilityLevel.BASIC_STANDARD, r.level());
    assertEquals(new BigDecimal("40"), r.score());
    assertEquals(Optional.of(CapabilityLevel.RECOMMENDED_STANDARD), r.nextLevel());
    assertEquals(List.of("1.3", "2.2", "2.3"), ids(r.blockingItems()));
    assertEquals(Optional.of(new BigDecimal("40")), r.scoreGap());
    assertEquals("T1: 基本标准 (BASIC_STANDARD), score 40 of 100; for 推荐标准: ☆ 1.3, ☆ 2.2, ☆ 2.3 unmet, 40 points short", r.toString());
  }

  @Test
  void anUnmetBasicItemBlocksEvenAHighScore() {
    // ★ 2.1 unmet; score 10 + 10 + 10 + 20 + 30 = 80, enough points for either level
    CapabilityResult r = STANDARD.assess(Assessment.of("T2", List.of("1.1", "1.2", "1.3", "2.2", "2.3")));
    assertEquals(CapabilityLevel.NOT_REACHED, r.level());
    assertEquals(new BigDecimal("80"), r.score());
    assertEquals(List.of("2.1"), ids(r.blockingItems()));
    assertEquals(Optional.of(BigDecimal.ZERO), r.scoreGap());
    assertEquals(List.of("2.1"), ids(r.blockingItems(CapabilityLevel.RECOMMENDED_STANDARD)));
    assertEquals(List.of("2.1"), ids(r.unmet(ItemLevel.BASIC)));
    assertTrue(r.unmet(ItemLevel.RECOMMENDED).isEmpty());
    assertEquals("T2: 未达标 (NOT_REACHED), score 80 of 100; for 基本标准: ★ 2.1 unmet, score enough", r.toString());
  }

  @Test
  void aLowScoreBlocksTheBasicStandard() {
    // basic threshold 50: every ★ met (40) but 10 points short, no item blocking
    CapabilityResult r = CapabilityStandardTest.standard(50, 80).assess(Assessment.of("T3", List.of("1.1", "1.2", "2.1")));
    assertEquals(CapabilityLevel.NOT_REACHED, r.level());
    assertTrue(r.blockingItems().isEmpty());
    assertEquals(Optional.of(new BigDecimal("10")), r.scoreGap());
  }

  @Test
  void partialScoresCount() {
    // basic threshold 50: ★ 40 + ☆ 1.3 10 + partial 2.2 7.5 = 57.5 ≥ 50 → basic; recommended
    // blocked by ☆ 2.2 and 2.3 and 80 − 57.5 = 22.5 points
    CapabilityResult r =
        CapabilityStandardTest.standard(50, 80)
            .assess(Assessment.of("T4", List.of("1.1", "1.2", "1.3", "2.1")).withPartialScore("2.2", new BigDecimal("7.5")));
    assertEquals(CapabilityLevel.BASIC_STANDARD, r.level());
    assertEquals(new BigDecimal("57.5"), r.score());
    assertEquals(new BigDecimal("7.5"), r.earned(STANDARD.item("2.2").orElseThrow()));
    assertEquals(BigDecimal.ZERO, r.earned(STANDARD.item("2.3").orElseThrow()));
    assertEquals(List.of("2.2", "2.3"), ids(r.blockingItems()));
    assertEquals(Optional.of(new BigDecimal("22.5")), r.scoreGap());
  }

  @Test
  void allStarAndRecommendedItemsButScoreShortIsStillBasic() {
    // recommended 80, with items worth 100: a partial ☆ cannot reach the recommended standard even with 95 points
    CapabilityResult r =
        STANDARD.assess(Assessment.of("T5", List.of("1.1", "1.2", "1.3", "2.1", "2.2")).withPartialScore("2.3", new BigDecimal("25")));
    assertEquals(new BigDecimal("95"), r.score());
    assertEquals(CapabilityLevel.BASIC_STANDARD, r.level());
    assertEquals(List.of("2.3"), ids(r.blockingItems()));
    assertEquals(Optional.of(BigDecimal.ZERO), r.scoreGap());
  }
}
