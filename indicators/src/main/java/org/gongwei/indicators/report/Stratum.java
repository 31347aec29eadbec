package org.gongwei.indicators.report;

import java.util.Objects;
import java.util.Optional;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.target.Attainment;

/**
 * One stratum of a result: the rate among the residents (or events) of one institution, region,
 * sex or age band.
 *
 * @param stratification how the result was split
 * @param key the stratum key (institution code, region code, sex name, age-band index)
 * @param label a readable label (institution name, 男/女, age band)
 * @param rate the rate in this stratum
 * @param denominatorSource where the denominator came from (records for sex and age strata)
 * @param attainment against the indicator's target, when it has one
 */
public record Stratum(
    Stratification stratification,
    String key,
    String label,
    Rate rate,
    DenominatorSource denominatorSource,
    Optional<Attainment> attainment) {

  /** Checks the components. */
  public Stratum {
    Objects.requireNonNull(stratification, "stratification");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(denominatorSource, "denominatorSource");
    Objects.requireNonNull(attainment, "attainment");
  }

  @Override
  public String toString() {
    return key + " " + label + ": " + rate;
  }
}
