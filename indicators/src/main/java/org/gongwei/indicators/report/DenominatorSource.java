package org.gongwei.indicators.report;

/** Where a result's denominator came from (indicators.md conventions, population denominator). */
public enum DenominatorSource {
  /** Counted from the records. */
  RECORDS,
  /** An external estimate of {@code populations.csv} (possibly missing: see the rate's status). */
  ESTIMATE
}
