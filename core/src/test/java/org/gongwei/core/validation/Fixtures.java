package org.gongwei.core.validation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.gongwei.core.Samples;
import org.gongwei.core.child.ChildVisit;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.CheckupKind;
import org.gongwei.core.code.ChildVisitKind;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.DiseaseClass;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.code.MaternalVisitKind;
import org.gongwei.core.code.MentalHealthStatus;
import org.gongwei.core.code.RecordClosureReason;
import org.gongwei.core.code.Sex;
import org.gongwei.core.code.SupervisionDomain;
import org.gongwei.core.code.SupervisionKind;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.code.Vaccine;
import org.gongwei.core.contract.Contract;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.education.EducationActivity;
import org.gongwei.core.code.EducationKind;
import org.gongwei.core.id.IdCardNumber;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.id.Strictness;
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
 * Test data for the validation tests: a clean base (one institution, one resident with a valid
 * ID card number) and, for every {@link Rule}, a dataset that triggers it with a clean twin that
 * does not.
 */
final class Fixtures {
  private Fixtures() {}

  /** The reference date of every fixture. */
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  /** The institution of the base, a township health centre of 430321101. */
  static final String CLINIC = Samples.CLINIC;

  /** The birth date of the base resident R1, a woman. */
  static final LocalDate BIRTH = LocalDate.of(1960, 5, 10);

  /** The validator of the fixtures: reference date {@link #AS_OF}, lenient. */
  static DatasetValidator validator() {
    return DatasetValidator.builder().asOf(AS_OF).build();
  }

  /** The record validator of the fixtures. */
  static RecordValidator recordValidator() {
    return RecordValidator.builder().asOf(AS_OF).build();
  }

  /** A valid 18-character ID card number for the first 17 characters. */
  static String idNumber(String first17) {
    return first17 + IdCardNumber.checkCharacter(first17);
  }

  /** The valid ID card number of R1: 430321, born 1960-05-10, sequence 002 (a woman). */
  static final String R1_ID = idNumber("43032119600510002");

  static Institution institution(String code, String region) {
    return Institution.builder()
        .code(code)
        .name("卫生院 " + code)
        .type(InstitutionType.TOWNSHIP_HEALTH_CENTER)
        .regionCode(RegionCode.parse(region))
        .build();
  }

  static Institution clinic() {
    return institution(CLINIC, "430321101");
  }

  /** The base resident R1 as a builder: a woman born {@link #BIRTH} with a matching ID number. */
  static Resident.Builder r1() {
    return Samples.resident("R1", BIRTH).idNumber(R1_ID);
  }

  static Resident child(String id, LocalDate birth) {
    return Samples.resident(id, birth).recordEstablishedDate(birth).build();
  }

  static FollowUp.Builder followUp(String id, LocalDate date) {
    return FollowUp.builder()
        .followUpId(id)
        .residentId("R1")
        .condition(Condition.HYPERTENSION)
        .visitDate(date)
        .method(FollowUpMethod.CLINIC);
  }

  static Checkup.Builder checkup(String id, LocalDate date) {
    return Checkup.builder().checkupId(id).residentId("R1").checkupDate(date).kind(CheckupKind.GENERAL);
  }

  static Registration.Builder registration(String id, Condition condition) {
    return Registration.builder()
        .registrationId(id)
        .residentId("R1")
        .condition(condition)
        .enrolledDate(LocalDate.of(2020, 3, 1));
  }

  static Registration hypertension() {
    return registration("G1", Condition.HYPERTENSION).icd10(Icd10Code.parse("I10.x00")).build();
  }

  static MentalFollowUp mentalFollowUp(String id, LocalDate date) {
    return MentalFollowUp.builder()
        .followUpId(id)
        .residentId("R1")
        .visitDate(date)
        .status(MentalHealthStatus.STABLE)
        .build();
  }

  static TbCourse.Builder tbCourse(String id) {
    return TbCourse.builder().courseId(id).residentId("R1").notifiedDate(LocalDate.of(2024, 3, 1));
  }

  static Pregnancy.Builder pregnancy(String id) {
    return Pregnancy.builder()
        .pregnancyId(id)
        .residentId("R1")
        .lmpDate(LocalDate.of(2023, 8, 1))
        .registrationDate(LocalDate.of(2023, 10, 1))
        .deliveryDate(LocalDate.of(2024, 5, 6))
        .dischargeDate(LocalDate.of(2024, 5, 9))
        .liveBirths(1);
  }

  static MaternalVisit.Builder maternalVisit(String id, String pregnancyId, LocalDate date, MaternalVisitKind kind) {
    return MaternalVisit.builder().visitId(id).pregnancyId(pregnancyId).visitDate(date).kind(kind);
  }

  static Vaccination.Builder vaccination(String id, String resident, Vaccine vaccine, int dose, LocalDate date) {
    return Vaccination.builder()
        .vaccinationId(id)
        .residentId(resident)
        .vaccine(vaccine)
        .dose(dose)
        .vaccinationDate(date);
  }

  static Contract.Builder contract(String id) {
    return Contract.builder()
        .contractId(id)
        .residentId("R1")
        .startDate(LocalDate.of(2024, 1, 1))
        .endDate(LocalDate.of(2024, 12, 31));
  }

  static InfectiousCase.Builder infectiousCase(String id) {
    return InfectiousCase.builder()
        .caseId(id)
        .institutionCode(CLINIC)
        .diseaseClass(DiseaseClass.B)
        .diagnosedAt(LocalDateTime.of(2024, 3, 1, 10, 0));
  }

  static EmergencyEvent emergency(String id, LocalDateTime reported) {
    return new EmergencyEvent(id, CLINIC, LocalDateTime.of(2024, 3, 1, 10, 0), Optional.of(reported));
  }

  static SupervisionRecord supervision(String id, LocalDate reported) {
    return new SupervisionRecord(
        id, CLINIC, SupervisionDomain.FOOD, SupervisionKind.LEAD, LocalDate.of(2024, 3, 1),
        Optional.of(reported));
  }

  static EducationActivity education(String id, String institution) {
    return EducationActivity.builder()
        .activityId(id)
        .institutionCode(institution)
        .activityDate(LocalDate.of(2024, 3, 1))
        .kind(EducationKind.LECTURE)
        .build();
  }

  static PopulationEstimate.Builder population(String scope, int year) {
    return PopulationEstimate.builder().scopeCode(scope).year(year).population(1000);
  }

  static ChildVisit childVisit(String id, LocalDate date) {
    return new ChildVisit(id, "R1", date, ChildVisitKind.CHECKUP);
  }

  static TcmService tcm(String id, LocalDate date) {
    return new TcmService(id, "R1", date, TcmKind.ELDERLY);
  }

  /** The clean base: the clinic and R1. */
  static List<BundleRecord> base() {
    return new ArrayList<>(List.of(clinic(), r1().build()));
  }

  /** The base plus {@code more}, as a dataset. */
  static Dataset withBase(BundleRecord... more) {
    List<BundleRecord> records = base();
    records.addAll(Arrays.asList(more));
    return Dataset.of(records);
  }

  /** The clinic, R1 as {@code adjust} makes it, and {@code more}. */
  static Dataset withR1(UnaryOperator<Resident.Builder> adjust, BundleRecord... more) {
    List<BundleRecord> records = new ArrayList<>();
    records.add(clinic());
    records.add(adjust.apply(r1()).build());
    records.addAll(Arrays.asList(more));
    return Dataset.of(records);
  }

  /**
   * A dataset that triggers a rule and a clean twin that does not, validated with {@code
   * strictness} for health-record numbers.
   */
  record Case(Dataset triggering, Dataset clean, Strictness strictness) {
    Case(Dataset triggering, Dataset clean) {
      this(triggering, clean, Strictness.LENIENT);
    }

    DatasetValidator validator() {
      return DatasetValidator.builder().asOf(AS_OF).healthRecordNumbers(strictness).build();
    }
  }

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /** One case per rule. */
  static Map<Rule, Case> cases() {
    Map<Rule, Case> c = new EnumMap<>(Rule.class);

    // identifiers
    c.put(Rule.ID_NUMBER_INVALID, new Case(
        withR1(b -> b.idNumber(R1_ID.substring(0, 17) + (R1_ID.endsWith("0") ? "1" : "0"))),
        withR1(b -> b)));
    c.put(Rule.ID_BIRTH_DATE_MISMATCH, new Case(
        withR1(b -> b.idNumber(idNumber("43032119600511002"))), withR1(b -> b)));
    c.put(Rule.ID_SEX_MISMATCH, new Case(
        withR1(b -> b.idNumber(idNumber("43032119600510001"))), withR1(b -> b)));
    c.put(Rule.HEALTH_RECORD_NUMBER_INVALID, new Case(
        Dataset.of(List.of(clinic(), r1().build())),
        Dataset.of(List.of(clinic(), r1().residentId("43032110120100001").build())),
        Strictness.STRICT));
    c.put(Rule.USCC_INVALID, new Case(
        Dataset.of(List.of(Institution.builder().from(clinic()).uscc("91350100M000100Y44").build(), r1().build())),
        Dataset.of(List.of(Institution.builder().from(clinic()).uscc("91350100M000100Y43").build(), r1().build()))));

    // residents
    c.put(Rule.BIRTH_IN_FUTURE, new Case(
        Dataset.of(List.of(clinic(), Samples.resident("R2", d(2025, 7, 1)).recordEstablishedDate(d(2025, 7, 1)).build())),
        Dataset.of(List.of(clinic(), Samples.resident("R2", d(2025, 6, 30)).recordEstablishedDate(d(2025, 6, 30)).build()))));
    c.put(Rule.DEATH_BEFORE_BIRTH, new Case(
        withR1(b -> b.deathDate(d(1960, 5, 9))), withR1(b -> b.deathDate(d(1960, 5, 10)))));
    c.put(Rule.RECORD_BEFORE_BIRTH, new Case(
        withR1(b -> b.recordEstablishedDate(d(1960, 5, 9))),
        withR1(b -> b.recordEstablishedDate(d(1960, 5, 10)))));
    c.put(Rule.RECORD_CLOSED_BEFORE_ESTABLISHED, new Case(
        withR1(b -> b.recordClosedDate(d(2019, 12, 31)).recordClosedReason(RecordClosureReason.MOVED_OUT)),
        withR1(b -> b.recordClosedDate(d(2020, 1, 1)).recordClosedReason(RecordClosureReason.MOVED_OUT))));
    c.put(Rule.CLOSED_FOR_DEATH_WITHOUT_DEATH_DATE, new Case(
        withR1(b -> b.recordClosedDate(d(2024, 1, 2)).recordClosedReason(RecordClosureReason.DEATH)),
        withR1(b -> b.recordClosedDate(d(2024, 1, 2)).recordClosedReason(RecordClosureReason.DEATH).deathDate(d(2024, 1, 1)))));
    c.put(Rule.CERTIFICATE_BEFORE_BIRTH, new Case(
        withR1(b -> b.vaccinationCertificateDate(d(1960, 5, 9))),
        withR1(b -> b.vaccinationCertificateDate(d(1960, 5, 10)))));
    c.put(Rule.RESIDENT_DATE_IN_FUTURE, new Case(
        withR1(b -> b.deathDate(d(2025, 7, 1))), withR1(b -> b.deathDate(d(2025, 6, 30)))));
    c.put(Rule.RESIDENT_OUTSIDE_INSTITUTION_REGION, new Case(
        withR1(b -> b.regionCode(RegionCode.parse("430321102201"))), withR1(b -> b)));

    // service dates
    c.put(Rule.DATE_BEFORE_BIRTH, new Case(
        withBase(hypertension(), followUp("F1", d(1960, 5, 9)).build()),
        withBase(hypertension(), followUp("F1", d(1960, 5, 10)).build())));
    c.put(Rule.DATE_AFTER_DEATH, new Case(
        withR1(b -> b.deathDate(d(2024, 2, 10)), hypertension(), followUp("F1", d(2024, 2, 11)).build()),
        withR1(b -> b.deathDate(d(2024, 2, 10)), hypertension(), followUp("F1", d(2024, 2, 10)).build())));
    c.put(Rule.DATE_AFTER_CLOSURE, new Case(
        withR1(b -> b.recordClosedDate(d(2024, 2, 10)).recordClosedReason(RecordClosureReason.MOVED_OUT),
            checkup("C1", d(2024, 2, 11)).build()),
        withR1(b -> b.recordClosedDate(d(2024, 2, 10)).recordClosedReason(RecordClosureReason.MOVED_OUT),
            checkup("C1", d(2024, 2, 10)).build())));
    c.put(Rule.DATE_IN_FUTURE, new Case(
        withBase(tcm("S1", d(2025, 7, 1))), withBase(tcm("S1", d(2025, 6, 30)))));

    // measurements
    c.put(Rule.SBP_IMPLAUSIBLE, new Case(
        withBase(hypertension(), followUp("F1", d(2024, 3, 1)).sbp(301).dbp(90).build()),
        withBase(hypertension(), followUp("F1", d(2024, 3, 1)).sbp(300).dbp(90).build())));
    c.put(Rule.DBP_IMPLAUSIBLE, new Case(
        withBase(checkup("C1", d(2024, 3, 1)).sbp(120).dbp(29).build()),
        withBase(checkup("C1", d(2024, 3, 1)).sbp(120).dbp(30).build())));
    c.put(Rule.SBP_NOT_ABOVE_DBP, new Case(
        withBase(hypertension(), followUp("F1", d(2024, 3, 1)).sbp(90).dbp(90).build()),
        withBase(hypertension(), followUp("F1", d(2024, 3, 1)).sbp(91).dbp(90).build())));
    c.put(Rule.GLUCOSE_IMPLAUSIBLE, new Case(
        withBase(checkup("C1", d(2024, 3, 1)).fastingGlucose(35.1).build()),
        withBase(checkup("C1", d(2024, 3, 1)).fastingGlucose(35.0).build())));
    Registration diabetes = registration("G2", Condition.TYPE2_DIABETES).icd10(Icd10Code.parse("E11.900")).build();
    c.put(Rule.HBA1C_IMPLAUSIBLE, new Case(
        withBase(diabetes, followUp("F1", d(2024, 3, 1)).condition(Condition.TYPE2_DIABETES).hba1c(20.1).build()),
        withBase(diabetes, followUp("F1", d(2024, 3, 1)).condition(Condition.TYPE2_DIABETES).hba1c(20.0).build())));

    // registrations
    c.put(Rule.ENROLLED_BEFORE_DIAGNOSIS, new Case(
        withBase(registration("G1", Condition.HYPERTENSION).diagnosedDate(d(2020, 3, 2)).build()),
        withBase(registration("G1", Condition.HYPERTENSION).diagnosedDate(d(2020, 3, 1)).build())));
    c.put(Rule.ENDED_BEFORE_ENROLLED, new Case(
        withBase(registration("G1", Condition.HYPERTENSION).endedDate(d(2020, 2, 29)).build()),
        withBase(registration("G1", Condition.HYPERTENSION).endedDate(d(2020, 3, 1)).build())));
    c.put(Rule.ICD10_OUTSIDE_PROGRAMME, new Case(
        withBase(registration("G1", Condition.HYPERTENSION).icd10(Icd10Code.parse("I15.000")).build()),
        withBase(registration("G1", Condition.HYPERTENSION).icd10(Icd10Code.parse("I13.x00")).build())));
    c.put(Rule.FOLLOW_UP_WITHOUT_REGISTRATION, new Case(
        withBase(diabetes, followUp("F1", d(2024, 3, 1)).build()),
        withBase(hypertension(), followUp("F1", d(2024, 3, 1)).build())));

    // tuberculosis
    c.put(Rule.TREATMENT_END_BEFORE_START, new Case(
        withBase(tbCourse("T1").treatmentStartDate(d(2024, 3, 5)).treatmentEndDate(d(2024, 3, 4)).build()),
        withBase(tbCourse("T1").treatmentStartDate(d(2024, 3, 5)).treatmentEndDate(d(2024, 3, 5)).build())));
    c.put(Rule.DOSES_TAKEN_EXCEED_SCHEDULED, new Case(
        withBase(tbCourse("T1").dosesScheduled(180).dosesTaken(181).build()),
        withBase(tbCourse("T1").dosesScheduled(180).dosesTaken(180).build())));
    c.put(Rule.FIRST_VISIT_BEFORE_NOTIFICATION, new Case(
        withBase(tbCourse("T1").firstVisitDate(d(2024, 2, 29)).build()),
        withBase(tbCourse("T1").firstVisitDate(d(2024, 3, 1)).build())));

    // maternal
    LocalDate lmp = d(2023, 8, 1);
    c.put(Rule.DELIVERY_GESTATION_IMPLAUSIBLE, new Case(
        withBase(pregnancy("P1").registrationDate(lmp).deliveryDate(lmp.plusDays(20 * 7 - 1)).dischargeDate(lmp.plusDays(140)).build()),
        withBase(pregnancy("P1").registrationDate(lmp).deliveryDate(lmp.plusDays(20 * 7)).dischargeDate(lmp.plusDays(140)).build())));
    c.put(Rule.DISCHARGE_BEFORE_DELIVERY, new Case(
        withBase(pregnancy("P1").dischargeDate(d(2024, 5, 5)).build()),
        withBase(pregnancy("P1").dischargeDate(d(2024, 5, 6)).build())));
    c.put(Rule.REGISTRATION_AFTER_DELIVERY, new Case(
        withBase(pregnancy("P1").registrationDate(d(2024, 5, 7)).build()),
        withBase(pregnancy("P1").registrationDate(d(2024, 5, 6)).build())));
    c.put(Rule.LIVE_BIRTHS_WITHOUT_DELIVERY, new Case(
        withBase(Pregnancy.builder().pregnancyId("P1").residentId("R1").liveBirths(1).build()),
        withBase(Pregnancy.builder().pregnancyId("P1").residentId("R1").liveBirths(0).build())));
    c.put(Rule.PREGNANCY_OF_MALE_RESIDENT, new Case(
        withR1(b -> b.sex(Sex.MALE).idNumber(idNumber("43032119600510001")), pregnancy("P1").build()),
        withR1(b -> b, pregnancy("P1").build())));
    c.put(Rule.POSTPARTUM_VISIT_BEFORE_DELIVERY, new Case(
        withBase(pregnancy("P1").build(), maternalVisit("V1", "P1", d(2024, 5, 5), MaternalVisitKind.POSTPARTUM).build()),
        withBase(pregnancy("P1").build(), maternalVisit("V1", "P1", d(2024, 5, 6), MaternalVisitKind.POSTPARTUM).build())));
    c.put(Rule.PRENATAL_VISIT_AFTER_DELIVERY, new Case(
        withBase(pregnancy("P1").build(), maternalVisit("V1", "P1", d(2024, 5, 7), MaternalVisitKind.PRENATAL).build()),
        withBase(pregnancy("P1").build(), maternalVisit("V1", "P1", d(2024, 5, 6), MaternalVisitKind.PRENATAL).build())));
    c.put(Rule.GESTATIONAL_WEEKS_IMPLAUSIBLE, new Case(
        withBase(pregnancy("P1").build(), maternalVisit("V1", "P1", d(2023, 10, 1), MaternalVisitKind.PRENATAL).gestationalWeeks(46).build()),
        withBase(pregnancy("P1").build(), maternalVisit("V1", "P1", d(2023, 10, 1), MaternalVisitKind.PRENATAL).gestationalWeeks(45).build())));

    // vaccination: K1 born 2024-01-31 reaches 8 months on 2024-09-30
    Resident k1 = child("K1", d(2024, 1, 31));
    c.put(Rule.DOSE_BEFORE_MINIMUM_AGE, new Case(
        withBase(k1, vaccination("I1", "K1", Vaccine.MMR, 1, d(2024, 9, 29)).build()),
        withBase(k1, vaccination("I1", "K1", Vaccine.MMR, 1, d(2024, 9, 30)).build())));
    c.put(Rule.DOSE_NOT_IN_SCHEDULE, new Case(
        withBase(k1, vaccination("I1", "K1", Vaccine.MMR, 3, d(2025, 3, 1)).build()),
        withBase(k1, vaccination("I1", "K1", Vaccine.MMR, 1, d(2024, 10, 1)).build())));
    c.put(Rule.DUPLICATE_DOSE, new Case(
        withBase(k1, vaccination("I1", "K1", Vaccine.MMR, 1, d(2024, 10, 1)).build(),
            vaccination("I2", "K1", Vaccine.MMR, 1, d(2024, 11, 1)).build()),
        withBase(k1, vaccination("I1", "K1", Vaccine.MMR, 1, d(2024, 10, 1)).build(),
            vaccination("I2", "K1", Vaccine.JE_L, 1, d(2024, 11, 1)).build())));

    // contracts
    c.put(Rule.CONTRACT_END_BEFORE_START, new Case(
        withBase(contract("K1").endDate(d(2023, 12, 31)).build()),
        withBase(contract("K1").endDate(d(2024, 1, 1)).build())));
    c.put(Rule.TERMINATED_BEFORE_START, new Case(
        withBase(contract("K1").terminatedDate(d(2023, 12, 31)).build()),
        withBase(contract("K1").terminatedDate(d(2024, 1, 1)).build())));

    // events
    c.put(Rule.REPORTED_BEFORE_DIAGNOSIS, new Case(
        withBase(infectiousCase("D1").reportedAt(LocalDateTime.of(2024, 3, 1, 9, 59)).build()),
        withBase(infectiousCase("D1").reportedAt(LocalDateTime.of(2024, 3, 1, 10, 0)).build())));
    c.put(Rule.REPORTED_BEFORE_DISCOVERY, new Case(
        withBase(emergency("E1", LocalDateTime.of(2024, 3, 1, 9, 59))),
        withBase(emergency("E1", LocalDateTime.of(2024, 3, 1, 10, 0)))));
    c.put(Rule.REPORTED_BEFORE_FOUND, new Case(
        withBase(supervision("L1", d(2024, 2, 29))), withBase(supervision("L1", d(2024, 3, 1)))));

    // populations
    c.put(Rule.DUPLICATE_POPULATION_SCOPE_YEAR, new Case(
        withBase(population("430321", 2024).build(), population("430321", 2024).build()),
        withBase(population("430321", 2024).build(), population("430321", 2023).build())));
    c.put(Rule.POPULATION_SCOPE_UNKNOWN, new Case(
        withBase(population("430322", 2024).build()), withBase(population("430321", 2024).build())));
    c.put(Rule.POPULATION_PARTS_EXCEED_TOTAL, new Case(
        withBase(population(CLINIC, 2024).population65Plus(1001).build()),
        withBase(population(CLINIC, 2024).population65Plus(1000).build())));

    // across records
    c.put(Rule.DUPLICATE_ID, new Case(
        withBase(hypertension(), followUp("F1", d(2024, 3, 1)).build(), followUp("F1", d(2024, 6, 1)).build()),
        withBase(hypertension(), followUp("F1", d(2024, 3, 1)).build(), followUp("F2", d(2024, 6, 1)).build())));
    c.put(Rule.UNKNOWN_RESIDENT, new Case(
        withBase(mentalFollowUp("M1", d(2024, 3, 1)), childVisit("C1", d(2024, 3, 1)),
            new TcmService("S1", "R9", d(2024, 3, 1), TcmKind.ELDERLY)),
        withBase(mentalFollowUp("M1", d(2024, 3, 1)), childVisit("C1", d(2024, 3, 1)),
            new TcmService("S1", "R1", d(2024, 3, 1), TcmKind.ELDERLY))));
    c.put(Rule.UNKNOWN_PREGNANCY, new Case(
        withBase(pregnancy("P1").build(), maternalVisit("V1", "P9", d(2023, 10, 1), MaternalVisitKind.PRENATAL).build()),
        withBase(pregnancy("P1").build(), maternalVisit("V1", "P1", d(2023, 10, 1), MaternalVisitKind.PRENATAL).build())));
    c.put(Rule.UNKNOWN_INSTITUTION, new Case(
        withBase(education("A1", "430321999")), withBase(education("A1", CLINIC))));
    c.put(Rule.INSTITUTION_PARENT_CYCLE, new Case(
        Dataset.of(List.of(
            Institution.builder().from(clinic()).parentCode("430321000").build(),
            Institution.builder().from(institution("430321000", "430321")).parentCode(CLINIC).build(),
            r1().build())),
        Dataset.of(List.of(
            Institution.builder().from(clinic()).parentCode("430321000").build(),
            institution("430321000", "430321"),
            r1().build()))));
    return c;
  }
}
