package org.gongwei.core.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.internal.Checks;
import org.gongwei.core.internal.DomainStyle;
import org.immutables.value.Value;

/**
 * A family-doctor contract (家庭医生签约服务协议) of a resident with a doctor's team, one row of
 * {@code contracts.csv}.
 */
@Value.Immutable
@DomainStyle
public abstract class Contract implements BundleRecord {
  Contract() {}

  /** The contract id (签约编号). */
  public abstract String contractId();

  /** The signed resident. */
  public abstract String residentId();

  /** The first day of the contract (签约日期). */
  public abstract LocalDate startDate();

  /** The last day of the contract (到期日期). */
  public abstract LocalDate endDate();

  /** The date the contract was terminated early (解约日期). */
  public abstract Optional<LocalDate> terminatedDate();

  /** The family-doctor team (团队). */
  public abstract Optional<String> teamId();

  /** The contracted doctor. */
  public abstract Optional<String> doctorId();

  /** The contracting institution. */
  public abstract Optional<String> institutionCode();

  /** The service package (服务包), as written. */
  public abstract Optional<String> servicePackage();

  /** The contract fee (签约费用) in yuan. */
  public abstract Optional<BigDecimal> feeYuan();

  @Override
  public final RecordType recordType() {
    return RecordType.CONTRACT;
  }

  @Override
  public final String id() {
    return contractId();
  }

  /**
   * Whether the resident is signed under this contract on {@code date} (indicators.md §13):
   * {@code start ≤ date ≤ end} and not terminated on or before the date.
   */
  public final boolean isSignedOn(LocalDate date) {
    return !startDate().isAfter(date)
        && !endDate().isBefore(date)
        && (terminatedDate().isEmpty() || terminatedDate().get().isAfter(date));
  }

  /** Whether the contract was terminated before its end date. */
  public final boolean isTerminatedEarly() {
    return terminatedDate().isPresent() && terminatedDate().get().isBefore(endDate());
  }

  @Value.Check
  protected void check() {
    Checks.requireText(contractId(), "contract_id");
    Checks.requireText(residentId(), "resident_id");
    if (feeYuan().isPresent() && feeYuan().get().signum() < 0) {
      throw new IllegalArgumentException("fee_yuan must not be negative: " + feeYuan().get());
    }
  }

  /** For example {@code Contract[K01, R0001, 2024-01-01..2024-12-31]}. */
  @Override
  public String toString() {
    return "Contract["
        + contractId()
        + ", "
        + residentId()
        + ", "
        + startDate()
        + ".."
        + endDate()
        + terminatedDate().map(d -> ", terminated " + d).orElse("")
        + "]";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contract}; id, resident, start and end date are required. */
  public static final class Builder extends ImmutableContract.Builder {
    public Builder() {}
  }
}
