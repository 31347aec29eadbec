package org.gongwei.core.resident;

import java.time.LocalDate;
import java.util.Optional;
import org.gongwei.core.code.Ethnicity;
import org.gongwei.core.code.IdDocumentType;
import org.gongwei.core.code.RecordClosureReason;
import org.gongwei.core.code.Sex;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.id.IdCardNumber;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.internal.Checks;
import org.gongwei.core.internal.DomainStyle;
import org.immutables.value.Value;

/**
 * A resident (居民) with the fields of his or her health record (居民健康档案), one row of
 * {@code residents.csv}.
 *
 * <p>A resident without {@link #recordEstablishedDate()} has no health record. The document
 * number is sensitive: {@link #toString()} never shows it nor the name.
 */
@Value.Immutable
@DomainStyle
public abstract class Resident implements BundleRecord {
  Resident() {}

  /** The resident id (居民编号, often the health-record number), unique in the bundle. */
  public abstract String residentId();

  /** The identity document type (CV02.01.101); 居民身份证 unless stated. */
  @Value.Default
  public IdDocumentType idType() {
    return IdDocumentType.RESIDENT_ID_CARD;
  }

  /** The identity document number as given; checked by validation, not here. */
  public abstract Optional<String> idNumber();

  /** The name (姓名). */
  public abstract Optional<String> name();

  /** Sex (GB/T 2261.1). */
  public abstract Sex sex();

  /** Birth date (出生日期). */
  public abstract LocalDate birthDate();

  /** Ethnicity (GB 3304). */
  public abstract Optional<Ethnicity> ethnicity();

  /** The region code of the place of residence (village level when known). */
  public abstract RegionCode regionCode();

  /** The code of the institution responsible for the resident (管辖机构). */
  public abstract String institutionCode();

  /** The responsible doctor (责任医生). */
  public abstract Optional<String> doctorId();

  /** Whether the resident is a permanent resident (常住人口, lived here ≥ 6 months). */
  public abstract boolean permanent();

  /** Whether the resident has household registration here (户籍). */
  @Value.Default
  public boolean householdRegistered() {
    return false;
  }

  /** The date the health record was established (建档日期); empty = no record. */
  public abstract Optional<LocalDate> recordEstablishedDate();

  /** Whether the record is electronic (电子健康档案). */
  @Value.Default
  public boolean electronicRecord() {
    return false;
  }

  /** Whether the electronic record is standardized (规范化电子健康档案). */
  @Value.Default
  public boolean recordStandardized() {
    return false;
  }

  /** The date the record was closed (注销日期). */
  public abstract Optional<LocalDate> recordClosedDate();

  /** Why the record was closed (注销原因). */
  public abstract Optional<RecordClosureReason> recordClosedReason();

  /** Date of death (死亡日期). */
  public abstract Optional<LocalDate> deathDate();

  /** Whether the resident is a person with disability (残疾人). */
  @Value.Default
  public boolean disabled() {
    return false;
  }

  /** Whether the resident belongs to the population lifted out of poverty (脱贫人口). */
  @Value.Default
  public boolean povertyAlleviated() {
    return false;
  }

  /** Whether the resident belongs to a family-planning special family (计划生育特殊家庭). */
  @Value.Default
  public boolean familyPlanningSpecial() {
    return false;
  }

  /** The date the vaccination certificate was issued (预防接种证建证日期). */
  public abstract Optional<LocalDate> vaccinationCertificateDate();

  @Override
  public final RecordType recordType() {
    return RecordType.RESIDENT;
  }

  @Override
  public final String id() {
    return residentId();
  }

  /**
   * Whether the resident is in the population on {@code date} (indicators.md conventions):
   * permanent, born on or before the date, and neither dead nor with a closed record on or before
   * it.
   */
  public final boolean isInPopulationOn(LocalDate date) {
    return permanent()
        && !birthDate().isAfter(date)
        && !isDeadOn(date)
        && !isClosedOn(date);
  }

  /** Whether the resident died on or before {@code date}. */
  public final boolean isDeadOn(LocalDate date) {
    return deathDate().isPresent() && !deathDate().get().isAfter(date);
  }

  /** Whether the record was closed (注销) on or before {@code date}. */
  public final boolean isClosedOn(LocalDate date) {
    return recordClosedDate().isPresent() && !recordClosedDate().get().isAfter(date);
  }

  /** Whether the resident has a health record established on or before {@code date}. */
  public final boolean hasRecordOn(LocalDate date) {
    return recordEstablishedDate().isPresent() && !recordEstablishedDate().get().isAfter(date);
  }

  /**
   * Whether the resident has an open record on {@code date}: established on or before it, and
   * neither closed nor dead on or before it.
   */
  public final boolean hasOpenRecordOn(LocalDate date) {
    return hasRecordOn(date) && !isClosedOn(date) && !isDeadOn(date);
  }

  /**
   * The earliest of the death date and the record-closure date, if any: the day from which the
   * resident is out of management.
   */
  public final Optional<LocalDate> exitDate() {
    if (deathDate().isEmpty()) {
      return recordClosedDate();
    }
    if (recordClosedDate().isEmpty()) {
      return deathDate();
    }
    LocalDate d = deathDate().get();
    LocalDate c = recordClosedDate().get();
    return Optional.of(d.isBefore(c) ? d : c);
  }

  /** The ID card number, when the document is a resident ID card with a valid number. */
  public final Optional<IdCardNumber> idCardNumber() {
    if (idType() != IdDocumentType.RESIDENT_ID_CARD || idNumber().isEmpty()) {
      return Optional.empty();
    }
    String number = idNumber().get();
    return IdCardNumber.isValid(number) ? Optional.of(IdCardNumber.parse(number)) : Optional.empty();
  }

  @Value.Check
  protected void check() {
    Checks.requireText(residentId(), "resident_id");
    Checks.requireText(institutionCode(), "institution_code");
  }

  /** For example {@code Resident[R0001, FEMALE, 1950-03-01, 430321101201]}; no name, no ID number. */
  @Override
  public String toString() {
    return "Resident[" + residentId() + ", " + sex() + ", " + birthDate() + ", " + regionCode() + "]";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Resident}; {@code residentId}, {@code sex}, {@code birthDate}, {@code
   * regionCode}, {@code institutionCode} and {@code permanent} are required.
   */
  public static final class Builder extends ImmutableResident.Builder {
    public Builder() {}
  }
}
