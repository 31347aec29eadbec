package org.gongwei.indicators.colour;

import java.util.Objects;

/**
 * The colour of a managed patient in colour-coded management (红黄绿分色管理), from the least to
 * the most severe: green, yellow, red.
 */
public enum Colour {
  /** 绿: controlled, nothing calls for attention. */
  GREEN("绿"),
  /** 黄: needs closer follow-up (uncontrolled, adverse reaction, classification 2 or 3). */
  YELLOW("黄"),
  /** 红: needs urgent attention or referral (severe readings, complication, referral). */
  RED("红");

  private final String label;

  Colour(String label) {
    this.label = label;
  }

  /** The Chinese label: 绿, 黄 or 红. */
  public String label() {
    return label;
  }

  /** Whether this colour is more severe than {@code other} (red &gt; yellow &gt; green). */
  public boolean isWorseThan(Colour other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) > 0;
  }

  /** The more severe of this colour and {@code other}. */
  public Colour worse(Colour other) {
    return isWorseThan(other) ? this : other;
  }
}
