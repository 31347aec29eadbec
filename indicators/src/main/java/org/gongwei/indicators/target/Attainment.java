package org.gongwei.indicators.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.rate.Scale;

/**
 * How a rate stands against its target: the {@link Outcome} and the gap between them.
 *
 * <p>The comparison is exact, on the fraction numerator / denominator, not on a rounded
 * percentage: 5,999 / 10,000 does not meet ≥ 60 % even though it shows as 59.99 %, and 59,999 /
 * 100,000 (shown as 60.00 % at scale 2) does not meet it either. A value exactly on the threshold
 * meets the target, for floors and ceilings alike.
 *
 * <p>The gap is always rate − threshold. For a floor ({@link Comparison#AT_LEAST}) a negative gap
 * is the shortfall; for a ceiling ({@link Comparison#AT_MOST}) a positive gap is the excess above
 * the ceiling. Either way the target is met when the exact gap has the right sign or is zero.
 *
 * @param rate the rate
 * @param target the target it is judged against
 */
public record Attainment(Rate rate, Target target) {

  /** The attainment of {@code rate} against {@code target}. */
  public Attainment {
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(target, "target");
  }

  /** The attainment of {@code rate} against {@code target}. */
  public static Attainment of(Rate rate, Target target) {
    return new Attainment(rate, target);
  }

  /**
   * {@link Outcome#NOT_APPLICABLE} when the rate has no value; otherwise {@link Outcome#MET} when
   * numerator ≥ threshold × denominator (floor) or numerator ≤ threshold × denominator (ceiling),
   * compared exactly; else {@link Outcome#NOT_MET}.
   */
  public Outcome outcome() {
    if (!rate.hasValue()) {
      return Outcome.NOT_APPLICABLE;
    }
    int sign = exactGapNumerator().signum();
    boolean met = target.comparison() == Comparison.AT_LEAST ? sign >= 0 : sign <= 0;
    return met ? Outcome.MET : Outcome.NOT_MET;
  }

  /** Whether the outcome is {@link Outcome#MET}. */
  public boolean isMet() {
    return outcome() == Outcome.MET;
  }

  /**
   * (rate − threshold) × 100 in percentage points, rounded HALF_UP to 2 decimals; e.g. 60.12 %
   * against ≥ 60 % gives +0.12. Negative when the rate is below the threshold. Empty when the rate
   * has no value.
   */
  public Optional<BigDecimal> gapPoints() {
    return gap(Scale.PERCENT, 2);
  }

  /**
   * (rate − threshold) × the multiplier of {@code unit}, rounded HALF_UP to {@code scale} decimals
   * from the exact fraction; for per-thousand or per-ten-thousand figures, where a gap in
   * percentage points would round to zero. Empty when the rate has no value.
   *
   * @throws IllegalArgumentException if {@code scale} is negative
   */
  public Optional<BigDecimal> gap(Scale unit, int scale) {
    Objects.requireNonNull(unit, "unit");
    if (scale < 0) {
      throw new IllegalArgumentException("scale must be >= 0: " + scale);
    }
    if (!rate.hasValue()) {
      return Optional.empty();
    }
    return Optional.of(
        exactGapNumerator()
            .multiply(unit.multiplierDecimal())
            .divide(BigDecimal.valueOf(rate.denominator()), scale, RoundingMode.HALF_UP));
  }

  /** numerator − threshold × denominator, exactly: the gap times the denominator. */
  private BigDecimal exactGapNumerator() {
    return BigDecimal.valueOf(rate.numerator())
        .subtract(target.threshold().multiply(BigDecimal.valueOf(rate.denominator())));
  }

  /** For example {@code MET 60.12% ≥ 60% (+0.12 points)} or {@code NOT_APPLICABLE — ≥ 90%}. */
  @Override
  public String toString() {
    String head = outcome() + " " + rate.format(Scale.PERCENT, 2) + " " + target;
    return gapPoints()
        .map(g -> head + " (" + (g.signum() > 0 ? "+" : "") + g.toPlainString() + " points)")
        .orElse(head);
  }
}
