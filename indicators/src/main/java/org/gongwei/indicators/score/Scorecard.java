package org.gongwei.indicators.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.gongwei.indicators.rate.Rate;

/**
 * A performance-evaluation scorecard (绩效评价表): a name, items with unique measure ids (each a
 * weight, a target and a {@link ScoreRule}), and what to do with an item whose rate has no value.
 * Its full score is the sum of the weights (indicators.md §15).
 *
 * <p>A scorecard is data: {@code org.gongwei.io.standard.ScorecardJson} reads and writes it as
 * JSON.
 *
 * @param name the name, non-blank
 * @param items the items, at least one, with unique measure ids, in display order
 * @param missingRate scoring of items without a rate; {@link MissingRate#SCORE_ZERO} by default
 */
public record Scorecard(String name, List<ScorecardItem> items, MissingRate missingRate) {

  /**
   * A scorecard.
   *
   * @throws IllegalArgumentException if the name is blank, there are no items, or two items share
   *     a measure id (named)
   */
  public Scorecard {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(missingRate, "missingRate");
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (items.isEmpty()) {
      throw new IllegalArgumentException("scorecard " + name + ": items must not be empty");
    }
    Set<String> ids = new HashSet<>();
    for (ScorecardItem item : items) {
      if (!ids.add(item.measureId())) {
        throw new IllegalArgumentException("scorecard " + name + ": duplicate measure id " + item.measureId());
      }
    }
  }

  /** A scorecard scoring items without a rate 0 ({@link MissingRate#SCORE_ZERO}). */
  public static Scorecard of(String name, List<ScorecardItem> items) {
    return new Scorecard(name, items, MissingRate.SCORE_ZERO);
  }

  /** The same scorecard with another policy for items without a rate. */
  public Scorecard withMissingRate(MissingRate policy) {
    return new Scorecard(name, items, policy);
  }

  /** The item of {@code measureId}, if any. */
  public Optional<ScorecardItem> item(String measureId) {
    Objects.requireNonNull(measureId, "measureId");
    return items.stream().filter(i -> i.measureId().equals(measureId)).findFirst();
  }

  /** The full score: the sum of the weights (before any item is excluded for lack of a rate). */
  public BigDecimal fullScore() {
    return items.stream().map(ScorecardItem::weight).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  /**
   * The scorecard of one unit: {@code rates} gives the rate of each measure id, or empty when
   * there is no result for it (scored like a rate without a value).
   *
   * @param unit the unit's key (institution code, region code, scope)
   * @param label a readable label of the unit
   * @param rates the rate of a measure id
   */
  public ScorecardResult score(String unit, String label, Function<String, Optional<Rate>> rates) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(rates, "rates");
    List<ItemScore> scores = new ArrayList<>();
    for (ScorecardItem item : items) {
      Optional<Rate> rate = Objects.requireNonNull(rates.apply(item.measureId()), "rates: result for " + item.measureId());
      scores.add(item.score(rate, missingRate));
    }
    return new ScorecardResult(name, unit, label, scores);
  }

  /** For example {@code Scorecard[national, 11 items, 100 points, SCORE_ZERO]}. */
  @Override
  public String toString() {
    return "Scorecard[" + name + ", " + items.size() + (items.size() == 1 ? " item, " : " items, ")
        + ScoreRule.points(fullScore()) + ", " + missingRate + "]";
  }
}
