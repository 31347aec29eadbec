package org.gongwei.core.chronic;

import java.time.LocalDate;
import java.util.Optional;
import org.gongwei.core.code.Condition;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.internal.Checks;
import org.gongwei.core.internal.DomainStyle;
import org.immutables.value.Value;

/**
 * A registration for disease management (专案管理): a resident enrolled for hypertension, type 2
 * diabetes, a severe mental disorder, tuberculosis or COPD, one row of {@code registrations.csv}.
 */
@Value.Immutable
@DomainStyle
public abstract class Registration implements BundleRecord {
  Registration() {}

  /** The registration id (专案编号). */
  public abstract String registrationId();

  /** The registered resident. */
  public abstract String residentId();

  /** The condition managed (病种). */
  public abstract Condition condition();

  /** The diagnosis code (疾病编码), normalized. */
  public abstract Optional<Icd10Code> icd10();

  /** The date of diagnosis (确诊日期). */
  public abstract Optional<LocalDate> diagnosedDate();

  /** The date the resident was enrolled into management (纳入管理日期). */
  public abstract LocalDate enrolledDate();

  /** The date management ended (结案日期). */
  public abstract Optional<LocalDate> endedDate();

  /** Why management ended (结案原因), as written. */
  public abstract Optional<String> endedReason();

  /** The managing institution. */
  public abstract Optional<String> institutionCode();

  @Override
  public final RecordType recordType() {
    return RecordType.REGISTRATION;
  }

  @Override
  public final String id() {
    return registrationId();
  }

  @Value.Check
  protected void check() {
    Checks.requireText(registrationId(), "registration_id");
    Checks.requireText(residentId(), "resident_id");
  }

  /** For example {@code Registration[G01, R0001, HYPERTENSION I10, 2023-05-10..]}. */
  @Override
  public String toString() {
    return "Registration["
        + registrationId()
        + ", "
        + residentId()
        + ", "
        + condition()
        + icd10().map(c -> " " + c).orElse("")
        + ", "
        + enrolledDate()
        + ".."
        + endedDate().map(LocalDate::toString).orElse("")
        + "]";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Registration}; id, resident, condition and enrolled date are required. */
  public static final class Builder extends ImmutableRegistration.Builder {
    public Builder() {}
  }
}
