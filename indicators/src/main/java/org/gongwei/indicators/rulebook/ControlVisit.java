package org.gongwei.indicators.rulebook;

/**
 * Which follow-up decides whether a hypertension or diabetes patient is controlled (达标): knob
 * {@code controlVisit}, indicators.md §7.
 */
public enum ControlVisit {
  /**
   * The latest follow-up in the period that carries the measurement (blood pressure / fasting
   * glucose) (default).
   */
  LATEST_WITH_MEASUREMENT,
  /**
   * The latest follow-up in the period, measured or not; without the measurement the patient is
   * not controlled.
   */
  LATEST_ANY
}
