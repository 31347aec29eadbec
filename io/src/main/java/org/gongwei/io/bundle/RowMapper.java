package org.gongwei.io.bundle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.gongwei.core.child.ChildVisit;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.CheckupKind;
import org.gongwei.core.code.ChildVisitKind;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.DiseaseClass;
import org.gongwei.core.code.EducationKind;
import org.gongwei.core.code.Ethnicity;
import org.gongwei.core.code.FollowUpClassification;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.IdDocumentType;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.code.MaternalVisitKind;
import org.gongwei.core.code.MedicationAdherence;
import org.gongwei.core.code.MentalHealthMedication;
import org.gongwei.core.code.MentalHealthStatus;
import org.gongwei.core.code.RecordClosureReason;
import org.gongwei.core.code.Sex;
import org.gongwei.core.code.SupervisionDomain;
import org.gongwei.core.code.SupervisionKind;
import org.gongwei.core.code.TbOutcome;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.code.Vaccine;
import org.gongwei.core.contract.Contract;
import org.gongwei.core.contract.SatisfactionSurvey;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.education.EducationActivity;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.immunization.Vaccination;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.maternal.MaternalVisit;
import org.gongwei.core.maternal.Pregnancy;
import org.gongwei.core.mental.MentalFollowUp;
import org.gongwei.core.population.PopulationEstimate;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.supervision.SupervisionRecord;
import org.gongwei.core.surveillance.EmergencyEvent;
import org.gongwei.core.surveillance.InfectiousCase;
import org.gongwei.core.tb.TbCourse;
import org.gongwei.core.tcm.TcmService;
import org.gongwei.io.csv.CsvRow;

/**
 * Maps a row of a bundle file to its domain record (exchange format §1): every column read with
 * the typed accessor of its kind, codes through their code tables, region and ICD-10 codes
 * parsed. A row whose required value is missing or invalid, or whose values break an invariant
 * of the record (the builder throws), gives no record: its problems say why. Stateless and
 * thread-safe.
 */
final class RowMapper {
  private static final CodeTable<InstitutionType> INSTITUTION_TYPE = CodeTable.of(InstitutionType.class);
  private static final CodeTable<IdDocumentType> ID_TYPE = CodeTable.of(IdDocumentType.class);
  private static final CodeTable<Sex> SEX = CodeTable.of(Sex.class);
  private static final CodeTable<Ethnicity> ETHNICITY = CodeTable.of(Ethnicity.class);
  private static final CodeTable<RecordClosureReason> CLOSURE = CodeTable.of(RecordClosureReason.class);
  private static final CodeTable<Condition> CONDITION = CodeTable.of(Condition.class);
  private static final CodeTable<FollowUpMethod> METHOD = CodeTable.of(FollowUpMethod.class);
  private static final CodeTable<FollowUpClassification> CLASSIFICATION =
      CodeTable.of(FollowUpClassification.class);
  private static final CodeTable<MedicationAdherence> ADHERENCE = CodeTable.of(MedicationAdherence.class);
  private static final CodeTable<CheckupKind> CHECKUP_KIND = CodeTable.of(CheckupKind.class);
  private static final CodeTable<MentalHealthMedication> MEDICATION =
      CodeTable.of(MentalHealthMedication.class);
  private static final CodeTable<MentalHealthStatus> MENTAL_STATUS = CodeTable.of(MentalHealthStatus.class);
  private static final CodeTable<TbOutcome> TB_OUTCOME = CodeTable.of(TbOutcome.class);
  private static final CodeTable<MaternalVisitKind> MATERNAL_KIND = CodeTable.of(MaternalVisitKind.class);
  private static final CodeTable<ChildVisitKind> CHILD_KIND = CodeTable.of(ChildVisitKind.class);
  private static final CodeTable<TcmKind> TCM_KIND = CodeTable.of(TcmKind.class);
  private static final CodeTable<Vaccine> VACCINE = CodeTable.of(Vaccine.class);
  private static final CodeTable<DiseaseClass> DISEASE_CLASS = CodeTable.of(DiseaseClass.class);
  private static final CodeTable<SupervisionDomain> DOMAIN = CodeTable.of(SupervisionDomain.class);
  private static final CodeTable<SupervisionKind> SUPERVISION_KIND = CodeTable.of(SupervisionKind.class);
  private static final CodeTable<EducationKind> EDUCATION_KIND = CodeTable.of(EducationKind.class);

  private RowMapper() {}

  /** Makes the record of one record type from a row's fields (null when a value is missing). */
  @FunctionalInterface
  interface Mapping {
    BundleRecord record(RowFields f);
  }

  /**
   * The mapping of a record type, chosen once per file: each type's mapping is then compiled on
   * its own, where one method switching over every type was compiled again and again, bigger
   * each time, as the files of new types came (2.3 s of compiling for a bundle).
   */
  static Mapping of(RecordType type) {
    return switch (type) {
      case INSTITUTION -> RowMapper::institution;
      case RESIDENT -> RowMapper::resident;
      case REGISTRATION -> RowMapper::registration;
      case FOLLOW_UP -> RowMapper::followUp;
      case CHECKUP -> RowMapper::checkup;
      case MENTAL_FOLLOW_UP -> RowMapper::mentalFollowUp;
      case TB_COURSE -> RowMapper::tbCourse;
      case PREGNANCY -> RowMapper::pregnancy;
      case MATERNAL_VISIT -> RowMapper::maternalVisit;
      case CHILD_VISIT -> RowMapper::childVisit;
      case TCM_SERVICE -> RowMapper::tcmService;
      case VACCINATION -> RowMapper::vaccination;
      case CONTRACT -> RowMapper::contract;
      case SATISFACTION_SURVEY -> RowMapper::survey;
      case INFECTIOUS_CASE -> RowMapper::infectiousCase;
      case EMERGENCY_EVENT -> RowMapper::emergencyEvent;
      case SUPERVISION -> RowMapper::supervision;
      case EDUCATION -> RowMapper::education;
      case POPULATION -> RowMapper::population;
    };
  }

  /**
   * The record of a row by the mapping of its type, or null when the row must be rejected (its
   * problems are in the row). Does not accept or reject the row: the caller does.
   */
  static BundleRecord map(CsvRow row, RowFields fields, Mapping mapping) {
    RowFields f = fields.of(row);
    try {
      BundleRecord r = mapping.record(f);
      return f.complete() ? r : null;
    } catch (IllegalArgumentException | IllegalStateException e) {
      f.invalid(e);
      return null;
    }
  }

  private static Institution institution(RowFields f) {
    String code = f.requiredCodeText("institution_code");
    String name = f.requiredText("name");
    InstitutionType type = f.requiredCode("type", INSTITUTION_TYPE);
    RegionCode region = f.requiredRegion("region_code");
    Optional<String> parent = f.optionalCodeText("parent_code");
    Optional<String> uscc = f.optionalCodeText("uscc");
    if (!f.complete()) {
      return null;
    }
    return Institution.builder().code(code).name(name).type(type).regionCode(region)
        .parentCode(parent).uscc(uscc).build();
  }

  private static Resident resident(RowFields f) {
    String id = f.requiredText("resident_id");
    IdDocumentType idType = f.code("id_type", ID_TYPE);
    String idNumber = f.idNumber("id_number");
    String name = f.text("name");
    Sex sex = f.requiredCode("sex", SEX);
    LocalDate birth = f.requiredDate("birth_date");
    Ethnicity ethnicity = f.code("ethnicity", ETHNICITY);
    RegionCode region = f.requiredRegion("region_code");
    String institution = f.requiredCodeText("institution_code");
    String doctor = f.sharedText("doctor_id");
    Boolean permanent = f.requiredBool("permanent");
    boolean household = f.flag("household_registered");
    LocalDate established = f.date("record_established_date");
    boolean electronic = f.flag("electronic_record");
    boolean standardized = f.flag("record_standardized");
    LocalDate closed = f.date("record_closed_date");
    RecordClosureReason closedReason = f.code("record_closed_reason", CLOSURE);
    LocalDate death = f.date("death_date");
    boolean disabled = f.flag("disabled");
    boolean poverty = f.flag("poverty_alleviated");
    boolean familyPlanning = f.flag("family_planning_special");
    LocalDate certificate = f.date("vaccination_certificate_date");
    if (!f.complete()) {
      return null;
    }
    Resident.Builder b = Resident.builder().residentId(id);
    if (idType != null) {
      b.idType(idType);
    }
    return b.idNumber(idNumber).name(name).sex(sex).birthDate(birth).ethnicity(ethnicity)
        .regionCode(region).institutionCode(institution).doctorId(doctor).permanent(permanent)
        .householdRegistered(household).recordEstablishedDate(established)
        .electronicRecord(electronic).recordStandardized(standardized).recordClosedDate(closed)
        .recordClosedReason(closedReason).deathDate(death).disabled(disabled)
        .povertyAlleviated(poverty).familyPlanningSpecial(familyPlanning)
        .vaccinationCertificateDate(certificate).build();
  }

  private static Registration registration(RowFields f) {
    String id = f.requiredText("registration_id");
    String resident = f.requiredText("resident_id");
    Condition condition = f.requiredCode("condition", CONDITION);
    Optional<Icd10Code> icd10 = f.icd10("icd10");
    LocalDate diagnosed = f.date("diagnosed_date");
    LocalDate enrolled = f.requiredDate("enrolled_date");
    LocalDate ended = f.date("ended_date");
    String endedReason = f.text("ended_reason");
    String institution = f.codeText("institution_code");
    if (!f.complete()) {
      return null;
    }
    return Registration.builder().registrationId(id).residentId(resident).condition(condition)
        .icd10(icd10).diagnosedDate(diagnosed).enrolledDate(enrolled).endedDate(ended)
        .endedReason(endedReason).institutionCode(institution).build();
  }

  private static FollowUp followUp(RowFields f) {
    String id = f.requiredText("followup_id");
    String resident = f.requiredText("resident_id");
    Condition condition = f.requiredCode("condition", CONDITION);
    LocalDate visit = f.requiredDate("visit_date");
    FollowUpMethod method = f.requiredCode("method", METHOD);
    OptionalInt sbp = f.wholeNumber("sbp", "mmHg");
    OptionalInt dbp = f.wholeNumber("dbp", "mmHg");
    OptionalDouble glucose = f.decimal("fasting_glucose");
    OptionalDouble hba1c = f.decimal("hba1c");
    FollowUpClassification classification = f.code("classification", CLASSIFICATION);
    MedicationAdherence adherence = f.code("adherence", ADHERENCE);
    boolean adverse = f.flag("adverse_reaction");
    boolean referral = f.flag("referral");
    LocalDate next = f.date("next_visit_date");
    String doctor = f.sharedText("doctor_id");
    String institution = f.codeText("institution_code");
    if (!f.complete()) {
      return null;
    }
    return FollowUp.builder().followUpId(id).residentId(resident).condition(condition)
        .visitDate(visit).method(method).sbp(sbp).dbp(dbp).fastingGlucose(glucose).hba1c(hba1c)
        .classification(classification).adherence(adherence).adverseReaction(adverse)
        .referral(referral).nextVisitDate(next).doctorId(doctor).institutionCode(institution)
        .build();
  }

  private static Checkup checkup(RowFields f) {
    String id = f.requiredText("checkup_id");
    String resident = f.requiredText("resident_id");
    LocalDate date = f.requiredDate("checkup_date");
    CheckupKind kind = f.requiredCode("kind", CHECKUP_KIND);
    boolean complete = f.flag("form_complete");
    boolean guidance = f.flag("guidance_given");
    OptionalInt sbp = f.wholeNumber("sbp", "mmHg");
    OptionalInt dbp = f.wholeNumber("dbp", "mmHg");
    OptionalDouble glucose = f.decimal("fasting_glucose");
    OptionalInt selfCare = f.integer("self_care_score");
    String institution = f.codeText("institution_code");
    if (!f.complete()) {
      return null;
    }
    return Checkup.builder().checkupId(id).residentId(resident).checkupDate(date).kind(kind)
        .formComplete(complete).guidanceGiven(guidance).sbp(sbp).dbp(dbp).fastingGlucose(glucose)
        .selfCareScore(selfCare).institutionCode(institution).build();
  }

  private static MentalFollowUp mentalFollowUp(RowFields f) {
    String id = f.requiredText("followup_id");
    String resident = f.requiredText("resident_id");
    LocalDate visit = f.requiredDate("visit_date");
    Optional<FollowUpMethod> method = f.optionalCode("method", METHOD);
    OptionalInt risk = f.integer("risk_level");
    Optional<MentalHealthMedication> medication = f.optionalCode("medication", MEDICATION);
    MentalHealthStatus status = f.requiredCode("status", MENTAL_STATUS);
    if (!f.complete()) {
      return null;
    }
    return MentalFollowUp.builder().followUpId(id).residentId(resident).visitDate(visit)
        .method(method).riskLevel(risk).medication(medication).status(status).build();
  }

  private static TbCourse tbCourse(RowFields f) {
    String id = f.requiredText("course_id");
    String resident = f.requiredText("resident_id");
    LocalDate notified = f.requiredDate("notified_date");
    Optional<LocalDate> firstVisit = f.optionalDate("first_visit_date");
    Optional<LocalDate> start = f.optionalDate("treatment_start_date");
    Optional<LocalDate> end = f.optionalDate("treatment_end_date");
    Optional<TbOutcome> outcome = f.optionalCode("outcome", TB_OUTCOME);
    OptionalInt scheduled = f.integer("doses_scheduled");
    OptionalInt taken = f.integer("doses_taken");
    if (!f.complete()) {
      return null;
    }
    return TbCourse.builder().courseId(id).residentId(resident).notifiedDate(notified)
        .firstVisitDate(firstVisit).treatmentStartDate(start).treatmentEndDate(end)
        .outcome(outcome).dosesScheduled(scheduled).dosesTaken(taken).build();
  }

  private static Pregnancy pregnancy(RowFields f) {
    String id = f.requiredText("pregnancy_id");
    String resident = f.requiredText("resident_id");
    Optional<LocalDate> lmp = f.optionalDate("lmp_date");
    Optional<LocalDate> registered = f.optionalDate("registration_date");
    Optional<LocalDate> delivery = f.optionalDate("delivery_date");
    Optional<LocalDate> discharge = f.optionalDate("discharge_date");
    OptionalInt liveBirths = f.integer("live_births");
    if (!f.complete()) {
      return null;
    }
    return Pregnancy.builder().pregnancyId(id).residentId(resident).lmpDate(lmp)
        .registrationDate(registered).deliveryDate(delivery).dischargeDate(discharge)
        .liveBirths(liveBirths).build();
  }

  private static MaternalVisit maternalVisit(RowFields f) {
    String id = f.requiredText("visit_id");
    String pregnancy = f.requiredText("pregnancy_id");
    LocalDate visit = f.requiredDate("visit_date");
    MaternalVisitKind kind = f.requiredCode("kind", MATERNAL_KIND);
    OptionalInt weeks = f.integer("gestational_weeks");
    if (!f.complete()) {
      return null;
    }
    return MaternalVisit.builder().visitId(id).pregnancyId(pregnancy).visitDate(visit).kind(kind)
        .gestationalWeeks(weeks).build();
  }

  private static ChildVisit childVisit(RowFields f) {
    String id = f.requiredText("visit_id");
    String resident = f.requiredText("resident_id");
    LocalDate visit = f.requiredDate("visit_date");
    ChildVisitKind kind = f.requiredCode("kind", CHILD_KIND);
    return f.complete() ? new ChildVisit(id, resident, visit, kind) : null;
  }

  private static TcmService tcmService(RowFields f) {
    String id = f.requiredText("service_id");
    String resident = f.requiredText("resident_id");
    LocalDate date = f.requiredDate("service_date");
    TcmKind kind = f.requiredCode("kind", TCM_KIND);
    return f.complete() ? new TcmService(id, resident, date, kind) : null;
  }

  private static Vaccination vaccination(RowFields f) {
    String id = f.requiredText("vaccination_id");
    String resident = f.requiredText("resident_id");
    Vaccine vaccine = f.requiredCode("vaccine", VACCINE);
    Integer dose = f.requiredInteger("dose");
    LocalDate date = f.requiredDate("vaccination_date");
    String institution = f.codeText("institution_code");
    if (!f.complete()) {
      return null;
    }
    return Vaccination.builder().vaccinationId(id).residentId(resident).vaccine(vaccine)
        .dose(dose).vaccinationDate(date).institutionCode(institution).build();
  }

  private static Contract contract(RowFields f) {
    String id = f.requiredText("contract_id");
    String resident = f.requiredText("resident_id");
    LocalDate start = f.requiredDate("start_date");
    LocalDate end = f.requiredDate("end_date");
    LocalDate terminated = f.date("terminated_date");
    String team = f.sharedText("team_id");
    String doctor = f.sharedText("doctor_id");
    String institution = f.codeText("institution_code");
    String servicePackage = f.text("package");
    Optional<BigDecimal> fee = f.bigDecimal("fee_yuan");
    if (!f.complete()) {
      return null;
    }
    return Contract.builder().contractId(id).residentId(resident).startDate(start).endDate(end)
        .terminatedDate(terminated).teamId(team).doctorId(doctor).institutionCode(institution)
        .servicePackage(servicePackage).feeYuan(fee).build();
  }

  private static SatisfactionSurvey survey(RowFields f) {
    String id = f.requiredText("survey_id");
    Optional<String> resident = f.optionalText("resident_id");
    LocalDate date = f.requiredDate("survey_date");
    Integer score = f.requiredInteger("score");
    return f.complete() ? new SatisfactionSurvey(id, resident, date, score) : null;
  }

  private static InfectiousCase infectiousCase(RowFields f) {
    String id = f.requiredText("case_id");
    String institution = f.requiredCodeText("institution_code");
    DiseaseClass diseaseClass = f.requiredCode("disease_class", DISEASE_CLASS);
    Optional<String> disease = f.optionalText("disease");
    LocalDateTime diagnosed = f.requiredDateTime("diagnosed_at");
    Optional<LocalDateTime> reported = f.optionalDateTime("reported_at");
    if (!f.complete()) {
      return null;
    }
    return InfectiousCase.builder().caseId(id).institutionCode(institution)
        .diseaseClass(diseaseClass).disease(disease).diagnosedAt(diagnosed).reportedAt(reported)
        .build();
  }

  private static EmergencyEvent emergencyEvent(RowFields f) {
    String id = f.requiredText("event_id");
    String institution = f.requiredCodeText("institution_code");
    LocalDateTime discovered = f.requiredDateTime("discovered_at");
    Optional<LocalDateTime> reported = f.optionalDateTime("reported_at");
    return f.complete() ? new EmergencyEvent(id, institution, discovered, reported) : null;
  }

  private static SupervisionRecord supervision(RowFields f) {
    String id = f.requiredText("lead_id");
    String institution = f.requiredCodeText("institution_code");
    SupervisionDomain domain = f.requiredCode("domain", DOMAIN);
    SupervisionKind kind = f.requiredCode("kind", SUPERVISION_KIND);
    LocalDate found = f.requiredDate("found_date");
    Optional<LocalDate> reported = f.optionalDate("reported_date");
    return f.complete()
        ? new SupervisionRecord(id, institution, domain, kind, found, reported) : null;
  }

  private static EducationActivity education(RowFields f) {
    String id = f.requiredText("activity_id");
    String institution = f.requiredCodeText("institution_code");
    LocalDate date = f.requiredDate("activity_date");
    EducationKind kind = f.requiredCode("kind", EDUCATION_KIND);
    Optional<String> title = f.optionalText("title");
    OptionalInt participants = f.integer("participants");
    if (!f.complete()) {
      return null;
    }
    return EducationActivity.builder().activityId(id).institutionCode(institution)
        .activityDate(date).kind(kind).title(title).participants(participants).build();
  }

  private static PopulationEstimate population(RowFields f) {
    String scope = f.requiredCodeText("scope_code");
    Integer year = f.requiredInteger("year");
    OptionalInt population = f.integer("population");
    OptionalInt adults = f.integer("adult_population");
    OptionalInt elderly = f.integer("population_65_plus");
    OptionalInt children = f.integer("population_0_6");
    Optional<BigDecimal> hypertension = f.bigDecimal("hypertension_prevalence");
    Optional<BigDecimal> diabetes = f.bigDecimal("diabetes_prevalence");
    if (!f.complete()) {
      return null;
    }
    PopulationEstimate.Builder b = PopulationEstimate.builder().scopeCode(scope).year(year);
    population.ifPresent(b::population);
    adults.ifPresent(b::adultPopulation);
    elderly.ifPresent(b::population65Plus);
    children.ifPresent(b::population0To6);
    return b.hypertensionPrevalence(hypertension).diabetesPrevalence(diabetes).build();
  }
}
