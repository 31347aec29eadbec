package org.gongwei.io.bundle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
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
 * Generators of valid records of every type, with the text that stresses a CSV file: Chinese,
 * a character outside the Basic Multilingual Plane (𠮷), commas, quotes, line breaks, and the
 * characters Excel treats specially. Text has no surrounding white space and is never empty (the
 * format reads both as absent).
 */
final class RecordArbitraries {
  private RecordArbitraries() {}

  // ------------------------------------------------------------ values

  /** Free text: names, titles, diseases, reasons, packages. */
  static Arbitrary<String> text() {
    return Arbitraries.of("张", "王", "三", "丽", "𠮷", "高血压", "慢阻肺", ",", "\"", "\n", "\r\n",
            " ", "a", "Z", "9", "#", "=", ";", "，", "；", "、", "'", "\t", "·")
        .list().ofMinSize(1).ofMaxSize(10)
        .map(l -> String.join("", l).strip())
        .filter(s -> !s.isEmpty());
  }

  /** A record id: letters, digits and Chinese, sometimes with a comma or a quote. */
  static Arbitrary<String> id() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'Z').ofMinLength(1)
            .ofMaxLength(18),
        Arbitraries.of("R,1", "R\"2", "档案𠮷3", "#4", "0005", "健康-6"));
  }

  /** An institution or scope code: digits, leading zeros kept. */
  static Arbitrary<String> code() {
    return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12);
  }

  static Arbitrary<RegionCode> region() {
    return Arbitraries.of("11", "4303", "430321", "430321101", "430321101201", "430300", "110000")
        .map(RegionCode::parse);
  }

  static Arbitrary<LocalDate> date() {
    return Arbitraries.integers().between(0, 73_000).map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
  }

  static Arbitrary<LocalDateTime> dateTime() {
    Arbitrary<Integer> seconds = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 86_399),
        Arbitraries.integers().between(0, 1439).map(m -> m * 60));
    return Combinators.combine(date(), seconds).as((d, s) -> d.atStartOfDay().plusSeconds(s));
  }

  static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> a) {
    return a.optional(0.6);
  }

  static Arbitrary<OptionalInt> maybeInt(int min, int max) {
    return Arbitraries.integers().between(min, max).optional(0.6)
        .map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
  }

  static Arbitrary<OptionalDouble> maybeDouble(double min, double max, int scale) {
    return Arbitraries.bigDecimals().between(BigDecimal.valueOf(min), BigDecimal.valueOf(max))
        .ofScale(scale).optional(0.6)
        .map(o -> o.map(b -> OptionalDouble.of(b.doubleValue())).orElse(OptionalDouble.empty()));
  }

  static Arbitrary<Boolean> bool() {
    return Arbitraries.of(true, false);
  }

  // ------------------------------------------------------------ records

  static Arbitrary<Institution> institution() {
    return Builders.withBuilder(Institution::builder)
        .use(code()).in((b, v) -> b.code(v))
        .use(text()).in((b, v) -> b.name(v))
        .use(Arbitraries.of(InstitutionType.class)).in((b, v) -> b.type(v))
        .use(region()).in((b, v) -> b.regionCode(v))
        .use(code().map(c -> "P" + c)).withProbability(0.5).in((b, v) -> b.parentCode(v))
        .use(Arbitraries.of("91350100M000100Y43", "12430321MB1234567X")).withProbability(0.5)
        .in((b, v) -> b.uscc(v))
        .build(Institution.Builder::build);
  }

  static Arbitrary<Resident> resident() {
    return Builders.withBuilder(Resident::builder)
        .use(id()).in((b, v) -> b.residentId(v))
        .use(Arbitraries.of(IdDocumentType.class)).in((b, v) -> b.idType(v))
        .use(Arbitraries.of("11010519491231002X", "110105194912310021", "E12345678"))
        .withProbability(0.6).in((b, v) -> b.idNumber(v))
        .use(text()).withProbability(0.8).in((b, v) -> b.name(v))
        .use(Arbitraries.of(Sex.class)).in((b, v) -> b.sex(v))
        .use(date()).in((b, v) -> b.birthDate(v))
        .use(Arbitraries.of(Ethnicity.class)).withProbability(0.7).in((b, v) -> b.ethnicity(v))
        .use(region()).in((b, v) -> b.regionCode(v))
        .use(code()).in((b, v) -> b.institutionCode(v))
        .use(id()).withProbability(0.5).in((b, v) -> b.doctorId(v))
        .use(bool()).in((b, v) -> b.permanent(v))
        .use(bool()).in((b, v) -> b.householdRegistered(v))
        .use(date()).withProbability(0.6).in((b, v) -> b.recordEstablishedDate(v))
        .use(bool()).in((b, v) -> b.electronicRecord(v))
        .use(bool()).in((b, v) -> b.recordStandardized(v))
        .use(date()).withProbability(0.2).in((b, v) -> b.recordClosedDate(v))
        .use(Arbitraries.of(RecordClosureReason.class)).withProbability(0.2)
        .in((b, v) -> b.recordClosedReason(v))
        .use(date()).withProbability(0.2).in((b, v) -> b.deathDate(v))
        .use(bool()).in((b, v) -> b.disabled(v))
        .use(bool()).in((b, v) -> b.povertyAlleviated(v))
        .use(bool()).in((b, v) -> b.familyPlanningSpecial(v))
        .use(date()).withProbability(0.3).in((b, v) -> b.vaccinationCertificateDate(v))
        .build(Resident.Builder::build);
  }

  static Arbitrary<Registration> registration() {
    return Builders.withBuilder(Registration::builder)
        .use(id()).in((b, v) -> b.registrationId(v))
        .use(id()).in((b, v) -> b.residentId(v))
        .use(Arbitraries.of(Condition.class)).in((b, v) -> b.condition(v))
        .use(Arbitraries.of("I10", "E11.900", "I10.x00x002", "F20.0", "J44", "A15.001"))
        .withProbability(0.6).in((b, v) -> b.icd10(Icd10Code.parse(v)))
        .use(date()).withProbability(0.5).in((b, v) -> b.diagnosedDate(v))
        .use(date()).in((b, v) -> b.enrolledDate(v))
        .use(date()).withProbability(0.3).in((b, v) -> b.endedDate(v))
        .use(text()).withProbability(0.3).in((b, v) -> b.endedReason(v))
        .use(code()).withProbability(0.5).in((b, v) -> b.institutionCode(v))
        .build(Registration.Builder::build);
  }

  static Arbitrary<FollowUp> followUp() {
    return Builders.withBuilder(FollowUp::builder)
        .use(id()).in((b, v) -> b.followUpId(v))
        .use(id()).in((b, v) -> b.residentId(v))
        .use(Arbitraries.of(Condition.HYPERTENSION, Condition.TYPE2_DIABETES))
        .in((b, v) -> b.condition(v))
        .use(date()).in((b, v) -> b.visitDate(v))
        .use(Arbitraries.of(FollowUpMethod.class)).in((b, v) -> b.method(v))
        .use(maybeInt(40, 320)).in((b, v) -> b.sbp(v))
        .use(maybeInt(20, 220)).in((b, v) -> b.dbp(v))
        .use(maybeDouble(0.5, 40, 2)).in((b, v) -> b.fastingGlucose(v))
        .use(maybeDouble(2, 25, 1)).in((b, v) -> b.hba1c(v))
        .use(maybe(Arbitraries.of(FollowUpClassification.class)))
        .in((b, v) -> b.classification(v))
        .use(maybe(Arbitraries.of(MedicationAdherence.class))).in((b, v) -> b.adherence(v))
        .use(bool()).in((b, v) -> b.adverseReaction(v))
        .use(bool()).in((b, v) -> b.referral(v))
        .use(maybe(date())).in((b, v) -> b.nextVisitDate(v))
        .use(maybe(id())).in((b, v) -> b.doctorId(v))
        .use(maybe(code())).in((b, v) -> b.institutionCode(v))
        .build(FollowUp.Builder::build);
  }

  static Arbitrary<Checkup> checkup() {
    return Builders.withBuilder(Checkup::builder)
        .use(id()).in((b, v) -> b.checkupId(v))
        .use(id()).in((b, v) -> b.residentId(v))
        .use(date()).in((b, v) -> b.checkupDate(v))
        .use(Arbitraries.of(CheckupKind.class)).in((b, v) -> b.kind(v))
        .use(bool()).in((b, v) -> b.formComplete(v))
        .use(bool()).in((b, v) -> b.guidanceGiven(v))
        .use(maybeInt(40, 320)).in((b, v) -> b.sbp(v))
        .use(maybeInt(20, 220)).in((b, v) -> b.dbp(v))
        .use(maybeDouble(0.5, 40, 1)).in((b, v) -> b.fastingGlucose(v))
        .use(maybeInt(0, 19)).in((b, v) -> b.selfCareScore(v))
        .use(maybe(code())).in((b, v) -> b.institutionCode(v))
        .build(Checkup.Builder::build);
  }

  static Arbitrary<MentalFollowUp> mentalFollowUp() {
    return Builders.withBuilder(MentalFollowUp::builder)
        .use(id()).in((b, v) -> b.followUpId(v))
        .use(id()).in((b, v) -> b.residentId(v))
        .use(date()).in((b, v) -> b.visitDate(v))
        .use(maybe(Arbitraries.of(FollowUpMethod.class))).in((b, v) -> b.method(v))
        .use(maybeInt(0, 5)).in((b, v) -> b.riskLevel(v))
        .use(maybe(Arbitraries.of(MentalHealthMedication.class))).in((b, v) -> b.medication(v))
        .use(Arbitraries.of(MentalHealthStatus.class)).in((b, v) -> b.status(v))
        .build(MentalFollowUp.Builder::build);
  }

  static Arbitrary<TbCourse> tbCourse() {
    return Builders.withBuilder(TbCourse::builder)
        .use(id()).in((b, v) -> b.courseId(v))
        .use(id()).in((b, v) -> b.residentId(v))
        .use(date()).in((b, v) -> b.notifiedDate(v))
        .use(maybe(date())).in((b, v) -> b.firstVisitDate(v))
        .use(maybe(date())).in((b, v) -> b.treatmentStartDate(v))
        .use(maybe(date())).in((b, v) -> b.treatmentEndDate(v))
        .use(maybe(Arbitraries.of(TbOutcome.class))).in((b, v) -> b.outcome(v))
        .use(maybeInt(0, 300)).in((b, v) -> b.dosesScheduled(v))
        .use(maybeInt(0, 300)).in((b, v) -> b.dosesTaken(v))
        .build(TbCourse.Builder::build);
  }

  static Arbitrary<Pregnancy> pregnancy() {
    return Builders.withBuilder(Pregnancy::builder)
        .use(id()).in((b, v) -> b.pregnancyId(v))
        .use(id()).in((b, v) -> b.residentId(v))
        .use(maybe(date())).in((b, v) -> b.lmpDate(v))
        .use(maybe(date())).in((b, v) -> b.registrationDate(v))
        .use(maybe(date())).in((b, v) -> b.deliveryDate(v))
        .use(maybe(date())).in((b, v) -> b.dischargeDate(v))
        .use(maybeInt(0, 4)).in((b, v) -> b.liveBirths(v))
        .build(Pregnancy.Builder::build);
  }

  static Arbitrary<MaternalVisit> maternalVisit() {
    return Builders.withBuilder(MaternalVisit::builder)
        .use(id()).in((b, v) -> b.visitId(v))
        .use(id()).in((b, v) -> b.pregnancyId(v))
        .use(date()).in((b, v) -> b.visitDate(v))
        .use(Arbitraries.of(MaternalVisitKind.class)).in((b, v) -> b.kind(v))
        .use(maybeInt(0, 45)).in((b, v) -> b.gestationalWeeks(v))
        .build(MaternalVisit.Builder::build);
  }

  static Arbitrary<ChildVisit> childVisit() {
    return Combinators.combine(id(), id(), date(), Arbitraries.of(ChildVisitKind.class))
        .as(ChildVisit::new);
  }

  static Arbitrary<TcmService> tcmService() {
    return Combinators.combine(id(), id(), date(), Arbitraries.of(TcmKind.class))
        .as(TcmService::new);
  }

  static Arbitrary<Vaccination> vaccination() {
    return Builders.withBuilder(Vaccination::builder)
        .use(id()).in((b, v) -> b.vaccinationId(v))
        .use(id()).in((b, v) -> b.residentId(v))
        .use(Arbitraries.of(Vaccine.class)).in((b, v) -> b.vaccine(v))
        .use(Arbitraries.integers().between(1, 9)).in((b, v) -> b.dose(v))
        .use(date()).in((b, v) -> b.vaccinationDate(v))
        .use(maybe(code())).in((b, v) -> b.institutionCode(v))
        .build(Vaccination.Builder::build);
  }

  static Arbitrary<Contract> contract() {
    return Builders.withBuilder(Contract::builder)
        .use(id()).in((b, v) -> b.contractId(v))
        .use(id()).in((b, v) -> b.residentId(v))
        .use(date()).in((b, v) -> b.startDate(v))
        .use(date()).in((b, v) -> b.endDate(v))
        .use(maybe(date())).in((b, v) -> b.terminatedDate(v))
        .use(maybe(id())).in((b, v) -> b.teamId(v))
        .use(maybe(id())).in((b, v) -> b.doctorId(v))
        .use(maybe(code())).in((b, v) -> b.institutionCode(v))
        .use(maybe(text())).in((b, v) -> b.servicePackage(v))
        .use(maybe(Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(10_000))
            .ofScale(2))).in((b, v) -> b.feeYuan(v))
        .build(Contract.Builder::build);
  }

  static Arbitrary<SatisfactionSurvey> survey() {
    return Combinators.combine(id(), maybe(id()), date(), Arbitraries.integers().between(1, 5))
        .as(SatisfactionSurvey::new);
  }

  static Arbitrary<InfectiousCase> infectiousCase() {
    return Builders.withBuilder(InfectiousCase::builder)
        .use(id()).in((b, v) -> b.caseId(v))
        .use(code()).in((b, v) -> b.institutionCode(v))
        .use(Arbitraries.of(DiseaseClass.class)).in((b, v) -> b.diseaseClass(v))
        .use(maybe(text())).in((b, v) -> b.disease(v))
        .use(dateTime()).in((b, v) -> b.diagnosedAt(v))
        .use(maybe(dateTime())).in((b, v) -> b.reportedAt(v))
        .build(InfectiousCase.Builder::build);
  }

  static Arbitrary<EmergencyEvent> emergencyEvent() {
    return Combinators.combine(id(), code(), dateTime(), maybe(dateTime()))
        .as(EmergencyEvent::new);
  }

  static Arbitrary<SupervisionRecord> supervision() {
    return Combinators.combine(id(), code(), Arbitraries.of(SupervisionDomain.class),
            Arbitraries.of(SupervisionKind.class), date(), maybe(date()))
        .as(SupervisionRecord::new);
  }

  static Arbitrary<EducationActivity> education() {
    return Builders.withBuilder(EducationActivity::builder)
        .use(id()).in((b, v) -> b.activityId(v))
        .use(code()).in((b, v) -> b.institutionCode(v))
        .use(date()).in((b, v) -> b.activityDate(v))
        .use(Arbitraries.of(EducationKind.class)).in((b, v) -> b.kind(v))
        .use(maybe(text())).in((b, v) -> b.title(v))
        .use(maybeInt(0, 5000)).in((b, v) -> b.participants(v))
        .build(EducationActivity.Builder::build);
  }

  static Arbitrary<PopulationEstimate> population() {
    Arbitrary<BigDecimal> fraction =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3);
    return Builders.withBuilder(PopulationEstimate::builder)
        .use(code()).in((b, v) -> b.scopeCode(v))
        .use(Arbitraries.integers().between(1900, 2999)).in((b, v) -> b.year(v))
        .use(Arbitraries.longs().between(0, 2_000_000_000L)).withProbability(0.6)
        .in((b, v) -> b.population(v))
        .use(Arbitraries.longs().between(0, 2_000_000_000L)).withProbability(0.6)
        .in((b, v) -> b.adultPopulation(v))
        .use(Arbitraries.longs().between(0, 2_000_000_000L)).withProbability(0.6)
        .in((b, v) -> b.population65Plus(v))
        .use(Arbitraries.longs().between(0, 2_000_000_000L)).withProbability(0.6)
        .in((b, v) -> b.population0To6(v))
        .use(maybe(fraction)).in((b, v) -> b.hypertensionPrevalence(v))
        .use(maybe(fraction)).in((b, v) -> b.diabetesPrevalence(v))
        .build(PopulationEstimate.Builder::build);
  }

  /** Valid records of one type. */
  static Arbitrary<? extends BundleRecord> of(RecordType type) {
    return switch (type) {
      case INSTITUTION -> institution();
      case RESIDENT -> resident();
      case REGISTRATION -> registration();
      case FOLLOW_UP -> followUp();
      case CHECKUP -> checkup();
      case MENTAL_FOLLOW_UP -> mentalFollowUp();
      case TB_COURSE -> tbCourse();
      case PREGNANCY -> pregnancy();
      case MATERNAL_VISIT -> maternalVisit();
      case CHILD_VISIT -> childVisit();
      case TCM_SERVICE -> tcmService();
      case VACCINATION -> vaccination();
      case CONTRACT -> contract();
      case SATISFACTION_SURVEY -> survey();
      case INFECTIOUS_CASE -> infectiousCase();
      case EMERGENCY_EVENT -> emergencyEvent();
      case SUPERVISION -> supervision();
      case EDUCATION -> education();
      case POPULATION -> population();
    };
  }

  /** A few valid records of every type, mixed. */
  static Arbitrary<List<BundleRecord>> bundle() {
    List<Arbitrary<List<BundleRecord>>> perType = java.util.Arrays.stream(RecordType.values())
        .<Arbitrary<List<BundleRecord>>>map(t -> of(t).map(r -> (BundleRecord) r).list().ofMinSize(1).ofMaxSize(4))
        .toList();
    return Combinators.combine(perType).as(lists -> lists.stream().flatMap(List::stream).toList());
  }
}
