package org.gongwei.indicators.points;

import java.util.Objects;

/**
 * The limit of a {@link PointsRule} per cap period ({@link PointsScheme#capPeriod()}): none, a
 * number of occurrences, or a number of points.
 *
 * @param kind what is limited
 * @param limit the limit, at least 1 ({@code 0} for {@link CapKind#NONE})
 */
public record Cap(CapKind kind, long limit) {
  private static final Cap NONE = new Cap(CapKind.NONE, 0);

  /**
   * Checks the limit.
   *
   * @throws IllegalArgumentException if the limit is below 1 for a cap, or not 0 for none
   */
  public Cap {
    Objects.requireNonNull(kind, "kind");
    if (kind == CapKind.NONE ? limit != 0 : limit < 1) {
      throw new IllegalArgumentException("limit of a " + kind + " cap must be " + (kind == CapKind.NONE ? "0" : "1 or more") + ": " + limit);
    }
  }

  /** No cap. */
  public static Cap none() {
    return NONE;
  }

  /** At most {@code occurrences} occurrences earn points per cap period. */
  public static Cap times(long occurrences) {
    return new Cap(CapKind.COUNT, occurrences);
  }

  /** At most {@code points} points per cap period. */
  public static Cap points(long points) {
    return new Cap(CapKind.POINTS, points);
  }

  /** For example {@code no cap}, {@code at most 4 times}, {@code at most 50 points}. */
  @Override
  public String toString() {
    return switch (kind) {
      case NONE -> "no cap";
      case COUNT -> "at most " + limit + (limit == 1 ? " time" : " times");
      case POINTS -> "at most " + limit + (limit == 1 ? " point" : " points");
    };
  }
}
