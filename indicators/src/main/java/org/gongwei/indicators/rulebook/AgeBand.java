package org.gongwei.indicators.rulebook;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A band of ages in completed years for stratification, e.g. {@code 7-17} or the open-ended
 * {@code 65+}.
 *
 * @param fromYears the lowest age in the band, ≥ 0
 * @param toYearsInclusive the highest age in the band (≥ {@code fromYears}), empty when open-ended
 * @param label the name shown in stratified results, not blank
 */
public record AgeBand(int fromYears, OptionalInt toYearsInclusive, String label) {

  /**
   * A band.
   *
   * @throws IllegalArgumentException naming the value if an age is negative, the band is empty or
   *     the label is blank
   */
  public AgeBand {
    Objects.requireNonNull(toYearsInclusive, "toYearsInclusive");
    Objects.requireNonNull(label, "label");
    if (fromYears < 0) {
      throw new IllegalArgumentException("fromYears must be >= 0: " + fromYears);
    }
    if (toYearsInclusive.isPresent() && toYearsInclusive.getAsInt() < fromYears) {
      throw new IllegalArgumentException(
          "toYearsInclusive must be >= fromYears " + fromYears + ": " + toYearsInclusive.getAsInt());
    }
    if (label.isBlank()) {
      throw new IllegalArgumentException("label must not be blank");
    }
  }

  /** The band {@code from..to} (both inclusive) labelled {@code "from-to"}, e.g. {@code 7-17}. */
  public static AgeBand of(int fromYears, int toYearsInclusive) {
    return of(fromYears, toYearsInclusive, fromYears + "-" + toYearsInclusive);
  }

  /** The band {@code from..to} (both inclusive) with a label. */
  public static AgeBand of(int fromYears, int toYearsInclusive, String label) {
    return new AgeBand(fromYears, OptionalInt.of(toYearsInclusive), label);
  }

  /** The open-ended band {@code from} and over, labelled {@code "from+"}, e.g. {@code 65+}. */
  public static AgeBand andOver(int fromYears) {
    return andOver(fromYears, fromYears + "+");
  }

  /** The open-ended band {@code from} and over, with a label. */
  public static AgeBand andOver(int fromYears, String label) {
    return new AgeBand(fromYears, OptionalInt.empty(), label);
  }

  /** Whether the band has no upper age. */
  public boolean isOpenEnded() {
    return toYearsInclusive.isEmpty();
  }

  /** Whether {@code years} lies in the band. */
  public boolean contains(int years) {
    return years >= fromYears && (isOpenEnded() || years <= toYearsInclusive.getAsInt());
  }

  /** The label, e.g. {@code 35-64}. */
  @Override
  public String toString() {
    return label;
  }
}
