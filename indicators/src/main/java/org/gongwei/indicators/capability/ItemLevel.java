package org.gongwei.indicators.capability;

import java.util.Locale;
import java.util.Objects;

/** The level of an item of a {@link CapabilityStandard}: basic (★) or recommended (☆). */
public enum ItemLevel {
  /** A basic item (基本标准, ★): required for the basic and the recommended standard. */
  BASIC("★"),
  /** A recommended item (推荐标准, ☆): required for the recommended standard only. */
  RECOMMENDED("☆");

  private final String symbol;

  ItemLevel(String symbol) {
    this.symbol = symbol;
  }

  /** The symbol used in the standard's text: ★ or ☆. */
  public String symbol() {
    return symbol;
  }

  /**
   * The level named by {@code text}: {@code BASIC} or {@code RECOMMENDED} (any case), or the
   * symbol ★ or ☆.
   *
   * @throws IllegalArgumentException naming the text otherwise
   */
  public static ItemLevel parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    for (ItemLevel level : values()) {
      if (level.symbol.equals(t) || level.name().equals(t.toUpperCase(Locale.ROOT))) {
        return level;
      }
    }
    throw new IllegalArgumentException("unknown item level '" + text + "' (BASIC, RECOMMENDED, ★ or ☆)");
  }
}
