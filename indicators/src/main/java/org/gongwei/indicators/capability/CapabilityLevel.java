package org.gongwei.indicators.capability;

import java.util.Optional;

/** The level an institution reaches on a {@link CapabilityStandard} (indicators.md §15). */
public enum CapabilityLevel {
  /** Not even the basic standard: a ★ item is unmet or the score is below the basic threshold. */
  NOT_REACHED("未达标"),
  /** The basic standard (基本标准): every ★ item met and score ≥ the basic threshold. */
  BASIC_STANDARD("基本标准"),
  /**
   * The recommended standard (推荐标准): every ★ and ☆ item met and score ≥ the recommended
   * threshold (which implies the basic standard).
   */
  RECOMMENDED_STANDARD("推荐标准");

  private final String label;

  CapabilityLevel(String label) {
    this.label = label;
  }

  /** The Chinese name: 未达标, 基本标准 or 推荐标准. */
  public String label() {
    return label;
  }

  /** The next level up; empty for {@link #RECOMMENDED_STANDARD}. */
  public Optional<CapabilityLevel> next() {
    return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
  }
}
