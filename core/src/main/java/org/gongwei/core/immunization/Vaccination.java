package org.gongwei.core.immunization;

import java.time.LocalDate;
import java.util.Optional;
import org.gongwei.core.code.Vaccine;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.internal.Checks;
import org.gongwei.core.internal.DomainStyle;
import org.immutables.value.Value;

/** A vaccination (预防接种): one dose of a vaccine given to a resident, one row of {@code vaccinations.csv}. */
@Value.Immutable
@DomainStyle
public abstract class Vaccination implements BundleRecord {
  Vaccination() {}

  /** The vaccination id (接种编号). */
  public abstract String vaccinationId();

  /** The person vaccinated. */
  public abstract String residentId();

  /** The vaccine (疫苗). */
  public abstract Vaccine vaccine();

  /** The dose number (剂次), from 1. */
  public abstract int dose();

  /** The date the dose was given (接种日期). */
  public abstract LocalDate vaccinationDate();

  /** The vaccinating institution. */
  public abstract Optional<String> institutionCode();

  @Override
  public final RecordType recordType() {
    return RecordType.VACCINATION;
  }

  @Override
  public final String id() {
    return vaccinationId();
  }

  @Value.Check
  protected void check() {
    Checks.requireText(vaccinationId(), "vaccination_id");
    Checks.requireText(residentId(), "resident_id");
    Checks.requireBetween(dose(), 1, 9, "dose");
  }

  /** For example {@code Vaccination[I01, R0009, MMR 1 on 2024-03-02]}. */
  @Override
  public String toString() {
    return "Vaccination["
        + vaccinationId()
        + ", "
        + residentId()
        + ", "
        + vaccine()
        + " "
        + dose()
        + " on "
        + vaccinationDate()
        + "]";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Vaccination}; id, resident, vaccine, dose and date are required. */
  public static final class Builder extends ImmutableVaccination.Builder {
    public Builder() {}
  }
}
