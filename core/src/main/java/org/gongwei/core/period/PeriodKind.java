package org.gongwei.core.period;

/** The kind of a {@link ReportingPeriod}: the calendar unit it covers, or a custom range. */
public enum PeriodKind {
  /** A calendar year, 1 January – 31 December ({@code 2024}). */
  YEAR,
  /** A calendar quarter: January–March, April–June, July–September, October–December ({@code 2024-Q2}). */
  QUARTER,
  /** A calendar month ({@code 2024-05}). */
  MONTH,
  /**
   * The maternal and child health statistical year (妇幼卫生统计年度), 1 October of the previous
   * year – 30 September, named after the year it ends in ({@code MCH2024}).
   */
  MCH_YEAR,
  /** Any other inclusive date range ({@code 2024-01-15..2024-03-31}). */
  CUSTOM
}
