package org.gongwei.indicators.definition;

import java.util.Optional;
import org.gongwei.indicators.rate.Scale;

/** The unit in which an indicator is reported: a rate in some {@link Scale}, or a plain count. */
public enum Unit {
  /** A rate per hundred (%). */
  PERCENT(Scale.PERCENT),
  /** A rate per thousand (‰), e.g. SMD-02. */
  PER_THOUSAND(Scale.PER_THOUSAND),
  /** A rate per ten thousand (‱), e.g. PC-02. */
  PER_TEN_THOUSAND(Scale.PER_TEN_THOUSAND),
  /** A count without denominator, e.g. SUP-02. */
  COUNT(null);

  private final Scale scale;

  Unit(Scale scale) {
    this.scale = scale;
  }

  /** The scale a rate of this unit is shown in; empty for {@link #COUNT}. */
  public Optional<Scale> scale() {
    return Optional.ofNullable(scale);
  }

  /** Whether this unit is a rate (has a denominator), i.e. not {@link #COUNT}. */
  public boolean isRate() {
    return scale != null;
  }
}
