package org.gongwei.indicators.rate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A rate: the exact fraction numerator / denominator of two non-negative counts, with a {@link
 * RateStatus} that says whether it has a value.
 *
 * <p>The counts are kept exactly; rounding happens only when a value is asked for, always HALF_UP
 * from the exact fraction (never from an already rounded value), e.g. 3,280,200 / 5,456,400
 * gives {@code percent()} = 60.12. A zero denominator gives status {@link
 * RateStatus#NO_DENOMINATOR} and no value, never 0 or NaN; nothing here divides by zero.
 *
 * <pre>{@code
 * Rate r = Rate.of(1234, 2000);   // 61.70% (1234/2000)
 * r.percent();                     // Optional[61.70]
 * Rate.of(638_700, 1_406_800_000).format(Scale.PER_TEN_THOUSAND, 2);  // 4.54‱
 * }</pre>
 *
 * <p>Rates are values: equal when numerator, denominator and status are equal. They are
 * deliberately not {@code Comparable} (1/2 and 2/4 are different rates with the same value).
 */
public final class Rate {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final long numerator;
  private final long denominator;
  private final boolean missingEstimate;

  private Rate(long numerator, long denominator, boolean missingEstimate) {
    if (numerator < 0) {
      throw new IllegalArgumentException("numerator must be >= 0: " + numerator);
    }
    if (denominator < 0) {
      throw new IllegalArgumentException("denominator must be >= 0: " + denominator);
    }
    this.numerator = numerator;
    this.denominator = denominator;
    this.missingEstimate = missingEstimate;
  }

  /**
   * The rate {@code numerator / denominator}.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public static Rate of(long numerator, long denominator) {
    return new Rate(numerator, denominator, false);
  }

  /**
   * A rate whose denominator could not be had because the population estimate it needs is
   * missing: status {@link RateStatus#MISSING_ESTIMATE}, denominator 0, no value.
   *
   * @throws IllegalArgumentException if the numerator is negative
   */
  public static Rate missingEstimate(long numerator) {
    return new Rate(numerator, 0, true);
  }

  /** The numerator count, at least 0. */
  public long numerator() {
    return numerator;
  }

  /** The denominator count, at least 0 (0 for a rate without a denominator). */
  public long denominator() {
    return denominator;
  }

  /**
   * The status: {@link RateStatus#MISSING_ESTIMATE} for {@link #missingEstimate}; otherwise {@link
   * RateStatus#NO_DENOMINATOR} when the denominator is 0, {@link RateStatus#ABOVE_100} when the
   * numerator exceeds the denominator, else {@link RateStatus#OK}.
   */
  public RateStatus status() {
    if (missingEstimate) {
      return RateStatus.MISSING_ESTIMATE;
    }
    if (denominator == 0) {
      return RateStatus.NO_DENOMINATOR;
    }
    return numerator > denominator ? RateStatus.ABOVE_100 : RateStatus.OK;
  }

  /** Whether the rate has a value, i.e. a denominator above zero (status OK or ABOVE_100). */
  public boolean hasValue() {
    return !missingEstimate && denominator > 0;
  }

  /**
   * The fraction numerator / denominator to 34 significant digits ({@link MathContext#DECIMAL128});
   * empty without a denominator.
   */
  public Optional<BigDecimal> value() {
    if (!hasValue()) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128));
  }

  /**
   * The fraction rounded HALF_UP to {@code scale} decimals (from the exact fraction); empty
   * without a denominator.
   *
   * @throws IllegalArgumentException if {@code scale} is negative
   */
  public Optional<BigDecimal> value(int scale) {
    return scaled(BigDecimal.ONE, scale);
  }

  /**
   * The fraction × 100 rounded HALF_UP to {@code scale} decimals, e.g. 3,280,200 / 5,456,400 at
   * scale 2 is 60.12; empty without a denominator.
   *
   * @throws IllegalArgumentException if {@code scale} is negative
   */
  public Optional<BigDecimal> percent(int scale) {
    return scaled(HUNDRED, scale);
  }

  /** The percentage at the default display scale of 2 decimals: {@code percent(2)}. */
  public Optional<BigDecimal> percent() {
    return percent(2);
  }

  /**
   * The fraction × the multiplier of {@code unit} (100, 1,000 or 10,000) rounded HALF_UP to {@code
   * scale} decimals; empty without a denominator.
   *
   * @throws IllegalArgumentException if {@code scale} is negative
   */
  public Optional<BigDecimal> per(Scale unit, int scale) {
    Objects.requireNonNull(unit, "unit");
    return scaled(unit.multiplierDecimal(), scale);
  }

  private Optional<BigDecimal> scaled(BigDecimal multiplier, int scale) {
    if (scale < 0) {
      throw new IllegalArgumentException("scale must be >= 0: " + scale);
    }
    if (!hasValue()) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(numerator)
            .multiply(multiplier)
            .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP));
  }

  /**
   * The sum of two rates: numerators added and denominators added, e.g. 1/2 + 3/4 = 4/6. A rate
   * with a missing estimate absorbs the other: the sum is {@link #missingEstimate} of the summed
   * numerators. The operation is commutative and associative, with {@code Rate.of(0, 0)} as
   * identity.
   *
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public Rate plus(Rate other) {
    Objects.requireNonNull(other, "other");
    long n = Math.addExact(numerator, other.numerator);
    if (missingEstimate || other.missingEstimate) {
      return missingEstimate(n);
    }
    return of(n, Math.addExact(denominator, other.denominator));
  }

  /**
   * The value in {@code unit} at {@code scale} decimals followed by the unit's symbol, e.g. {@code
   * 4.54‱} or {@code 60.12%}; {@code —} without a denominator.
   */
  public String format(Scale unit, int scale) {
    return per(unit, scale).map(v -> v.toPlainString() + unit.symbol()).orElse("—");
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Rate)) {
      return false;
    }
    Rate r = (Rate) o;
    return numerator == r.numerator
        && denominator == r.denominator
        && missingEstimate == r.missingEstimate;
  }

  @Override
  public int hashCode() {
    return Objects.hash(numerator, denominator, status());
  }

  /**
   * The percentage at 2 decimals and the counts, e.g. {@code 61.70% (1234/2000)}; {@code
   * 103.00% (103/100, ABOVE_100)} above 100 %; {@code — (0/0, NO_DENOMINATOR)} without a value.
   */
  @Override
  public String toString() {
    RateStatus status = status();
    String counts = numerator + "/" + denominator;
    if (status == RateStatus.OK) {
      return format(Scale.PERCENT, 2) + " (" + counts + ")";
    }
    return format(Scale.PERCENT, 2) + " (" + counts + ", " + status + ")";
  }
}
