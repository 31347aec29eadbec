package org.gongwei.core.validation;

import static org.gongwei.core.validation.Fixtures.AS_OF;
import static org.gongwei.core.validation.Fixtures.BIRTH;
import static org.gongwei.core.validation.Fixtures.R1_ID;
import static org.gongwei.core.validation.Fixtures.checkup;
import static org.gongwei.core.validation.Fixtures.childVisit;
import static org.gongwei.core.validation.Fixtures.contract;
import static org.gongwei.core.validation.Fixtures.followUp;
import static org.gongwei.core.validation.Fixtures.hypertension;
import static org.gongwei.core.validation.Fixtures.idNumber;
import static org.gongwei.core.validation.Fixtures.maternalVisit;
import static org.gongwei.core.validation.Fixtures.mentalFollowUp;
import static org.gongwei.core.validation.Fixtures.pregnancy;
import static org.gongwei.core.validation.Fixtures.r1;
import static org.gongwei.core.validation.Fixtures.registration;
import static org.gongwei.core.validation.Fixtures.tbCourse;
import static org.gongwei.core.validation.Fixtures.tcm;
import static org.gongwei.core.validation.Fixtures.vaccination;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.IdDocumentType;
import org.gongwei.core.code.MaternalVisitKind;
import org.gongwei.core.code.RecordClosureReason;
import org.gongwei.core.code.Sex;
import org.gongwei.core.code.Vaccine;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.id.IdCardNumber;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.id.Strictness;
import org.gongwei.core.immunization.AgeOffset;
import org.gongwei.core.immunization.NipSchedule;
import org.gongwei.core.immunization.ScheduledDose;
import org.gongwei.core.immunization.Series;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.maternal.Pregnancy;
import org.gongwei.core.resident.Resident;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RecordValidatorTest {
  private static final RecordValidator V = Fixtures.recordValidator();

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  private static ResidentView view(Resident r, BundleRecord... records) {
    return ResidentView.builder(r).addAll(List.of(records)).build();
  }

  private static List<String> codes(List<Problem> problems) {
    return problems.stream().map(Problem::code).collect(Collectors.toList());
  }

  /** The one problem of {@code rule} in {@code problems}. */
  private static Problem only(List<Problem> problems, Rule rule) {
    List<Problem> found =
        problems.stream().filter(p -> p.code().equals(rule.code())).collect(Collectors.toList());
    assertEquals(1, found.size(), rule + " in " + problems);
    return found.get(0);
  }

  private static void assertNone(List<Problem> problems, Rule rule) {
    assertFalse(codes(problems).contains(rule.code()), rule + " in " + problems);
  }

  @Nested
  class Identifiers {
    @Test
    void invalidIdNumberIsAnErrorWithTheNumberMasked() {
      String bad = R1_ID.substring(0, 17) + (R1_ID.endsWith("0") ? "1" : "0");
      Problem p = only(V.validate(r1().idNumber(bad).build()), Rule.ID_NUMBER_INVALID);
      assertEquals(Severity.ERROR, p.severity());
      assertEquals(Optional.of("id_number"), p.field());
      assertEquals(Optional.of(RecordType.RESIDENT), p.recordType());
      assertEquals(Optional.of("R1"), p.recordId());
      assertTrue(p.message().contains(IdCardNumber.mask(bad)), p.message());
      assertTrue(p.message().contains("check character"), p.message());
      assertFalse(p.message().contains(bad), p.message());
      assertFalse(p.message().contains(bad.substring(6, 14)), "birth date part shown: " + p.message());
    }

    @Test
    void badLengthAndBadDateAreInvalidToo() {
      Problem p = only(V.validate(r1().idNumber("4303211960051000").build()), Rule.ID_NUMBER_INVALID);
      assertTrue(p.message().contains("length is 16"), p.message());
      Problem q =
          only(V.validate(r1().idNumber(idNumber("43032119601310002")).build()), Rule.ID_NUMBER_INVALID);
      assertTrue(q.message().contains("month 13"), q.message());
    }

    @Test
    void validNumbersAndOtherDocumentTypesPass() {
      assertEquals(List.of(), V.validate(r1().build()));
      assertEquals(List.of(), V.validate(r1().idNumber(R1_ID.toLowerCase(java.util.Locale.ROOT)).build()));
      assertEquals(
          List.of(), V.validate(r1().idType(IdDocumentType.PASSPORT).idNumber("E12345678").build()));
      assertEquals(List.of(), V.validate(Fixtures.r1().idNumber(Optional.empty()).build()));
      // a legacy 15-digit number (born 1960-05-10, sequence 002)
      assertEquals(List.of(), V.validate(r1().idNumber("430321600510002").build()));
    }

    @Test
    void birthDateMismatchIsAWarningWithoutTheMaskedNumber() {
      String other = idNumber("43032119600511002");
      Problem p = only(V.validate(r1().idNumber(other).build()), Rule.ID_BIRTH_DATE_MISMATCH);
      assertEquals(Severity.WARNING, p.severity());
      assertEquals(
          "the ID card number encodes the birth date 1960-05-11, but birth_date is 1960-05-10",
          p.message());
      assertNone(V.validate(r1().build()), Rule.ID_BIRTH_DATE_MISMATCH);
    }

    @Test
    void sexMismatchIsAWarning() {
      Problem p =
          only(V.validate(r1().idNumber(idNumber("43032119600510001")).build()), Rule.ID_SEX_MISMATCH);
      assertEquals(
          "the ID card number encodes the sex MALE (17th digit odd), but sex is FEMALE", p.message());
      assertNone(V.validate(r1().build()), Rule.ID_SEX_MISMATCH);
      // unknown or unspecified sex disagrees with nothing
      assertNone(V.validate(r1().sex(Sex.UNSPECIFIED).build()), Rule.ID_SEX_MISMATCH);
    }

    @Test
    void healthRecordNumbersAreCheckedOnlyWhenStrict() {
      RecordValidator strict =
          RecordValidator.builder().asOf(AS_OF).healthRecordNumbers(Strictness.STRICT).build();
      Problem p = only(strict.validate(r1().build()), Rule.HEALTH_RECORD_NUMBER_INVALID);
      assertEquals(Optional.of("resident_id"), p.field());
      assertTrue(p.message().contains("17 digits"), p.message());
      assertEquals(List.of(), strict.validate(r1().residentId("43032110120100001").build()));
      assertEquals(List.of(), V.validate(r1().build()));
      assertEquals(Strictness.LENIENT, V.healthRecordNumbers());
    }

    @Test
    void socialCreditCodeOfInstitutions() {
      Institution good = Institution.builder().from(Fixtures.clinic()).uscc("91350100M000100Y43").build();
      Institution bad = Institution.builder().from(good).uscc("91350100M000100Y44").build();
      Problem p = only(V.validate(bad), Rule.USCC_INVALID);
      assertEquals(Optional.of("uscc"), p.field());
      assertTrue(p.message().contains("91350100M000100Y44"), p.message());
      assertEquals(List.of(), V.validate(good));
    }
  }

  @Nested
  class Residents {
    @Test
    void birthInTheFuture() {
      Resident born = Samples2.born(AS_OF.plusDays(1));
      Problem p = only(V.validate(born), Rule.BIRTH_IN_FUTURE);
      assertEquals("birth date 2025-07-01 is after the reference date 2025-06-30", p.message());
      assertNone(V.validate(Samples2.born(AS_OF)), Rule.BIRTH_IN_FUTURE);
    }

    @Test
    void deathBeforeBirth() {
      Problem p = only(V.validate(r1().deathDate(d(1960, 5, 9)).build()), Rule.DEATH_BEFORE_BIRTH);
      assertEquals("death date 1960-05-09 is before the birth date 1960-05-10", p.message());
      assertEquals(Optional.of("death_date"), p.field());
      assertEquals(List.of(), V.validate(r1().deathDate(BIRTH).build()));
    }

    @Test
    void recordBeforeBirth() {
      Problem p =
          only(V.validate(r1().recordEstablishedDate(d(1950, 1, 1)).build()), Rule.RECORD_BEFORE_BIRTH);
      assertEquals(
          "health record established on 1950-01-01, before the birth date 1960-05-10", p.message());
      assertEquals(List.of(), V.validate(r1().recordEstablishedDate(BIRTH).build()));
    }

    @Test
    void recordClosedBeforeEstablished() {
      Problem p =
          only(
              V.validate(r1().recordClosedDate(d(2019, 12, 31)).build()),
              Rule.RECORD_CLOSED_BEFORE_ESTABLISHED);
      assertEquals(
          "health record closed on 2019-12-31, before it was established on 2020-01-01", p.message());
      assertEquals(List.of(), V.validate(r1().recordClosedDate(d(2020, 1, 1)).build()));
      // no established date: nothing to compare
      assertEquals(
          List.of(),
          V.validate(r1().recordEstablishedDate(Optional.empty()).recordClosedDate(d(2019, 1, 1)).build()));
    }

    @Test
    void closedForDeathWithoutDeathDate() {
      Resident r =
          r1().recordClosedDate(d(2024, 1, 2)).recordClosedReason(RecordClosureReason.DEATH).build();
      Problem p = only(V.validate(r), Rule.CLOSED_FOR_DEATH_WITHOUT_DEATH_DATE);
      assertEquals(
          "record closed for death (reason 1) on 2024-01-02, but death_date is empty", p.message());
      assertEquals(Severity.WARNING, p.severity());
      assertEquals(List.of(), V.validate(Resident.builder().from(r).deathDate(d(2024, 1, 1)).build()));
      assertEquals(
          List.of(),
          V.validate(
              r1().recordClosedDate(d(2024, 1, 2)).recordClosedReason(RecordClosureReason.MOVED_OUT).build()));
    }

    @Test
    void certificateBeforeBirth() {
      Problem p =
          only(
              V.validate(r1().vaccinationCertificateDate(d(1960, 5, 9)).build()),
              Rule.CERTIFICATE_BEFORE_BIRTH);
      assertEquals(
          "vaccination certificate dated 1960-05-09, before the birth date 1960-05-10", p.message());
      assertEquals(List.of(), V.validate(r1().vaccinationCertificateDate(BIRTH).build()));
    }

    @Test
    void residentDatesInTheFuture() {
      Resident r =
          r1().deathDate(d(2025, 7, 1))
              .recordClosedDate(d(2025, 7, 2))
              .recordClosedReason(RecordClosureReason.DEATH)
              .build();
      List<Problem> problems = V.validate(r);
      assertEquals(List.of("RESIDENT_DATE_IN_FUTURE", "RESIDENT_DATE_IN_FUTURE"), codes(problems));
      assertEquals(
          List.of("death_date", "record_closed_date"),
          problems.stream().map(p -> p.field().orElseThrow()).collect(Collectors.toList()));
      assertEquals("death date 2025-07-01 is after the reference date 2025-06-30", problems.get(0).message());
      assertEquals(List.of(), V.validate(r1().deathDate(AS_OF).build()));
      assertEquals(
          "record established date 2025-07-01 is after the reference date 2025-06-30",
          only(V.validate(r1().recordEstablishedDate(d(2025, 7, 1)).build()), Rule.RESIDENT_DATE_IN_FUTURE)
              .message());
      assertEquals(
          Optional.of("vaccination_certificate_date"),
          only(V.validate(r1().vaccinationCertificateDate(d(2025, 7, 1)).build()), Rule.RESIDENT_DATE_IN_FUTURE)
              .field());
    }
  }

  @Nested
  class Institutions {
    private final RecordValidator withInstitutions =
        V.withInstitutions(Map.of(Fixtures.CLINIC, Fixtures.clinic()));

    @Test
    void institutionCodesAreCheckedOnlyWithInstitutions() {
      FollowUp u = followUp("F1", d(2024, 3, 1)).institutionCode("430321999").build();
      assertFalse(V.checksInstitutions());
      assertEquals(List.of(), V.validate(u));
      assertTrue(withInstitutions.checksInstitutions());
      Problem p = only(withInstitutions.validate(u), Rule.UNKNOWN_INSTITUTION);
      assertEquals(Optional.of("institution_code"), p.field());
      assertEquals("institution_code 430321999 is not an institution of the institutions", p.message());
      assertEquals(
          List.of(),
          withInstitutions.validate(followUp("F1", d(2024, 3, 1)).institutionCode(Fixtures.CLINIC).build()));
    }

    @Test
    void parentCodeOfAnInstitution() {
      Institution child = Institution.builder().from(Fixtures.clinic()).parentCode("430321000").build();
      Problem p = only(withInstitutions.validate(child), Rule.UNKNOWN_INSTITUTION);
      assertEquals(Optional.of("parent_code"), p.field());
    }

    @Test
    void residentOutsideTheInstitutionRegionIsInformation() {
      Resident away = r1().regionCode(RegionCode.parse("430321102201")).build();
      Problem p = only(withInstitutions.validate(away), Rule.RESIDENT_OUTSIDE_INSTITUTION_REGION);
      assertEquals(Severity.INFO, p.severity());
      assertEquals(
          "region code 430321102201 is not within region 430321101 of the responsible institution 430321101",
          p.message());
      assertEquals(List.of(), withInstitutions.validate(r1().build()));
      assertEquals(List.of(), V.validate(away));
      // an unknown institution is reported as such, with no region comparison
      assertEquals(
          List.of("UNKNOWN_INSTITUTION"),
          codes(withInstitutions.validate(r1().institutionCode("430321999").build())));
    }
  }

  @Nested
  class ServiceDates {
    private final Resident dead =
        r1().deathDate(d(2024, 2, 10))
            .recordClosedDate(d(2024, 2, 10))
            .recordClosedReason(RecordClosureReason.DEATH)
            .build();

    private List<BundleRecord> recordsOn(LocalDate date) {
      Pregnancy p = Pregnancy.builder().pregnancyId("P1").residentId("R1").build();
      return List.of(
          hypertension(),
          followUp("F1", date).build(),
          checkup("C1", date).build(),
          mentalFollowUp("M1", date),
          tbCourse("T1").notifiedDate(date).firstVisitDate(date).build(),
          p,
          maternalVisit("V1", "P1", date, MaternalVisitKind.POSTPARTUM_42D).build(),
          childVisit("C2", date),
          tcm("S1", date),
          vaccination("I1", "R1", Vaccine.HEPB, 1, date).build(),
          contract("K1").startDate(date).endDate(date.plusYears(1)).build());
    }

    private static final List<String> FIELDS =
        List.of(
            "visit_date", "checkup_date", "visit_date", "first_visit_date", "visit_date",
            "visit_date", "service_date", "vaccination_date", "start_date");

    private List<Problem> of(Rule rule, List<Problem> problems) {
      return problems.stream().filter(p -> p.code().equals(rule.code())).collect(Collectors.toList());
    }

    @Test
    void everyServiceDateBeforeBirth() {
      List<Problem> problems = V.validate(view(r1().build(), recordsOn(d(1960, 5, 9)).toArray(new BundleRecord[0])));
      List<Problem> before = of(Rule.DATE_BEFORE_BIRTH, problems);
      assertEquals(9, before.size(), before.toString());
      assertEquals(
          FIELDS.stream().sorted().collect(Collectors.toList()),
          before.stream().map(p -> p.field().orElseThrow()).sorted().collect(Collectors.toList()));
      assertTrue(
          before.stream().anyMatch(p -> p.message().equals("follow-up on 1960-05-09 is before the birth on 1960-05-10")),
          before.toString());
      // the dose before birth is not also "before its minimum age"
      assertNone(problems, Rule.DOSE_BEFORE_MINIMUM_AGE);
      assertNone(V.validate(view(r1().build(), recordsOn(BIRTH).toArray(new BundleRecord[0]))), Rule.DATE_BEFORE_BIRTH);
    }

    @Test
    void everyServiceDateAfterDeathButNotAlsoAfterClosure() {
      List<Problem> problems = V.validate(view(dead, recordsOn(d(2024, 2, 11)).toArray(new BundleRecord[0])));
      assertEquals(9, of(Rule.DATE_AFTER_DEATH, problems).size(), problems.toString());
      assertEquals(List.of(), of(Rule.DATE_AFTER_CLOSURE, problems));
      assertTrue(
          problems.stream().anyMatch(p -> p.message().equals("follow-up on 2024-02-11 is after the death on 2024-02-10")));
      assertEquals(List.of(), V.validate(view(dead, recordsOn(d(2024, 2, 10)).toArray(new BundleRecord[0]))));
    }

    @Test
    void everyServiceDateAfterClosure() {
      Resident moved =
          r1().recordClosedDate(d(2024, 2, 10)).recordClosedReason(RecordClosureReason.MOVED_OUT).build();
      List<Problem> problems = V.validate(view(moved, recordsOn(d(2024, 2, 11)).toArray(new BundleRecord[0])));
      List<Problem> after = of(Rule.DATE_AFTER_CLOSURE, problems);
      assertEquals(9, after.size(), problems.toString());
      assertTrue(
          after.stream().anyMatch(p -> p.message().equals("check-up on 2024-02-11 is after the record was closed on 2024-02-10")));
      assertEquals(List.of(), V.validate(view(moved, recordsOn(d(2024, 2, 10)).toArray(new BundleRecord[0]))));
    }

    @Test
    void everyServiceDateInTheFutureEvenWithoutTheResident() {
      List<BundleRecord> records = recordsOn(AS_OF.plusDays(1));
      List<Problem> alone = new ArrayList<>();
      for (BundleRecord r : records) {
        alone.addAll(V.validate(r));
      }
      assertEquals(9, of(Rule.DATE_IN_FUTURE, alone).size(), alone.toString());
      assertTrue(
          alone.stream().anyMatch(p -> p.message().equals("TCM service on 2025-07-01 is after the reference date 2025-06-30")));
      List<Problem> inView = V.validate(view(r1().build(), records.toArray(new BundleRecord[0])));
      assertEquals(9, of(Rule.DATE_IN_FUTURE, inView).size());
      for (BundleRecord r : recordsOn(AS_OF)) {
        assertNone(V.validate(r), Rule.DATE_IN_FUTURE);
      }
    }

    @Test
    void referenceDateComesFromTheClock() {
      Clock clock = Clock.fixed(Instant.parse("2024-03-01T12:00:00Z"), ZoneId.of("Asia/Shanghai"));
      RecordValidator v = RecordValidator.builder().clock(clock).build();
      assertEquals(d(2024, 3, 1), v.asOf());
      assertEquals(List.of("DATE_IN_FUTURE"), codes(v.validate(tcm("S1", d(2024, 3, 2)))));
      assertEquals(List.of(), v.validate(tcm("S1", d(2024, 3, 1))));
      // an explicit date wins over the clock
      assertEquals(AS_OF, RecordValidator.builder().clock(clock).asOf(AS_OF).build().asOf());
    }
  }

  @Nested
  class Measurements {
    private List<Problem> bp(int sbp, int dbp) {
      return V.validate(checkup("C1", d(2024, 3, 1)).sbp(sbp).dbp(dbp).build());
    }

    @Test
    void systolicRange() {
      Problem p = only(V.validate(followUp("F1", d(2024, 3, 1)).sbp(320).dbp(90).build()), Rule.SBP_IMPLAUSIBLE);
      assertEquals("systolic pressure 320 mmHg is outside the plausible range 60–300 mmHg", p.message());
      assertEquals(Optional.of("sbp"), p.field());
      assertEquals(List.of("SBP_IMPLAUSIBLE"), codes(bp(301, 90)));
      assertEquals(List.of("SBP_IMPLAUSIBLE"), codes(bp(59, 40)));
      assertEquals(List.of(), bp(300, 90));
      assertEquals(List.of(), bp(60, 40));
    }

    @Test
    void diastolicRange() {
      Problem p = only(bp(250, 201), Rule.DBP_IMPLAUSIBLE);
      assertEquals("diastolic pressure 201 mmHg is outside the plausible range 30–200 mmHg", p.message());
      assertEquals(List.of("DBP_IMPLAUSIBLE"), codes(bp(120, 29)));
      assertEquals(List.of(), bp(250, 200));
      assertEquals(List.of(), bp(120, 30));
    }

    @Test
    void systolicAboveDiastolic() {
      Problem p = only(bp(90, 90), Rule.SBP_NOT_ABOVE_DBP);
      assertEquals("systolic pressure 90 mmHg is not above diastolic pressure 90 mmHg", p.message());
      assertEquals(List.of("SBP_NOT_ABOVE_DBP"), codes(bp(80, 95)));
      assertEquals(List.of(), bp(91, 90));
      // one value alone is not compared
      assertEquals(List.of(), V.validate(checkup("C1", d(2024, 3, 1)).dbp(90).build()));
    }

    @Test
    void glucoseRangeWithTheMgPerDlHint() {
      Problem p =
          only(V.validate(checkup("C1", d(2024, 3, 1)).fastingGlucose(126).build()), Rule.GLUCOSE_IMPLAUSIBLE);
      assertEquals(
          "fasting glucose 126 mmol/L is outside the plausible range 1.0–35.0 mmol/L; it may be mg/dL:"
              + " 126 mg/dL = 7.0 mmol/L",
          p.message());
      Problem low =
          only(V.validate(followUp("F1", d(2024, 3, 1)).fastingGlucose(0.5).build()), Rule.GLUCOSE_IMPLAUSIBLE);
      assertEquals("fasting glucose 0.5 mmol/L is outside the plausible range 1.0–35.0 mmol/L", low.message());
      assertEquals(
          List.of("GLUCOSE_IMPLAUSIBLE"),
          codes(V.validate(checkup("C1", d(2024, 3, 1)).fastingGlucose(35.1).build())));
      assertEquals(List.of(), V.validate(checkup("C1", d(2024, 3, 1)).fastingGlucose(35.0).build()));
      assertEquals(List.of(), V.validate(checkup("C1", d(2024, 3, 1)).fastingGlucose(1.0).build()));
    }

    @Test
    void glucoseThatIsNotANumberIsReportedWithoutThrowing() {
      for (double g : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
        Problem p =
            only(V.validate(checkup("C1", d(2024, 3, 1)).fastingGlucose(g).build()), Rule.GLUCOSE_IMPLAUSIBLE);
        assertTrue(p.message().startsWith("fasting glucose " + g + " mmol/L"), p.message());
      }
    }

    @Test
    void hba1cRange() {
      Problem p =
          only(V.validate(followUp("F1", d(2024, 3, 1)).hba1c(25).build()), Rule.HBA1C_IMPLAUSIBLE);
      assertEquals("HbA1c 25 % is outside the plausible range 3–20 %", p.message());
      assertEquals(
          "HbA1c 2.9 % is outside the plausible range 3–20 %",
          only(V.validate(followUp("F1", d(2024, 3, 1)).hba1c(2.9).build()), Rule.HBA1C_IMPLAUSIBLE).message());
      assertEquals(List.of(), V.validate(followUp("F1", d(2024, 3, 1)).hba1c(20).build()));
      assertEquals(List.of(), V.validate(followUp("F1", d(2024, 3, 1)).hba1c(3).build()));
    }
  }

  @Nested
  class Registrations {
    @Test
    void enrolledBeforeDiagnosis() {
      Problem p =
          only(
              V.validate(registration("G1", Condition.HYPERTENSION).diagnosedDate(d(2020, 3, 2)).build()),
              Rule.ENROLLED_BEFORE_DIAGNOSIS);
      assertEquals("enrolled on 2020-03-01, before the diagnosis on 2020-03-02", p.message());
      assertEquals(
          List.of(), V.validate(registration("G1", Condition.HYPERTENSION).diagnosedDate(d(2020, 3, 1)).build()));
    }

    @Test
    void endedBeforeEnrolled() {
      Problem p =
          only(
              V.validate(registration("G1", Condition.HYPERTENSION).endedDate(d(2020, 2, 29)).build()),
              Rule.ENDED_BEFORE_ENROLLED);
      assertEquals("management ended on 2020-02-29, before the enrolment on 2020-03-01", p.message());
      assertEquals(Severity.ERROR, p.severity());
      assertEquals(
          List.of(), V.validate(registration("G1", Condition.HYPERTENSION).endedDate(d(2020, 3, 1)).build()));
    }

    private List<Problem> icd(Condition condition, String code) {
      return V.validate(registration("G1", condition).icd10(Icd10Code.parse(code)).build());
    }

    @Test
    void icd10CodesOfTheProgramme() {
      Problem p = only(icd(Condition.HYPERTENSION, "I15.x00"), Rule.ICD10_OUTSIDE_PROGRAMME);
      assertEquals(
          "ICD-10 code I15.x00 is outside the programme codes for HYPERTENSION (I10–I13); the"
              + " registration is excluded from the indicators",
          p.message());
      for (String in : List.of("I10", "I10.x00x002", "I11.9", "I13.x00")) {
        assertEquals(List.of(), icd(Condition.HYPERTENSION, in), in);
      }
      assertEquals(List.of("ICD10_OUTSIDE_PROGRAMME"), codes(icd(Condition.HYPERTENSION, "I09")));
      assertEquals(List.of(), icd(Condition.TYPE2_DIABETES, "E11.900"));
      assertEquals(List.of("ICD10_OUTSIDE_PROGRAMME"), codes(icd(Condition.TYPE2_DIABETES, "E10.9")));
      for (String in : List.of("F20.0", "F22", "F25.1", "F31.2", "F06.8", "F70", "F79.1")) {
        assertEquals(List.of(), icd(Condition.SEVERE_MENTAL_DISORDER, in), in);
      }
      for (String out : List.of("F32", "F21", "F80", "F69")) {
        assertEquals(List.of("ICD10_OUTSIDE_PROGRAMME"), codes(icd(Condition.SEVERE_MENTAL_DISORDER, out)), out);
      }
      assertEquals(List.of(), icd(Condition.TUBERCULOSIS, "A15.0"));
      assertEquals(List.of(), icd(Condition.TUBERCULOSIS, "A19.9"));
      assertEquals(List.of("ICD10_OUTSIDE_PROGRAMME"), codes(icd(Condition.TUBERCULOSIS, "A20")));
      // the programme fixes no codes for COPD; no code at all is not checked
      assertEquals(List.of(), icd(Condition.COPD, "J44.9"));
      assertEquals(List.of(), V.validate(registration("G1", Condition.HYPERTENSION).build()));
    }

    @Test
    void followUpWithoutRegistrationOfItsCondition() {
      FollowUp diabetesVisit = followUp("F1", d(2024, 3, 1)).condition(Condition.TYPE2_DIABETES).build();
      Problem p =
          only(V.validate(view(r1().build(), hypertension(), diabetesVisit)), Rule.FOLLOW_UP_WITHOUT_REGISTRATION);
      assertEquals(
          "TYPE2_DIABETES follow-up of resident R1, who has no TYPE2_DIABETES registration", p.message());
      assertEquals(Optional.of(RecordType.FOLLOW_UP), p.recordType());
      assertEquals(Optional.of("F1"), p.recordId());
      assertEquals(List.of(), V.validate(view(r1().build(), hypertension(), followUp("F1", d(2024, 3, 1)).build())));
      // the record alone says nothing about registrations
      assertEquals(List.of(), V.validate(diabetesVisit));
    }
  }

  @Nested
  class Tuberculosis {
    @Test
    void treatmentEndBeforeStart() {
      Problem p =
          only(
              V.validate(tbCourse("T1").treatmentStartDate(d(2024, 3, 5)).treatmentEndDate(d(2024, 3, 4)).build()),
              Rule.TREATMENT_END_BEFORE_START);
      assertEquals("treatment ended on 2024-03-04, before it started on 2024-03-05", p.message());
      assertEquals(
          List.of(),
          V.validate(tbCourse("T1").treatmentStartDate(d(2024, 3, 5)).treatmentEndDate(d(2024, 3, 5)).build()));
    }

    @Test
    void dosesTakenExceedScheduled() {
      Problem p =
          only(V.validate(tbCourse("T1").dosesScheduled(180).dosesTaken(200).build()), Rule.DOSES_TAKEN_EXCEED_SCHEDULED);
      assertEquals("200 doses taken exceed the 180 doses scheduled", p.message());
      assertEquals(List.of(), V.validate(tbCourse("T1").dosesScheduled(180).dosesTaken(180).build()));
      assertEquals(List.of(), V.validate(tbCourse("T1").dosesTaken(200).build()));
    }

    @Test
    void firstVisitBeforeNotification() {
      Problem p =
          only(V.validate(tbCourse("T1").firstVisitDate(d(2024, 2, 28)).build()), Rule.FIRST_VISIT_BEFORE_NOTIFICATION);
      assertEquals("first visit on 2024-02-28 is before the notification on 2024-03-01", p.message());
      assertEquals(List.of(), V.validate(tbCourse("T1").firstVisitDate(d(2024, 3, 1)).build()));
    }
  }

  @Nested
  class Maternal {
    @Test
    void deliveryGestation() {
      LocalDate lmp = d(2023, 8, 1);
      Problem early =
          only(V.validate(pregnancy("P1").lmpDate(lmp).registrationDate(lmp).deliveryDate(lmp.plusDays(139)).build()),
              Rule.DELIVERY_GESTATION_IMPLAUSIBLE);
      assertEquals(
          "delivery on 2023-12-18 is 19 weeks 6 days after the last menstrual period on 2023-08-01;"
              + " plausible is 20–45 weeks",
          early.message());
      assertEquals(
          List.of("DELIVERY_GESTATION_IMPLAUSIBLE"),
          codes(V.validate(pregnancy("P1").lmpDate(lmp).deliveryDate(lmp.plusDays(46 * 7)).dischargeDate(lmp.plusDays(46 * 7)).build())));
      Problem before =
          only(V.validate(pregnancy("P1").lmpDate(d(2024, 6, 1)).build()), Rule.DELIVERY_GESTATION_IMPLAUSIBLE);
      assertEquals(
          "delivery on 2024-05-06 is before the last menstrual period on 2024-06-01; plausible is 20–45 weeks",
          before.message());
      assertEquals(List.of(), V.validate(pregnancy("P1").lmpDate(lmp).registrationDate(lmp).deliveryDate(lmp.plusDays(140)).dischargeDate(lmp.plusDays(140)).build()));
      assertEquals(List.of(), V.validate(pregnancy("P1").lmpDate(lmp).deliveryDate(lmp.plusDays(45 * 7 + 6)).dischargeDate(lmp.plusDays(45 * 7 + 6)).build()));
      assertEquals(List.of(), V.validate(pregnancy("P1").lmpDate(Optional.empty()).build()));
    }

    @Test
    void dischargeBeforeDelivery() {
      Problem p = only(V.validate(pregnancy("P1").dischargeDate(d(2024, 5, 5)).build()), Rule.DISCHARGE_BEFORE_DELIVERY);
      assertEquals("discharge on 2024-05-05, before the delivery on 2024-05-06", p.message());
      assertEquals(List.of(), V.validate(pregnancy("P1").dischargeDate(d(2024, 5, 6)).build()));
    }

    @Test
    void registrationAfterDelivery() {
      Problem p =
          only(V.validate(pregnancy("P1").registrationDate(d(2024, 5, 7)).build()), Rule.REGISTRATION_AFTER_DELIVERY);
      assertEquals("registration (建册) on 2024-05-07 is after the delivery on 2024-05-06", p.message());
      assertEquals(List.of(), V.validate(pregnancy("P1").registrationDate(d(2024, 5, 6)).build()));
    }

    @Test
    void liveBirthsWithoutDelivery() {
      Pregnancy p = Pregnancy.builder().pregnancyId("P1").residentId("R1").liveBirths(2).build();
      assertEquals(
          "2 live birth(s) recorded, but delivery_date is empty",
          only(V.validate(p), Rule.LIVE_BIRTHS_WITHOUT_DELIVERY).message());
      assertEquals(List.of(), V.validate(Pregnancy.builder().from(p).liveBirths(0).build()));
      assertEquals(List.of(), V.validate(pregnancy("P1").liveBirths(2).build()));
    }

    @Test
    void pregnancyOfAMan() {
      Resident man = r1().sex(Sex.MALE).idNumber(idNumber("43032119600510001")).build();
      Problem p = only(V.validate(view(man, pregnancy("P1").build())), Rule.PREGNANCY_OF_MALE_RESIDENT);
      assertEquals("pregnancy of resident R1, whose sex is MALE", p.message());
      assertEquals(Optional.of(RecordType.PREGNANCY), p.recordType());
      assertEquals(List.of(), V.validate(view(r1().build(), pregnancy("P1").build())));
      assertEquals(List.of(), V.validate(view(r1().sex(Sex.UNKNOWN).build(), pregnancy("P1").build())));
    }

    @Test
    void visitsAgainstTheDelivery() {
      Pregnancy p = pregnancy("P1").build();
      Problem post =
          only(
              V.validate(view(r1().build(), p, maternalVisit("V1", "P1", d(2024, 5, 5), MaternalVisitKind.POSTPARTUM_42D).build())),
              Rule.POSTPARTUM_VISIT_BEFORE_DELIVERY);
      assertEquals("postpartum visit (POSTPARTUM_42D) on 2024-05-05 is before the delivery on 2024-05-06", post.message());
      Problem pre =
          only(
              V.validate(view(r1().build(), p, maternalVisit("V1", "P1", d(2024, 5, 7), MaternalVisitKind.PRENATAL).build())),
              Rule.PRENATAL_VISIT_AFTER_DELIVERY);
      assertEquals("prenatal visit on 2024-05-07 is after the delivery on 2024-05-06", pre.message());
      // on the delivery day both kinds are plausible
      assertEquals(
          List.of(),
          V.validate(view(r1().build(), p,
              maternalVisit("V1", "P1", d(2024, 5, 6), MaternalVisitKind.PRENATAL).build(),
              maternalVisit("V2", "P1", d(2024, 5, 6), MaternalVisitKind.POSTPARTUM).build())));
      // without a delivery date nothing is compared
      Pregnancy open = Pregnancy.builder().pregnancyId("P2").residentId("R1").build();
      assertEquals(
          List.of(),
          V.validate(view(r1().build(), open, maternalVisit("V3", "P2", d(2024, 5, 5), MaternalVisitKind.POSTPARTUM).build())));
    }

    @Test
    void gestationalWeeks() {
      Problem p =
          only(
              V.validate(maternalVisit("V1", "P1", d(2023, 10, 1), MaternalVisitKind.PRENATAL).gestationalWeeks(46).build()),
              Rule.GESTATIONAL_WEEKS_IMPLAUSIBLE);
      assertEquals("gestational weeks 46 are outside the plausible range 1–45", p.message());
      assertEquals(
          List.of("GESTATIONAL_WEEKS_IMPLAUSIBLE"),
          codes(V.validate(maternalVisit("V1", "P1", d(2023, 10, 1), MaternalVisitKind.PRENATAL).gestationalWeeks(0).build())));
      assertEquals(
          List.of(), V.validate(maternalVisit("V1", "P1", d(2023, 10, 1), MaternalVisitKind.PRENATAL).gestationalWeeks(1).build()));
      assertEquals(
          List.of(), V.validate(maternalVisit("V1", "P1", d(2023, 10, 1), MaternalVisitKind.PRENATAL).gestationalWeeks(45).build()));
    }
  }

  @Nested
  class Vaccinations {
    /** Born 2024-01-31: 8 months on 2024-09-30 (clamped), 1 month on 2024-02-29. */
    private final Resident k1 = Fixtures.child("K1", d(2024, 1, 31));

    @Test
    void doseBeforeItsScheduledAge() {
      Problem p =
          only(
              V.validate(view(k1, vaccination("I1", "K1", Vaccine.MMR, 1, d(2024, 9, 29)).build())),
              Rule.DOSE_BEFORE_MINIMUM_AGE);
      assertEquals(
          "MMR dose 1 on 2024-09-29 was given before its scheduled age 8m (2024-09-30); it is not"
              + " valid and does not count",
          p.message());
      assertEquals(Optional.of("vaccination_date"), p.field());
      assertEquals(List.of(), V.validate(view(k1, vaccination("I1", "K1", Vaccine.MMR, 1, d(2024, 9, 30)).build())));
      assertEquals(
          List.of("DOSE_BEFORE_MINIMUM_AGE"),
          codes(V.validate(view(k1, vaccination("I1", "K1", Vaccine.HEPB, 2, d(2024, 2, 28)).build()))));
      assertEquals(List.of(), V.validate(view(k1, vaccination("I1", "K1", Vaccine.HEPB, 2, d(2024, 2, 29)).build())));
      assertEquals(List.of(), V.validate(view(k1, vaccination("I1", "K1", Vaccine.HEPB, 1, d(2024, 1, 31)).build())));
      // the record alone has no birth date to compare with
      assertEquals(List.of(), V.validate(vaccination("I1", "K1", Vaccine.MMR, 1, d(2024, 9, 29)).build()));
    }

    @Test
    void doseNotInTheSchedule() {
      Problem p = only(V.validate(vaccination("I1", "K1", Vaccine.MMR, 3, d(2025, 3, 1)).build()), Rule.DOSE_NOT_IN_SCHEDULE);
      assertEquals("MMR dose 3 is not in the immunization schedule (MMR has 2 doses)", p.message());
      assertEquals(List.of(), V.validate(vaccination("I1", "K1", Vaccine.MMR, 2, d(2025, 3, 1)).build()));
      NipSchedule measlesOnly =
          NipSchedule.of(
              List.of(new ScheduledDose(Vaccine.MMR, 1, AgeOffset.ofMonths(8), AgeOffset.ofMonths(12), Series.PRIMARY)));
      RecordValidator v = RecordValidator.builder().asOf(AS_OF).schedule(measlesOnly).build();
      assertEquals(measlesOnly, v.schedule());
      assertEquals(
          "BCG dose 1 is not in the immunization schedule (it has no BCG doses)",
          only(v.validate(vaccination("I1", "K1", Vaccine.BCG, 1, d(2024, 2, 1)).build()), Rule.DOSE_NOT_IN_SCHEDULE).message());
      assertEquals(
          "MMR dose 2 is not in the immunization schedule (MMR has 1 dose)",
          only(v.validate(vaccination("I1", "K1", Vaccine.MMR, 2, d(2025, 3, 1)).build()), Rule.DOSE_NOT_IN_SCHEDULE).message());
    }

    @Test
    void duplicateDoseNamesTheFirst() {
      List<Problem> problems =
          V.validate(
              view(k1,
                  vaccination("I2", "K1", Vaccine.MMR, 1, d(2024, 11, 1)).build(),
                  vaccination("I1", "K1", Vaccine.MMR, 1, d(2024, 10, 1)).build(),
                  vaccination("I3", "K1", Vaccine.MMR, 1, d(2024, 12, 1)).build()));
      assertEquals(List.of("DUPLICATE_DOSE", "DUPLICATE_DOSE"), codes(problems));
      assertEquals(Optional.of("I2"), problems.get(0).recordId());
      assertEquals(
          "MMR dose 1 on 2024-11-01 was already given on 2024-10-01 (vaccination I1)", problems.get(0).message());
      assertEquals(Optional.of("I3"), problems.get(1).recordId());
      assertEquals(
          List.of(),
          V.validate(view(k1,
              vaccination("I1", "K1", Vaccine.MMR, 1, d(2024, 10, 1)).build(),
              vaccination("I2", "K1", Vaccine.JE_L, 1, d(2024, 10, 1)).build(),
              vaccination("I3", "K1", Vaccine.DTAP, 1, d(2024, 5, 1)).build(),
              vaccination("I4", "K1", Vaccine.DTAP, 2, d(2024, 6, 1)).build())));
    }
  }

  @Nested
  class Contracts {
    @Test
    void endBeforeStart() {
      Problem p = only(V.validate(contract("K1").endDate(d(2023, 12, 31)).build()), Rule.CONTRACT_END_BEFORE_START);
      assertEquals("contract ends on 2023-12-31, before it starts on 2024-01-01", p.message());
      assertEquals(List.of(), V.validate(contract("K1").endDate(d(2024, 1, 1)).build()));
    }

    @Test
    void terminatedBeforeStart() {
      Problem p = only(V.validate(contract("K1").terminatedDate(d(2023, 12, 31)).build()), Rule.TERMINATED_BEFORE_START);
      assertEquals("contract terminated on 2023-12-31, before it starts on 2024-01-01", p.message());
      assertEquals(List.of(), V.validate(contract("K1").terminatedDate(d(2024, 1, 1)).build()));
    }
  }

  @Nested
  class Events {
    @Test
    void infectiousCaseReportedBeforeDiagnosis() {
      Problem p =
          only(
              V.validate(Fixtures.infectiousCase("D1").reportedAt(LocalDateTime.of(2024, 3, 1, 9, 0)).build()),
              Rule.REPORTED_BEFORE_DIAGNOSIS);
      assertEquals("reported at 2024-03-01T09:00, before the diagnosis at 2024-03-01T10:00", p.message());
      assertEquals(List.of(), V.validate(Fixtures.infectiousCase("D1").reportedAt(LocalDateTime.of(2024, 3, 1, 10, 0)).build()));
      assertEquals(List.of(), V.validate(Fixtures.infectiousCase("D1").build()));
    }

    @Test
    void emergencyReportedBeforeDiscovery() {
      Problem p = only(V.validate(Fixtures.emergency("E1", LocalDateTime.of(2024, 3, 1, 9, 0))), Rule.REPORTED_BEFORE_DISCOVERY);
      assertEquals("reported at 2024-03-01T09:00, before the discovery at 2024-03-01T10:00", p.message());
      assertEquals(List.of(), V.validate(Fixtures.emergency("E1", LocalDateTime.of(2024, 3, 1, 11, 0))));
    }

    @Test
    void supervisionReportedBeforeFound() {
      Problem p = only(V.validate(Fixtures.supervision("L1", d(2024, 2, 29))), Rule.REPORTED_BEFORE_FOUND);
      assertEquals("reported on 2024-02-29, before it was found on 2024-03-01", p.message());
      assertEquals(List.of(), V.validate(Fixtures.supervision("L1", d(2024, 3, 1))));
    }
  }

  @Nested
  class Populations {
    @Test
    void partsAboveTheTotal() {
      List<Problem> problems =
          V.validate(
              Fixtures.population("430321", 2024)
                  .adultPopulation(1001)
                  .population65Plus(1002)
                  .population0To6(1003)
                  .build());
      assertEquals(
          List.of("adult_population", "population_65_plus", "population_0_6"),
          problems.stream().map(p -> p.field().orElseThrow()).collect(Collectors.toList()));
      assertEquals("adult_population 1001 is above the total population 1000", problems.get(0).message());
      assertEquals(Optional.of("430321/2024"), problems.get(0).recordId());
      assertEquals(
          List.of(),
          V.validate(Fixtures.population("430321", 2024).adultPopulation(1000).population65Plus(200).population0To6(80).build()));
      assertEquals(
          List.of(),
          V.validate(
              org.gongwei.core.population.PopulationEstimate.builder().scopeCode("430321").year(2024).adultPopulation(5).build()));
    }
  }

  @Nested
  class Options {
    @Test
    void disabledRulesAreNotReported() {
      RecordValidator v =
          RecordValidator.builder().asOf(AS_OF).disabledRules(Set.of(Rule.SBP_IMPLAUSIBLE)).build();
      assertFalse(v.isEnabled(Rule.SBP_IMPLAUSIBLE));
      assertTrue(v.isEnabled(Rule.DBP_IMPLAUSIBLE));
      assertEquals(Set.of(Rule.SBP_IMPLAUSIBLE), v.disabledRules());
      assertEquals(
          List.of("DBP_IMPLAUSIBLE"),
          codes(v.validate(checkup("C1", d(2024, 3, 1)).sbp(400).dbp(250).build())));
    }

    @Test
    void defaults() {
      RecordValidator v = RecordValidator.defaults();
      assertEquals(Set.of(), v.disabledRules());
      assertEquals(NipSchedule.national2021(), v.schedule());
      assertEquals(Strictness.LENIENT, v.healthRecordNumbers());
    }

    @Test
    void resultsAreImmutableAndNullsAreRefused() {
      List<Problem> problems = V.validate(checkup("C1", d(2024, 3, 1)).sbp(400).build());
      assertThrows(UnsupportedOperationException.class, () -> problems.add(problems.get(0)));
      assertThrows(NullPointerException.class, () -> V.validate((BundleRecord) null));
      assertThrows(NullPointerException.class, () -> V.validate((ResidentView) null));
      assertThrows(NullPointerException.class, () -> V.withInstitutions(null));
      assertThrows(NullPointerException.class, () -> RecordValidator.builder().asOf(null));
      assertThrows(NullPointerException.class, () -> RecordValidator.builder().disabledRules(null));
    }

    @Test
    void sinkReceivesTheSameProblems() {
      ResidentView view = view(r1().deathDate(d(1950, 1, 1)).build(), followUp("F1", d(2024, 3, 1)).sbp(20).build());
      List<Problem> sunk = new ArrayList<>();
      V.validate(view, sunk::add);
      assertEquals(V.validate(view), sunk);
      assertEquals(
          List.of("DEATH_BEFORE_BIRTH", "DATE_AFTER_DEATH", "SBP_IMPLAUSIBLE", "FOLLOW_UP_WITHOUT_REGISTRATION"),
          codes(sunk));
    }
  }

  /** Residents for birth-date tests. */
  private static final class Samples2 {
    static Resident born(LocalDate birth) {
      return org.gongwei.core.Samples.resident("R2", birth).recordEstablishedDate(birth).build();
    }
  }
}
