package org.gongwei.indicators.colour;

import java.util.Objects;

/**
 * Where a patient stands in one census of a {@link ColourTransitions} matrix: not a managed patient
 * of the condition in that period, or managed with a colour.
 */
public enum ColourState {
  /** Not a managed patient of the condition in the period (not in the census). */
  NOT_MANAGED,
  /** Managed and green. */
  GREEN,
  /** Managed and yellow. */
  YELLOW,
  /** Managed and red. */
  RED;

  /** The state of a managed patient of {@code colour}. */
  public static ColourState of(Colour colour) {
    Objects.requireNonNull(colour, "colour");
    return switch (colour) {
      case GREEN -> GREEN;
      case YELLOW -> YELLOW;
      case RED -> RED;
    };
  }
}
