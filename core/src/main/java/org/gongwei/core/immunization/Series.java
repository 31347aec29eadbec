package org.gongwei.core.immunization;

/** Whether a scheduled dose belongs to the primary programme or to an alternative series. */
public enum Series {
  /** A dose of the programme's own schedule (for example JE_L, the live Japanese-encephalitis vaccine). */
  PRIMARY,
  /**
   * A dose of an alternative series that may replace primary doses (for example JE_I, the
   * inactivated Japanese-encephalitis vaccine, in place of JE_L); see
   * {@link NipSchedule#alternativesFor}.
   */
  ALTERNATIVE
}
