package org.gongwei.core.mental;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.MentalHealthMedication;
import org.gongwei.core.code.MentalHealthStatus;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.internal.Checks;
import org.gongwei.core.internal.DomainStyle;
import org.immutables.value.Value;

/**
 * A follow-up of a patient with a severe mental disorder (严重精神障碍患者随访服务记录表), one row of
 * {@code mental_followups.csv}.
 */
@Value.Immutable
@DomainStyle
public abstract class MentalFollowUp implements BundleRecord {
  MentalFollowUp() {}

  /** The follow-up id. */
  public abstract String followUpId();

  /** The patient. */
  public abstract String residentId();

  /** The visit date. */
  public abstract LocalDate visitDate();

  /** How the follow-up was done, if recorded. */
  public abstract Optional<FollowUpMethod> method();

  /** The risk level (危险性评估), 0 to 5. */
  public abstract OptionalInt riskLevel();

  /** Medication taken (服药情况). */
  public abstract Optional<MentalHealthMedication> medication();

  /** The patient's condition (病情), or {@link MentalHealthStatus#NOT_REACHED} (未访到). */
  public abstract MentalHealthStatus status();

  @Override
  public final RecordType recordType() {
    return RecordType.MENTAL_FOLLOW_UP;
  }

  @Override
  public final String id() {
    return followUpId();
  }

  /** Whether the patient was reached (any status but {@code NOT_REACHED}). */
  public final boolean isReached() {
    return status() != MentalHealthStatus.NOT_REACHED;
  }

  @Value.Check
  protected void check() {
    Checks.requireText(followUpId(), "followup_id");
    Checks.requireText(residentId(), "resident_id");
    if (riskLevel().isPresent()) {
      Checks.requireBetween(riskLevel().getAsInt(), 0, 5, "risk_level");
    }
  }

  /** For example {@code MentalFollowUp[M01, R0001, 2024-02-01 STABLE REGULAR]}. */
  @Override
  public String toString() {
    return "MentalFollowUp["
        + followUpId()
        + ", "
        + residentId()
        + ", "
        + visitDate()
        + " "
        + status()
        + medication().map(m -> " " + m).orElse("")
        + "]";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MentalFollowUp}; id, resident, visit date and status are required. */
  public static final class Builder extends ImmutableMentalFollowUp.Builder {
    public Builder() {}
  }
}
