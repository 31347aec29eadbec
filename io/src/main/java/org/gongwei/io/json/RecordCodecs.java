package org.gongwei.io.json;

import static org.gongwei.io.json.ValueCodec.BOOLEAN;
import static org.gongwei.io.json.ValueCodec.DATE;
import static org.gongwei.io.json.ValueCodec.DATE_TIME;
import static org.gongwei.io.json.ValueCodec.DECIMAL;
import static org.gongwei.io.json.ValueCodec.ICD10;
import static org.gongwei.io.json.ValueCodec.INT;
import static org.gongwei.io.json.ValueCodec.REGION;
import static org.gongwei.io.json.ValueCodec.TEXT;
import static org.gongwei.io.json.ValueCodec.ofEnum;

import com.fasterxml.jackson.core.JsonToken;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.gongwei.io.json.RecordCodec.Slots;

/**
 * The JSON form of every record type of the bundle: one {@link RecordCodec} per {@link
 * RecordType}, with the properties named after the accessors, in the order of the accessors.
 */
final class RecordCodecs {
  private static final Map<RecordType, RecordCodec<?, ?>> BY_TYPE = build();
  private static final String TYPE_NAMES =
      Arrays.stream(RecordType.values()).map(Enum::name).collect(Collectors.joining(", "));

  private RecordCodecs() {}

  /** The codec of a record type. */
  static RecordCodec<?, ?> of(RecordType type) {
    return BY_TYPE.get(type);
  }

  /** Every codec, in {@link RecordType} order. */
  static List<RecordCodec<?, ?>> all() {
    return List.copyOf(BY_TYPE.values());
  }

  /**
   * Reads a record of the type its {@code recordType} property names.
   *
   * @throws InvalidValueException if the type is missing or unknown, or the record is invalid
   */
  static BundleRecord decode(Map<String, Raw> fields) throws InvalidValueException {
    return of(typeOf(fields)).read(fields);
  }

  /**
   * The record type its {@code recordType} property names.
   *
   * @throws InvalidValueException if the type is missing or unknown
   */
  static RecordType typeOf(Map<String, Raw> fields) throws InvalidValueException {
    Raw type = fields.get(RecordCodec.TYPE);
    if (type == null || type.isNull()) {
      throw new InvalidValueException(RecordCodec.TYPE + ": missing (one of " + TYPE_NAMES + ")");
    }
    if (type.token() == JsonToken.VALUE_STRING) {
      for (RecordType t : RecordType.values()) {
        if (t.name().equals(type.text())) {
          return t;
        }
      }
    }
    throw new InvalidValueException(
        RecordCodec.TYPE + ": expected one of " + TYPE_NAMES + ", found " + type.shown());
  }

  private static Map<RecordType, RecordCodec<?, ?>> build() {
    Map<RecordType, RecordCodec<?, ?>> m = new EnumMap<>(RecordType.class);
    for (RecordCodec<?, ?> c :
        List.of(
            institution(),
            resident(),
            registration(),
            followUp(),
            checkup(),
            mentalFollowUp(),
            tbCourse(),
            pregnancy(),
            maternalVisit(),
            childVisit(),
            tcmService(),
            vaccination(),
            contract(),
            satisfactionSurvey(),
            infectiousCase(),
            emergencyEvent(),
            supervision(),
            education(),
            population())) {
      m.put(c.recordType(), c);
    }
    if (m.size() != RecordType.values().length) {
      throw new IllegalStateException("a record type has no JSON codec");
    }
    return Collections.unmodifiableMap(m);
  }

  private static RecordCodec<Institution, Institution.Builder> institution() {
    return RecordCodec.define(RecordType.INSTITUTION, Institution.class, Institution::builder, Institution.Builder::build)
        .req("code", TEXT, Institution::code, Institution.Builder::code)
        .req("name", TEXT, Institution::name, Institution.Builder::name)
        .req("type", ofEnum(InstitutionType.class), Institution::type, Institution.Builder::type)
        .req("regionCode", REGION, Institution::regionCode, Institution.Builder::regionCode)
        .opt("parentCode", TEXT, Institution::parentCode, Institution.Builder::parentCode)
        .opt("uscc", TEXT, Institution::uscc, Institution.Builder::uscc)
        .build();
  }

  private static RecordCodec<Resident, Resident.Builder> resident() {
    return RecordCodec.define(RecordType.RESIDENT, Resident.class, Resident::builder, Resident.Builder::build)
        .req("residentId", TEXT, Resident::residentId, Resident.Builder::residentId)
        .dflt("idType", ofEnum(IdDocumentType.class), Resident::idType, Resident.Builder::idType)
        .opt("idNumber", TEXT, Resident::idNumber, Resident.Builder::idNumber)
        .opt("name", TEXT, Resident::name, Resident.Builder::name)
        .req("sex", ofEnum(Sex.class), Resident::sex, Resident.Builder::sex)
        .req("birthDate", DATE, Resident::birthDate, Resident.Builder::birthDate)
        .opt("ethnicity", ofEnum(Ethnicity.class), Resident::ethnicity, Resident.Builder::ethnicity)
        .req("regionCode", REGION, Resident::regionCode, Resident.Builder::regionCode)
        .req("institutionCode", TEXT, Resident::institutionCode, Resident.Builder::institutionCode)
        .opt("doctorId", TEXT, Resident::doctorId, Resident.Builder::doctorId)
        .req("permanent", BOOLEAN, Resident::permanent, Resident.Builder::permanent)
        .dflt("householdRegistered", BOOLEAN, Resident::householdRegistered, Resident.Builder::householdRegistered)
        .opt("recordEstablishedDate", DATE, Resident::recordEstablishedDate, Resident.Builder::recordEstablishedDate)
        .dflt("electronicRecord", BOOLEAN, Resident::electronicRecord, Resident.Builder::electronicRecord)
        .dflt("recordStandardized", BOOLEAN, Resident::recordStandardized, Resident.Builder::recordStandardized)
        .opt("recordClosedDate", DATE, Resident::recordClosedDate, Resident.Builder::recordClosedDate)
        .opt("recordClosedReason", ofEnum(RecordClosureReason.class), Resident::recordClosedReason, Resident.Builder::recordClosedReason)
        .opt("deathDate", DATE, Resident::deathDate, Resident.Builder::deathDate)
        .dflt("disabled", BOOLEAN, Resident::disabled, Resident.Builder::disabled)
        .dflt("povertyAlleviated", BOOLEAN, Resident::povertyAlleviated, Resident.Builder::povertyAlleviated)
        .dflt("familyPlanningSpecial", BOOLEAN, Resident::familyPlanningSpecial, Resident.Builder::familyPlanningSpecial)
        .opt("vaccinationCertificateDate", DATE, Resident::vaccinationCertificateDate, Resident.Builder::vaccinationCertificateDate)
        .build();
  }

  private static RecordCodec<Registration, Registration.Builder> registration() {
    return RecordCodec.define(RecordType.REGISTRATION, Registration.class, Registration::builder, Registration.Builder::build)
        .req("registrationId", TEXT, Registration::registrationId, Registration.Builder::registrationId)
        .req("residentId", TEXT, Registration::residentId, Registration.Builder::residentId)
        .req("condition", ofEnum(Condition.class), Registration::condition, Registration.Builder::condition)
        .opt("icd10", ICD10, Registration::icd10, Registration.Builder::icd10)
        .opt("diagnosedDate", DATE, Registration::diagnosedDate, Registration.Builder::diagnosedDate)
        .req("enrolledDate", DATE, Registration::enrolledDate, Registration.Builder::enrolledDate)
        .opt("endedDate", DATE, Registration::endedDate, Registration.Builder::endedDate)
        .opt("endedReason", TEXT, Registration::endedReason, Registration.Builder::endedReason)
        .opt("institutionCode", TEXT, Registration::institutionCode, Registration.Builder::institutionCode)
        .build();
  }

  private static RecordCodec<FollowUp, FollowUp.Builder> followUp() {
    return RecordCodec.define(RecordType.FOLLOW_UP, FollowUp.class, FollowUp::builder, FollowUp.Builder::build)
        .req("followUpId", TEXT, FollowUp::followUpId, FollowUp.Builder::followUpId)
        .req("residentId", TEXT, FollowUp::residentId, FollowUp.Builder::residentId)
        .req("condition", ofEnum(Condition.class), FollowUp::condition, FollowUp.Builder::condition)
        .req("visitDate", DATE, FollowUp::visitDate, FollowUp.Builder::visitDate)
        .req("method", ofEnum(FollowUpMethod.class), FollowUp::method, FollowUp.Builder::method)
        .optInt("sbp", FollowUp::sbp, FollowUp.Builder::sbp)
        .optInt("dbp", FollowUp::dbp, FollowUp.Builder::dbp)
        .optDouble("fastingGlucose", FollowUp::fastingGlucose, FollowUp.Builder::fastingGlucose)
        .optDouble("hba1c", FollowUp::hba1c, FollowUp.Builder::hba1c)
        .opt("classification", ofEnum(FollowUpClassification.class), FollowUp::classification, FollowUp.Builder::classification)
        .opt("adherence", ofEnum(MedicationAdherence.class), FollowUp::adherence, FollowUp.Builder::adherence)
        .dflt("adverseReaction", BOOLEAN, FollowUp::adverseReaction, FollowUp.Builder::adverseReaction)
        .dflt("referral", BOOLEAN, FollowUp::referral, FollowUp.Builder::referral)
        .opt("nextVisitDate", DATE, FollowUp::nextVisitDate, FollowUp.Builder::nextVisitDate)
        .opt("doctorId", TEXT, FollowUp::doctorId, FollowUp.Builder::doctorId)
        .opt("institutionCode", TEXT, FollowUp::institutionCode, FollowUp.Builder::institutionCode)
        .build();
  }

  private static RecordCodec<Checkup, Checkup.Builder> checkup() {
    return RecordCodec.define(RecordType.CHECKUP, Checkup.class, Checkup::builder, Checkup.Builder::build)
        .req("checkupId", TEXT, Checkup::checkupId, Checkup.Builder::checkupId)
        .req("residentId", TEXT, Checkup::residentId, Checkup.Builder::residentId)
        .req("checkupDate", DATE, Checkup::checkupDate, Checkup.Builder::checkupDate)
        .req("kind", ofEnum(CheckupKind.class), Checkup::kind, Checkup.Builder::kind)
        .dflt("formComplete", BOOLEAN, Checkup::formComplete, Checkup.Builder::formComplete)
        .dflt("guidanceGiven", BOOLEAN, Checkup::guidanceGiven, Checkup.Builder::guidanceGiven)
        .optInt("sbp", Checkup::sbp, Checkup.Builder::sbp)
        .optInt("dbp", Checkup::dbp, Checkup.Builder::dbp)
        .optDouble("fastingGlucose", Checkup::fastingGlucose, Checkup.Builder::fastingGlucose)
        .optInt("selfCareScore", Checkup::selfCareScore, Checkup.Builder::selfCareScore)
        .opt("institutionCode", TEXT, Checkup::institutionCode, Checkup.Builder::institutionCode)
        .build();
  }

  private static RecordCodec<MentalFollowUp, MentalFollowUp.Builder> mentalFollowUp() {
    return RecordCodec.define(RecordType.MENTAL_FOLLOW_UP, MentalFollowUp.class, MentalFollowUp::builder, MentalFollowUp.Builder::build)
        .req("followUpId", TEXT, MentalFollowUp::followUpId, MentalFollowUp.Builder::followUpId)
        .req("residentId", TEXT, MentalFollowUp::residentId, MentalFollowUp.Builder::residentId)
        .req("visitDate", DATE, MentalFollowUp::visitDate, MentalFollowUp.Builder::visitDate)
        .opt("method", ofEnum(FollowUpMethod.class), MentalFollowUp::method, MentalFollowUp.Builder::method)
        .optInt("riskLevel", MentalFollowUp::riskLevel, MentalFollowUp.Builder::riskLevel)
        .opt("medication", ofEnum(MentalHealthMedication.class), MentalFollowUp::medication, MentalFollowUp.Builder::medication)
        .req("status", ofEnum(MentalHealthStatus.class), MentalFollowUp::status, MentalFollowUp.Builder::status)
        .build();
  }

  private static RecordCodec<TbCourse, TbCourse.Builder> tbCourse() {
    return RecordCodec.define(RecordType.TB_COURSE, TbCourse.class, TbCourse::builder, TbCourse.Builder::build)
        .req("courseId", TEXT, TbCourse::courseId, TbCourse.Builder::courseId)
        .req("residentId", TEXT, TbCourse::residentId, TbCourse.Builder::residentId)
        .req("notifiedDate", DATE, TbCourse::notifiedDate, TbCourse.Builder::notifiedDate)
        .opt("firstVisitDate", DATE, TbCourse::firstVisitDate, TbCourse.Builder::firstVisitDate)
        .opt("treatmentStartDate", DATE, TbCourse::treatmentStartDate, TbCourse.Builder::treatmentStartDate)
        .opt("treatmentEndDate", DATE, TbCourse::treatmentEndDate, TbCourse.Builder::treatmentEndDate)
        .opt("outcome", ofEnum(TbOutcome.class), TbCourse::outcome, TbCourse.Builder::outcome)
        .optInt("dosesScheduled", TbCourse::dosesScheduled, TbCourse.Builder::dosesScheduled)
        .optInt("dosesTaken", TbCourse::dosesTaken, TbCourse.Builder::dosesTaken)
        .build();
  }

  private static RecordCodec<Pregnancy, Pregnancy.Builder> pregnancy() {
    return RecordCodec.define(RecordType.PREGNANCY, Pregnancy.class, Pregnancy::builder, Pregnancy.Builder::build)
        .req("pregnancyId", TEXT, Pregnancy::pregnancyId, Pregnancy.Builder::pregnancyId)
        .req("residentId", TEXT, Pregnancy::residentId, Pregnancy.Builder::residentId)
        .opt("lmpDate", DATE, Pregnancy::lmpDate, Pregnancy.Builder::lmpDate)
        .opt("registrationDate", DATE, Pregnancy::registrationDate, Pregnancy.Builder::registrationDate)
        .opt("deliveryDate", DATE, Pregnancy::deliveryDate, Pregnancy.Builder::deliveryDate)
        .opt("dischargeDate", DATE, Pregnancy::dischargeDate, Pregnancy.Builder::dischargeDate)
        .optInt("liveBirths", Pregnancy::liveBirths, Pregnancy.Builder::liveBirths)
        .build();
  }

  private static RecordCodec<MaternalVisit, MaternalVisit.Builder> maternalVisit() {
    return RecordCodec.define(RecordType.MATERNAL_VISIT, MaternalVisit.class, MaternalVisit::builder, MaternalVisit.Builder::build)
        .req("visitId", TEXT, MaternalVisit::visitId, MaternalVisit.Builder::visitId)
        .req("pregnancyId", TEXT, MaternalVisit::pregnancyId, MaternalVisit.Builder::pregnancyId)
        .req("visitDate", DATE, MaternalVisit::visitDate, MaternalVisit.Builder::visitDate)
        .req("kind", ofEnum(MaternalVisitKind.class), MaternalVisit::kind, MaternalVisit.Builder::kind)
        .optInt("gestationalWeeks", MaternalVisit::gestationalWeeks, MaternalVisit.Builder::gestationalWeeks)
        .build();
  }

  private static RecordCodec<ChildVisit, Slots> childVisit() {
    return RecordCodec.defineRecord(
            RecordType.CHILD_VISIT,
            ChildVisit.class,
            s -> new ChildVisit(
                s.get("visitId", String.class),
                s.get("residentId", String.class),
                s.get("visitDate", LocalDate.class),
                s.get("kind", ChildVisitKind.class)))
        .reqSlot("visitId", TEXT, ChildVisit::visitId)
        .reqSlot("residentId", TEXT, ChildVisit::residentId)
        .reqSlot("visitDate", DATE, ChildVisit::visitDate)
        .reqSlot("kind", ofEnum(ChildVisitKind.class), ChildVisit::kind)
        .build();
  }

  private static RecordCodec<TcmService, Slots> tcmService() {
    return RecordCodec.defineRecord(
            RecordType.TCM_SERVICE,
            TcmService.class,
            s -> new TcmService(
                s.get("serviceId", String.class),
                s.get("residentId", String.class),
                s.get("serviceDate", LocalDate.class),
                s.get("kind", TcmKind.class)))
        .reqSlot("serviceId", TEXT, TcmService::serviceId)
        .reqSlot("residentId", TEXT, TcmService::residentId)
        .reqSlot("serviceDate", DATE, TcmService::serviceDate)
        .reqSlot("kind", ofEnum(TcmKind.class), TcmService::kind)
        .build();
  }

  private static RecordCodec<Vaccination, Vaccination.Builder> vaccination() {
    return RecordCodec.define(RecordType.VACCINATION, Vaccination.class, Vaccination::builder, Vaccination.Builder::build)
        .req("vaccinationId", TEXT, Vaccination::vaccinationId, Vaccination.Builder::vaccinationId)
        .req("residentId", TEXT, Vaccination::residentId, Vaccination.Builder::residentId)
        .req("vaccine", ofEnum(Vaccine.class), Vaccination::vaccine, Vaccination.Builder::vaccine)
        .req("dose", INT, Vaccination::dose, Vaccination.Builder::dose)
        .req("vaccinationDate", DATE, Vaccination::vaccinationDate, Vaccination.Builder::vaccinationDate)
        .opt("institutionCode", TEXT, Vaccination::institutionCode, Vaccination.Builder::institutionCode)
        .build();
  }

  private static RecordCodec<Contract, Contract.Builder> contract() {
    return RecordCodec.define(RecordType.CONTRACT, Contract.class, Contract::builder, Contract.Builder::build)
        .req("contractId", TEXT, Contract::contractId, Contract.Builder::contractId)
        .req("residentId", TEXT, Contract::residentId, Contract.Builder::residentId)
        .req("startDate", DATE, Contract::startDate, Contract.Builder::startDate)
        .req("endDate", DATE, Contract::endDate, Contract.Builder::endDate)
        .opt("terminatedDate", DATE, Contract::terminatedDate, Contract.Builder::terminatedDate)
        .opt("teamId", TEXT, Contract::teamId, Contract.Builder::teamId)
        .opt("doctorId", TEXT, Contract::doctorId, Contract.Builder::doctorId)
        .opt("institutionCode", TEXT, Contract::institutionCode, Contract.Builder::institutionCode)
        .opt("servicePackage", TEXT, Contract::servicePackage, Contract.Builder::servicePackage)
        .opt("feeYuan", DECIMAL, Contract::feeYuan, Contract.Builder::feeYuan)
        .build();
  }

  private static RecordCodec<SatisfactionSurvey, Slots> satisfactionSurvey() {
    return RecordCodec.defineRecord(
            RecordType.SATISFACTION_SURVEY,
            SatisfactionSurvey.class,
            s -> new SatisfactionSurvey(
                s.get("surveyId", String.class),
                s.optional("residentId", String.class),
                s.get("surveyDate", LocalDate.class),
                s.getInt("score")))
        .reqSlot("surveyId", TEXT, SatisfactionSurvey::surveyId)
        .optSlot("residentId", TEXT, SatisfactionSurvey::residentId)
        .reqSlot("surveyDate", DATE, SatisfactionSurvey::surveyDate)
        .reqSlot("score", INT, SatisfactionSurvey::score)
        .build();
  }

  private static RecordCodec<InfectiousCase, InfectiousCase.Builder> infectiousCase() {
    return RecordCodec.define(RecordType.INFECTIOUS_CASE, InfectiousCase.class, InfectiousCase::builder, InfectiousCase.Builder::build)
        .req("caseId", TEXT, InfectiousCase::caseId, InfectiousCase.Builder::caseId)
        .req("institutionCode", TEXT, InfectiousCase::institutionCode, InfectiousCase.Builder::institutionCode)
        .req("diseaseClass", ofEnum(DiseaseClass.class), InfectiousCase::diseaseClass, InfectiousCase.Builder::diseaseClass)
        .opt("disease", TEXT, InfectiousCase::disease, InfectiousCase.Builder::disease)
        .req("diagnosedAt", DATE_TIME, InfectiousCase::diagnosedAt, InfectiousCase.Builder::diagnosedAt)
        .opt("reportedAt", DATE_TIME, InfectiousCase::reportedAt, InfectiousCase.Builder::reportedAt)
        .build();
  }

  private static RecordCodec<EmergencyEvent, Slots> emergencyEvent() {
    return RecordCodec.defineRecord(
            RecordType.EMERGENCY_EVENT,
            EmergencyEvent.class,
            s -> new EmergencyEvent(
                s.get("eventId", String.class),
                s.get("institutionCode", String.class),
                s.get("discoveredAt", LocalDateTime.class),
                s.optional("reportedAt", LocalDateTime.class)))
        .reqSlot("eventId", TEXT, EmergencyEvent::eventId)
        .reqSlot("institutionCode", TEXT, EmergencyEvent::institutionCode)
        .reqSlot("discoveredAt", DATE_TIME, EmergencyEvent::discoveredAt)
        .optSlot("reportedAt", DATE_TIME, EmergencyEvent::reportedAt)
        .build();
  }

  private static RecordCodec<SupervisionRecord, Slots> supervision() {
    return RecordCodec.defineRecord(
            RecordType.SUPERVISION,
            SupervisionRecord.class,
            s -> new SupervisionRecord(
                s.get("leadId", String.class),
                s.get("institutionCode", String.class),
                s.get("domain", SupervisionDomain.class),
                s.get("kind", SupervisionKind.class),
                s.get("foundDate", LocalDate.class),
                s.optional("reportedDate", LocalDate.class)))
        .reqSlot("leadId", TEXT, SupervisionRecord::leadId)
        .reqSlot("institutionCode", TEXT, SupervisionRecord::institutionCode)
        .reqSlot("domain", ofEnum(SupervisionDomain.class), SupervisionRecord::domain)
        .reqSlot("kind", ofEnum(SupervisionKind.class), SupervisionRecord::kind)
        .reqSlot("foundDate", DATE, SupervisionRecord::foundDate)
        .optSlot("reportedDate", DATE, SupervisionRecord::reportedDate)
        .build();
  }

  private static RecordCodec<EducationActivity, EducationActivity.Builder> education() {
    return RecordCodec.define(RecordType.EDUCATION, EducationActivity.class, EducationActivity::builder, EducationActivity.Builder::build)
        .req("activityId", TEXT, EducationActivity::activityId, EducationActivity.Builder::activityId)
        .req("institutionCode", TEXT, EducationActivity::institutionCode, EducationActivity.Builder::institutionCode)
        .req("activityDate", DATE, EducationActivity::activityDate, EducationActivity.Builder::activityDate)
        .req("kind", ofEnum(EducationKind.class), EducationActivity::kind, EducationActivity.Builder::kind)
        .opt("title", TEXT, EducationActivity::title, EducationActivity.Builder::title)
        .optInt("participants", EducationActivity::participants, EducationActivity.Builder::participants)
        .build();
  }

  private static RecordCodec<PopulationEstimate, PopulationEstimate.Builder> population() {
    return RecordCodec.define(RecordType.POPULATION, PopulationEstimate.class, PopulationEstimate::builder, PopulationEstimate.Builder::build)
        .req("scopeCode", TEXT, PopulationEstimate::scopeCode, PopulationEstimate.Builder::scopeCode)
        .req("year", INT, PopulationEstimate::year, PopulationEstimate.Builder::year)
        .optLong("population", PopulationEstimate::population, PopulationEstimate.Builder::population)
        .optLong("adultPopulation", PopulationEstimate::adultPopulation, PopulationEstimate.Builder::adultPopulation)
        .optLong("population65Plus", PopulationEstimate::population65Plus, PopulationEstimate.Builder::population65Plus)
        .optLong("population0To6", PopulationEstimate::population0To6, PopulationEstimate.Builder::population0To6)
        .opt("hypertensionPrevalence", DECIMAL, PopulationEstimate::hypertensionPrevalence, PopulationEstimate.Builder::hypertensionPrevalence)
        .opt("diabetesPrevalence", DECIMAL, PopulationEstimate::diabetesPrevalence, PopulationEstimate.Builder::diabetesPrevalence)
        .build();
  }
}
