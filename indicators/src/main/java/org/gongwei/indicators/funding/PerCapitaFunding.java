package org.gongwei.indicators.funding;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The per-capita funding standard of the NBPHS (人均基本公共卫生服务经费补助标准) by year, in yuan
 * per resident per year, and the budget it gives a population.
 *
 * <p>{@link #national()} is the national table of indicators.md §16: 2009 15, 2011 25, 2013 30,
 * 2014 35, 2015 40, 2016 45, 2017 50, 2018 55, 2019 69, 2020 74, 2021 79, 2022 84, 2023 89, 2024
 * 94, 2025 99 yuan. A standard stays in force until the next one: a year not listed takes the
 * latest earlier standard (2010 → 15, 2012 → 25, a year after the last listed → the last one); a
 * year before the first listed has no standard. The table is data: {@link #of} and {@link
 * #withStandard} make a provincial one (provinces may add to the national standard).
 *
 * <pre>{@code
 * PerCapitaFunding.national().budget(2024, 380_000);   // 35720000.00 (380,000 × 94)
 * }</pre>
 *
 * <p>Immutable.
 */
public final class PerCapitaFunding {
  private static final PerCapitaFunding NATIONAL =
      of(
          Map.ofEntries(
              Map.entry(2009, new BigDecimal("15")),
              Map.entry(2011, new BigDecimal("25")),
              Map.entry(2013, new BigDecimal("30")),
              Map.entry(2014, new BigDecimal("35")),
              Map.entry(2015, new BigDecimal("40")),
              Map.entry(2016, new BigDecimal("45")),
              Map.entry(2017, new BigDecimal("50")),
              Map.entry(2018, new BigDecimal("55")),
              Map.entry(2019, new BigDecimal("69")),
              Map.entry(2020, new BigDecimal("74")),
              Map.entry(2021, new BigDecimal("79")),
              Map.entry(2022, new BigDecimal("84")),
              Map.entry(2023, new BigDecimal("89")),
              Map.entry(2024, new BigDecimal("94")),
              Map.entry(2025, new BigDecimal("99"))));

  private final ImmutableSortedMap<Integer, BigDecimal> standards;

  private PerCapitaFunding(ImmutableSortedMap<Integer, BigDecimal> standards) {
    this.standards = standards;
  }

  /** The national standards of indicators.md §16, 2009–2025. */
  public static PerCapitaFunding national() {
    return NATIONAL;
  }

  /**
   * A table of standards: year → yuan per resident, each above 0 with at most 2 decimals (kept
   * with 2 decimals).
   *
   * @throws IllegalArgumentException naming the year of a bad amount, or if the table is empty
   */
  public static PerCapitaFunding of(Map<Integer, BigDecimal> standards) {
    Objects.requireNonNull(standards, "standards");
    if (standards.isEmpty()) {
      throw new IllegalArgumentException("standards must not be empty");
    }
    TreeMap<Integer, BigDecimal> copy = new TreeMap<>();
    standards.forEach(
        (year, yuan) -> {
          Objects.requireNonNull(year, "standards: year");
          Objects.requireNonNull(yuan, "standards: amount of " + year);
          copy.put(year, yuan(year, yuan));
        });
    return new PerCapitaFunding(ImmutableSortedMap.copyOfSorted(copy));
  }

  private static BigDecimal yuan(int year, BigDecimal amount) {
    if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "standard of " + year + " must be above 0 yuan with at most 2 decimals: " + amount.toPlainString());
    }
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  /** The same table with the standard of {@code year} set to {@code yuanPerResident}. */
  public PerCapitaFunding withStandard(int year, BigDecimal yuanPerResident) {
    Objects.requireNonNull(yuanPerResident, "yuanPerResident");
    TreeMap<Integer, BigDecimal> copy = new TreeMap<>(standards);
    copy.put(year, yuan(year, yuanPerResident));
    return new PerCapitaFunding(ImmutableSortedMap.copyOfSorted(copy));
  }

  /** The standards as listed: year → yuan per resident (2 decimals), ascending years. */
  public SortedMap<Integer, BigDecimal> standards() {
    return standards;
  }

  /** The first year with a standard (2009 for the national table). */
  public int firstYear() {
    return standards.firstKey();
  }

  /**
   * The standard in force in {@code year}, yuan per resident with 2 decimals: the standard listed
   * for the year, or else the latest earlier one (2012 → 25.00).
   *
   * @throws IllegalArgumentException naming the year if it is before the first listed year
   */
  public BigDecimal standard(int year) {
    Map.Entry<Integer, BigDecimal> e = standards.floorEntry(year);
    if (e == null) {
      throw new IllegalArgumentException("no per-capita funding standard before " + firstYear() + ": " + year);
    }
    return e.getValue();
  }

  /**
   * The budget of a population in {@code year}: population × the standard, yuan with 2 decimals
   * (2024: 380,000 × 94 = 35,720,000.00).
   *
   * @throws IllegalArgumentException if the population is negative or the year has no standard
   */
  public BigDecimal budget(int year, long population) {
    if (population < 0) {
      throw new IllegalArgumentException("population must be >= 0: " + population);
    }
    return standard(year).multiply(BigDecimal.valueOf(population));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PerCapitaFunding && ((PerCapitaFunding) o).standards.equals(standards);
  }

  @Override
  public int hashCode() {
    return standards.hashCode();
  }

  /** For example {@code per-capita funding (yuan): 2009 15.00, 2011 25.00, …}. */
  @Override
  public String toString() {
    return standards.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue().toPlainString())
        .collect(Collectors.joining(", ", "per-capita funding (yuan): ", ""));
  }
}
