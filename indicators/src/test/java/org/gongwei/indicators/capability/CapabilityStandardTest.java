package org.gongwei.indicators.capability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A small standard of 100 points: chapter 1 with ★1.1 (10), ★1.2 (10), ☆1.3 (10); chapter 2 with
 * ★2.1 (20), ☆2.2 (20), ☆2.3 (30). Basic threshold 40, recommended 80.
 */
class CapabilityStandardTest {
  static CapabilityItem item(String id, ItemLevel level, int score) {
    return CapabilityItem.of(id, "要求 " + id, level, BigDecimal.valueOf(score));
  }

  static CapabilityStandard standard(int basic, int recommended) {
    return CapabilityStandard.of(
        "测试标准",
        List.of(
            Chapter.of("1", "功能任务", List.of(item("1.1", ItemLevel.BASIC, 10), item("1.2", ItemLevel.BASIC, 10), item("1.3", ItemLevel.RECOMMENDED, 10))),
            Chapter.of("2", "基本医疗", List.of(item("2.1", ItemLevel.BASIC, 20), item("2.2", ItemLevel.RECOMMENDED, 20), item("2.3", ItemLevel.RECOMMENDED, 30)))),
        BigDecimal.valueOf(basic),
        BigDecimal.valueOf(recommended));
  }

  static final CapabilityStandard STANDARD = standard(40, 80);

  @Test
  void itemsAndScores() {
    assertEquals(6, STANDARD.items().size());
    assertEquals(List.of("1.1", "1.2", "2.1"), STANDARD.items(ItemLevel.BASIC).stream().map(CapabilityItem::id).toList());
    assertEquals(new BigDecimal("100"), STANDARD.fullScore());
    assertEquals(new BigDecimal("40"), STANDARD.threshold(CapabilityLevel.BASIC_STANDARD));
    assertEquals(BigDecimal.ZERO, STANDARD.threshold(CapabilityLevel.NOT_REACHED));
    assertEquals("☆ 2.3 (30 points) 要求 2.3", STANDARD.item("2.3").orElseThrow().toString());
    assertEquals("测试标准 (2 chapters, 6 items, basic ≥ 40, recommended ≥ 80)", STANDARD.toString());
  }

  @Test
  void badStandardsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> standard(50, 40));
    IllegalArgumentException above = assertThrows(IllegalArgumentException.class, () -> standard(40, 101));
    assertEquals("测试标准: recommendedThreshold 101 is above the full score 100", above.getMessage());
    assertThrows(IllegalArgumentException.class, () -> standard(-1, 40));
    IllegalArgumentException dup =
        assertThrows(
            IllegalArgumentException.class,
            () -> CapabilityStandard.of(
                "x",
                List.of(Chapter.of("1", "a", List.of(item("1.1", ItemLevel.BASIC, 1))), Chapter.of("2", "b", List.of(item("1.1", ItemLevel.BASIC, 1)))),
                BigDecimal.ZERO,
                BigDecimal.ZERO));
    assertEquals("x: duplicate item id 1.1", dup.getMessage());
  }

  @Test
  void assessmentsMustNameItemsOfTheStandard() {
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> STANDARD.assess(Assessment.of("T1", List.of("9.9"))));
    assertEquals("T1: met item 9.9 is not an item of 测试标准", unknown.getMessage());
    IllegalArgumentException partial =
        assertThrows(
            IllegalArgumentException.class,
            () -> STANDARD.assess(Assessment.of("T1", List.of()).withPartialScore("1.1", new BigDecimal("11"))));
    assertEquals("T1: partial score 11 of item 1.1 is above its score 10", partial.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> STANDARD.assess(Assessment.of("T1", List.of()).withPartialScore("8.8", BigDecimal.ONE)));
  }
}
