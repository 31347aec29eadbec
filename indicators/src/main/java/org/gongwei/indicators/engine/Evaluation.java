package org.gongwei.indicators.engine;

import java.util.Objects;

/**
 * What one subject adds to one measure, with the reason in words: a line of an explanation or a
 * member of a drill-down.
 *
 * @param measure the measure
 * @param subjectId the resident id (or event, institution id)
 * @param numerator units added to the numerator
 * @param denominator units added to the denominator
 * @param reason why the subject is short of the numerator or outside the denominator; "counted"
 *     for a subject in the numerator
 */
public record Evaluation(Measure measure, String subjectId, long numerator, long denominator, String reason) {

  /** Checks the components. */
  public Evaluation {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(reason, "reason");
  }

  /** Where the subject stands. */
  public Membership membership() {
    return Membership.of(numerator, denominator);
  }

  /** For example {@code HTN-01 R0001 DENOMINATOR_ONLY: 3 face-to-face follow-ups in 2024, 4 required}. */
  @Override
  public String toString() {
    return measure.id() + " " + subjectId + " " + membership() + ": " + reason;
  }
}
