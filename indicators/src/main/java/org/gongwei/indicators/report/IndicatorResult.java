package org.gongwei.indicators.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.indicators.definition.IndicatorDefinition;
import org.gongwei.indicators.definition.Unit;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.target.Attainment;

/**
 * The result of one measure for a report's period and scope.
 *
 * @param measure the measure (headline or part)
 * @param definition the indicator's definition, when the catalogue has it
 * @param rate numerator, denominator and status
 * @param denominatorSource where the denominator came from
 * @param attainment against the target of the rulebook for this measure id, if any
 * @param strata the strata, when the report is stratified (empty otherwise)
 */
public record IndicatorResult(
    Measure measure,
    Optional<IndicatorDefinition> definition,
    Rate rate,
    DenominatorSource denominatorSource,
    Optional<Attainment> attainment,
    List<Stratum> strata) {

  /** Checks the components and copies the strata. */
  public IndicatorResult {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(denominatorSource, "denominatorSource");
    Objects.requireNonNull(attainment, "attainment");
    strata = List.copyOf(strata);
  }

  /** The measure id, for example {@code HTN-01} or {@code IMM-02(MMR,1)}. */
  public String id() {
    return measure.id();
  }

  /** The unit of the indicator (percent unless the definition says otherwise). */
  public Unit unit() {
    return definition.map(IndicatorDefinition::unit).orElse(Unit.PERCENT);
  }

  /** The Chinese name, with the part's label for a part. */
  public String nameZh() {
    String name = definition.map(IndicatorDefinition::nameZh).orElse(measure.indicatorId());
    return measure.isHeadline() ? name : name + " · " + measure.label();
  }

  /**
   * The value as displayed: the rate in its unit with 2 decimals ({@code 61.70%}, {@code
   * 4.12‰}), the count for a count, or {@code —} without a denominator.
   */
  public String displayValue() {
    Unit unit = unit();
    if (!unit.isRate()) {
      return Long.toString(rate.numerator());
    }
    return rate.hasValue() ? rate.format(unit.scale().orElseThrow(), 2) : "—";
  }

  @Override
  public String toString() {
    return id() + " " + displayValue() + " (" + rate.numerator() + "/" + rate.denominator() + ", " + rate.status() + ")";
  }
}
