package org.gongwei.indicators.points;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.gongwei.core.child.ChildVisit;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.code.CheckupKind;
import org.gongwei.core.code.ChildVisitKind;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.MaternalVisitKind;
import org.gongwei.core.code.MedicationAdherence;
import org.gongwei.core.code.Sex;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.code.Vaccine;
import org.gongwei.core.contract.Contract;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.immunization.NipSchedule;
import org.gongwei.core.immunization.Vaccination;
import org.gongwei.core.maternal.MaternalVisit;
import org.gongwei.core.maternal.Pregnancy;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.tcm.TcmService;
import org.junit.jupiter.api.Test;

class BehavioursTest {
  private static final ReportingPeriod Y2024 = ReportingPeriod.ofYear(2024);
  private static final NipSchedule NIP = NipSchedule.national2021();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Resident resident(String id, String birth, Sex sex) {
    return Resident.builder().residentId(id).sex(sex).birthDate(d(birth)).regionCode(RegionCode.parse("430321101201"))
        .institutionCode("430321101").permanent(true).build();
  }

  private static FollowUp followUp(String id, String date, FollowUpMethod method, MedicationAdherence adherence) {
    return FollowUp.builder().followUpId(id).residentId("R1").condition(Condition.HYPERTENSION).visitDate(d(date))
        .method(method).adherence(adherence).build();
  }

  private static Contract contract(String id, String start) {
    return Contract.builder().contractId(id).residentId("R1").startDate(d(start)).endDate(d(start).plusYears(1).minusDays(1)).build();
  }

  private static Vaccination vaccination(String id, Vaccine v, int dose, String date) {
    return Vaccination.builder().vaccinationId(id).residentId("R2").vaccine(v).dose(dose).vaccinationDate(d(date)).build();
  }

  private static MaternalVisit maternal(String id, MaternalVisitKind kind, String date) {
    return MaternalVisit.builder().visitId(id).pregnancyId("P1").visitDate(d(date)).kind(kind).build();
  }

  private static PointsEvent e(String resident, Behaviour b, String date, String ref) {
    return new PointsEvent(resident, b, d(date), ref);
  }

  private static List<BundleRecord> records() {
    return List.of(
        // R1, 74: chronic follow-ups, check-ups, TCM, contracts
        resident("R1", "1950-01-01", Sex.MALE),
        followUp("F0", "2023-12-01", FollowUpMethod.CLINIC, MedicationAdherence.REGULAR), // 2023: out
        followUp("F1", "2024-03-01", FollowUpMethod.CLINIC, MedicationAdherence.REGULAR), // both
        followUp("F2", "2024-04-01", FollowUpMethod.PHONE, MedicationAdherence.REGULAR), // medication only
        followUp("F3", "2024-05-01", FollowUpMethod.HOME, MedicationAdherence.INTERMITTENT), // face to face only
        Checkup.builder().checkupId("C1").residentId("R1").checkupDate(d("2024-06-01")).kind(CheckupKind.ELDERLY_ANNUAL)
            .formComplete(true).build(),
        Checkup.builder().checkupId("C2").residentId("R1").checkupDate(d("2024-07-01")).kind(CheckupKind.GENERAL)
            .formComplete(false).build(), // incomplete: out
        new TcmService("T1", "R1", d("2024-08-01"), TcmKind.ELDERLY),
        contract("K0", "2023-01-01"), // started in 2023: out
        contract("K1", "2024-01-01"),
        // R2, born 2023-06-01: MMR 1 due from 8 months (2024-02-01) before 12 months (2024-06-01)
        resident("R2", "2023-06-01", Sex.FEMALE),
        vaccination("V1", Vaccine.MMR, 1, "2024-03-01"), // timely
        vaccination("V2", Vaccine.HEPB, 3, "2024-06-01"), // HepB 3 before 12 months: 2024-06-01 is late
        new ChildVisit("CV1", "R2", d("2024-03-01"), ChildVisitKind.CHECKUP),
        new ChildVisit("CV2", "R2", d("2024-01-05"), ChildVisitKind.NEWBORN_HOME), // not a check-up
        // R3: a pregnancy with a prenatal and a postpartum visit
        resident("R3", "1995-01-01", Sex.FEMALE),
        Pregnancy.builder().pregnancyId("P1").residentId("R3").registrationDate(d("2024-01-10")).build(),
        maternal("M1", MaternalVisitKind.PRENATAL, "2024-02-01"),
        maternal("M2", MaternalVisitKind.POSTPARTUM, "2024-09-01"));
  }

  @Test
  void behavioursOfEachResident() {
    Dataset ds = Dataset.of(records());
    assertEquals(
        List.of(
            e("R1", Behaviour.CONTRACT_SIGNED, "2024-01-01", "K1"),
            e("R1", Behaviour.FACE_TO_FACE_FOLLOW_UP, "2024-03-01", "F1"),
            e("R1", Behaviour.REGULAR_MEDICATION, "2024-03-01", "F1"),
            e("R1", Behaviour.REGULAR_MEDICATION, "2024-04-01", "F2"),
            e("R1", Behaviour.FACE_TO_FACE_FOLLOW_UP, "2024-05-01", "F3"),
            e("R1", Behaviour.ANNUAL_CHECKUP, "2024-06-01", "C1"),
            e("R1", Behaviour.ELDERLY_TCM_SERVICE, "2024-08-01", "T1")),
        Behaviours.from(ds.view("R1").orElseThrow(), Y2024, NIP));
    assertEquals(
        List.of(
            e("R2", Behaviour.TIMELY_VACCINATION, "2024-03-01", "V1"),
            e("R2", Behaviour.CHILD_HEALTH_CHECK, "2024-03-01", "CV1")),
        Behaviours.from(ds.view("R2").orElseThrow(), Y2024, NIP));
    assertEquals(
        List.of(e("R3", Behaviour.PRENATAL_CHECKUP, "2024-02-01", "M1")),
        Behaviours.from(ds.view("R3").orElseThrow(), Y2024, NIP));
  }

  @Test
  void theWholeDatasetAndThePeriod() {
    Dataset ds = Dataset.of(records());
    assertEquals(10, Behaviours.from(ds, Y2024, NIP).size());
    // 2023: F0 (face to face + regular medication) and K0
    assertEquals(
        List.of(
            e("R1", Behaviour.CONTRACT_SIGNED, "2023-01-01", "K0"),
            e("R1", Behaviour.FACE_TO_FACE_FOLLOW_UP, "2023-12-01", "F0"),
            e("R1", Behaviour.REGULAR_MEDICATION, "2023-12-01", "F0")),
        Behaviours.from(ds, ReportingPeriod.ofYear(2023), NIP));
  }

  @Test
  void derivedBehavioursEarnInALedger() {
    // follow-ups 10 (at most 4 a year), regular medication 5, check-up 30, TCM 20, contract 50
    PointsScheme scheme =
        PointsScheme.of(
            CapPeriod.YEAR,
            PointsRule.of(Behaviour.FACE_TO_FACE_FOLLOW_UP, 10, Cap.times(4)),
            PointsRule.of(Behaviour.REGULAR_MEDICATION, 5),
            PointsRule.of(Behaviour.ANNUAL_CHECKUP, 30, Cap.times(1)),
            PointsRule.of(Behaviour.ELDERLY_TCM_SERVICE, 20),
            PointsRule.of(Behaviour.CONTRACT_SIGNED, 50));
    Dataset ds = Dataset.of(records());
    Ledger l = Ledger.empty(scheme).earnAll(Behaviours.from(ds, Y2024, NIP));
    // R1: 50 + 10 + 5 + 5 + 10 + 30 + 20 = 130
    assertEquals(130, l.balance("R1"));
    // R2: timely vaccination and child check have no rule in this scheme
    assertEquals(0, l.balance("R2"));
    // deriving again earns nothing more
    assertEquals(130, l.earnAll(Behaviours.from(ds, Y2024, NIP)).balance("R1"));
    // a lecture from outside
    assertEquals(
        135,
        l.withScheme(scheme.withRule(PointsRule.of(Behaviour.LECTURE_ATTENDED, 5)))
            .earn(e("R1", Behaviour.LECTURE_ATTENDED, "2024-10-01", "讲座-2024-10"))
            .balance("R1"));
  }
}
