package org.gongwei.indicators.report;

/** How much of a report a table shows. */
public enum Detail {
  /** The headline measure of each indicator. */
  HEADLINES,
  /** Every measure, parts included (doses, key groups, checklist items). */
  ALL
}
