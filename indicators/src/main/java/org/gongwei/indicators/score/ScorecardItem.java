package org.gongwei.indicators.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.target.Comparison;
import org.gongwei.indicators.target.Target;

/**
 * One line of a {@link Scorecard}: the measure scored, its weight in points, its target and the
 * rule converting the rate into points.
 *
 * <p>The rule must suit the target: {@link ScoreRule.Kind#PROPORTIONAL_CAPPED} needs a floor (≥),
 * {@link ScoreRule.Kind#INVERSE_CAPPED} a ceiling (≤), and a {@link ScoreRule.Kind#TIERED} table
 * compares the same way as the target.
 *
 * @param measureId the measure, e.g. {@code HTN-01} or a part such as {@code IMM-02(MMR,1)}
 * @param weight the points of the item, above 0 with at most 2 decimals
 * @param target the target
 * @param rule the score rule
 */
public record ScorecardItem(String measureId, BigDecimal weight, Target target, ScoreRule rule) {

  /**
   * An item.
   *
   * @throws IllegalArgumentException naming the item when the id is blank or has white space, the
   *     weight is not above 0 or has more than 2 decimals, or the rule does not suit the target
   */
  public ScorecardItem {
    Objects.requireNonNull(measureId, "measureId");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(rule, "rule");
    if (measureId.isBlank() || measureId.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("measureId must be non-blank without white space: '" + measureId + "'");
    }
    if (weight.signum() <= 0) {
      throw new IllegalArgumentException(measureId + ": weight must be above 0: " + weight.toPlainString());
    }
    if (weight.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(measureId + ": weight must have at most 2 decimals: " + weight.toPlainString());
    }
    weight = weight.setScale(2, RoundingMode.UNNECESSARY);
    Comparison needed = null;
    if (rule.kind() == ScoreRule.Kind.PROPORTIONAL_CAPPED) {
      needed = Comparison.AT_LEAST;
    } else if (rule.kind() == ScoreRule.Kind.INVERSE_CAPPED) {
      needed = Comparison.AT_MOST;
    } else if (rule.kind() == ScoreRule.Kind.TIERED) {
      needed = rule.tiers().orElseThrow().comparison();
    }
    if (needed != null && target.comparison() != needed) {
      throw new IllegalArgumentException(
          measureId + ": rule " + rule + " needs a " + (needed == Comparison.AT_LEAST ? "floor (≥)" : "ceiling (≤)")
              + " target, not " + target);
    }
  }

  /** An item with the default rule {@link ScoreRule#proportionalCapped()}. */
  public static ScorecardItem of(String measureId, BigDecimal weight, Target target) {
    return new ScorecardItem(measureId, weight, target, ScoreRule.proportionalCapped());
  }

  /** An item. */
  public static ScorecardItem of(String measureId, BigDecimal weight, Target target, ScoreRule rule) {
    return new ScorecardItem(measureId, weight, target, rule);
  }

  /**
   * The score of this item for {@code rate}, or for a missing rate (empty: the measure is not in
   * the report) under the {@code missing} policy.
   */
  ItemScore score(Optional<Rate> rate, MissingRate missing) {
    if (rate.isPresent() && rate.get().hasValue()) {
      ScoreRule.Scored s = rule.apply(rate.get(), target, weight);
      return new ItemScore(this, rate, ItemStatus.SCORED, s.score(), s.why());
    }
    String none = rate.map(r -> "no rate (" + r.status() + ")").orElse("no result");
    BigDecimal zero = BigDecimal.ZERO.setScale(2);
    return missing == MissingRate.EXCLUDE
        ? new ItemScore(this, rate, ItemStatus.NO_RATE_EXCLUDED, zero, none + " → excluded from the full score")
        : new ItemScore(this, rate, ItemStatus.NO_RATE_SCORED_ZERO, zero, none + " → 0 of " + ScoreRule.points(weight));
  }

  /** For example {@code HTN-01 10 points ≥ 60% PROPORTIONAL_CAPPED}. */
  @Override
  public String toString() {
    return measureId + " " + ScoreRule.points(weight) + " " + target + " " + rule;
  }
}
