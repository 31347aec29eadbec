package org.gongwei.indicators.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.indicators.report.TextTable;
import org.gongwei.indicators.rate.Scale;

/**
 * A scorecard scored for one unit (an institution, a region, or a report's whole scope): each
 * item's score and why, the total, the full score and the quality coefficient (质量系数).
 *
 * <p>total = the sum of the item scores (each already HALF_UP to 2 decimals, so the table adds
 * up); full score = the sum of the weights of the counted items (all items, unless the scorecard
 * {@link MissingRate#EXCLUDE excludes} items without a rate); quality coefficient = total / full
 * score, HALF_UP to 4 decimals (indicators.md §15), e.g. 87.25 / 100 = 0.8725.
 *
 * @param scorecard the scorecard's name
 * @param unit the unit's key: institution or region code, or the scope ({@code all}, {@code
 *     institution T1})
 * @param label a readable label of the unit
 * @param items the item scores, in the scorecard's order
 */
public record ScorecardResult(String scorecard, String unit, String label, List<ItemScore> items) {

  /** Checks the components and copies the items. */
  public ScorecardResult {
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(label, "label");
    items = List.copyOf(Objects.requireNonNull(items, "items"));
  }

  /** The score of an item, if the scorecard has it. */
  public Optional<ItemScore> item(String measureId) {
    Objects.requireNonNull(measureId, "measureId");
    return items.stream().filter(i -> i.measureId().equals(measureId)).findFirst();
  }

  /** The sum of the item scores, 2 decimals. */
  public BigDecimal total() {
    return items.stream().map(ItemScore::score).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  /** The sum of the weights of the counted items, 2 decimals. */
  public BigDecimal fullScore() {
    return items.stream()
        .filter(ItemScore::isCounted)
        .map(i -> i.item().weight())
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  /**
   * total / full score, HALF_UP to 4 decimals, between 0 and 1; empty when the full score is 0
   * (every item excluded for lack of a rate).
   */
  public Optional<BigDecimal> qualityCoefficient() {
    BigDecimal full = fullScore();
    return full.signum() == 0 ? Optional.empty() : Optional.of(total().divide(full, 4, RoundingMode.HALF_UP));
  }

  /** The items as an aligned table with the total, full score and quality coefficient below. */
  public String toTable() {
    TextTable t = TextTable.of("Item", "Rate>", "Target", "Rule", "Weight>", "Score>", "Why");
    for (ItemScore i : items) {
      t.row(
          i.measureId(),
          i.rate().map(r -> r.format(Scale.PERCENT, 2)).orElse("—"),
          i.item().target().toString(),
          i.item().rule().kind().name(),
          i.item().weight().toPlainString(),
          i.isCounted() ? i.score().toPlainString() : "excluded",
          i.why());
    }
    return t + "Total " + total().toPlainString() + " / " + fullScore().toPlainString()
        + ", quality coefficient " + qualityCoefficient().map(BigDecimal::toPlainString).orElse("—") + "\n";
  }

  /** A heading line and {@link #toTable()}. */
  @Override
  public String toString() {
    String who = label.equals(unit) || label.isEmpty() ? unit : unit + " " + label;
    return "Scorecard " + scorecard + ", " + who + "\n" + toTable();
  }
}
