package org.gongwei.indicators.capability;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An item of a {@link CapabilityStandard}: what an institution must have or do, its level and the
 * points it is worth.
 *
 * @param id the item's id, unique in the standard, e.g. {@code 2.1.3}
 * @param text what the item requires
 * @param level basic (★) or recommended (☆)
 * @param score the points the item is worth, at least 0
 */
public record CapabilityItem(String id, String text, ItemLevel level, BigDecimal score) {

  /**
   * An item.
   *
   * @throws IllegalArgumentException naming the item if the id or text is blank or the score
   *     negative
   */
  public CapabilityItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(score, "score");
    if (id.isBlank()) {
      throw new IllegalArgumentException("item id must not be blank");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("item " + id + ": text must not be blank");
    }
    if (score.signum() < 0) {
      throw new IllegalArgumentException("item " + id + ": score must be >= 0: " + score.toPlainString());
    }
  }

  /** An item. */
  public static CapabilityItem of(String id, String text, ItemLevel level, BigDecimal score) {
    return new CapabilityItem(id, text, level, score);
  }

  /** For example {@code ★ 1.1 (5 points) 有独立的预防接种门诊}. */
  @Override
  public String toString() {
    return level.symbol() + " " + id + " (" + score.toPlainString() + " points) " + text;
  }
}
