package org.gongwei.indicators.score;

import java.math.BigDecimal;
import java.util.Objects;
import org.gongwei.indicators.target.Target;

/**
 * One row of a {@link Tiers} table: a rate that meets {@code cutOff} earns {@code share} of the
 * item's weight, e.g. {@code ≥ 80% → 80%}.
 *
 * @param cutOff the cut-off the rate must meet (compared exactly, as {@link
 *     org.gongwei.indicators.target.Attainment} does)
 * @param share the fraction of the weight earned, 0 ≤ share ≤ 1 (0.8 = 80 %), kept without
 *     trailing zeros
 */
public record Tier(Target cutOff, BigDecimal share) {

  /**
   * A tier.
   *
   * @throws IllegalArgumentException if the share is outside [0, 1]
   */
  public Tier {
    Objects.requireNonNull(cutOff, "cutOff");
    Objects.requireNonNull(share, "share");
    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "share must be a fraction between 0 and 1 (0.8 = 80% of the weight): " + share.toPlainString());
    }
    share = share.signum() == 0 ? BigDecimal.ZERO : share.stripTrailingZeros();
  }

  /** The tier {@code cutOff → share}. */
  public static Tier of(Target cutOff, BigDecimal share) {
    return new Tier(cutOff, share);
  }

  /** The tier {@code cutOff → share} with the share as decimal text, e.g. {@code of(Target.atLeast("0.8"), "0.8")}. */
  public static Tier of(Target cutOff, String share) {
    Objects.requireNonNull(share, "share");
    try {
      return new Tier(cutOff, new BigDecimal(share.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("share is not a decimal number: " + share, e);
    }
  }

  /** The share in percent without trailing zeros, e.g. 80 for 0.8. */
  public BigDecimal sharePercent() {
    return Tiers.plainPercent(share);
  }

  /** For example {@code ≥ 80% → 80%}. */
  @Override
  public String toString() {
    return cutOff + " → " + sharePercent().toPlainString() + "%";
  }
}
