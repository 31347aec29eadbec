package org.gongwei.indicators.funding;

/** Whether a unit's work points were corrected by its quality coefficient in a {@link WorkPointAllocation}. */
public enum Correction {
  /** The coefficient is at or above the threshold: the points are kept. */
  NONE,
  /** The coefficient is below the threshold: corrected points = points × coefficient. */
  BY_COEFFICIENT
}
