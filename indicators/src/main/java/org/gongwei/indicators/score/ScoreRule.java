package org.gongwei.indicators.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.rate.Scale;
import org.gongwei.indicators.target.Attainment;
import org.gongwei.indicators.target.Target;

/**
 * How a rate with weight w (points) and target t (a fraction) is converted into a score, as in
 * the performance evaluation (绩效评价) of indicators.md §15:
 *
 * <ul>
 *   <li>{@link Kind#PROPORTIONAL_CAPPED} (the default): w × min(rate / t, 1), for "higher is
 *       better" measures with a floor (≥) target. A target of 0 is met by every rate: w.
 *   <li>{@link Kind#INVERSE_CAPPED}: w × min(t / rate, 1), for "lower is better" measures with a
 *       ceiling (≤) target. A rate of 0 meets any ceiling and earns w (the limit of t / rate);
 *       with a ceiling of 0 a rate above 0 earns 0.
 *   <li>{@link Kind#BINARY}: w when the target is met, else 0.
 *   <li>{@link Kind#TIERED}: w × the share of the first tier of a {@link Tiers} table the rate
 *       meets (0 below every tier). The cut-offs apply to the rate itself; the item's target does
 *       not enter the score.
 * </ul>
 *
 * <p>The score is computed from the exact fraction numerator / denominator and rounded once,
 * HALF_UP to 2 decimals: 601 / 1,000 against ≥ 65 % with w = 10 gives 10 × 601 / 650 =
 * 9.2461… → 9.25. Comparisons with the target are exact, as in {@link Attainment}.
 *
 * <p>Immutable. {@link #toString()} gives {@code PROPORTIONAL_CAPPED} … or {@code TIERED(≥ 90% →
 * 100%, ≥ 80% → 80%, else 0%)}, which {@link #parse} reads back.
 */
public final class ScoreRule {
  /** The kinds of score rule. */
  public enum Kind {
    /** w × min(rate / t, 1). */
    PROPORTIONAL_CAPPED,
    /** w × min(t / rate, 1); a rate of 0 earns w. */
    INVERSE_CAPPED,
    /** w if the target is met, else 0. */
    BINARY,
    /** w × the share of the first tier met, else 0. */
    TIERED
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final ScoreRule PROPORTIONAL = new ScoreRule(Kind.PROPORTIONAL_CAPPED, null);
  private static final ScoreRule INVERSE = new ScoreRule(Kind.INVERSE_CAPPED, null);
  private static final ScoreRule BINARY = new ScoreRule(Kind.BINARY, null);

  private final Kind kind;
  private final Tiers tiers;

  private ScoreRule(Kind kind, Tiers tiers) {
    this.kind = kind;
    this.tiers = tiers;
  }

  /** w × min(rate / t, 1): the default rule. */
  public static ScoreRule proportionalCapped() {
    return PROPORTIONAL;
  }

  /** w × min(t / rate, 1), a rate of 0 earning w. */
  public static ScoreRule inverseCapped() {
    return INVERSE;
  }

  /** w if the target is met, else 0. */
  public static ScoreRule binary() {
    return BINARY;
  }

  /** w × the share of the first tier of {@code tiers} the rate meets, else 0. */
  public static ScoreRule tiered(Tiers tiers) {
    return new ScoreRule(Kind.TIERED, Objects.requireNonNull(tiers, "tiers"));
  }

  /**
   * The rule of a kind without a table.
   *
   * @throws IllegalArgumentException for {@link Kind#TIERED}, which needs its tiers
   */
  public static ScoreRule of(Kind kind) {
    Objects.requireNonNull(kind, "kind");
    switch (kind) {
      case PROPORTIONAL_CAPPED:
        return PROPORTIONAL;
      case INVERSE_CAPPED:
        return INVERSE;
      case BINARY:
        return BINARY;
      default:
        throw new IllegalArgumentException("a TIERED rule needs its tiers: use ScoreRule.tiered(tiers)");
    }
  }

  /**
   * The rule written by {@link #toString()}: a kind's name (any case), or {@code TIERED(…)} with
   * the tiers as {@link Tiers#parse} reads them.
   *
   * @throws IllegalArgumentException naming the text if it is none of these
   */
  public static ScoreRule parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    String upper = t.toUpperCase(Locale.ROOT);
    if (upper.startsWith("TIERED(") && t.endsWith(")")) {
      return tiered(Tiers.parse(t.substring("TIERED(".length(), t.length() - 1)));
    }
    for (Kind k : Kind.values()) {
      if (k != Kind.TIERED && k.name().equals(upper)) {
        return of(k);
      }
    }
    throw new IllegalArgumentException(
        "unknown score rule '" + text + "' (PROPORTIONAL_CAPPED, INVERSE_CAPPED, BINARY or TIERED(…))");
  }

  public Kind kind() {
    return kind;
  }

  /** The tier table of a {@link Kind#TIERED} rule; empty for the other kinds. */
  public Optional<Tiers> tiers() {
    return Optional.ofNullable(tiers);
  }

  /**
   * The score of {@code rate} against {@code target} with weight {@code weight}, HALF_UP to 2
   * decimals (see the class comment for the formulas).
   *
   * @throws IllegalArgumentException if the rate has no value or the weight is negative
   */
  public BigDecimal score(Rate rate, Target target, BigDecimal weight) {
    return apply(rate, target, weight).score();
  }

  /** A score with the reason in words. */
  record Scored(BigDecimal score, String why) {}

  Scored apply(Rate rate, Target target, BigDecimal weight) {
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(weight, "weight");
    if (!rate.hasValue()) {
      throw new IllegalArgumentException("a rate without a value cannot be scored: " + rate);
    }
    if (weight.signum() < 0) {
      throw new IllegalArgumentException("weight must be >= 0: " + weight.toPlainString());
    }
    BigDecimal n = BigDecimal.valueOf(rate.numerator());
    BigDecimal d = BigDecimal.valueOf(rate.denominator());
    BigDecimal t = target.threshold();
    BigDecimal td = t.multiply(d);
    String shown = rate.format(Scale.PERCENT, 2);
    String points = points(weight);
    String ofTarget = target.thresholdPercent().toPlainString() + "%";
    switch (kind) {
      case PROPORTIONAL_CAPPED:
        if (t.signum() == 0 || n.compareTo(td) >= 0) {
          return new Scored(full(weight), shown + " reaches target " + ofTarget + " → 100% of " + points);
        }
        // w × n / (t × d), rounded once
        return new Scored(
            weight.multiply(n).divide(td, 2, RoundingMode.HALF_UP),
            shown + " of target " + ofTarget + " → " + percentOf(n, td) + " of " + points);
      case INVERSE_CAPPED:
        if (n.compareTo(td) <= 0) {
          return new Scored(full(weight), shown + " within ceiling " + ofTarget + " → 100% of " + points);
        }
        // w × t × d / n, rounded once (n > t × d ≥ 0 here, so n > 0)
        return new Scored(
            weight.multiply(td).divide(n, 2, RoundingMode.HALF_UP),
            shown + " above ceiling " + ofTarget + " → " + percentOf(td, n) + " of " + points);
      case BINARY:
        return Attainment.of(rate, target).isMet()
            ? new Scored(full(weight), shown + " meets " + target + " → " + points)
            : new Scored(BigDecimal.ZERO.setScale(2), shown + " misses " + target + " → 0 of " + points);
      default:
        return tiers
            .tierOf(rate)
            .map(
                tier ->
                    new Scored(
                        weight.multiply(tier.share()).setScale(2, RoundingMode.HALF_UP),
                        shown + " meets tier " + tier.cutOff() + " → " + tier.sharePercent().toPlainString() + "% of " + points))
            .orElseGet(() -> new Scored(BigDecimal.ZERO.setScale(2), shown + " meets no tier → 0% of " + points));
    }
  }

  private static BigDecimal full(BigDecimal weight) {
    return weight.setScale(2, RoundingMode.HALF_UP);
  }

  private static String percentOf(BigDecimal numerator, BigDecimal denominator) {
    return numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** For example {@code 10 points}, {@code 2.5 points}, {@code 1 point}. */
  static String points(BigDecimal weight) {
    BigDecimal w = weight.stripTrailingZeros();
    String text = (w.scale() < 0 ? w.setScale(0) : w).toPlainString();
    return text + (w.compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreRule && ((ScoreRule) o).kind == kind && Objects.equals(((ScoreRule) o).tiers, tiers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, tiers);
  }

  /** The kind's name, with the tiers in brackets for {@code TIERED(…)}. */
  @Override
  public String toString() {
    return tiers == null ? kind.name() : kind.name() + "(" + tiers + ")";
  }
}
