/**
 * Validation of records and datasets: every finding is a {@link org.gongwei.core.validation.Problem}.
 *
 * <p>Records are structurally valid by construction (required fields, non-negative counts);
 * validation finds everything else. {@link org.gongwei.core.validation.RecordValidator} checks
 * one record, or one resident's {@linkplain org.gongwei.core.dataset.ResidentView view} as
 * residents stream; {@link org.gongwei.core.validation.DatasetValidator} checks a whole {@link
 * org.gongwei.core.dataset.Dataset} and returns a {@link
 * org.gongwei.core.validation.ValidationReport}. Validation never throws on bad data and runs in
 * time linear in the number of records. Messages name the value and the rule and never show a
 * full ID card number.
 *
 * <h2>Rule families</h2>
 *
 * <p>Each {@link org.gongwei.core.validation.Rule} constant is one check; its name is the
 * problem code.
 *
 * <ul>
 *   <li><b>Identifiers</b> (exchange format §3): {@code ID_NUMBER_INVALID} (GB 11643),
 *       {@code ID_BIRTH_DATE_MISMATCH}, {@code ID_SEX_MISMATCH}, {@code
 *       HEALTH_RECORD_NUMBER_INVALID} (17 digits, only when strict), {@code USCC_INVALID} (GB
 *       32100).
 *   <li><b>Residents</b>: {@code BIRTH_IN_FUTURE}, {@code DEATH_BEFORE_BIRTH}, {@code
 *       RECORD_BEFORE_BIRTH}, {@code RECORD_CLOSED_BEFORE_ESTABLISHED}, {@code
 *       CLOSED_FOR_DEATH_WITHOUT_DEATH_DATE}, {@code CERTIFICATE_BEFORE_BIRTH}, {@code
 *       RESIDENT_DATE_IN_FUTURE}, {@code RESIDENT_OUTSIDE_INSTITUTION_REGION}.
 *   <li><b>Dates of services</b> (§4; follow-ups, check-ups, mental follow-ups, TB first visits,
 *       maternal, child and TCM visits, vaccinations, contract starts): {@code
 *       DATE_BEFORE_BIRTH}, {@code DATE_AFTER_DEATH}, {@code DATE_AFTER_CLOSURE}, {@code
 *       DATE_IN_FUTURE} (after the validator's reference date).
 *   <li><b>Measurements</b> (§4): {@code SBP_IMPLAUSIBLE} (60–300 mmHg), {@code DBP_IMPLAUSIBLE}
 *       (30–200), {@code SBP_NOT_ABOVE_DBP}, {@code GLUCOSE_IMPLAUSIBLE} (1.0–35.0 mmol/L),
 *       {@code HBA1C_IMPLAUSIBLE} (3–20 %).
 *   <li><b>Registrations</b>: {@code ENROLLED_BEFORE_DIAGNOSIS}, {@code ENDED_BEFORE_ENROLLED},
 *       {@code ICD10_OUTSIDE_PROGRAMME} (indicators.md §7–§9), {@code
 *       FOLLOW_UP_WITHOUT_REGISTRATION}.
 *   <li><b>Tuberculosis</b>: {@code TREATMENT_END_BEFORE_START}, {@code
 *       DOSES_TAKEN_EXCEED_SCHEDULED}, {@code FIRST_VISIT_BEFORE_NOTIFICATION}.
 *   <li><b>Maternal health</b>: {@code DELIVERY_GESTATION_IMPLAUSIBLE} (20–45 weeks after LMP),
 *       {@code DISCHARGE_BEFORE_DELIVERY}, {@code REGISTRATION_AFTER_DELIVERY}, {@code
 *       LIVE_BIRTHS_WITHOUT_DELIVERY}, {@code PREGNANCY_OF_MALE_RESIDENT}, {@code
 *       POSTPARTUM_VISIT_BEFORE_DELIVERY}, {@code PRENATAL_VISIT_AFTER_DELIVERY}, {@code
 *       GESTATIONAL_WEEKS_IMPLAUSIBLE} (1–45).
 *   <li><b>Vaccination</b> (indicators.md §3): {@code DOSE_BEFORE_MINIMUM_AGE}, {@code
 *       DOSE_NOT_IN_SCHEDULE}, {@code DUPLICATE_DOSE}.
 *   <li><b>Contracts</b>: {@code CONTRACT_END_BEFORE_START}, {@code TERMINATED_BEFORE_START}.
 *   <li><b>Events</b>: {@code REPORTED_BEFORE_DIAGNOSIS} (infectious cases), {@code
 *       REPORTED_BEFORE_DISCOVERY} (emergency events), {@code REPORTED_BEFORE_FOUND}
 *       (supervision).
 *   <li><b>Populations</b>: {@code DUPLICATE_POPULATION_SCOPE_YEAR}, {@code
 *       POPULATION_SCOPE_UNKNOWN}, {@code POPULATION_PARTS_EXCEED_TOTAL}.
 *   <li><b>Across records</b> (dataset only): {@code DUPLICATE_ID}, {@code UNKNOWN_RESIDENT},
 *       {@code UNKNOWN_PREGNANCY}, {@code UNKNOWN_INSTITUTION}, {@code
 *       INSTITUTION_PARENT_CYCLE}.
 * </ul>
 */
package org.gongwei.core.validation;
