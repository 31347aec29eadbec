package org.gongwei.indicators.funding;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit sharing a budget by work points (工分): an institution or a team, its work points and
 * its quality coefficient (质量系数, from a scorecard).
 *
 * @param id the unit's id, non-blank (an institution code); ties in rounding go to the smaller id
 * @param workPoints the work points, at least 0
 * @param qualityCoefficient the quality coefficient, between 0 and 1
 */
public record AllocationUnit(String id, BigDecimal workPoints, BigDecimal qualityCoefficient) {

  /**
   * A unit.
   *
   * @throws IllegalArgumentException naming the unit if the id is blank, the points are negative
   *     or the coefficient is outside [0, 1]
   */
  public AllocationUnit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(workPoints, "workPoints");
    Objects.requireNonNull(qualityCoefficient, "qualityCoefficient");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (workPoints.signum() < 0) {
      throw new IllegalArgumentException(id + ": workPoints must be >= 0: " + workPoints.toPlainString());
    }
    if (qualityCoefficient.signum() < 0 || qualityCoefficient.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          id + ": qualityCoefficient must be between 0 and 1: " + qualityCoefficient.toPlainString());
    }
  }

  /** A unit. */
  public static AllocationUnit of(String id, BigDecimal workPoints, BigDecimal qualityCoefficient) {
    return new AllocationUnit(id, workPoints, qualityCoefficient);
  }

  /** A unit with points and coefficient as decimal text, e.g. {@code of("T1", "1200", "0.92")}. */
  public static AllocationUnit of(String id, String workPoints, String qualityCoefficient) {
    Objects.requireNonNull(workPoints, "workPoints");
    Objects.requireNonNull(qualityCoefficient, "qualityCoefficient");
    return new AllocationUnit(id, decimal("workPoints", workPoints), decimal("qualityCoefficient", qualityCoefficient));
  }

  private static BigDecimal decimal(String name, String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a decimal number: " + text, e);
    }
  }

  /** For example {@code T1 1200 points × 0.92}. */
  @Override
  public String toString() {
    return id + " " + workPoints.toPlainString() + " points × " + qualityCoefficient.toPlainString();
  }
}
