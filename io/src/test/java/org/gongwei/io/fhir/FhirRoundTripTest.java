package org.gongwei.io.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.Ethnicity;
import org.gongwei.core.code.FollowUpClassification;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.IdDocumentType;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.code.MedicationAdherence;
import org.gongwei.core.code.RecordClosureReason;
import org.gongwei.core.code.Sex;
import org.gongwei.core.code.Vaccine;
import org.gongwei.core.contract.Contract;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.immunization.Vaccination;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.resident.Resident;

/**
 * domain → FHIR → domain is lossless for every field of the six carried record types: the records
 * read back equal the records written (Immutables equality over all fields), with no problem
 * reported. Ids and texts are generated without surrounding white space, which FHIR readers strip.
 */
class FhirRoundTripTest {

  private static Dataset roundTrip(List<? extends BundleRecord> records) {
    FhirReadResult read = FhirReader.parse(FhirWriter.toJson(Dataset.of(records)));
    assertEquals(List.of(), read.problems());
    return read.dataset();
  }

  @Property(tries = 200)
  void residents(@ForAll("residents") List<Resident> residents) {
    assertEquals(residents, roundTrip(residents).residents());
  }

  @Property(tries = 100)
  void institutions(@ForAll("institutions") List<Institution> institutions) {
    assertEquals(institutions, roundTrip(institutions).institutions());
  }

  @Property(tries = 200)
  void registrations(@ForAll("registrations") List<Registration> registrations) {
    Dataset back = roundTrip(registrations);
    assertEquals(registrations, back.registrations());
    for (int i = 0; i < registrations.size(); i++) {
      assertEquals(registrations.get(i).icd10().map(Icd10Code::original), back.registrations().get(i).icd10().map(Icd10Code::original));
    }
  }

  @Property(tries = 200)
  void followUps(@ForAll("followUps") List<FollowUp> followUps) {
    assertEquals(followUps, roundTrip(followUps).followUps());
  }

  @Property(tries = 100)
  void vaccinations(@ForAll("vaccinations") List<Vaccination> vaccinations) {
    assertEquals(vaccinations, roundTrip(vaccinations).vaccinations());
  }

  @Property(tries = 100)
  void contracts(@ForAll("contracts") List<Contract> contracts) {
    assertEquals(contracts, roundTrip(contracts).contracts());
  }

  /** Residents, institutions and their records together: references become literal, still lossless. */
  @Property(tries = 50)
  void wholeDatasets(
      @ForAll("institutions") List<Institution> institutions, @ForAll("residents") List<Resident> residents,
      @ForAll("registrations") List<Registration> registrations, @ForAll("followUps") List<FollowUp> followUps,
      @ForAll("vaccinations") List<Vaccination> vaccinations, @ForAll("contracts") List<Contract> contracts) {
    List<BundleRecord> all = new ArrayList<>();
    all.addAll(institutions);
    all.addAll(residents);
    all.addAll(registrations);
    all.addAll(followUps);
    all.addAll(vaccinations);
    all.addAll(contracts);
    Dataset back = roundTrip(all);
    assertEquals(Dataset.of(all).stream().toList(), back.stream().toList());
  }

  /**
   * Random datasets validate structurally against R4 (fewer tries: the validator is slow).
   * Contracts must not end before they start: such a contract is written as given, and FHIR's
   * per-1 rejects the period.
   */
  @Property(tries = 5)
  void producedBundlesAreValidR4(
      @ForAll("institutions") List<Institution> institutions, @ForAll("residents") List<Resident> residents,
      @ForAll("followUps") List<FollowUp> followUps, @ForAll("contracts") List<Contract> contracts,
      @ForAll("registrations") List<Registration> registrations, @ForAll("vaccinations") List<Vaccination> vaccinations) {
    List<BundleRecord> all = new ArrayList<>();
    all.addAll(institutions);
    all.addAll(residents);
    all.addAll(registrations);
    all.addAll(followUps);
    all.addAll(vaccinations);
    contracts.stream().filter(c -> !c.endDate().isBefore(c.startDate())).forEach(all::add);
    String json = FhirWriter.toJson(Dataset.of(all));
    R4Validation.parseStrictly(json);
    assertEquals("", R4Validation.errors(json));
  }

  // ---- generators ----

  private static Arbitrary<String> ids() {
    return Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').withChars('-', '_', '.').ofMinLength(1).ofMaxLength(20)
        .filter(s -> Character.isLetterOrDigit(s.charAt(0)));
  }

  /** Residents are drawn from a small pool of ids so that references between records hit. */
  private static Arbitrary<String> residentIds() {
    return Arbitraries.of("R1", "R2", "R3", "43032110120100001", "X");
  }

  private static Arbitrary<String> institutionCodes() {
    return Arbitraries.of("T1", "T2", "430321101", "V01");
  }

  private static Arbitrary<String> texts() {
    return Arbitraries.strings().withCharRange('一', '龥').withCharRange('a', 'z').withChars(' ', '·', '"', '\\').ofMinLength(1).ofMaxLength(12)
        .map(String::strip).filter(s -> !s.isEmpty());
  }

  private static Arbitrary<LocalDate> dates() {
    return Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2030, 12, 31));
  }

  private static Arbitrary<RegionCode> regions() {
    Arbitrary<String> province = Arbitraries.integers().between(11, 65).map(i -> Integer.toString(i));
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(10);
    Arbitrary<Integer> length = Arbitraries.of(2, 4, 6, 9, 12);
    return Combinators.combine(province, digits, length).as((p, d, n) -> RegionCode.parse((p + d).substring(0, n)));
  }

  private static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> a) {
    return a.optional(0.6);
  }

  @Provide
  Arbitrary<List<Resident>> residents() {
    Arbitrary<Resident> one = Builders.withBuilder(Resident::builder)
        .use(ids()).in((b, v) -> b.residentId(v))
        .use(Arbitraries.of(IdDocumentType.class)).in((b, v) -> b.idType(v))
        .use(maybe(Arbitraries.strings().withCharRange('0', '9').withChars('X').ofLength(18))).in((b, v) -> b.idNumber(v))
        .use(maybe(texts())).in((b, v) -> b.name(v))
        .use(Arbitraries.of(Sex.class)).in((b, v) -> b.sex(v))
        .use(dates()).in((b, v) -> b.birthDate(v))
        .use(maybe(Arbitraries.of(Ethnicity.class))).in((b, v) -> b.ethnicity(v))
        .use(regions()).in((b, v) -> b.regionCode(v))
        .use(institutionCodes()).in((b, v) -> b.institutionCode(v))
        .use(maybe(ids())).in((b, v) -> b.doctorId(v))
        .use(Arbitraries.of(true, false)).in((b, v) -> b.permanent(v))
        .use(Arbitraries.of(true, false)).in((b, v) -> b.householdRegistered(v))
        .use(maybe(dates())).in((b, v) -> b.recordEstablishedDate(v))
        .use(Arbitraries.of(true, false)).in((b, v) -> b.electronicRecord(v))
        .use(Arbitraries.of(true, false)).in((b, v) -> b.recordStandardized(v))
        .use(maybe(dates())).in((b, v) -> b.recordClosedDate(v))
        .use(maybe(Arbitraries.of(RecordClosureReason.class))).in((b, v) -> b.recordClosedReason(v))
        .use(maybe(dates())).in((b, v) -> b.deathDate(v))
        .use(Arbitraries.of(true, false)).in((b, v) -> b.disabled(v))
        .use(Arbitraries.of(true, false)).in((b, v) -> b.povertyAlleviated(v))
        .use(Arbitraries.of(true, false)).in((b, v) -> b.familyPlanningSpecial(v))
        .use(maybe(dates())).in((b, v) -> b.vaccinationCertificateDate(v))
        .build(Resident.Builder::build);
    return one.list().ofMaxSize(4).uniqueElements(Resident::residentId);
  }

  @Provide
  Arbitrary<List<Institution>> institutions() {
    Arbitrary<Institution> one = Builders.withBuilder(Institution::builder)
        .use(institutionCodes()).in((b, v) -> b.code(v))
        .use(texts()).in((b, v) -> b.name(v))
        .use(Arbitraries.of(InstitutionType.class)).in((b, v) -> b.type(v))
        .use(regions()).in((b, v) -> b.regionCode(v))
        .use(maybe(Arbitraries.of("P1", "T1", "430321"))).in((b, v) -> b.parentCode(v))
        .use(maybe(Arbitraries.of("91350100M000100Y43", "anything"))).in((b, v) -> b.uscc(v))
        .build(Institution.Builder::build)
        .ignoreException(IllegalArgumentException.class);
    return one.list().ofMaxSize(3).uniqueElements(Institution::code);
  }

  private static Arbitrary<Icd10Code> icd10() {
    return Arbitraries.of("I10", "I10.x00", "I11.9", "I13.000x001", "E11", "E11.900", "F20.0", "F31", "A15.0", "A19", "J44.1", "E11.x01")
        .map(Icd10Code::parse);
  }

  @Provide
  Arbitrary<List<Registration>> registrations() {
    Arbitrary<Registration> one = Builders.withBuilder(Registration::builder)
        .use(ids()).in((b, v) -> b.registrationId(v))
        .use(residentIds()).in((b, v) -> b.residentId(v))
        .use(Arbitraries.of(Condition.class)).in((b, v) -> b.condition(v))
        .use(maybe(icd10())).in((b, v) -> b.icd10(v))
        .use(maybe(dates())).in((b, v) -> b.diagnosedDate(v))
        .use(dates()).in((b, v) -> b.enrolledDate(v))
        .use(maybe(dates())).in((b, v) -> b.endedDate(v))
        .use(maybe(texts())).in((b, v) -> b.endedReason(v))
        .use(maybe(institutionCodes())).in((b, v) -> b.institutionCode(v))
        .build(Registration.Builder::build);
    return one.list().ofMaxSize(4).uniqueElements(Registration::registrationId);
  }

  @Provide
  Arbitrary<List<FollowUp>> followUps() {
    Arbitrary<Double> glucose = Arbitraries.bigDecimals().between(new BigDecimal("1.0"), new BigDecimal("35.0")).ofScale(1).map(BigDecimal::doubleValue);
    Arbitrary<Double> hba1c = Arbitraries.bigDecimals().between(new BigDecimal("3.0"), new BigDecimal("20.0")).ofScale(2).map(BigDecimal::doubleValue);
    Arbitrary<FollowUp> one = Builders.withBuilder(FollowUp::builder)
        .use(ids()).in((b, v) -> b.followUpId(v))
        .use(residentIds()).in((b, v) -> b.residentId(v))
        .use(Arbitraries.of(Condition.HYPERTENSION, Condition.TYPE2_DIABETES)).in((b, v) -> b.condition(v))
        .use(dates()).in((b, v) -> b.visitDate(v))
        .use(Arbitraries.of(FollowUpMethod.class)).in((b, v) -> b.method(v))
        .use(maybe(Arbitraries.integers().between(40, 300))).in((b, v) -> v.isPresent() ? b.sbp(v.get()) : b)
        .use(maybe(Arbitraries.integers().between(20, 200))).in((b, v) -> v.isPresent() ? b.dbp(v.get()) : b)
        .use(maybe(glucose)).in((b, v) -> v.isPresent() ? b.fastingGlucose(v.get()) : b)
        .use(maybe(hba1c)).in((b, v) -> v.isPresent() ? b.hba1c(v.get()) : b)
        .use(maybe(Arbitraries.of(FollowUpClassification.class))).in((b, v) -> b.classification(v))
        .use(maybe(Arbitraries.of(MedicationAdherence.class))).in((b, v) -> b.adherence(v))
        .use(Arbitraries.of(true, false)).in((b, v) -> b.adverseReaction(v))
        .use(Arbitraries.of(true, false)).in((b, v) -> b.referral(v))
        .use(maybe(dates())).in((b, v) -> b.nextVisitDate(v))
        .use(maybe(ids())).in((b, v) -> b.doctorId(v))
        .use(maybe(institutionCodes())).in((b, v) -> b.institutionCode(v))
        .build(FollowUp.Builder::build);
    return one.list().ofMaxSize(4).uniqueElements(FollowUp::followUpId);
  }

  @Provide
  Arbitrary<List<Vaccination>> vaccinations() {
    Arbitrary<Vaccination> one = Builders.withBuilder(Vaccination::builder)
        .use(ids()).in((b, v) -> b.vaccinationId(v))
        .use(residentIds()).in((b, v) -> b.residentId(v))
        .use(Arbitraries.of(Vaccine.class)).in((b, v) -> b.vaccine(v))
        .use(Arbitraries.integers().between(1, 9)).in((b, v) -> b.dose(v))
        .use(dates()).in((b, v) -> b.vaccinationDate(v))
        .use(maybe(institutionCodes())).in((b, v) -> b.institutionCode(v))
        .build(Vaccination.Builder::build);
    return one.list().ofMaxSize(4).uniqueElements(Vaccination::vaccinationId);
  }

  @Provide
  Arbitrary<List<Contract>> contracts() {
    Arbitrary<BigDecimal> fee = Arbitraries.longs().between(0, 1_000_000).map(cents -> BigDecimal.valueOf(cents, 2));
    Arbitrary<Contract> one = Builders.withBuilder(Contract::builder)
        .use(ids()).in((b, v) -> b.contractId(v))
        .use(residentIds()).in((b, v) -> b.residentId(v))
        .use(dates()).in((b, v) -> b.startDate(v))
        .use(dates()).in((b, v) -> b.endDate(v))
        .use(maybe(dates())).in((b, v) -> b.terminatedDate(v))
        .use(maybe(Arbitraries.of("TEAM1", "TEAM2", "团队3"))).in((b, v) -> b.teamId(v))
        .use(maybe(ids())).in((b, v) -> b.doctorId(v))
        .use(maybe(institutionCodes())).in((b, v) -> b.institutionCode(v))
        .use(maybe(texts())).in((b, v) -> b.servicePackage(v))
        .use(maybe(fee)).in((b, v) -> b.feeYuan(v))
        .build(Contract.Builder::build);
    return one.list().ofMaxSize(4).uniqueElements(Contract::contractId);
  }
}
