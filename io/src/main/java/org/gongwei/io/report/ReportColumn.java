package org.gongwei.io.report;

/**
 * The columns of the tabular reports (CSV and xlsx), one row per indicator × stratum, in order.
 * The keys are those of the JSON report, so that the three formats carry the same data.
 *
 * <p>A headline or part result gives one row with the stratum columns empty; a stratified result
 * is followed by one row per stratum.
 */
public enum ReportColumn {
  /** The measure id, e.g. {@code HTN-01} or {@code IMM-02(MMR,1)}. */
  ID("id", Kind.TEXT),
  /** The label of a part ({@code MMR dose 1}); empty for a headline. */
  PART("part", Kind.TEXT),
  /** The indicator's Chinese name. */
  NAME("name", Kind.TEXT),
  /** The stratification of a stratum row ({@code INSTITUTION}, {@code SEX}, …); empty on total rows. */
  STRATIFICATION("stratification", Kind.TEXT),
  /** The stratum key (institution code, region code, sex, age-band index). */
  STRATUM_KEY("stratumKey", Kind.TEXT),
  /** The stratum label (institution name, 男/女, age band). */
  STRATUM_LABEL("stratumLabel", Kind.TEXT),
  /** The numerator count. */
  NUMERATOR("numerator", Kind.INTEGER),
  /** The denominator count (0 without one). */
  DENOMINATOR("denominator", Kind.INTEGER),
  /** The fraction numerator / denominator, 6 decimals HALF_UP; empty without a value. */
  VALUE("value", Kind.FRACTION),
  /**
   * The value in the indicator's unit (per hundred, thousand or ten thousand), 2 decimals HALF_UP;
   * empty without a value and for counts.
   */
  PERCENT("percent", Kind.DECIMAL),
  /** The unit: {@code PERCENT}, {@code PER_THOUSAND}, {@code PER_TEN_THOUSAND} or {@code COUNT}. */
  UNIT("unit", Kind.TEXT),
  /** The rate status: {@code OK}, {@code NO_DENOMINATOR}, {@code MISSING_ESTIMATE}, {@code ABOVE_100}. */
  STATUS("status", Kind.TEXT),
  /** Where the denominator came from: {@code RECORDS} or {@code ESTIMATE}. */
  DENOMINATOR_SOURCE("denominatorSource", Kind.TEXT),
  /** The rulebook's target, e.g. {@code ≥ 60%}; empty without one. */
  TARGET("target", Kind.TEXT),
  /** The attainment: {@code MET}, {@code NOT_MET} or {@code NOT_APPLICABLE}; empty without a target. */
  OUTCOME("outcome", Kind.TEXT),
  /**
   * Value − target in the indicator's unit (percentage points for %), 2 decimals HALF_UP; negative
   * below the threshold; empty without a target or a value.
   */
  GAP("gap", Kind.DECIMAL);

  /** What a column holds, which decides how it is written. */
  public enum Kind {
    /** Text, guarded against formula evaluation in CSV and xlsx. */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** A fraction between 0 and (usually) 1: a percentage format in xlsx. */
    FRACTION,
    /** A decimal number with 2 decimals. */
    DECIMAL
  }

  private final String key;
  private final Kind kind;

  ReportColumn(String key, Kind kind) {
    this.key = key;
    this.kind = kind;
  }

  /** The column name in the header, the same as the JSON key, e.g. {@code denominatorSource}. */
  public String key() {
    return key;
  }

  /** What the column holds. */
  public Kind kind() {
    return kind;
  }

  /** Whether the column is about the stratum (empty on total rows). */
  public boolean isStratumColumn() {
    return this == STRATIFICATION || this == STRATUM_KEY || this == STRATUM_LABEL;
  }
}
