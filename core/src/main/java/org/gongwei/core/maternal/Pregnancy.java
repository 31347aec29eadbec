package org.gongwei.core.maternal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.internal.Checks;
import org.gongwei.core.internal.DomainStyle;
import org.immutables.value.Value;

/**
 * A pregnancy (孕产妇) from registration (建册) to delivery and discharge, one row of
 * {@code pregnancies.csv}. Its visits are {@link MaternalVisit}s.
 */
@Value.Immutable
@DomainStyle
public abstract class Pregnancy implements BundleRecord {
  Pregnancy() {}

  /** The pregnancy id (孕产编号). */
  public abstract String pregnancyId();

  /** The mother. */
  public abstract String residentId();

  /** The first day of the last menstrual period (末次月经). */
  public abstract Optional<LocalDate> lmpDate();

  /** The date the maternal health handbook was registered (建册日期). */
  public abstract Optional<LocalDate> registrationDate();

  /** The delivery date (分娩日期). */
  public abstract Optional<LocalDate> deliveryDate();

  /** The date of discharge after delivery (出院日期). */
  public abstract Optional<LocalDate> dischargeDate();

  /** The number of live births (活产数). */
  public abstract OptionalInt liveBirths();

  @Override
  public final RecordType recordType() {
    return RecordType.PREGNANCY;
  }

  @Override
  public final String id() {
    return pregnancyId();
  }

  /** Whether the delivery date falls in {@code [from, to]}. */
  public final boolean isDeliveredBetween(LocalDate from, LocalDate to) {
    return deliveryDate().isPresent()
        && !deliveryDate().get().isBefore(from)
        && !deliveryDate().get().isAfter(to);
  }

  /** The discharge date, or the delivery date when no discharge date is recorded. */
  public final Optional<LocalDate> dischargeOrDeliveryDate() {
    return dischargeDate().isPresent() ? dischargeDate() : deliveryDate();
  }

  @Value.Check
  protected void check() {
    Checks.requireText(pregnancyId(), "pregnancy_id");
    Checks.requireText(residentId(), "resident_id");
    if (liveBirths().isPresent()) {
      Checks.requireNonNegative(liveBirths().getAsInt(), "live_births");
    }
  }

  /** For example {@code Pregnancy[P01, R0002, delivered 2024-05-02, 1 live birth(s)]}. */
  @Override
  public String toString() {
    return "Pregnancy["
        + pregnancyId()
        + ", "
        + residentId()
        + deliveryDate().map(d -> ", delivered " + d).orElse(", not delivered")
        + (liveBirths().isPresent() ? ", " + liveBirths().getAsInt() + " live birth(s)" : "")
        + "]";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Pregnancy}; id and resident are required. */
  public static final class Builder extends ImmutablePregnancy.Builder {
    public Builder() {}
  }
}
