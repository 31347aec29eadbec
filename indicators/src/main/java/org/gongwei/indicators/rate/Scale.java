package org.gongwei.indicators.rate;

import java.math.BigDecimal;

/** A unit in which a {@link Rate} is shown: the fraction times a multiplier, with a symbol. */
public enum Scale {
  /** Per hundred (×100), symbol {@code %}. */
  PERCENT(100, "%", "%"),
  /** Per thousand (×1,000), symbol {@code ‰}, as for 严重精神障碍报告患病率. */
  PER_THOUSAND(1_000, "‰", " per 1,000"),
  /** Per ten thousand (×10,000), symbol {@code ‱}, as for 每万人口全科医生数. */
  PER_TEN_THOUSAND(10_000, "‱", " per 10,000");

  private final long multiplier;
  private final String symbol;
  private final String suffixInWords;

  Scale(long multiplier, String symbol, String suffixInWords) {
    this.multiplier = multiplier;
    this.symbol = symbol;
    this.suffixInWords = suffixInWords;
  }

  /** The factor applied to the fraction: 100, 1,000 or 10,000. */
  public long multiplier() {
    return multiplier;
  }

  /** {@link #multiplier()} as a {@code BigDecimal}. */
  public BigDecimal multiplierDecimal() {
    return BigDecimal.valueOf(multiplier);
  }

  /** The symbol written after the number: {@code %}, {@code ‰} or {@code ‱}. */
  public String symbol() {
    return symbol;
  }

  /**
   * The suffix in words for plain-text output that may lack the symbol: {@code %}, {@code " per
   * 1,000"} or {@code " per 10,000"} (with the leading space).
   */
  public String suffixInWords() {
    return suffixInWords;
  }
}
