package org.gongwei.indicators.points;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.gongwei.core.period.ReportingPeriod;

/** The calendar period over which the caps of a {@link PointsScheme} count: year, quarter or month. */
public enum CapPeriod {
  /** A calendar year. */
  YEAR("a year"),
  /** A calendar quarter. */
  QUARTER("a quarter"),
  /** A calendar month. */
  MONTH("a month");

  private final String words;

  CapPeriod(String words) {
    this.words = words;
  }

  /** The calendar period of this kind that contains {@code date}, e.g. {@code 2024-Q2} for a quarter. */
  public ReportingPeriod containing(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return switch (this) {
      case YEAR -> ReportingPeriod.ofYear(date.getYear());
      case QUARTER -> ReportingPeriod.ofQuarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
      case MONTH -> ReportingPeriod.ofMonth(YearMonth.from(date));
    };
  }

  /** In words after a cap: {@code "a year"}, {@code "a quarter"}, {@code "a month"}. */
  public String words() {
    return words;
  }
}
