package org.gongwei.core.chronic;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.FollowUpClassification;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.MedicationAdherence;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.internal.Checks;
import org.gongwei.core.internal.DomainStyle;
import org.immutables.value.Value;

/**
 * A hypertension or type 2 diabetes follow-up (高血压/2型糖尿病患者随访服务记录表, 规范第三版), one row
 * of {@code followups.csv}. Blood pressure in mmHg, glucose in mmol/L, HbA1c in %.
 */
@Value.Immutable
@DomainStyle
public abstract class FollowUp implements BundleRecord {
  FollowUp() {}

  /** The follow-up id (随访编号). */
  public abstract String followUpId();

  /** The resident followed up. */
  public abstract String residentId();

  /** {@link Condition#HYPERTENSION} or {@link Condition#TYPE2_DIABETES}. */
  public abstract Condition condition();

  /** The visit date (随访日期). */
  public abstract LocalDate visitDate();

  /** How the follow-up was done (随访方式); only clinic and home visits are face-to-face. */
  public abstract FollowUpMethod method();

  /** Systolic blood pressure (收缩压), mmHg. */
  public abstract OptionalInt sbp();

  /** Diastolic blood pressure (舒张压), mmHg. */
  public abstract OptionalInt dbp();

  /** Fasting blood glucose (空腹血糖), mmol/L. */
  public abstract OptionalDouble fastingGlucose();

  /** Glycated haemoglobin (糖化血红蛋白), %. */
  public abstract OptionalDouble hba1c();

  /** The classification of this follow-up (此次随访分类). */
  public abstract Optional<FollowUpClassification> classification();

  /** Medication adherence (服药依从性). */
  public abstract Optional<MedicationAdherence> adherence();

  /** Whether an adverse drug reaction was recorded (药物不良反应). */
  @Value.Default
  public boolean adverseReaction() {
    return false;
  }

  /** Whether the patient was referred (转诊). */
  @Value.Default
  public boolean referral() {
    return false;
  }

  /** The date of the next visit (下次随访日期). */
  public abstract Optional<LocalDate> nextVisitDate();

  /** The doctor who did the follow-up. */
  public abstract Optional<String> doctorId();

  /** The institution that did the follow-up. */
  public abstract Optional<String> institutionCode();

  @Override
  public final RecordType recordType() {
    return RecordType.FOLLOW_UP;
  }

  @Override
  public final String id() {
    return followUpId();
  }

  /** Whether the follow-up was face to face (clinic or home). */
  public final boolean isFaceToFace() {
    return method().isFaceToFace();
  }

  /** Whether both systolic and diastolic pressure were recorded. */
  public final boolean hasBloodPressure() {
    return sbp().isPresent() && dbp().isPresent();
  }

  @Value.Check
  protected void check() {
    Checks.requireText(followUpId(), "followup_id");
    Checks.requireText(residentId(), "resident_id");
    if (condition() != Condition.HYPERTENSION && condition() != Condition.TYPE2_DIABETES) {
      throw new IllegalArgumentException(
          "condition of a follow-up must be HYPERTENSION or TYPE2_DIABETES: " + condition());
    }
  }

  /** For example {@code FollowUp[F01, R0001, HYPERTENSION 2024-03-05 CLINIC 138/86]}. */
  @Override
  public String toString() {
    StringBuilder b =
        new StringBuilder("FollowUp[")
            .append(followUpId())
            .append(", ")
            .append(residentId())
            .append(", ")
            .append(condition())
            .append(' ')
            .append(visitDate())
            .append(' ')
            .append(method());
    if (hasBloodPressure()) {
      b.append(' ').append(sbp().getAsInt()).append('/').append(dbp().getAsInt());
    }
    if (fastingGlucose().isPresent()) {
      b.append(" FPG ").append(fastingGlucose().getAsDouble());
    }
    return b.append(']').toString();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FollowUp}; id, resident, condition, visit date and method are required. */
  public static final class Builder extends ImmutableFollowUp.Builder {
    public Builder() {}
  }
}
