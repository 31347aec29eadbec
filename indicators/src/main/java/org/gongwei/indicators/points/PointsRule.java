package org.gongwei.indicators.points;

import java.util.Objects;

/**
 * A rule of a {@link PointsScheme}: each occurrence of {@code behaviour} earns {@code points},
 * within {@code cap} per cap period.
 *
 * @param behaviour the behaviour
 * @param points the points per occurrence, at least 1
 * @param cap the limit per cap period
 */
public record PointsRule(Behaviour behaviour, long points, Cap cap) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if {@code points} is below 1
   */
  public PointsRule {
    Objects.requireNonNull(behaviour, "behaviour");
    Objects.requireNonNull(cap, "cap");
    if (points < 1) {
      throw new IllegalArgumentException("points of " + behaviour + " must be 1 or more: " + points);
    }
  }

  /** A rule without a cap. */
  public static PointsRule of(Behaviour behaviour, long points) {
    return new PointsRule(behaviour, points, Cap.none());
  }

  /** A rule with a cap. */
  public static PointsRule of(Behaviour behaviour, long points, Cap cap) {
    return new PointsRule(behaviour, points, cap);
  }

  /** This rule with {@code newCap}. */
  public PointsRule withCap(Cap newCap) {
    return new PointsRule(behaviour, points, newCap);
  }

  /** For example {@code FACE_TO_FACE_FOLLOW_UP → 10 points, at most 4 times}. */
  @Override
  public String toString() {
    return behaviour + " → " + points + (points == 1 ? " point" : " points") + (cap.kind() == CapKind.NONE ? "" : ", " + cap);
  }
}
