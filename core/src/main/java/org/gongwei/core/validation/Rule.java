package org.gongwei.core.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gongwei.core.dataset.RecordType;

/**
 * A validation rule: one check of records or datasets whose findings are {@link Problem}s with
 * the rule's {@linkplain #code() code} and {@linkplain #severity() severity}.
 *
 * <p>Ranges are inclusive. Plausibility limits follow the exchange format §4; identifier checks
 * follow §3 (GB 11643, GB 32100, the 17-digit health-record number); the programme ICD-10 codes
 * follow indicators.md §7–§9; the immunization rules use the schedule of indicators.md §3.
 */
public enum Rule {
  // ---- identifiers ----

  /** Resident with id type 01 whose ID card number fails GB 11643 (length, characters, birth date or check character). */
  ID_NUMBER_INVALID(
      Severity.ERROR, RecordType.RESIDENT, "id_number",
      "An ID card number (id type 01) fails the GB 11643 check."),
  /** The birth date encoded in a valid ID card number differs from the resident's birth date. */
  ID_BIRTH_DATE_MISMATCH(
      Severity.WARNING, RecordType.RESIDENT, "birth_date",
      "The birth date encoded in the ID card number differs from birth_date."),
  /** The sex encoded in a valid ID card number (17th digit odd = male) differs from the resident's sex. */
  ID_SEX_MISMATCH(
      Severity.WARNING, RecordType.RESIDENT, "sex",
      "The sex encoded in the ID card number differs from sex."),
  /** Under strict health-record numbers: resident_id is not 17 digits (6 county + 3 township + 3 village + 5 sequence). */
  HEALTH_RECORD_NUMBER_INVALID(
      Severity.ERROR, RecordType.RESIDENT, "resident_id",
      "Under strict checking, resident_id is not a 17-digit health-record number."),
  /** An institution's unified social credit code fails GB 32100. */
  USCC_INVALID(
      Severity.ERROR, RecordType.INSTITUTION, "uscc",
      "An institution's unified social credit code fails the GB 32100 check."),

  // ---- residents ----

  /** Birth date after the reference date. */
  BIRTH_IN_FUTURE(
      Severity.ERROR, RecordType.RESIDENT, "birth_date",
      "A resident is born after the reference date."),
  /** Death date before birth date. */
  DEATH_BEFORE_BIRTH(
      Severity.ERROR, RecordType.RESIDENT, "death_date",
      "A resident's death date is before the birth date."),
  /** Health record established before birth. */
  RECORD_BEFORE_BIRTH(
      Severity.ERROR, RecordType.RESIDENT, "record_established_date",
      "A health record is established before the resident's birth."),
  /** Health record closed before it was established. */
  RECORD_CLOSED_BEFORE_ESTABLISHED(
      Severity.ERROR, RecordType.RESIDENT, "record_closed_date",
      "A health record is closed before it was established."),
  /** Record closed for death (reason 1) without a death date. */
  CLOSED_FOR_DEATH_WITHOUT_DEATH_DATE(
      Severity.WARNING, RecordType.RESIDENT, "death_date",
      "A record is closed for death (reason 1) but has no death_date."),
  /** Vaccination certificate issued before birth. */
  CERTIFICATE_BEFORE_BIRTH(
      Severity.WARNING, RecordType.RESIDENT, "vaccination_certificate_date",
      "A vaccination certificate is dated before the resident's birth."),
  /** Death, record, closure or certificate date after the reference date. */
  RESIDENT_DATE_IN_FUTURE(
      Severity.WARNING, RecordType.RESIDENT, null,
      "A resident's death, record, closure or certificate date is after the reference date."),
  /** The resident's region is not within the region of the responsible institution. */
  RESIDENT_OUTSIDE_INSTITUTION_REGION(
      Severity.INFO, RecordType.RESIDENT, "region_code",
      "A resident's region code is not within the region of the responsible institution."),

  // ---- dates of services ----

  /** A service date before the resident's birth. */
  DATE_BEFORE_BIRTH(
      Severity.WARNING, null, null, "A service date is before the resident's birth."),
  /** A service date after the resident's death. */
  DATE_AFTER_DEATH(
      Severity.WARNING, null, null, "A service date is after the resident's death."),
  /** A service date after the resident's record was closed (not reported again when already after death). */
  DATE_AFTER_CLOSURE(
      Severity.WARNING, null, null, "A service date is after the resident's record was closed."),
  /** A service date after the reference date. */
  DATE_IN_FUTURE(Severity.WARNING, null, null, "A service date is after the reference date."),

  // ---- measurements ----

  /** Systolic pressure outside 60–300 mmHg. */
  SBP_IMPLAUSIBLE(
      Severity.WARNING, null, "sbp", "Systolic pressure is outside 60–300 mmHg."),
  /** Diastolic pressure outside 30–200 mmHg. */
  DBP_IMPLAUSIBLE(
      Severity.WARNING, null, "dbp", "Diastolic pressure is outside 30–200 mmHg."),
  /** Systolic pressure not above diastolic pressure. */
  SBP_NOT_ABOVE_DBP(
      Severity.WARNING, null, "sbp", "Systolic pressure is not above diastolic pressure."),
  /** Fasting glucose outside 1.0–35.0 mmol/L (above 35 it may be mg/dL: 1 mmol/L = 18.0 mg/dL). */
  GLUCOSE_IMPLAUSIBLE(
      Severity.WARNING, null, "fasting_glucose",
      "Fasting glucose is outside 1.0–35.0 mmol/L (above 35 it may be mg/dL)."),
  /** HbA1c outside 3–20 %. */
  HBA1C_IMPLAUSIBLE(
      Severity.WARNING, RecordType.FOLLOW_UP, "hba1c", "HbA1c is outside 3–20 %."),

  // ---- registrations ----

  /** Enrolled into management before the diagnosis. */
  ENROLLED_BEFORE_DIAGNOSIS(
      Severity.WARNING, RecordType.REGISTRATION, "enrolled_date",
      "A registration is enrolled before the diagnosis date."),
  /** Management ended before enrolment. */
  ENDED_BEFORE_ENROLLED(
      Severity.ERROR, RecordType.REGISTRATION, "ended_date",
      "A registration ends before it was enrolled."),
  /**
   * The ICD-10 code is outside the programme's codes for the condition (HYPERTENSION I10–I13,
   * I15 excluded; TYPE2_DIABETES E11; SEVERE_MENTAL_DISORDER F20, F22, F25, F31, F06, F70–F79;
   * TUBERCULOSIS A15–A19); such a registration is excluded from the indicators.
   */
  ICD10_OUTSIDE_PROGRAMME(
      Severity.WARNING, RecordType.REGISTRATION, "icd10",
      "A registration's ICD-10 code is outside the programme's codes, so it is excluded from the indicators."),
  /** A hypertension or diabetes follow-up of a resident with no registration of that condition. */
  FOLLOW_UP_WITHOUT_REGISTRATION(
      Severity.WARNING, RecordType.FOLLOW_UP, "condition",
      "A hypertension/diabetes follow-up has no registration of that condition for the resident."),

  // ---- tuberculosis ----

  /** Treatment ends before it starts. */
  TREATMENT_END_BEFORE_START(
      Severity.ERROR, RecordType.TB_COURSE, "treatment_end_date",
      "A TB treatment ends before it starts."),
  /** More doses taken than scheduled. */
  DOSES_TAKEN_EXCEED_SCHEDULED(
      Severity.WARNING, RecordType.TB_COURSE, "doses_taken",
      "A TB course records more doses taken than scheduled."),
  /** First home visit before the notification. */
  FIRST_VISIT_BEFORE_NOTIFICATION(
      Severity.WARNING, RecordType.TB_COURSE, "first_visit_date",
      "A TB first visit is before the notification date."),

  // ---- maternal ----

  /** Delivery not 20–45 completed weeks after the last menstrual period. */
  DELIVERY_GESTATION_IMPLAUSIBLE(
      Severity.WARNING, RecordType.PREGNANCY, "delivery_date",
      "A delivery is not 20–45 weeks after the last menstrual period."),
  /** Discharge before delivery. */
  DISCHARGE_BEFORE_DELIVERY(
      Severity.ERROR, RecordType.PREGNANCY, "discharge_date",
      "A discharge date is before the delivery date."),
  /** Registration (建册) after delivery. */
  REGISTRATION_AFTER_DELIVERY(
      Severity.WARNING, RecordType.PREGNANCY, "registration_date",
      "A pregnancy is registered after the delivery."),
  /** Live births recorded without a delivery date. */
  LIVE_BIRTHS_WITHOUT_DELIVERY(
      Severity.WARNING, RecordType.PREGNANCY, "live_births",
      "A pregnancy records live births but no delivery date."),
  /** A pregnancy of a male resident. */
  PREGNANCY_OF_MALE_RESIDENT(
      Severity.WARNING, RecordType.PREGNANCY, "resident_id",
      "A pregnancy belongs to a resident whose sex is male."),
  /** A postpartum visit before the delivery. */
  POSTPARTUM_VISIT_BEFORE_DELIVERY(
      Severity.WARNING, RecordType.MATERNAL_VISIT, "visit_date",
      "A postpartum visit is before the delivery."),
  /** A prenatal visit after the delivery day. */
  PRENATAL_VISIT_AFTER_DELIVERY(
      Severity.WARNING, RecordType.MATERNAL_VISIT, "visit_date",
      "A prenatal visit is after the delivery."),
  /** Gestational weeks outside 1–45. */
  GESTATIONAL_WEEKS_IMPLAUSIBLE(
      Severity.WARNING, RecordType.MATERNAL_VISIT, "gestational_weeks",
      "A maternal visit's gestational weeks are outside 1–45."),

  // ---- vaccination ----

  /** A dose given before its scheduled (minimum) age: it is not valid and does not count. */
  DOSE_BEFORE_MINIMUM_AGE(
      Severity.WARNING, RecordType.VACCINATION, "vaccination_date",
      "A dose is given before its scheduled age, so it is not valid and does not count."),
  /** A vaccine dose the schedule does not have (for example MMR dose 3). */
  DOSE_NOT_IN_SCHEDULE(
      Severity.WARNING, RecordType.VACCINATION, "dose",
      "A vaccine dose is not in the immunization schedule."),
  /** The same vaccine and dose twice for one resident. */
  DUPLICATE_DOSE(
      Severity.WARNING, RecordType.VACCINATION, "dose",
      "The same vaccine dose is recorded more than once for a resident."),

  // ---- contracts ----

  /** Contract end before its start. */
  CONTRACT_END_BEFORE_START(
      Severity.ERROR, RecordType.CONTRACT, "end_date", "A contract ends before it starts."),
  /** Contract terminated before its start. */
  TERMINATED_BEFORE_START(
      Severity.ERROR, RecordType.CONTRACT, "terminated_date",
      "A contract is terminated before it starts."),

  // ---- events ----

  /** An infectious case reported before its diagnosis. */
  REPORTED_BEFORE_DIAGNOSIS(
      Severity.ERROR, RecordType.INFECTIOUS_CASE, "reported_at",
      "An infectious case is reported before it was diagnosed."),
  /** An emergency event reported before its discovery. */
  REPORTED_BEFORE_DISCOVERY(
      Severity.ERROR, RecordType.EMERGENCY_EVENT, "reported_at",
      "An emergency event is reported before it was discovered."),
  /** A supervision lead reported before it was found. */
  REPORTED_BEFORE_FOUND(
      Severity.ERROR, RecordType.SUPERVISION, "reported_date",
      "A supervision lead is reported before it was found."),

  // ---- populations ----

  /** Two population rows for the same scope and year. */
  DUPLICATE_POPULATION_SCOPE_YEAR(
      Severity.ERROR, RecordType.POPULATION, "scope_code",
      "Two population rows have the same scope and year."),
  /** A scope code that is neither an institution code nor a region (or region prefix) of any institution or resident. */
  POPULATION_SCOPE_UNKNOWN(
      Severity.WARNING, RecordType.POPULATION, "scope_code",
      "A population scope code matches no institution code and no region of an institution or resident."),
  /** Adult, 65+ or 0–6 population above the total population. */
  POPULATION_PARTS_EXCEED_TOTAL(
      Severity.WARNING, RecordType.POPULATION, null,
      "An adult, 65+ or 0–6 population is above the total population."),

  // ---- cross-record ----

  /** Two records of one type with the same id; every occurrence after the first is reported. */
  DUPLICATE_ID(
      Severity.ERROR, null, null, "Two records of the same type have the same id."),
  /** A record about a resident who is not in the residents. */
  UNKNOWN_RESIDENT(
      Severity.ERROR, null, "resident_id", "A record refers to a resident who is not in the residents."),
  /** A maternal visit of a pregnancy that is not in the pregnancies. */
  UNKNOWN_PREGNANCY(
      Severity.ERROR, RecordType.MATERNAL_VISIT, "pregnancy_id",
      "A maternal visit refers to a pregnancy that is not in the pregnancies."),
  /** An institution_code (or an institution's parent_code) that is not in the institutions. */
  UNKNOWN_INSTITUTION(
      Severity.ERROR, null, null,
      "A record refers to an institution that is not in the institutions."),
  /** An institution that is its own ancestor through parent_code. */
  INSTITUTION_PARENT_CYCLE(
      Severity.ERROR, RecordType.INSTITUTION, "parent_code",
      "Institutions form a cycle through parent_code.");

  private static final Map<String, Rule> BY_CODE = byCode();

  private final Severity severity;
  private final RecordType recordType;
  private final String field;
  private final String description;

  Rule(Severity severity, RecordType recordType, String field, String description) {
    this.severity = severity;
    this.recordType = recordType;
    this.field = field;
    this.description = description;
  }

  /** The code of the problems this rule finds: the constant's name, for example {@code SBP_IMPLAUSIBLE}. */
  public String code() {
    return name();
  }

  /** The severity of the problems this rule finds. */
  public Severity severity() {
    return severity;
  }

  /** The record type the rule is about; empty when it applies to several types. */
  public Optional<RecordType> recordType() {
    return Optional.ofNullable(recordType);
  }

  /** The exchange-format column the rule checks; empty when it depends on the record. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** The rule in one sentence. */
  public String description() {
    return description;
  }

  /** The rule whose {@linkplain #code() code} is {@code code}, if any (no exception for unknown codes). */
  public static Optional<Rule> fromCode(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
  }

  /** The rule of {@code code}, or null. */
  static Rule ofCodeOrNull(String code) {
    return BY_CODE.get(code);
  }

  private static Map<String, Rule> byCode() {
    Map<String, Rule> map = new HashMap<>();
    for (Rule rule : values()) {
      map.put(rule.name(), rule);
    }
    return map;
  }
}
