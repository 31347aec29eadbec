package org.gongwei.core.surveillance;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.gongwei.core.code.DiseaseClass;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.internal.Checks;
import org.gongwei.core.internal.DomainStyle;
import org.immutables.value.Value;

/**
 * A case of a notifiable infectious disease (法定传染病) diagnosed by an institution, with the time
 * of its network report (网络直报), one row of {@code infectious_cases.csv}.
 */
@Value.Immutable
@DomainStyle
public abstract class InfectiousCase implements BundleRecord {
  InfectiousCase() {}

  /** The case id (病例编号). */
  public abstract String caseId();

  /** The diagnosing institution. */
  public abstract String institutionCode();

  /** The disease class (传染病类别). */
  public abstract DiseaseClass diseaseClass();

  /** The disease (病名), as written. */
  public abstract Optional<String> disease();

  /** The time of diagnosis (诊断时间). */
  public abstract LocalDateTime diagnosedAt();

  /** The time of the network report (报告时间); empty = not reported. */
  public abstract Optional<LocalDateTime> reportedAt();

  @Override
  public final RecordType recordType() {
    return RecordType.INFECTIOUS_CASE;
  }

  @Override
  public final String id() {
    return caseId();
  }

  /**
   * Whether the case was reported within its class's window ({@link DiseaseClass#reportingWindow()}:
   * 2 h for class A and B-managed-as-A, 24 h otherwise) from diagnosis.
   */
  public final boolean isReportedInTime() {
    return reportedAt().isPresent()
        && Duration.between(diagnosedAt(), reportedAt().get()).compareTo(diseaseClass().reportingWindow()) <= 0;
  }

  @Value.Check
  protected void check() {
    Checks.requireText(caseId(), "case_id");
    Checks.requireText(institutionCode(), "institution_code");
  }

  /** For example {@code InfectiousCase[D01, B, diagnosed 2024-03-01T10:00, reported 2024-03-01T15:00]}. */
  @Override
  public String toString() {
    return "InfectiousCase["
        + caseId()
        + ", "
        + diseaseClass()
        + ", diagnosed "
        + diagnosedAt()
        + reportedAt().map(t -> ", reported " + t).orElse(", not reported")
        + "]";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InfectiousCase}; id, institution, class and diagnosis time are required. */
  public static final class Builder extends ImmutableInfectiousCase.Builder {
    public Builder() {}
  }
}
