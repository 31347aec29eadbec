package org.gongwei.indicators.funding;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one unit gets in a {@link WorkPointAllocation}.
 *
 * @param unit the unit with its work points and quality coefficient
 * @param correction whether the points were multiplied by the coefficient
 * @param correctedPoints the points after the quality correction (exact)
 * @param share corrected points / the sum of corrected points, HALF_UP to 6 decimals (for
 *     display; the amount is computed from the exact fraction)
 * @param amount the yuan allocated, 2 decimals
 */
public record UnitShare(
    AllocationUnit unit, Correction correction, BigDecimal correctedPoints, BigDecimal share, BigDecimal amount) {

  /** Checks the components. */
  public UnitShare {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(correction, "correction");
    Objects.requireNonNull(correctedPoints, "correctedPoints");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(amount, "amount");
  }

  /** The unit's id. */
  public String id() {
    return unit.id();
  }

  /** For example {@code T1 33.34 yuan (1200 → 1104.00 points)}. */
  @Override
  public String toString() {
    return unit.id() + " " + amount.toPlainString() + " yuan (" + unit.workPoints().toPlainString() + " → "
        + correctedPoints.toPlainString() + " points)";
  }
}
