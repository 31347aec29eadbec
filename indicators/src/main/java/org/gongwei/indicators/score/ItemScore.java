package org.gongwei.indicators.score;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.target.Attainment;

/**
 * The score of one {@link ScorecardItem} for one unit: the rate used, the points earned and why.
 *
 * @param item the item
 * @param rate the rate used; empty when the report has no result for the measure (or the stratum)
 * @param status scored, or without a rate scored 0 or excluded
 * @param score the points, HALF_UP to 2 decimals (0.00 without a rate)
 * @param why the reason in words, e.g. {@code 60.12% of target 65% → 92.49% of 10 points}
 */
public record ItemScore(ScorecardItem item, Optional<Rate> rate, ItemStatus status, BigDecimal score, String why) {

  /** Checks the components. */
  public ItemScore {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(why, "why");
  }

  /** The measure id of the item. */
  public String measureId() {
    return item.measureId();
  }

  /** Whether the item's weight counts in the full score (not {@link ItemStatus#NO_RATE_EXCLUDED}). */
  public boolean isCounted() {
    return status != ItemStatus.NO_RATE_EXCLUDED;
  }

  /** The rate against the item's target; empty when the report has no result for the measure. */
  public Optional<Attainment> attainment() {
    return rate.map(r -> Attainment.of(r, item.target()));
  }

  /** For example {@code HTN-01 9.25: 60.12% of target 65% → 92.49% of 10 points}. */
  @Override
  public String toString() {
    return item.measureId() + " " + score.toPlainString() + ": " + why;
  }
}
