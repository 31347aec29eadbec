package org.gongwei.indicators.target;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target for a rate: a floor ({@code ≥ 90%}) or a ceiling ({@code ≤ 5%}) given as a fraction
 * between 0 and 1 (0.9 is 90 %), as in the national targets of indicators.md §16.
 *
 * <p>The threshold is kept without trailing zeros, so {@code atLeast("0.9")} equals {@code
 * atLeast("0.90")}. A threshold for a per-thousand or per-ten-thousand figure is still a fraction
 * (4.5 per 10,000 is 0.00045).
 *
 * @param comparison floor or ceiling
 * @param threshold the fraction, 0 ≤ threshold ≤ 1
 */
public record Target(Comparison comparison, BigDecimal threshold) {
  private static final Pattern TEXT = Pattern.compile("(≥|≤|>=|<=)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*%");

  /**
   * A target; the threshold must lie in [0, 1].
   *
   * @throws IllegalArgumentException naming the threshold when it is out of range
   */
  public Target {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(threshold, "threshold");
    if (threshold.signum() < 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "threshold must be a fraction between 0 and 1 (0.9 = 90%): " + threshold.toPlainString());
    }
    threshold = threshold.signum() == 0 ? BigDecimal.ZERO : threshold.stripTrailingZeros();
  }

  /** A floor: the rate must be at least {@code fraction} (0.9 = 90 %). */
  public static Target atLeast(BigDecimal fraction) {
    return new Target(Comparison.AT_LEAST, fraction);
  }

  /** A floor given as decimal text, e.g. {@code atLeast("0.9")} for ≥ 90 %. */
  public static Target atLeast(String fraction) {
    return atLeast(decimal(fraction));
  }

  /** A ceiling: the rate must be at most {@code fraction} (0.05 = 5 %). */
  public static Target atMost(BigDecimal fraction) {
    return new Target(Comparison.AT_MOST, fraction);
  }

  /** A ceiling given as decimal text, e.g. {@code atMost("0.05")} for ≤ 5 %. */
  public static Target atMost(String fraction) {
    return atMost(decimal(fraction));
  }

  /**
   * The target written by {@link #toString()}: {@code ≥ 90%}, {@code ≤ 5%}, {@code ≥ 65.5%}
   * (ASCII {@code >=} and {@code <=} are accepted too).
   *
   * @throws IllegalArgumentException naming the text if it has another form
   */
  public static Target parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("target must look like '≥ 90%' or '≤ 5%': " + text);
    }
    Comparison c = m.group(1).equals("≥") || m.group(1).equals(">=")
        ? Comparison.AT_LEAST
        : Comparison.AT_MOST;
    return new Target(c, new BigDecimal(m.group(2)).movePointLeft(2));
  }

  private static BigDecimal decimal(String fraction) {
    Objects.requireNonNull(fraction, "fraction");
    try {
      return new BigDecimal(fraction.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("threshold is not a decimal number: " + fraction, e);
    }
  }

  /** The threshold in percent without trailing zeros, e.g. 90 for 0.9. */
  public BigDecimal thresholdPercent() {
    BigDecimal p = threshold.movePointRight(2).stripTrailingZeros();
    return p.scale() < 0 ? p.setScale(0) : p;
  }

  /** For example {@code ≥ 90%} or {@code ≤ 0.045%}. */
  @Override
  public String toString() {
    return comparison.symbol() + " " + thresholdPercent().toPlainString() + "%";
  }
}
