package org.gongwei.core.chronic;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.gongwei.core.code.CheckupKind;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.internal.Checks;
import org.gongwei.core.internal.DomainStyle;
import org.immutables.value.Value;

/** A health check-up (健康体检), general or the elderly annual check-up, one row of {@code checkups.csv}. */
@Value.Immutable
@DomainStyle
public abstract class Checkup implements BundleRecord {
  Checkup() {}

  /** The check-up id (体检编号). */
  public abstract String checkupId();

  /** The resident examined. */
  public abstract String residentId();

  /** The date of the check-up (体检日期). */
  public abstract LocalDate checkupDate();

  /** General or elderly annual check-up (类别). */
  public abstract CheckupKind kind();

  /** Whether the check-up form is complete (体检表完整). */
  @Value.Default
  public boolean formComplete() {
    return false;
  }

  /** Whether health guidance was given (健康指导). */
  @Value.Default
  public boolean guidanceGiven() {
    return false;
  }

  /** Systolic blood pressure, mmHg. */
  public abstract OptionalInt sbp();

  /** Diastolic blood pressure, mmHg. */
  public abstract OptionalInt dbp();

  /** Fasting blood glucose, mmol/L. */
  public abstract OptionalDouble fastingGlucose();

  /** The self-care ability score of the elderly (老年人生活自理能力评估). */
  public abstract OptionalInt selfCareScore();

  /** The institution that did the check-up. */
  public abstract Optional<String> institutionCode();

  @Override
  public final RecordType recordType() {
    return RecordType.CHECKUP;
  }

  @Override
  public final String id() {
    return checkupId();
  }

  /** Whether both systolic and diastolic pressure were recorded. */
  public final boolean hasBloodPressure() {
    return sbp().isPresent() && dbp().isPresent();
  }

  @Value.Check
  protected void check() {
    Checks.requireText(checkupId(), "checkup_id");
    Checks.requireText(residentId(), "resident_id");
    if (selfCareScore().isPresent()) {
      Checks.requireNonNegative(selfCareScore().getAsInt(), "self_care_score");
    }
  }

  /** For example {@code Checkup[C01, R0001, 2024-04-02 ELDERLY_ANNUAL complete]}. */
  @Override
  public String toString() {
    return "Checkup["
        + checkupId()
        + ", "
        + residentId()
        + ", "
        + checkupDate()
        + " "
        + kind()
        + (formComplete() ? " complete" : " incomplete")
        + "]";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Checkup}; id, resident, date and kind are required. */
  public static final class Builder extends ImmutableCheckup.Builder {
    public Builder() {}
  }
}
