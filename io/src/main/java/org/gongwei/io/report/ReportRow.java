package org.gongwei.io.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongwei.indicators.definition.IndicatorDefinition;
import org.gongwei.indicators.definition.Unit;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.rate.Scale;
import org.gongwei.indicators.report.Detail;
import org.gongwei.indicators.report.IndicatorReport;
import org.gongwei.indicators.report.IndicatorResult;
import org.gongwei.indicators.report.Stratum;
import org.gongwei.indicators.target.Attainment;

/**
 * One row of a tabular report: a result, or one stratum of it, with the value of every {@link
 * ReportColumn} (a {@code String}, {@code Long} or {@code BigDecimal}, or {@code null} for an
 * empty cell).
 */
final class ReportRow {
  /** Decimals of the fraction in {@link ReportColumn#VALUE}. */
  static final int VALUE_SCALE = 6;
  /** Decimals of the value in its unit and of the gap. */
  static final int DISPLAY_SCALE = 2;

  private final IndicatorResult result;
  private final Optional<Stratum> stratum;

  ReportRow(IndicatorResult result, Optional<Stratum> stratum) {
    this.result = result;
    this.stratum = stratum;
  }

  /** The rows of a report: each result of the detail, followed by its strata. */
  static List<ReportRow> of(IndicatorReport report, Detail detail) {
    List<ReportRow> rows = new ArrayList<>();
    for (IndicatorResult r : results(report, detail)) {
      rows.add(new ReportRow(r, Optional.empty()));
      for (Stratum s : r.strata()) {
        rows.add(new ReportRow(r, Optional.of(s)));
      }
    }
    return rows;
  }

  /** The results a detail shows. */
  static List<IndicatorResult> results(IndicatorReport report, Detail detail) {
    return detail == Detail.ALL ? report.results() : report.headlines();
  }

  IndicatorResult result() {
    return result;
  }

  Optional<Stratum> stratum() {
    return stratum;
  }

  boolean isStratum() {
    return stratum.isPresent();
  }

  /** The rate of the row: the stratum's or the result's. */
  Rate rate() {
    return stratum.map(Stratum::rate).orElse(result.rate());
  }

  Optional<Attainment> attainment() {
    return stratum.map(Stratum::attainment).orElse(result.attainment());
  }

  /** The value of a column, or {@code null} for an empty cell. */
  Object value(ReportColumn column) {
    Rate rate = rate();
    Unit unit = result.unit();
    switch (column) {
      case ID:
        return result.id();
      case PART:
        return result.measure().isHeadline() ? null : result.measure().label();
      case NAME:
        return name(result);
      case STRATIFICATION:
        return stratum.map(s -> s.stratification().name()).orElse(null);
      case STRATUM_KEY:
        return stratum.map(Stratum::key).orElse(null);
      case STRATUM_LABEL:
        return stratum.map(Stratum::label).orElse(null);
      case NUMERATOR:
        return rate.numerator();
      case DENOMINATOR:
        return rate.denominator();
      case VALUE:
        return fraction(rate);
      case PERCENT:
        return inUnit(rate, unit).orElse(null);
      case UNIT:
        return unit.name();
      case STATUS:
        return rate.status().name();
      case DENOMINATOR_SOURCE:
        return stratum.map(Stratum::denominatorSource).orElse(result.denominatorSource()).name();
      case TARGET:
        return attainment().map(a -> a.target().toString()).orElse(null);
      case OUTCOME:
        return attainment().map(a -> a.outcome().name()).orElse(null);
      case GAP:
        return attainment().flatMap(a -> gap(a, unit)).orElse(null);
      default:
        throw new AssertionError(column);
    }
  }

  /** The indicator's Chinese name (without the part), or its id when the catalogue lacks it. */
  static String name(IndicatorResult r) {
    return r.definition().map(IndicatorDefinition::nameZh).orElse(r.measure().indicatorId());
  }

  /** The fraction at 6 decimals, or {@code null} without a value. */
  static BigDecimal fraction(Rate rate) {
    return rate.value(VALUE_SCALE).orElse(null);
  }

  /** The value in the unit at 2 decimals; empty without a value and for counts. */
  static Optional<BigDecimal> inUnit(Rate rate, Unit unit) {
    return unit.scale().flatMap(s -> rate.per(s, DISPLAY_SCALE));
  }

  /** Value − threshold in the unit at 2 decimals; empty without a value. */
  static Optional<BigDecimal> gap(Attainment a, Unit unit) {
    return a.gap(unit.scale().orElse(Scale.PERCENT), DISPLAY_SCALE);
  }
}
