package org.gongwei.core.population;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.internal.Checks;
import org.gongwei.core.internal.DomainStyle;
import org.immutables.value.Value;

/**
 * External population figures and prevalence estimates for a scope (an institution or region code)
 * and year, one row of {@code populations.csv}. Population denominators prefer these figures
 * over counts of residents (indicators.md conventions).
 */
@Value.Immutable
@DomainStyle
public abstract class PopulationEstimate implements BundleRecord {
  PopulationEstimate() {}

  /** The institution or region code the figures are for (范围编码). */
  public abstract String scopeCode();

  /** The year. */
  public abstract int year();

  /** Permanent population (常住人口). */
  public abstract OptionalLong population();

  /** Adult population, aged 18 and over (成年人口). */
  public abstract OptionalLong adultPopulation();

  /** Population aged 65 and over. */
  public abstract OptionalLong population65Plus();

  /** Children aged 0–6 (under 7 full years). */
  public abstract OptionalLong population0To6();

  /** Hypertension prevalence among adults, a fraction (0.275 = 27.5 %). */
  public abstract Optional<BigDecimal> hypertensionPrevalence();

  /** Type 2 diabetes prevalence among adults, a fraction. */
  public abstract Optional<BigDecimal> diabetesPrevalence();

  @Override
  public final RecordType recordType() {
    return RecordType.POPULATION;
  }

  /** The scope code and year, for example {@code 430321/2024}. */
  @Override
  public final String id() {
    return scopeCode() + "/" + year();
  }

  @Value.Check
  protected void check() {
    Checks.requireText(scopeCode(), "scope_code");
    Checks.requireBetween(year(), 1900, 2999, "year");
    population().ifPresent(v -> Checks.requireNonNegative(v, "population"));
    adultPopulation().ifPresent(v -> Checks.requireNonNegative(v, "adult_population"));
    population65Plus().ifPresent(v -> Checks.requireNonNegative(v, "population_65_plus"));
    population0To6().ifPresent(v -> Checks.requireNonNegative(v, "population_0_6"));
    hypertensionPrevalence().ifPresent(p -> requireFraction(p, "hypertension_prevalence"));
    diabetesPrevalence().ifPresent(p -> requireFraction(p, "diabetes_prevalence"));
  }

  private static void requireFraction(BigDecimal p, String field) {
    if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(field + " must be a fraction between 0 and 1: " + p);
    }
  }

  /** For example {@code PopulationEstimate[430321/2024, population 380000]}. */
  @Override
  public String toString() {
    return "PopulationEstimate["
        + id()
        + (population().isPresent() ? ", population " + population().getAsLong() : "")
        + "]";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PopulationEstimate}; scope code and year are required. */
  public static final class Builder extends ImmutablePopulationEstimate.Builder {
    public Builder() {}
  }
}
