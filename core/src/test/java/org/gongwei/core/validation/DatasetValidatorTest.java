package org.gongwei.core.validation;

import static org.gongwei.core.validation.Fixtures.AS_OF;
import static org.gongwei.core.validation.Fixtures.CLINIC;
import static org.gongwei.core.validation.Fixtures.checkup;
import static org.gongwei.core.validation.Fixtures.clinic;
import static org.gongwei.core.validation.Fixtures.contract;
import static org.gongwei.core.validation.Fixtures.followUp;
import static org.gongwei.core.validation.Fixtures.hypertension;
import static org.gongwei.core.validation.Fixtures.institution;
import static org.gongwei.core.validation.Fixtures.maternalVisit;
import static org.gongwei.core.validation.Fixtures.population;
import static org.gongwei.core.validation.Fixtures.pregnancy;
import static org.gongwei.core.validation.Fixtures.r1;
import static org.gongwei.core.validation.Fixtures.registration;
import static org.gongwei.core.validation.Fixtures.vaccination;
import static org.gongwei.core.validation.Fixtures.withBase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.Samples;
import org.gongwei.core.child.ChildVisit;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.CheckupKind;
import org.gongwei.core.code.ChildVisitKind;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.DiseaseClass;
import org.gongwei.core.code.EducationKind;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.IdDocumentType;
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
import org.gongwei.core.contract.SatisfactionSurvey;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.core.education.EducationActivity;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DatasetValidatorTest {
  private static final DatasetValidator V = Fixtures.validator();

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  private static List<Problem> of(ValidationReport report, Rule rule) {
    return report.problems().stream().filter(p -> p.code().equals(rule.code())).collect(Collectors.toList());
  }

  private static List<String> codes(ValidationReport report) {
    return report.problems().stream().map(Problem::code).collect(Collectors.toList());
  }

  @Nested
  class DuplicateIds {
    @Test
    void everyLaterOccurrenceIsReportedNamingTheFirst() {
      ValidationReport report =
          V.validate(withBase(
              hypertension(),
              followUp("F1", d(2024, 3, 1)).build(),
              followUp("F2", d(2024, 4, 1)).build(),
              followUp("F1", d(2024, 5, 1)).build(),
              followUp("F1", d(2024, 6, 1)).build()));
      List<Problem> dups = of(report, Rule.DUPLICATE_ID);
      assertEquals(2, dups.size(), report.problems().toString());
      assertEquals(Optional.of(RecordType.FOLLOW_UP), dups.get(0).recordType());
      assertEquals(Optional.of("followup_id"), dups.get(0).field());
      assertEquals(
          Set.of(
              "followup_id F1 is used again (record 3 of followups.csv); the first record with it is record 1",
              "followup_id F1 is used again (record 4 of followups.csv); the first record with it is record 1"),
          dups.stream().map(Problem::message).collect(Collectors.toSet()));
      assertEquals(
          List.of(),
          of(V.validate(withBase(hypertension(), followUp("F1", d(2024, 3, 1)).build(), followUp("F2", d(2024, 4, 1)).build())),
              Rule.DUPLICATE_ID));
    }

    @Test
    void idsAreUniquePerRecordTypeOnly() {
      ValidationReport report =
          V.validate(withBase(hypertension(), followUp("X1", d(2024, 3, 1)).build(), checkup("X1", d(2024, 3, 1)).build(),
              registration("X1", Condition.TYPE2_DIABETES).build()));
      assertEquals(List.of(), report.problems());
    }

    @Test
    void aDuplicatedResidentRowIsReportedAndStillChecked() {
      Resident second = r1().deathDate(d(1950, 1, 1)).build();
      ValidationReport report = V.validate(Dataset.of(List.of(clinic(), r1().build(), second)));
      assertEquals(List.of("DEATH_BEFORE_BIRTH", "DUPLICATE_ID"), codes(report));
      Problem dup = of(report, Rule.DUPLICATE_ID).get(0);
      assertEquals(Optional.of("resident_id"), dup.field());
      assertEquals(
          "resident_id R1 is used again (record 2 of residents.csv); the first record with it is record 1",
          dup.message());
    }

    @Test
    void populationRowsAreKeyedByScopeAndYear() {
      ValidationReport report =
          V.validate(withBase(population("430321", 2024).build(), population("430321", 2024).population(2000).build(),
              population("430321", 2023).build()));
      Problem p = of(report, Rule.DUPLICATE_POPULATION_SCOPE_YEAR).get(0);
      assertEquals(
          "scope and year 430321/2024 is used again (record 2 of populations.csv); the first record with it is record 1",
          p.message());
      assertEquals(Optional.of("scope_code"), p.field());
      assertEquals(List.of(), of(report, Rule.DUPLICATE_ID));
      assertEquals(1, report.size());
    }
  }

  @Nested
  class References {
    @Test
    void everyResidentLinkedRecordOfAnUnknownResident() {
      List<BundleRecord> orphans =
          List.of(
              registration("G1", Condition.HYPERTENSION).residentId("R9").build(),
              followUp("F1", d(2024, 3, 1)).residentId("R9").build(),
              checkup("C1", d(2024, 3, 1)).residentId("R9").build(),
              MentalFollowUp.builder().followUpId("M1").residentId("R9").visitDate(d(2024, 3, 1)).status(MentalHealthStatus.STABLE).build(),
              Fixtures.tbCourse("T1").residentId("R9").build(),
              pregnancy("P1").residentId("R9").build(),
              new ChildVisit("V1", "R9", d(2024, 3, 1), ChildVisitKind.CHECKUP),
              new TcmService("S1", "R9", d(2024, 3, 1), TcmKind.ELDERLY),
              vaccination("I1", "R9", Vaccine.BCG, 1, d(2024, 3, 1)).build(),
              contract("K1").residentId("R9").build(),
              new SatisfactionSurvey("Q1", Optional.of("R9"), d(2024, 3, 1), 4));
      ValidationReport report = V.validate(withBase(orphans.toArray(new BundleRecord[0])));
      List<Problem> unknown = of(report, Rule.UNKNOWN_RESIDENT);
      assertEquals(orphans.size(), unknown.size(), report.problems().toString());
      assertEquals(orphans.size(), report.size(), report.problems().toString());
      assertTrue(unknown.stream().allMatch(p -> p.field().equals(Optional.of("resident_id"))));
      assertEquals(
          "resident_id R9 is not a resident of the residents",
          report.problemsFor(RecordType.FOLLOW_UP, "F1").get(0).message());
    }

    @Test
    void recordsOfUnknownResidentsAreStillCheckedAlone() {
      ValidationReport report =
          V.validate(withBase(followUp("F1", AS_OF.plusDays(1)).residentId("R9").sbp(20).build()));
      assertEquals(List.of("DATE_IN_FUTURE", "SBP_IMPLAUSIBLE", "UNKNOWN_RESIDENT"), codes(report));
    }

    @Test
    void aSurveyWithoutResidentIsFine() {
      assertEquals(
          List.of(),
          V.validate(withBase(new SatisfactionSurvey("Q1", Optional.empty(), d(2024, 3, 1), 4),
              new SatisfactionSurvey("Q2", Optional.of("R1"), d(2024, 3, 1), 5))).problems());
    }

    @Test
    void maternalVisitsOfUnknownPregnancies() {
      ValidationReport report =
          V.validate(withBase(pregnancy("P1").build(),
              maternalVisit("V1", "P9", d(2023, 10, 1), MaternalVisitKind.PRENATAL).gestationalWeeks(50).build()));
      assertEquals(List.of("GESTATIONAL_WEEKS_IMPLAUSIBLE", "UNKNOWN_PREGNANCY"), codes(report));
      assertEquals("pregnancy_id P9 is not a pregnancy of the pregnancies", report.problems().get(1).message());
    }

    @Test
    void visitsOfAPregnancyOfAnUnknownResidentAreComparedWithTheDelivery() {
      ValidationReport report =
          V.validate(withBase(pregnancy("P1").residentId("R9").build(),
              maternalVisit("V1", "P1", d(2024, 6, 1), MaternalVisitKind.PRENATAL).build()));
      assertEquals(List.of("UNKNOWN_RESIDENT", "PRENATAL_VISIT_AFTER_DELIVERY"), codes(report));
    }

    @Test
    void everyInstitutionCodeColumn() {
      String x = "430321999";
      List<BundleRecord> records =
          List.of(
              Institution.builder().from(institution("430321102", "430321102")).parentCode(x).build(),
              Fixtures.child("K1", d(2024, 1, 31)),
              Samples.resident("R2", d(1970, 1, 1)).institutionCode(x).build(),
              registration("G1", Condition.HYPERTENSION).institutionCode(x).build(),
              followUp("F1", d(2024, 3, 1)).institutionCode(x).build(),
              checkup("C1", d(2024, 3, 1)).institutionCode(x).build(),
              vaccination("I1", "K1", Vaccine.BCG, 1, d(2024, 2, 1)).institutionCode(x).build(),
              contract("K2").institutionCode(x).build(),
              Fixtures.infectiousCase("D1").institutionCode(x).build(),
              new EmergencyEvent("E1", x, LocalDateTime.of(2024, 3, 1, 10, 0), Optional.empty()),
              new SupervisionRecord("L1", x, SupervisionDomain.WATER, SupervisionKind.PATROL, d(2024, 3, 1), Optional.empty()),
              Fixtures.education("A1", x));
      ValidationReport report = V.validate(withBase(records.toArray(new BundleRecord[0])));
      List<Problem> unknown = of(report, Rule.UNKNOWN_INSTITUTION);
      assertEquals(11, unknown.size(), report.problems().toString());
      assertEquals(11, report.size(), report.problems().toString());
      assertEquals(
          List.of("parent_code"),
          report.problemsFor(RecordType.INSTITUTION, "430321102").stream().map(p -> p.field().orElseThrow()).collect(Collectors.toList()));
      assertEquals(
          "institution_code 430321999 is not an institution of the institutions",
          report.problemsFor(RecordType.RESIDENT, "R2").get(0).message());
    }

    @Test
    void withoutAnyInstitutionCodesAreNotChecked() {
      Dataset noInstitutions =
          Dataset.of(List.of(r1().build(), Fixtures.education("A1", "430321999"), population("430321", 2024).build()));
      assertEquals(List.of(), V.validate(noInstitutions).problems());
    }
  }

  @Nested
  class ParentCycles {
    private Institution inst(String code, String parent) {
      Institution i = institution(code, "430321");
      return parent == null ? i : Institution.builder().from(i).parentCode(parent).build();
    }

    @Test
    void everyMemberOfACycleIsReportedWithTheCycleFromItself() {
      ValidationReport report =
          V.validate(Dataset.of(List.of(
              inst("A", "B"), inst("B", "C"), inst("C", "A"), inst("D", "A"), inst("E", null),
              Samples.resident("R1", d(1970, 1, 1)).institutionCode("E").regionCode(RegionCode.parse("430321101201")).build())));
      List<Problem> cycles = of(report, Rule.INSTITUTION_PARENT_CYCLE);
      assertEquals(
          List.of(
              "institution A is its own ancestor through parent_code: A → B → C → A",
              "institution B is its own ancestor through parent_code: B → C → A → B",
              "institution C is its own ancestor through parent_code: C → A → B → C"),
          cycles.stream().map(Problem::message).collect(Collectors.toList()));
      assertEquals(3, report.size(), report.problems().toString());
    }

    @Test
    void aTreeHasNoCycle() {
      assertEquals(
          List.of(),
          V.validate(Dataset.of(List.of(inst("A", "B"), inst("B", "C"), inst("C", null), inst("D", "C"),
              Samples.resident("R1", d(1970, 1, 1)).institutionCode("D").regionCode(RegionCode.parse("430321101201")).build())))
              .problems());
    }
  }

  @Nested
  class PopulationScopes {
    private List<Problem> scopes(String... codes) {
      List<BundleRecord> records = Fixtures.base();
      int year = 2000;
      for (String code : codes) {
        records.add(population(code, year++).build());
      }
      return of(V.validate(Dataset.of(records)), Rule.POPULATION_SCOPE_UNKNOWN);
    }

    @Test
    void institutionCodesAndRegionsOfTheData() {
      // the clinic's code, its region and every level above, the resident's village, padded forms
      assertEquals(List.of(), scopes(CLINIC, "43", "4303", "430321", "430300", "430000", "430321101201", "430321101000"));
    }

    @Test
    void otherScopesAreUnknown() {
      List<Problem> unknown = scopes("430322", "44", "430321102", "4303211", "county");
      assertEquals(5, unknown.size(), unknown.toString());
      assertEquals(
          "scope code 430322 is neither an institution code nor the region of an institution or resident",
          unknown.stream().filter(p -> p.recordId().orElseThrow().startsWith("430322/")).findFirst().orElseThrow().message());
    }
  }

  @Nested
  class Options {
    @Test
    void builderSettings() {
      Clock clock = Clock.fixed(Instant.parse("2024-12-31T20:00:00Z"), ZoneOffset.ofHours(8));
      DatasetValidator v =
          DatasetValidator.builder()
              .clock(clock)
              .healthRecordNumbers(Strictness.STRICT)
              .schedule(org.gongwei.core.immunization.NipSchedule.national2021())
              .disabledRules(Set.of(Rule.DUPLICATE_ID))
              .build();
      assertEquals(d(2025, 1, 1), v.asOf());
      assertEquals(Strictness.STRICT, v.recordValidator().healthRecordNumbers());
      assertFalse(v.recordValidator().isEnabled(Rule.DUPLICATE_ID));
      ValidationReport report =
          v.validate(withBase(hypertension(), followUp("F1", d(2025, 1, 2)).build(), followUp("F1", d(2024, 1, 2)).build()));
      assertEquals(List.of("HEALTH_RECORD_NUMBER_INVALID", "DATE_IN_FUTURE"), codes(report));
      assertEquals(AS_OF, DatasetValidator.of(Fixtures.recordValidator()).asOf());
    }

    @Test
    void emptyDatasetAndDefaults() {
      assertTrue(DatasetValidator.defaults().validate(Dataset.empty()).isEmpty());
      assertThrows(NullPointerException.class, () -> V.validate(null));
      assertThrows(NullPointerException.class, () -> DatasetValidator.of(null));
    }

    @Test
    void streamingPerResidentGivesTheSameProblemsAsTheDataset() {
      Dataset dataset =
          withBase(
              hypertension(),
              followUp("F1", d(2024, 3, 1)).sbp(400).institutionCode("430321999").build(),
              pregnancy("P1").dischargeDate(d(2024, 1, 1)).build(),
              maternalVisit("V1", "P1", d(2024, 1, 1), MaternalVisitKind.POSTPARTUM).build());
      RecordValidator streaming = V.recordValidator().withInstitutions(dataset.institutionsByCode());
      List<Problem> streamed = new ArrayList<>();
      for (Institution i : dataset.institutions()) {
        streamed.addAll(streaming.validate(i));
      }
      for (ResidentView view : dataset.residentViews()) {
        streamed.addAll(streaming.validate(view));
      }
      assertEquals(V.validate(dataset), ValidationReport.of(streamed));
      assertEquals(4, streamed.size(), streamed.toString());
    }
  }

  // ---- properties ----

  /** A random dataset; with {@code uniqueIds}, no two records of a type share an id. */
  static List<BundleRecord> randomRecords(Random rnd, boolean uniqueIds, boolean extremeDates) {
    RandomData g = new RandomData(rnd, uniqueIds, extremeDates);
    return g.records();
  }

  @Property(tries = 60)
  void shufflingTheRecordsGivesTheSameReport(@ForAll long seed) {
    Random rnd = new Random(seed);
    List<BundleRecord> records = randomRecords(rnd, true, false);
    List<BundleRecord> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, rnd);
    ValidationReport a = V.validate(Dataset.of(records));
    ValidationReport b = V.validate(Dataset.of(shuffled));
    assertEquals(a, b);
    assertEquals(a.toString(), b.toString());
  }

  @Property(tries = 100)
  void validationNeverThrowsOnRandomDatasets(@ForAll long seed) {
    Random rnd = new Random(seed);
    Dataset dataset = Dataset.of(randomRecords(rnd, rnd.nextBoolean(), true));
    DatasetValidator v =
        DatasetValidator.builder()
            .asOf(LocalDate.ofEpochDay(rnd.nextInt(40000) - 10000))
            .healthRecordNumbers(rnd.nextBoolean() ? Strictness.STRICT : Strictness.LENIENT)
            .build();
    ValidationReport report = v.validate(dataset);
    assertEquals(
        report.size(),
        report.count(Severity.ERROR) + report.count(Severity.WARNING) + report.count(Severity.INFO));
    for (Problem p : report.problems()) {
      assertTrue(p.recordType().isPresent() && p.recordId().isPresent() && p.field().isPresent(), p.toString());
      assertTrue(Rule.fromCode(p.code()).isPresent(), p.toString());
    }
    report.summary();
  }

  /** Generates random records of every type, with random dates and references. */
  private static final class RandomData {
    private final Random rnd;
    private final boolean uniqueIds;
    private final boolean extremeDates;
    private final int residents;
    private int next;

    RandomData(Random rnd, boolean uniqueIds, boolean extremeDates) {
      this.rnd = rnd;
      this.uniqueIds = uniqueIds;
      this.extremeDates = extremeDates;
      this.residents = 1 + rnd.nextInt(8);
    }

    private String id(String prefix) {
      return prefix + (uniqueIds ? next++ : rnd.nextInt(4));
    }

    private LocalDate date() {
      if (extremeDates && rnd.nextInt(40) == 0) {
        return rnd.nextBoolean() ? LocalDate.MIN : LocalDate.MAX;
      }
      return LocalDate.ofEpochDay(rnd.nextInt(50000) - 25000);
    }

    private Optional<LocalDate> maybeDate() {
      return rnd.nextBoolean() ? Optional.of(date()) : Optional.empty();
    }

    private String resident() {
      return "R" + rnd.nextInt(residents + 1); // R<residents> is unknown
    }

    private String institution() {
      return "I" + rnd.nextInt(4); // I3 is unknown
    }

    private <T> T pick(T[] values) {
      return values[rnd.nextInt(values.length)];
    }

    private int count() {
      return rnd.nextInt(4);
    }

    List<BundleRecord> records() {
      List<BundleRecord> out = new ArrayList<>();
      String[] regions = {"430321101", "430321", "4303", "430322101", "43"};
      for (int i = 0; i < 3; i++) {
        Institution.Builder b =
            Institution.builder()
                .code("I" + i)
                .name("institution " + i)
                .type(pick(InstitutionType.values()))
                .regionCode(RegionCode.parse(pick(regions)));
        int parent = rnd.nextInt(5);
        if (parent != i && parent < 4) {
          b.parentCode("I" + parent);
        }
        if (rnd.nextBoolean()) {
          b.uscc(rnd.nextBoolean() ? "91350100M000100Y43" : "91350100M000100Y4" + rnd.nextInt(10));
        }
        out.add(b.build());
      }
      String[] villages = {"430321101201", "430321102201", "430322101201", "430321101000"};
      for (int i = 0; i < residents; i++) {
        LocalDate birth = date();
        Resident.Builder b =
            Resident.builder()
                .residentId(uniqueIds || rnd.nextBoolean() ? "R" + i : "R0")
                .sex(pick(Sex.values()))
                .birthDate(birth)
                .regionCode(RegionCode.parse(pick(villages)))
                .institutionCode(institution())
                .permanent(rnd.nextBoolean())
                .recordEstablishedDate(maybeDate())
                .recordClosedDate(maybeDate())
                .deathDate(maybeDate())
                .vaccinationCertificateDate(maybeDate());
        if (rnd.nextBoolean()) {
          b.recordClosedReason(pick(RecordClosureReason.values()));
        }
        switch (rnd.nextInt(4)) {
          case 0 -> b.idNumber(Fixtures.idNumber("43032119600510" + rnd.nextInt(10) + rnd.nextInt(10) + rnd.nextInt(10)));
          case 1 -> b.idNumber(Long.toString(rnd.nextLong()));
          case 2 -> b.idType(pick(IdDocumentType.values())).idNumber("X" + rnd.nextInt());
          default -> { }
        }
        out.add(b.build());
      }
      for (int i = count(); i > 0; i--) {
        Registration.Builder b =
            Registration.builder()
                .registrationId(id("G"))
                .residentId(resident())
                .condition(pick(Condition.values()))
                .enrolledDate(date())
                .diagnosedDate(maybeDate())
                .endedDate(maybeDate());
        if (rnd.nextBoolean()) {
          b.icd10(Icd10Code.parse(pick(new String[] {"I10", "I15.0", "E11.900", "E10", "F20", "F32", "A15", "J44"})));
        }
        if (rnd.nextBoolean()) {
          b.institutionCode(institution());
        }
        out.add(b.build());
      }
      for (int i = count(); i > 0; i--) {
        FollowUp.Builder b =
            FollowUp.builder()
                .followUpId(id("F"))
                .residentId(resident())
                .condition(rnd.nextBoolean() ? Condition.HYPERTENSION : Condition.TYPE2_DIABETES)
                .visitDate(date())
                .method(pick(FollowUpMethod.values()));
        if (rnd.nextBoolean()) {
          b.sbp(rnd.nextInt(400) - 20).dbp(rnd.nextInt(300) - 20);
        }
        if (rnd.nextBoolean()) {
          b.fastingGlucose(pick(new Double[] {Double.NaN, -1.0, 0.5, 7.2, 126.0, 1e300, Double.POSITIVE_INFINITY}));
        }
        if (rnd.nextBoolean()) {
          b.hba1c(rnd.nextDouble() * 30);
        }
        if (rnd.nextBoolean()) {
          b.institutionCode(institution());
        }
        out.add(b.build());
      }
      for (int i = count(); i > 0; i--) {
        Checkup.Builder b =
            Checkup.builder()
                .checkupId(id("C"))
                .residentId(resident())
                .checkupDate(date())
                .kind(pick(CheckupKind.values()))
                .formComplete(rnd.nextBoolean());
        if (rnd.nextBoolean()) {
          b.sbp(rnd.nextInt(400)).dbp(rnd.nextInt(300)).fastingGlucose(rnd.nextDouble() * 50);
        }
        out.add(b.build());
      }
      for (int i = count(); i > 0; i--) {
        out.add(MentalFollowUp.builder().followUpId(id("M")).residentId(resident()).visitDate(date())
            .status(pick(MentalHealthStatus.values())).build());
      }
      for (int i = count(); i > 0; i--) {
        TbCourse.Builder b =
            TbCourse.builder()
                .courseId(id("T"))
                .residentId(resident())
                .notifiedDate(date())
                .firstVisitDate(maybeDate())
                .treatmentStartDate(maybeDate())
                .treatmentEndDate(maybeDate());
        if (rnd.nextBoolean()) {
          b.dosesScheduled(rnd.nextInt(200)).dosesTaken(rnd.nextInt(200));
        }
        out.add(b.build());
      }
      int pregnancies = count();
      for (int i = 0; i < pregnancies; i++) {
        Pregnancy.Builder b =
            Pregnancy.builder()
                .pregnancyId(uniqueIds ? "P" + i : "P" + rnd.nextInt(2))
                .residentId(resident())
                .lmpDate(maybeDate())
                .registrationDate(maybeDate())
                .deliveryDate(maybeDate())
                .dischargeDate(maybeDate());
        if (rnd.nextBoolean()) {
          b.liveBirths(rnd.nextInt(3));
        }
        out.add(b.build());
      }
      for (int i = count(); i > 0; i--) {
        MaternalVisit.Builder b =
            MaternalVisit.builder()
                .visitId(id("V"))
                .pregnancyId("P" + rnd.nextInt(pregnancies + 1))
                .visitDate(date())
                .kind(pick(MaternalVisitKind.values()));
        if (rnd.nextBoolean()) {
          b.gestationalWeeks(rnd.nextInt(60));
        }
        out.add(b.build());
      }
      for (int i = count(); i > 0; i--) {
        out.add(new ChildVisit(id("W"), resident(), date(), pick(ChildVisitKind.values())));
        out.add(new TcmService(id("S"), resident(), date(), pick(TcmKind.values())));
      }
      for (int i = rnd.nextInt(8); i > 0; i--) {
        Vaccination.Builder b =
            Vaccination.builder()
                .vaccinationId(id("I"))
                .residentId(resident())
                .vaccine(pick(Vaccine.values()))
                .dose(1 + rnd.nextInt(3))
                .vaccinationDate(date());
        if (rnd.nextBoolean()) {
          b.institutionCode(institution());
        }
        out.add(b.build());
      }
      for (int i = count(); i > 0; i--) {
        out.add(Contract.builder().contractId(id("K")).residentId(resident()).startDate(date()).endDate(date())
            .terminatedDate(maybeDate()).build());
        out.add(new SatisfactionSurvey(id("Q"), rnd.nextBoolean() ? Optional.of(resident()) : Optional.empty(), date(), 1 + rnd.nextInt(5)));
      }
      for (int i = count(); i > 0; i--) {
        LocalDateTime at = LocalDateTime.of(date(), java.time.LocalTime.NOON);
        out.add(InfectiousCase.builder().caseId(id("D")).institutionCode(institution()).diseaseClass(pick(DiseaseClass.values()))
            .diagnosedAt(at).reportedAt(Optional.of(LocalDateTime.of(date(), java.time.LocalTime.MIDNIGHT))).build());
        out.add(new EmergencyEvent(id("E"), institution(), at, rnd.nextBoolean() ? Optional.of(LocalDateTime.of(date(), java.time.LocalTime.MIDNIGHT)) : Optional.empty()));
        out.add(new SupervisionRecord(id("L"), institution(), pick(SupervisionDomain.values()), pick(SupervisionKind.values()),
            date(), maybeDate()));
        out.add(EducationActivity.builder().activityId(id("A")).institutionCode(institution()).activityDate(date())
            .kind(pick(EducationKind.values())).build());
      }
      String[] scopes = {"I0", "430321", "43", "440000", "I3"};
      for (int i = count(); i > 0; i--) {
        PopulationEstimate.Builder b =
            PopulationEstimate.builder()
                .scopeCode(pick(scopes))
                .year(uniqueIds ? 2000 + next++ : 2000 + rnd.nextInt(2))
                .population(rnd.nextInt(1000))
                .adultPopulation(rnd.nextInt(1000))
                .population65Plus(rnd.nextInt(1000))
                .population0To6(rnd.nextInt(1000));
        if (rnd.nextBoolean()) {
          b.hypertensionPrevalence(new BigDecimal("0.275"));
        }
        out.add(b.build());
      }
      return out;
    }
  }
}
