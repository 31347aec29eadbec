package org.gongwei.indicators.colour;

import java.util.Objects;
import org.gongwei.core.code.Condition;

/**
 * A graded patient of a {@link ColourCensus}: the grade with the institution and the doctor the
 * patient is counted under.
 *
 * @param grade the colour, reasons and follow-ups
 * @param institutionCode the resident's responsible institution (管辖机构)
 * @param doctorId the resident's responsible doctor, else the doctor of the latest follow-up of
 *     the condition in the period, else {@value ColourCensus#UNKNOWN_DOCTOR}
 */
public record ColouredPatient(ColourGrade grade, String institutionCode, String doctorId) {

  /** Checks that no component is null. */
  public ColouredPatient {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(institutionCode, "institutionCode");
    Objects.requireNonNull(doctorId, "doctorId");
  }

  /** The patient's resident id. */
  public String residentId() {
    return grade.residentId();
  }

  /** The condition graded. */
  public Condition condition() {
    return grade.condition();
  }

  /** The patient's colour. */
  public Colour colour() {
    return grade.colour();
  }

  /** For example {@code R0001 HYPERTENSION RED (430321101, D07): referral on 2024-11-02}. */
  @Override
  public String toString() {
    return grade.residentId() + " " + grade.condition() + " " + grade.colour() + " (" + institutionCode + ", "
        + doctorId + "): " + grade.reasonText();
  }
}
