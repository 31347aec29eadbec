package org.gongwei.indicators.points;

/** What a {@link Cap} limits in each cap period. */
public enum CapKind {
  /** Nothing: every occurrence earns. */
  NONE,
  /** The number of occurrences that earn points. */
  COUNT,
  /** The points earned. */
  POINTS
}
