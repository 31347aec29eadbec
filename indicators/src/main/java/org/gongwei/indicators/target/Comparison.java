package org.gongwei.indicators.target;

/** How a {@link Target} compares a rate with its threshold: a floor or a ceiling. */
public enum Comparison {
  /** The rate must be at least the threshold (a floor), symbol {@code ≥}. */
  AT_LEAST("≥"),
  /** The rate must be at most the threshold (a ceiling), symbol {@code ≤}. */
  AT_MOST("≤");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /** The mathematical symbol, {@code ≥} or {@code ≤}. */
  public String symbol() {
    return symbol;
  }
}
