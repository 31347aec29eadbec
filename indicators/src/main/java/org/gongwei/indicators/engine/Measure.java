package org.gongwei.indicators.engine;

import java.util.Objects;

/**
 * One line of results an indicator produces: the headline rate ({@code HTN-01}) or a part of it
 * ({@code IMM-02(MMR,1)}, {@code FD-02(AGED_65_PLUS)}).
 *
 * @param id the result id, unique in a report: the indicator id, with the part in brackets
 * @param indicatorId the id of the indicator definition it belongs to
 * @param label a short label of the part in words ({@code "MMR dose 1"}), empty for the headline
 * @param populationBase which population estimate may replace the records-based denominator
 */
public record Measure(String id, String indicatorId, String label, PopulationBase populationBase) {

  /** Checks the components. */
  public Measure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(populationBase, "populationBase");
    if (!id.startsWith(indicatorId)) {
      throw new IllegalArgumentException("measure id " + id + " must start with its indicator id " + indicatorId);
    }
  }

  /** The headline measure of an indicator, with a records-based denominator. */
  public static Measure of(String indicatorId) {
    return new Measure(indicatorId, indicatorId, "", PopulationBase.NONE);
  }

  /** The headline measure of an indicator whose denominator is a population figure. */
  public static Measure of(String indicatorId, PopulationBase base) {
    return new Measure(indicatorId, indicatorId, "", base);
  }

  /** A part of an indicator: id {@code indicatorId(part)}. */
  public static Measure part(String indicatorId, String part, String label) {
    return new Measure(indicatorId + "(" + part + ")", indicatorId, label, PopulationBase.NONE);
  }

  /** Whether this is the headline measure of its indicator. */
  public boolean isHeadline() {
    return id.equals(indicatorId);
  }

  @Override
  public String toString() {
    return id;
  }
}
