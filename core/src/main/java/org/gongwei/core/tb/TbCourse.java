package org.gongwei.core.tb;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.gongwei.core.code.TbOutcome;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.internal.Checks;
import org.gongwei.core.internal.DomainStyle;
import org.immutables.value.Value;

/**
 * A pulmonary tuberculosis patient's course of management (肺结核患者健康管理), from notification to
 * the end of treatment, one row of {@code tb_courses.csv}.
 */
@Value.Immutable
@DomainStyle
public abstract class TbCourse implements BundleRecord {
  TbCourse() {}

  /** The course id (疗程编号). */
  public abstract String courseId();

  /** The patient. */
  public abstract String residentId();

  /** The date the primary-care institution was notified of the patient (通知日期). */
  public abstract LocalDate notifiedDate();

  /** The date of the first home visit (首次入户随访日期). */
  public abstract Optional<LocalDate> firstVisitDate();

  /** The start of treatment. */
  public abstract Optional<LocalDate> treatmentStartDate();

  /** The end of treatment. */
  public abstract Optional<LocalDate> treatmentEndDate();

  /** The treatment outcome (治疗转归). */
  public abstract Optional<TbOutcome> outcome();

  /** The number of doses to be taken (应服药次数). */
  public abstract OptionalInt dosesScheduled();

  /** The number of doses taken (实际服药次数). */
  public abstract OptionalInt dosesTaken();

  @Override
  public final RecordType recordType() {
    return RecordType.TB_COURSE;
  }

  @Override
  public final String id() {
    return courseId();
  }

  /**
   * Whether treatment overlaps {@code [from, to]}: it started on or before {@code to} and has not
   * ended before {@code from}.
   */
  public final boolean isUnderTreatmentBetween(LocalDate from, LocalDate to) {
    return treatmentStartDate().isPresent()
        && !treatmentStartDate().get().isAfter(to)
        && (treatmentEndDate().isEmpty() || !treatmentEndDate().get().isBefore(from));
  }

  @Value.Check
  protected void check() {
    Checks.requireText(courseId(), "course_id");
    Checks.requireText(residentId(), "resident_id");
    if (dosesScheduled().isPresent()) {
      Checks.requireNonNegative(dosesScheduled().getAsInt(), "doses_scheduled");
    }
    if (dosesTaken().isPresent()) {
      Checks.requireNonNegative(dosesTaken().getAsInt(), "doses_taken");
    }
  }

  /** For example {@code TbCourse[T01, R0001, notified 2024-03-01, CURED]}. */
  @Override
  public String toString() {
    return "TbCourse["
        + courseId()
        + ", "
        + residentId()
        + ", notified "
        + notifiedDate()
        + outcome().map(o -> ", " + o).orElse("")
        + "]";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TbCourse}; id, resident and notified date are required. */
  public static final class Builder extends ImmutableTbCourse.Builder {
    public Builder() {}
  }
}
