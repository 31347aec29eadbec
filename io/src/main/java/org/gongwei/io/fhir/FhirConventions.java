package org.gongwei.io.fhir;

/**
 * The code systems, identifier systems and extensions of the Gongwei FHIR R4 mapping, as
 * constants: what {@link FhirWriter} and {@link MeasureReportWriter} write and what {@link
 * FhirReader} reads.
 *
 * <p>Systems defined by others are used where one exists: the Chinese OIDs of the health-record
 * header (WS/T 483: {@code 2.16.156.10011.1.3} ID card, {@code 2.16.156.10011.1.2} health-record
 * number, {@code 2.16.156.10011.1.5} institution), ICD-10, LOINC, UCUM and HL7's own code
 * systems. Everything the programme needs that FHIR R4 lacks is defined under {@link #BASE}: the
 * code systems of the bundle's coded columns ({@code …/CodeSystem/…}), the identifier systems of
 * the record ids ({@code …/NamingSystem/…}) and the extensions ({@code
 * …/StructureDefinition/…}). The package documentation lists what each resource carries.
 */
public final class FhirConventions {
  private FhirConventions() {}

  /** The base of every URL this mapping defines. */
  public static final String BASE = "https://gongwei.org/fhir";

  // ---- identifier systems defined by others ----

  /** 居民身份证号 (GB 11643), the OID of WS/T 483 patient ids: written and read. */
  public static final String ID_CARD_SYSTEM = "urn:oid:2.16.156.10011.1.3";
  /** Another OID used for the resident ID card by some vendors: read only. */
  public static final String ID_CARD_SYSTEM_ALT = "urn:oid:2.16.840.1.113883.2.23.1.19.1";
  /** 健康档案编号, the OID of WS/T 483 patientRole ids: the resident id. */
  public static final String HEALTH_RECORD_SYSTEM = "urn:oid:2.16.156.10011.1.2";
  /** 医疗卫生机构代码, the OID of WS/T 483 organization ids: the institution code. */
  public static final String INSTITUTION_SYSTEM = "urn:oid:2.16.156.10011.1.5";

  // ---- code systems defined by others ----

  /** ICD-10 as FHIR names it: written and read. */
  public static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
  /**
   * ICD-10 as the Chinese health information standards name it (GB/T 14396 诊断代码表, OID {@code
   * 2.16.156.10011.2.3.3.11}, also with a sub-table suffix such as {@code .3}): read only.
   */
  public static final String ICD10_CN = "urn:oid:2.16.156.10011.2.3.3.11";
  /** LOINC. */
  public static final String LOINC = "http://loinc.org";
  /** UCUM. */
  public static final String UCUM = "http://unitsofmeasure.org";

  // ---- identifier systems of the record ids (ours) ----

  /** {@code registration_id} of a Condition. */
  public static final String REGISTRATION_ID = BASE + "/NamingSystem/registration-id";
  /** {@code followup_id} of an Encounter. */
  public static final String FOLLOWUP_ID = BASE + "/NamingSystem/followup-id";
  /** {@code vaccination_id} of an Immunization. */
  public static final String VACCINATION_ID = BASE + "/NamingSystem/vaccination-id";
  /** {@code contract_id} of an EpisodeOfCare. */
  public static final String CONTRACT_ID = BASE + "/NamingSystem/contract-id";
  /** {@code team_id} of a CareTeam. */
  public static final String TEAM_ID = BASE + "/NamingSystem/team-id";
  /** {@code doctor_id}, in logical references to a Practitioner. */
  public static final String DOCTOR_ID = BASE + "/NamingSystem/doctor-id";
  /** 统一社会信用代码 (GB 32100) of an Organization. */
  public static final String USCC_SYSTEM = BASE + "/NamingSystem/uscc";
  /** An indicator id ({@code HTN-01}) or measure id ({@code IMM-02(MMR,1)}). */
  public static final String INDICATOR_ID = BASE + "/NamingSystem/indicator-id";

  // ---- code systems of the bundle's coded columns (ours) ----

  /** Institution type: the {@code InstitutionType} names, e.g. {@code TOWNSHIP_HEALTH_CENTER}. */
  public static final String INSTITUTION_TYPE = BASE + "/CodeSystem/institution-type";
  /** Condition under case management: the {@code Condition} names, e.g. {@code HYPERTENSION}. */
  public static final String MANAGED_CONDITION = BASE + "/CodeSystem/managed-condition";
  /** Follow-up method: codes 1 门诊 … 9 其他 of the exchange format. */
  public static final String FOLLOWUP_METHOD = BASE + "/CodeSystem/followup-method";
  /** Follow-up classification: codes 1–4 (此次随访分类). */
  public static final String FOLLOWUP_CLASSIFICATION = BASE + "/CodeSystem/followup-classification";
  /** Medication adherence: codes 1–3 (服药依从性). */
  public static final String MEDICATION_ADHERENCE = BASE + "/CodeSystem/medication-adherence";
  /** National-immunization-programme vaccines: the {@code Vaccine} names, e.g. {@code MMR}. */
  public static final String NIP_VACCINE = BASE + "/CodeSystem/nip-vaccine";
  /** Identity document type, CV02.01.101 ({@code 01} 居民身份证 … {@code 99}). */
  public static final String ID_DOCUMENT_TYPE = BASE + "/CodeSystem/id-document-type";
  /** Ethnicity, GB 3304 ({@code 01} 汉族 …). */
  public static final String ETHNICITY_SYSTEM = BASE + "/CodeSystem/ethnicity";
  /** Record closure reason ({@code 1} death … {@code 9} other). */
  public static final String RECORD_CLOSURE_REASON = BASE + "/CodeSystem/record-closure-reason";
  /** Key population of the family-doctor programme: {@code disabled} and the like. */
  public static final String KEY_POPULATION = BASE + "/CodeSystem/key-population";
  /** The type of an EpisodeOfCare that is a family-doctor contract: code {@code family-doctor-contract}. */
  public static final String EPISODE_TYPE = BASE + "/CodeSystem/episode-type";
  /** The status of a rate: the {@code RateStatus} names, e.g. {@code NO_DENOMINATOR}. */
  public static final String RATE_STATUS = BASE + "/CodeSystem/rate-status";
  /** How a report is stratified: the {@code Stratification} names, e.g. {@code SEX}. */
  public static final String STRATIFICATION = BASE + "/CodeSystem/stratification";
  /**
   * The prefix of the code systems of stratum keys: followed by the stratification in lower case
   * with hyphens ({@code …/CodeSystem/stratum-sex}, {@code …/CodeSystem/stratum-region-county});
   * the codes are the keys of the report ({@code MALE}, {@code 430321}, {@code ?} for unknown).
   */
  public static final String STRATUM_SYSTEM_PREFIX = BASE + "/CodeSystem/stratum-";

  // ---- extensions (ours) ----

  /** On {@code Patient.address} and {@code Organization.address}: the region code, valueCode. */
  public static final String EXT_REGION_CODE = BASE + "/StructureDefinition/region-code";
  /** On {@code Patient.gender}: the GB/T 2261.1 code when FHIR's gender loses it (9), valueCode. */
  public static final String EXT_SEX_CODE = BASE + "/StructureDefinition/gb2261-sex";
  /** On Patient: ethnicity (GB 3304), valueCoding. */
  public static final String EXT_ETHNICITY = BASE + "/StructureDefinition/ethnicity";
  /**
   * On Patient: residence, complex, with {@code permanent} (常住) and {@code householdRegistered}
   * (户籍), each valueBoolean.
   */
  public static final String EXT_RESIDENCE = BASE + "/StructureDefinition/residence";
  /**
   * On Patient: the health record (居民健康档案), complex, with {@code established} (valueDate),
   * {@code electronic} and {@code standardized} (valueBoolean), {@code closed} (valueDate) and
   * {@code closedReason} (valueCode of {@link #RECORD_CLOSURE_REASON}).
   */
  public static final String EXT_HEALTH_RECORD = BASE + "/StructureDefinition/health-record";
  /**
   * On Patient, repeating: a key population the resident belongs to, valueCode {@code disabled},
   * {@code poverty-alleviated} or {@code family-planning-special}.
   */
  public static final String EXT_KEY_POPULATION = BASE + "/StructureDefinition/key-population";
  /** On Patient: the date the vaccination certificate was issued, valueDate. */
  public static final String EXT_VACCINATION_CERTIFICATE =
      BASE + "/StructureDefinition/vaccination-certificate-date";
  /** On Condition: why management ended (结案原因), valueString. */
  public static final String EXT_ENDED_REASON = BASE + "/StructureDefinition/ended-reason";
  /** On Condition: the managing institution, valueReference(Organization). */
  public static final String EXT_MANAGING_ORGANIZATION =
      BASE + "/StructureDefinition/managing-organization";
  /** On Encounter: the follow-up classification, valueCoding. */
  public static final String EXT_FOLLOWUP_CLASSIFICATION =
      BASE + "/StructureDefinition/followup-classification";
  /** On Encounter: medication adherence, valueCoding. */
  public static final String EXT_MEDICATION_ADHERENCE =
      BASE + "/StructureDefinition/medication-adherence";
  /** On Encounter: whether an adverse drug reaction was recorded, valueBoolean. */
  public static final String EXT_ADVERSE_REACTION = BASE + "/StructureDefinition/adverse-reaction";
  /** On Encounter: whether the patient was referred, valueBoolean. */
  public static final String EXT_REFERRAL = BASE + "/StructureDefinition/referral";
  /** On Encounter: the date of the next follow-up, valueDate. */
  public static final String EXT_NEXT_VISIT = BASE + "/StructureDefinition/next-visit-date";
  /** On EpisodeOfCare: the date the contract was terminated early (解约日期), valueDate. */
  public static final String EXT_TERMINATED = BASE + "/StructureDefinition/terminated-date";
  /** On EpisodeOfCare: the service package (服务包), valueString. */
  public static final String EXT_SERVICE_PACKAGE = BASE + "/StructureDefinition/service-package";
  /** On EpisodeOfCare: the contract fee in CNY, valueMoney. */
  public static final String EXT_CONTRACT_FEE = BASE + "/StructureDefinition/contract-fee";
  /** On MeasureReport: the report's scope ({@code all}, {@code institution 430321101}, …), valueString. */
  public static final String EXT_REPORT_SCOPE = BASE + "/StructureDefinition/report-scope";
  /** On MeasureReport: the rulebook's name, valueString. */
  public static final String EXT_RULEBOOK = BASE + "/StructureDefinition/rulebook";
  /** On a MeasureReport group or stratum: the rate's status, valueCode of {@link #RATE_STATUS}. */
  public static final String EXT_RATE_STATUS = BASE + "/StructureDefinition/rate-status";
  /** On a MeasureReport group or stratum: {@code records} or {@code estimate}, valueCode. */
  public static final String EXT_DENOMINATOR_SOURCE =
      BASE + "/StructureDefinition/denominator-source";
  /** On Measure: the unit the value is shown in ({@code PERCENT}, {@code PER_THOUSAND}, …), valueCode. */
  public static final String EXT_DISPLAY_UNIT = BASE + "/StructureDefinition/display-unit";

  // ---- LOINC codes ----

  /** Blood pressure panel. */
  public static final String LOINC_BP_PANEL = "85354-9";
  /** Systolic blood pressure. */
  public static final String LOINC_SYSTOLIC = "8480-6";
  /** Diastolic blood pressure. */
  public static final String LOINC_DIASTOLIC = "8462-4";
  /** Fasting glucose [Moles/volume] in serum or plasma (mmol/L). */
  public static final String LOINC_FASTING_GLUCOSE = "14771-0";
  /** Fasting glucose [Mass/volume] in serum or plasma (mg/dL): read only, converted. */
  public static final String LOINC_FASTING_GLUCOSE_MASS = "1558-6";
  /** Hemoglobin A1c/Hemoglobin.total in blood (%). */
  public static final String LOINC_HBA1C = "4548-4";

  /** 1 mmol/L of glucose is 18.0 mg/dL (exchange format §4). */
  public static final double GLUCOSE_MG_DL_PER_MMOL_L = 18.0;
}
