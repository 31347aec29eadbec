package org.gongwei.examples.generator;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.gongwei.core.population.PopulationEstimate;

/**
 * Counts of the population at the end of the year per township, from which the population estimates
 * ({@code populations.csv}) are made.
 */
final class Tally {
  /**
   * Adult hypertension prevalence of the province, as the estimates state it (China 2018: 27.5 %).
   */
  static final BigDecimal HYPERTENSION_PREVALENCE = new BigDecimal("0.275");

  /** Adult diabetes prevalence of the province, as the estimates state it (China 2017: 11.2 %). */
  static final BigDecimal DIABETES_PREVALENCE = new BigDecimal("0.112");

  private static final long ESTIMATES = 6;

  private final County county;
  private final long[] population;
  private final long[] adults;
  private final long[] elderly;
  private final long[] children;

  Tally(County county) {
    this.county = county;
    int n = county.townships.size();
    population = new long[n];
    adults = new long[n];
    elderly = new long[n];
    children = new long[n];
  }

  /** Counts a resident who is in the population at the end of the year. */
  void count(Person p) {
    if (!p.isInPopulationAtEnd()) {
      return;
    }
    int t = p.place.township().ordinal;
    population[t]++;
    if (p.age >= 18) {
      adults[t]++;
    }
    if (p.age >= 65) {
      elderly[t]++;
    }
    if (p.age <= 6) {
      children[t]++;
    }
  }

  /**
   * Emits one estimate per township and one for the county, their sum: the counts off by up to ±3 %
   * (a statistics office's figures are not the health records'), with the provincial prevalences.
   */
  void emitEstimates(Run run) {
    SplittableRandom r = Draw.stream(run.seed, ESTIMATES, 0);
    long[] total = new long[4];
    for (County.Township t : county.townships) {
      int i = t.ordinal;
      double factor = 1 + (r.nextDouble() - 0.5) * 0.06;
      long[] values = {
        Math.round(population[i] * factor),
        Math.round(adults[i] * factor),
        Math.round(elderly[i] * factor),
        Math.round(children[i] * factor)
      };
      for (int k = 0; k < 4; k++) {
        total[k] += values[k];
      }
      run.emit(estimate(t.code, run.year, values));
    }
    run.emit(estimate(county.code, run.year, total));
  }

  private static PopulationEstimate estimate(String scope, int year, long[] values) {
    return PopulationEstimate.builder()
        .scopeCode(scope)
        .year(year)
        .population(values[0])
        .adultPopulation(values[1])
        .population65Plus(values[2])
        .population0To6(values[3])
        .hypertensionPrevalence(HYPERTENSION_PREVALENCE)
        .diabetesPrevalence(DIABETES_PREVALENCE)
        .build();
  }
}
