package org.gongwei.io.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
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

/**
 * Generators of every record type with every field, optional fields present about half of the
 * time, and text made of Chinese characters, 𠮷 (outside the BMP), commas, quotes, backslashes,
 * tabs and line breaks.
 */
final class RecordArbitraries {
  private RecordArbitraries() {}

  private static final double SOME = 0.5;

  /** Text of 1–8 pieces that are hard for CSV and JSON. */
  static Arbitrary<String> text() {
    return Arbitraries.of("公卫", "张三", "𠮷", "😀", ",", "\"", "'", "\\", "\n", "\r\n", "\t", " ", "a", "Z9", "é", "=1+2", "\u2028", "{\"x\":1}")
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(parts -> String.join("", parts));
  }

  /** An id: non-blank text. */
  static Arbitrary<String> id() {
    return text().map(t -> "ID" + t);
  }

  static Arbitrary<LocalDate> date() {
    return Arbitraries.integers().between(0, 200 * 366).map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
  }

  static Arbitrary<LocalDateTime> dateTime() {
    Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999));
    return Combinators.combine(date(), Arbitraries.integers().between(0, 86_399), nanos)
        .as((d, s, n) -> d.atStartOfDay().plusSeconds(s).plusNanos(n));
  }

  static Arbitrary<RegionCode> region() {
    return Arbitraries.of("43", "4303", "430321", "430321101", "430321101201", "110105", "430300").map(RegionCode::parse);
  }

  static Arbitrary<Icd10Code> icd10() {
    return Arbitraries.of("I10", "I10.x00", "E11.900", "I10.x00x002", "F20.001", "e11", "A15.0").map(Icd10Code::parse);
  }

  /** Any finite double, by its bits (so -0.0, subnormals and extremes too). */
  static Arbitrary<Double> anyDouble() {
    return Arbitraries.oneOf(
        Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite),
        Arbitraries.doubles().between(0, 40).ofScale(1));
  }

  /** A non-negative decimal with scale -2 to 8. */
  static Arbitrary<BigDecimal> decimal() {
    return Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.valueOf(10_000_000_000L)), Arbitraries.integers().between(-2, 8))
        .as(BigDecimal::new);
  }

  /** A fraction in [0, 1] with 0 to 6 decimals (trailing zeros kept). */
  static Arbitrary<BigDecimal> fraction() {
    return Arbitraries.integers().between(0, 6)
        .flatMap(scale -> Arbitraries.longs().between(0, BigInteger.TEN.pow(scale).longValueExact()).map(u -> BigDecimal.valueOf(u, scale)));
  }

  static Arbitrary<Integer> nonNegative() {
    return Arbitraries.integers().between(0, Integer.MAX_VALUE);
  }

  static Arbitrary<Long> nonNegativeLong() {
    return Arbitraries.longs().between(0, Long.MAX_VALUE);
  }

  /** A record of any type. */
  static Arbitrary<BundleRecord> anyRecord() {
    return Arbitraries.of(RecordType.values()).flatMap(RecordArbitraries::of);
  }

  /** A record of {@code type}. */
  static Arbitrary<BundleRecord> of(RecordType type) {
    switch (type) {
      case INSTITUTION:
        return institution().map(r -> r);
      case RESIDENT:
        return resident().map(r -> r);
      case REGISTRATION:
        return registration().map(r -> r);
      case FOLLOW_UP:
        return followUp().map(r -> r);
      case CHECKUP:
        return checkup().map(r -> r);
      case MENTAL_FOLLOW_UP:
        return mentalFollowUp().map(r -> r);
      case TB_COURSE:
        return tbCourse().map(r -> r);
      case PREGNANCY:
        return pregnancy().map(r -> r);
      case MATERNAL_VISIT:
        return maternalVisit().map(r -> r);
      case CHILD_VISIT:
        return Combinators.combine(id(), id(), date(), Arbitraries.of(ChildVisitKind.class)).as(ChildVisit::new).map(r -> r);
      case TCM_SERVICE:
        return Combinators.combine(id(), id(), date(), Arbitraries.of(TcmKind.class)).as(TcmService::new).map(r -> r);
      case VACCINATION:
        return vaccination().map(r -> r);
      case CONTRACT:
        return contract().map(r -> r);
      case SATISFACTION_SURVEY:
        return Combinators.combine(id(), id().optional(), date(), Arbitraries.integers().between(1, 5)).as(SatisfactionSurvey::new).map(r -> r);
      case INFECTIOUS_CASE:
        return infectiousCase().map(r -> r);
      case EMERGENCY_EVENT:
        return Combinators.combine(id(), id(), dateTime(), dateTime().optional()).as(EmergencyEvent::new).map(r -> r);
      case SUPERVISION:
        return Combinators.combine(
                id(), id(), Arbitraries.of(SupervisionDomain.class), Arbitraries.of(SupervisionKind.class), date(), date().optional())
            .as(SupervisionRecord::new)
            .map(r -> r);
      case EDUCATION:
        return education().map(r -> r);
      case POPULATION:
        return population().map(r -> r);
      default:
        throw new AssertionError(type);
    }
  }

  static Arbitrary<Institution> institution() {
    return Builders.withBuilder(Institution::builder)
        .use(id()).inSetter(Institution.Builder::code)
        .use(text().filter(t -> !t.isBlank())).inSetter(Institution.Builder::name)
        .use(Arbitraries.of(InstitutionType.class)).inSetter(Institution.Builder::type)
        .use(region()).inSetter(Institution.Builder::regionCode)
        .use(text().map(t -> "P" + t)).withProbability(SOME).inSetter(Institution.Builder::parentCode)
        .use(text()).withProbability(SOME).inSetter(Institution.Builder::uscc)
        .build(Institution.Builder::build);
  }

  static Arbitrary<Resident> resident() {
    return Builders.withBuilder(Resident::builder)
        .use(id()).inSetter(Resident.Builder::residentId)
        .use(Arbitraries.of(IdDocumentType.class)).withProbability(SOME).inSetter(Resident.Builder::idType)
        .use(Arbitraries.of("11010519491231002X", "430321198001011234", "X-1")).withProbability(SOME).inSetter(Resident.Builder::idNumber)
        .use(text()).withProbability(SOME).inSetter(Resident.Builder::name)
        .use(Arbitraries.of(Sex.class)).inSetter(Resident.Builder::sex)
        .use(date()).inSetter(Resident.Builder::birthDate)
        .use(Arbitraries.of(Ethnicity.class)).withProbability(SOME).inSetter(Resident.Builder::ethnicity)
        .use(region()).inSetter(Resident.Builder::regionCode)
        .use(id()).inSetter(Resident.Builder::institutionCode)
        .use(id()).withProbability(SOME).inSetter(Resident.Builder::doctorId)
        .use(Arbitraries.of(true, false)).inSetter(Resident.Builder::permanent)
        .use(Arbitraries.of(true, false)).withProbability(SOME).inSetter(Resident.Builder::householdRegistered)
        .use(date()).withProbability(SOME).inSetter(Resident.Builder::recordEstablishedDate)
        .use(Arbitraries.of(true, false)).withProbability(SOME).inSetter(Resident.Builder::electronicRecord)
        .use(Arbitraries.of(true, false)).withProbability(SOME).inSetter(Resident.Builder::recordStandardized)
        .use(date()).withProbability(SOME).inSetter(Resident.Builder::recordClosedDate)
        .use(Arbitraries.of(RecordClosureReason.class)).withProbability(SOME).inSetter(Resident.Builder::recordClosedReason)
        .use(date()).withProbability(SOME).inSetter(Resident.Builder::deathDate)
        .use(Arbitraries.of(true, false)).withProbability(SOME).inSetter(Resident.Builder::disabled)
        .use(Arbitraries.of(true, false)).withProbability(SOME).inSetter(Resident.Builder::povertyAlleviated)
        .use(Arbitraries.of(true, false)).withProbability(SOME).inSetter(Resident.Builder::familyPlanningSpecial)
        .use(date()).withProbability(SOME).inSetter(Resident.Builder::vaccinationCertificateDate)
        .build(Resident.Builder::build);
  }

  static Arbitrary<Registration> registration() {
    return Builders.withBuilder(Registration::builder)
        .use(id()).inSetter(Registration.Builder::registrationId)
        .use(id()).inSetter(Registration.Builder::residentId)
        .use(Arbitraries.of(Condition.class)).inSetter(Registration.Builder::condition)
        .use(icd10()).withProbability(SOME).inSetter(Registration.Builder::icd10)
        .use(date()).withProbability(SOME).inSetter(Registration.Builder::diagnosedDate)
        .use(date()).inSetter(Registration.Builder::enrolledDate)
        .use(date()).withProbability(SOME).inSetter(Registration.Builder::endedDate)
        .use(text()).withProbability(SOME).inSetter(Registration.Builder::endedReason)
        .use(id()).withProbability(SOME).inSetter(Registration.Builder::institutionCode)
        .build(Registration.Builder::build);
  }

  static Arbitrary<FollowUp> followUp() {
    return Builders.withBuilder(FollowUp::builder)
        .use(id()).inSetter(FollowUp.Builder::followUpId)
        .use(id()).inSetter(FollowUp.Builder::residentId)
        .use(Arbitraries.of(Condition.HYPERTENSION, Condition.TYPE2_DIABETES)).inSetter(FollowUp.Builder::condition)
        .use(date()).inSetter(FollowUp.Builder::visitDate)
        .use(Arbitraries.of(FollowUpMethod.class)).inSetter(FollowUp.Builder::method)
        .use(Arbitraries.integers()).withProbability(SOME).inSetter(FollowUp.Builder::sbp)
        .use(Arbitraries.integers()).withProbability(SOME).inSetter(FollowUp.Builder::dbp)
        .use(anyDouble()).withProbability(SOME).inSetter(FollowUp.Builder::fastingGlucose)
        .use(anyDouble()).withProbability(SOME).inSetter(FollowUp.Builder::hba1c)
        .use(Arbitraries.of(FollowUpClassification.class)).withProbability(SOME).inSetter(FollowUp.Builder::classification)
        .use(Arbitraries.of(MedicationAdherence.class)).withProbability(SOME).inSetter(FollowUp.Builder::adherence)
        .use(Arbitraries.of(true, false)).withProbability(SOME).inSetter(FollowUp.Builder::adverseReaction)
        .use(Arbitraries.of(true, false)).withProbability(SOME).inSetter(FollowUp.Builder::referral)
        .use(date()).withProbability(SOME).inSetter(FollowUp.Builder::nextVisitDate)
        .use(id()).withProbability(SOME).inSetter(FollowUp.Builder::doctorId)
        .use(id()).withProbability(SOME).inSetter(FollowUp.Builder::institutionCode)
        .build(FollowUp.Builder::build);
  }

  static Arbitrary<Checkup> checkup() {
    return Builders.withBuilder(Checkup::builder)
        .use(id()).inSetter(Checkup.Builder::checkupId)
        .use(id()).inSetter(Checkup.Builder::residentId)
        .use(date()).inSetter(Checkup.Builder::checkupDate)
        .use(Arbitraries.of(CheckupKind.class)).inSetter(Checkup.Builder::kind)
        .use(Arbitraries.of(true, false)).withProbability(SOME).inSetter(Checkup.Builder::formComplete)
        .use(Arbitraries.of(true, false)).withProbability(SOME).inSetter(Checkup.Builder::guidanceGiven)
        .use(Arbitraries.integers()).withProbability(SOME).inSetter(Checkup.Builder::sbp)
        .use(Arbitraries.integers()).withProbability(SOME).inSetter(Checkup.Builder::dbp)
        .use(anyDouble()).withProbability(SOME).inSetter(Checkup.Builder::fastingGlucose)
        .use(nonNegative()).withProbability(SOME).inSetter(Checkup.Builder::selfCareScore)
        .use(id()).withProbability(SOME).inSetter(Checkup.Builder::institutionCode)
        .build(Checkup.Builder::build);
  }

  static Arbitrary<MentalFollowUp> mentalFollowUp() {
    return Builders.withBuilder(MentalFollowUp::builder)
        .use(id()).inSetter(MentalFollowUp.Builder::followUpId)
        .use(id()).inSetter(MentalFollowUp.Builder::residentId)
        .use(date()).inSetter(MentalFollowUp.Builder::visitDate)
        .use(Arbitraries.of(FollowUpMethod.class)).withProbability(SOME).inSetter(MentalFollowUp.Builder::method)
        .use(Arbitraries.integers().between(0, 5)).withProbability(SOME).inSetter(MentalFollowUp.Builder::riskLevel)
        .use(Arbitraries.of(MentalHealthMedication.class)).withProbability(SOME).inSetter(MentalFollowUp.Builder::medication)
        .use(Arbitraries.of(MentalHealthStatus.class)).inSetter(MentalFollowUp.Builder::status)
        .build(MentalFollowUp.Builder::build);
  }

  static Arbitrary<TbCourse> tbCourse() {
    return Builders.withBuilder(TbCourse::builder)
        .use(id()).inSetter(TbCourse.Builder::courseId)
        .use(id()).inSetter(TbCourse.Builder::residentId)
        .use(date()).inSetter(TbCourse.Builder::notifiedDate)
        .use(date()).withProbability(SOME).inSetter(TbCourse.Builder::firstVisitDate)
        .use(date()).withProbability(SOME).inSetter(TbCourse.Builder::treatmentStartDate)
        .use(date()).withProbability(SOME).inSetter(TbCourse.Builder::treatmentEndDate)
        .use(Arbitraries.of(TbOutcome.class)).withProbability(SOME).inSetter(TbCourse.Builder::outcome)
        .use(nonNegative()).withProbability(SOME).inSetter(TbCourse.Builder::dosesScheduled)
        .use(nonNegative()).withProbability(SOME).inSetter(TbCourse.Builder::dosesTaken)
        .build(TbCourse.Builder::build);
  }

  static Arbitrary<Pregnancy> pregnancy() {
    return Builders.withBuilder(Pregnancy::builder)
        .use(id()).inSetter(Pregnancy.Builder::pregnancyId)
        .use(id()).inSetter(Pregnancy.Builder::residentId)
        .use(date()).withProbability(SOME).inSetter(Pregnancy.Builder::lmpDate)
        .use(date()).withProbability(SOME).inSetter(Pregnancy.Builder::registrationDate)
        .use(date()).withProbability(SOME).inSetter(Pregnancy.Builder::deliveryDate)
        .use(date()).withProbability(SOME).inSetter(Pregnancy.Builder::dischargeDate)
        .use(nonNegative()).withProbability(SOME).inSetter(Pregnancy.Builder::liveBirths)
        .build(Pregnancy.Builder::build);
  }

  static Arbitrary<MaternalVisit> maternalVisit() {
    return Builders.withBuilder(MaternalVisit::builder)
        .use(id()).inSetter(MaternalVisit.Builder::visitId)
        .use(id()).inSetter(MaternalVisit.Builder::pregnancyId)
        .use(date()).inSetter(MaternalVisit.Builder::visitDate)
        .use(Arbitraries.of(MaternalVisitKind.class)).inSetter(MaternalVisit.Builder::kind)
        .use(nonNegative()).withProbability(SOME).inSetter(MaternalVisit.Builder::gestationalWeeks)
        .build(MaternalVisit.Builder::build);
  }

  static Arbitrary<Vaccination> vaccination() {
    return Builders.withBuilder(Vaccination::builder)
        .use(id()).inSetter(Vaccination.Builder::vaccinationId)
        .use(id()).inSetter(Vaccination.Builder::residentId)
        .use(Arbitraries.of(Vaccine.class)).inSetter(Vaccination.Builder::vaccine)
        .use(Arbitraries.integers().between(1, 9)).inSetter(Vaccination.Builder::dose)
        .use(date()).inSetter(Vaccination.Builder::vaccinationDate)
        .use(id()).withProbability(SOME).inSetter(Vaccination.Builder::institutionCode)
        .build(Vaccination.Builder::build);
  }

  static Arbitrary<Contract> contract() {
    return Builders.withBuilder(Contract::builder)
        .use(id()).inSetter(Contract.Builder::contractId)
        .use(id()).inSetter(Contract.Builder::residentId)
        .use(date()).inSetter(Contract.Builder::startDate)
        .use(date()).inSetter(Contract.Builder::endDate)
        .use(date()).withProbability(SOME).inSetter(Contract.Builder::terminatedDate)
        .use(id()).withProbability(SOME).inSetter(Contract.Builder::teamId)
        .use(id()).withProbability(SOME).inSetter(Contract.Builder::doctorId)
        .use(id()).withProbability(SOME).inSetter(Contract.Builder::institutionCode)
        .use(text()).withProbability(SOME).inSetter(Contract.Builder::servicePackage)
        .use(decimal()).withProbability(SOME).inSetter(Contract.Builder::feeYuan)
        .build(Contract.Builder::build);
  }

  static Arbitrary<InfectiousCase> infectiousCase() {
    return Builders.withBuilder(InfectiousCase::builder)
        .use(id()).inSetter(InfectiousCase.Builder::caseId)
        .use(id()).inSetter(InfectiousCase.Builder::institutionCode)
        .use(Arbitraries.of(DiseaseClass.class)).inSetter(InfectiousCase.Builder::diseaseClass)
        .use(text()).withProbability(SOME).inSetter(InfectiousCase.Builder::disease)
        .use(dateTime()).inSetter(InfectiousCase.Builder::diagnosedAt)
        .use(dateTime()).withProbability(SOME).inSetter(InfectiousCase.Builder::reportedAt)
        .build(InfectiousCase.Builder::build);
  }

  static Arbitrary<EducationActivity> education() {
    return Builders.withBuilder(EducationActivity::builder)
        .use(id()).inSetter(EducationActivity.Builder::activityId)
        .use(id()).inSetter(EducationActivity.Builder::institutionCode)
        .use(date()).inSetter(EducationActivity.Builder::activityDate)
        .use(Arbitraries.of(EducationKind.class)).inSetter(EducationActivity.Builder::kind)
        .use(text()).withProbability(SOME).inSetter(EducationActivity.Builder::title)
        .use(nonNegative()).withProbability(SOME).inSetter(EducationActivity.Builder::participants)
        .build(EducationActivity.Builder::build);
  }

  static Arbitrary<PopulationEstimate> population() {
    return Builders.withBuilder(PopulationEstimate::builder)
        .use(id()).inSetter(PopulationEstimate.Builder::scopeCode)
        .use(Arbitraries.integers().between(1900, 2999)).inSetter(PopulationEstimate.Builder::year)
        .use(nonNegativeLong()).withProbability(SOME).inSetter(PopulationEstimate.Builder::population)
        .use(nonNegativeLong()).withProbability(SOME).inSetter(PopulationEstimate.Builder::adultPopulation)
        .use(nonNegativeLong()).withProbability(SOME).inSetter(PopulationEstimate.Builder::population65Plus)
        .use(nonNegativeLong()).withProbability(SOME).inSetter(PopulationEstimate.Builder::population0To6)
        .use(fraction()).withProbability(SOME).inSetter(PopulationEstimate.Builder::hypertensionPrevalence)
        .use(fraction()).withProbability(SOME).inSetter(PopulationEstimate.Builder::diabetesPrevalence)
        .build(PopulationEstimate.Builder::build);
  }

  /** Every record type once, for example-based tests. */
  static List<RecordType> types() {
    return List.of(RecordType.values());
  }
}
