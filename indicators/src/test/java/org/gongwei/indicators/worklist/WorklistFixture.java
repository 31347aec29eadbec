package org.gongwei.indicators.worklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.gongwei.core.child.ChildVisit;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.CheckupKind;
import org.gongwei.core.code.ChildVisitKind;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.code.MaternalVisitKind;
import org.gongwei.core.code.MentalHealthStatus;
import org.gongwei.core.code.Sex;
import org.gongwei.core.code.TbOutcome;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.code.Vaccine;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.immunization.Vaccination;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.maternal.MaternalVisit;
import org.gongwei.core.maternal.Pregnancy;
import org.gongwei.core.mental.MentalFollowUp;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.tb.TbCourse;
import org.gongwei.core.tcm.TcmService;

/**
 * Records for the worklist tests: residents and services by hand, a random bundle with every
 * kind of record the rules read, and "doing" a worklist: the records that carry out each listed
 * service on the worklist date.
 */
final class WorklistFixture {
  private WorklistFixture() {}

  static final RegionCode VILLAGE = RegionCode.parse("430321101201");
  static final String TOWNSHIP = "430321101";
  static final String VILLAGE_CLINIC = "430321101201";
  static final String OTHER_VILLAGE_CLINIC = "430321101202";

  private static final AtomicLong IDS = new AtomicLong();

  static String nextId(String prefix) {
    return prefix + IDS.incrementAndGet();
  }

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** A permanent resident with a health record (2010-01-01) of the township, to adjust. */
  static Resident.Builder person(String id, String birth) {
    return Resident.builder()
        .residentId(id)
        .name("居民" + id)
        .sex(Sex.FEMALE)
        .birthDate(d(birth))
        .regionCode(VILLAGE)
        .institutionCode(TOWNSHIP)
        .permanent(true)
        .recordEstablishedDate(d("2010-01-01"));
  }

  static Resident resident(String id, String birth) {
    return person(id, birth).build();
  }

  static Registration registration(String residentId, Condition condition, String icd, String enrolled, String ended) {
    Registration.Builder b =
        Registration.builder()
            .registrationId(nextId("G"))
            .residentId(residentId)
            .condition(condition)
            .enrolledDate(d(enrolled));
    if (icd != null) {
      b.icd10(Icd10Code.parse(icd));
    }
    if (ended != null) {
      b.endedDate(d(ended));
    }
    return b.build();
  }

  static FollowUp followUp(String residentId, Condition condition, String date, FollowUpMethod method, String next) {
    FollowUp.Builder b =
        FollowUp.builder()
            .followUpId(nextId("F"))
            .residentId(residentId)
            .condition(condition)
            .visitDate(d(date))
            .method(method);
    if (next != null) {
      b.nextVisitDate(d(next));
    }
    return b.build();
  }

  static Checkup checkup(String residentId, String date, CheckupKind kind, boolean complete, boolean guidance) {
    return Checkup.builder()
        .checkupId(nextId("C"))
        .residentId(residentId)
        .checkupDate(d(date))
        .kind(kind)
        .formComplete(complete)
        .guidanceGiven(guidance)
        .build();
  }

  static ChildVisit childVisit(String residentId, String date, ChildVisitKind kind) {
    return new ChildVisit(nextId("V"), residentId, d(date), kind);
  }

  static TcmService tcm(String residentId, String date, TcmKind kind) {
    return new TcmService(nextId("S"), residentId, d(date), kind);
  }

  static Vaccination vaccination(String residentId, Vaccine vaccine, int dose, String date) {
    return Vaccination.builder()
        .vaccinationId(nextId("I"))
        .residentId(residentId)
        .vaccine(vaccine)
        .dose(dose)
        .vaccinationDate(d(date))
        .build();
  }

  static MaternalVisit maternalVisit(String pregnancyId, String date, MaternalVisitKind kind) {
    return MaternalVisit.builder().visitId(nextId("MV")).pregnancyId(pregnancyId).visitDate(d(date)).kind(kind).build();
  }

  static MentalFollowUp mentalFollowUp(String residentId, String date, MentalHealthStatus status) {
    return MentalFollowUp.builder().followUpId(nextId("M")).residentId(residentId).visitDate(d(date)).status(status).build();
  }

  // ---- doing a worklist -----------------------------------------------------------------------

  /**
   * The records of the dataset after doing every service of the worklist on its date: new
   * records added, and the resident (a health record established for an elderly check-up when
   * missing) or the TB course (first visit recorded) replaced.
   */
  static List<BundleRecord> done(Dataset dataset, Worklist worklist) {
    LocalDate date = worklist.date();
    Map<String, Resident> residents = new HashMap<>();
    Map<String, TbCourse> courses = new HashMap<>();
    List<BundleRecord> added = new ArrayList<>();
    for (DueService s : worklist.services()) {
      String id = s.residentId();
      switch (s.rule()) {
        case HYPERTENSION_FOLLOW_UP, DIABETES_FOLLOW_UP -> added.add(
            FollowUp.builder()
                .followUpId(nextId("DF"))
                .residentId(id)
                .condition(s.rule() == DueRule.HYPERTENSION_FOLLOW_UP ? Condition.HYPERTENSION : Condition.TYPE2_DIABETES)
                .visitDate(date)
                .method(FollowUpMethod.CLINIC)
                .build());
        case CHRONIC_CHECKUP -> added.add(completeCheckup(id, date, CheckupKind.GENERAL));
        case ELDERLY_CHECKUP -> {
          added.add(completeCheckup(id, date, CheckupKind.ELDERLY_ANNUAL));
          Resident r = dataset.resident(id).orElseThrow();
          if (!r.hasRecordOn(date)) {
            residents.put(id, Resident.builder().from(r).recordEstablishedDate(date).build());
          }
        }
        case ELDERLY_TCM -> added.add(new TcmService(nextId("DS"), id, date, TcmKind.ELDERLY));
        case NEWBORN_VISIT -> added.add(new ChildVisit(nextId("DV"), id, date, ChildVisitKind.NEWBORN_HOME));
        case CHILD_CHECKUP -> added.add(new ChildVisit(nextId("DV"), id, date, ChildVisitKind.CHECKUP));
        case CHILD_TCM -> added.add(new TcmService(nextId("DS"), id, date, TcmKind.CHILD));
        case VACCINATION -> {
          String[] dose = s.item().split(" ");
          added.add(
              Vaccination.builder()
                  .vaccinationId(nextId("DI"))
                  .residentId(id)
                  .vaccine(Vaccine.fromCode(dose[0]))
                  .dose(Integer.parseInt(dose[1]))
                  .vaccinationDate(date)
                  .build());
        }
        case POSTPARTUM_VISIT -> added.add(
            MaternalVisit.builder()
                .visitId(nextId("DMV"))
                .pregnancyId(s.item())
                .visitDate(date)
                .kind(MaternalVisitKind.POSTPARTUM)
                .build());
        case MENTAL_FOLLOW_UP -> added.add(
            MentalFollowUp.builder()
                .followUpId(nextId("DM"))
                .residentId(id)
                .visitDate(date)
                .method(FollowUpMethod.HOME)
                .status(MentalHealthStatus.STABLE)
                .build());
        case TB_FIRST_VISIT -> {
          TbCourse c =
              dataset.tbCourses().stream().filter(x -> x.courseId().equals(s.item())).findFirst().orElseThrow();
          courses.put(c.courseId(), TbCourse.builder().from(c).firstVisitDate(date).build());
        }
      }
    }
    List<BundleRecord> out = new ArrayList<>();
    dataset.stream()
        .forEach(
            r -> {
              if (r instanceof Resident && residents.containsKey(r.id())) {
                out.add(residents.get(r.id()));
              } else if (r instanceof TbCourse && courses.containsKey(r.id())) {
                out.add(courses.get(r.id()));
              } else {
                out.add(r);
              }
            });
    out.addAll(added);
    return out;
  }

  private static Checkup completeCheckup(String id, LocalDate date, CheckupKind kind) {
    return Checkup.builder()
        .checkupId(nextId("DC"))
        .residentId(id)
        .checkupDate(date)
        .kind(kind)
        .formComplete(true)
        .guidanceGiven(true)
        .build();
  }

  // ---- random bundles -------------------------------------------------------------------------

  /** The institutions of the random bundles: a township centre and two village clinics below it. */
  static List<Institution> institutions() {
    return List.of(
        Institution.builder()
            .code(TOWNSHIP)
            .name("乡镇卫生院")
            .type(InstitutionType.TOWNSHIP_HEALTH_CENTER)
            .regionCode(RegionCode.parse("430321101"))
            .build(),
        Institution.builder()
            .code(VILLAGE_CLINIC)
            .name("村卫生室一")
            .type(InstitutionType.VILLAGE_CLINIC)
            .regionCode(VILLAGE)
            .parentCode(TOWNSHIP)
            .build(),
        Institution.builder()
            .code(OTHER_VILLAGE_CLINIC)
            .name("村卫生室二")
            .type(InstitutionType.VILLAGE_CLINIC)
            .regionCode(RegionCode.parse("430321101202"))
            .parentCode(TOWNSHIP)
            .build());
  }

  /**
   * A random bundle of 1–25 residents of every age with registrations (hypertension, diabetes,
   * severe mental disorder, some with codes outside the programme, some ended), follow-ups with
   * next-visit dates, check-ups, child visits, TCM services, vaccinations (timely, late and
   * early), pregnancies with discharge dates and visits, TB courses, and deaths and closures,
   * dated around 2022–2025, some births, deliveries and TB notifications in the weeks before
   * {@code near}. The same seed and date give the same records.
   */
  static List<BundleRecord> randomRecords(long seed, LocalDate near) {
    Random rnd = new Random(seed);
    List<BundleRecord> out = new ArrayList<>(institutions());
    String[] clinics = {TOWNSHIP, VILLAGE_CLINIC, OTHER_VILLAGE_CLINIC};
    int residents = 1 + rnd.nextInt(25);
    for (int n = 0; n < residents; n++) {
      String id = "R" + n;
      LocalDate birth =
          switch (rnd.nextInt(5)) {
            case 0 -> day(rnd, d("2017-06-01"), d("2025-06-30"));
            case 4 -> near.minusDays(rnd.nextInt(60));
            case 1 -> day(rnd, d("1940-01-01"), d("1961-12-31"));
            case 2 -> day(rnd, d("1958-06-01"), d("1961-06-30"));
            default -> day(rnd, d("1962-01-01"), d("2008-12-31"));
          };
      Resident.Builder b =
          Resident.builder()
              .residentId(id)
              .sex(rnd.nextBoolean() ? Sex.FEMALE : Sex.MALE)
              .birthDate(birth)
              .regionCode(VILLAGE)
              .institutionCode(clinics[rnd.nextInt(clinics.length)])
              .permanent(rnd.nextInt(6) > 0);
      if (rnd.nextInt(4) > 0) {
        b.doctorId("D" + rnd.nextInt(3));
      }
      if (rnd.nextInt(5) > 0) {
        b.recordEstablishedDate(day(rnd, birth, later(birth, d("2024-06-30"))));
      }
      if (rnd.nextInt(10) == 0) {
        b.deathDate(day(rnd, d("2023-06-01"), d("2025-06-30")));
      }
      if (rnd.nextInt(12) == 0) {
        b.recordClosedDate(day(rnd, d("2023-06-01"), d("2025-06-30")));
      }
      out.add(b.build());
      LocalDate from = later(birth, d("2022-01-01"));
      LocalDate to = d("2025-12-31");
      boolean child = birth.isAfter(d("2017-01-01"));
      if (child) {
        children(rnd, id, birth, out);
      } else {
        adults(rnd, id, birth, from, to, near, out);
      }
      if (rnd.nextInt(8) == 0) {
        LocalDate notified = rnd.nextBoolean() ? day(rnd, from, to) : near.minusDays(rnd.nextInt(20));
        TbCourse.Builder c = TbCourse.builder().courseId(nextId("T")).residentId(id).notifiedDate(notified);
        if (rnd.nextBoolean()) {
          c.firstVisitDate(notified.plusDays(rnd.nextInt(10)));
        }
        if (rnd.nextInt(3) == 0) {
          c.treatmentStartDate(notified).treatmentEndDate(notified.plusMonths(6 + rnd.nextInt(3)));
        }
        if (rnd.nextInt(4) == 0) {
          c.outcome(rnd.nextBoolean() ? TbOutcome.ONGOING : TbOutcome.CURED);
        }
        out.add(c.build());
      }
    }
    return out;
  }

  private static void children(Random rnd, String id, LocalDate birth, List<BundleRecord> out) {
    int visits = rnd.nextInt(8);
    for (int k = 0; k < visits; k++) {
      LocalDate v = day(rnd, birth, birth.plusMonths(80));
      out.add(new ChildVisit(nextId("V"), id, v, rnd.nextInt(4) == 0 ? ChildVisitKind.NEWBORN_HOME : ChildVisitKind.CHECKUP));
    }
    int services = rnd.nextInt(4);
    for (int k = 0; k < services; k++) {
      out.add(new TcmService(nextId("S"), id, day(rnd, birth, birth.plusMonths(40)), TcmKind.CHILD));
    }
    int doses = rnd.nextInt(14);
    for (int k = 0; k < doses; k++) {
      Vaccine v = Vaccine.values()[rnd.nextInt(Vaccine.values().length)];
      LocalDate when = day(rnd, birth, birth.plusMonths(rnd.nextBoolean() ? 12 : 84));
      out.add(
          Vaccination.builder()
              .vaccinationId(nextId("I"))
              .residentId(id)
              .vaccine(v)
              .dose(1 + rnd.nextInt(3))
              .vaccinationDate(when)
              .build());
    }
  }

  private static void adults(
      Random rnd, String id, LocalDate birth, LocalDate from, LocalDate to, LocalDate near, List<BundleRecord> out) {
    for (Condition condition : new Condition[] {Condition.HYPERTENSION, Condition.TYPE2_DIABETES, Condition.SEVERE_MENTAL_DISORDER}) {
      if (rnd.nextInt(3) != 0) {
        continue;
      }
      String icd =
          switch (condition) {
            case HYPERTENSION -> rnd.nextInt(8) == 0 ? "I15" : "I10";
            case TYPE2_DIABETES -> rnd.nextInt(8) == 0 ? "E10" : "E11.9";
            default -> rnd.nextInt(8) == 0 ? "F32" : "F20";
          };
      LocalDate enrolled = day(rnd, d("2020-01-01"), d("2025-03-31"));
      Registration.Builder r =
          Registration.builder()
              .registrationId(nextId("G"))
              .residentId(id)
              .condition(condition)
              .enrolledDate(enrolled);
      if (rnd.nextInt(6) > 0) {
        r.icd10(Icd10Code.parse(icd));
      }
      if (rnd.nextInt(6) == 0) {
        r.endedDate(day(rnd, enrolled, d("2025-12-31")));
      }
      out.add(r.build());
      int visits = rnd.nextInt(7);
      for (int k = 0; k < visits; k++) {
        LocalDate v = day(rnd, from, to);
        if (condition == Condition.SEVERE_MENTAL_DISORDER) {
          out.add(
              MentalFollowUp.builder()
                  .followUpId(nextId("M"))
                  .residentId(id)
                  .visitDate(v)
                  .status(MentalHealthStatus.values()[rnd.nextInt(MentalHealthStatus.values().length)])
                  .build());
        } else {
          FollowUp.Builder f =
              FollowUp.builder()
                  .followUpId(nextId("F"))
                  .residentId(id)
                  .condition(condition)
                  .visitDate(v)
                  .method(FollowUpMethod.values()[rnd.nextInt(FollowUpMethod.values().length)]);
          if (rnd.nextInt(3) > 0) {
            f.nextVisitDate(v.plusDays(20 + rnd.nextInt(80)));
          }
          if (rnd.nextBoolean()) {
            f.sbp(110 + rnd.nextInt(60)).dbp(70 + rnd.nextInt(30));
          }
          out.add(f.build());
        }
      }
    }
    int checkups = rnd.nextInt(3);
    for (int k = 0; k < checkups; k++) {
      Checkup.Builder c =
          Checkup.builder()
              .checkupId(nextId("C"))
              .residentId(id)
              .checkupDate(day(rnd, from, to))
              .kind(rnd.nextBoolean() ? CheckupKind.ELDERLY_ANNUAL : CheckupKind.GENERAL)
              .formComplete(rnd.nextInt(3) > 0)
              .guidanceGiven(rnd.nextInt(3) > 0);
      if (rnd.nextBoolean()) {
        c.sbp(120 + rnd.nextInt(40)).dbp(70 + rnd.nextInt(20));
      }
      out.add(c.build());
    }
    if (rnd.nextInt(4) == 0) {
      out.add(new TcmService(nextId("S"), id, day(rnd, from, to), TcmKind.ELDERLY));
    }
    if (rnd.nextInt(3) == 0 && birth.isAfter(d("1975-01-01"))) {
      String p = nextId("P");
      LocalDate delivery = rnd.nextBoolean() ? day(rnd, d("2023-06-01"), d("2025-06-30")) : near.minusDays(rnd.nextInt(50));
      Pregnancy.Builder pb =
          Pregnancy.builder()
              .pregnancyId(p)
              .residentId(id)
              .registrationDate(delivery.minusMonths(8))
              .deliveryDate(delivery);
      if (rnd.nextBoolean()) {
        pb.dischargeDate(delivery.plusDays(rnd.nextInt(8)));
      }
      if (rnd.nextInt(3) > 0) {
        pb.liveBirths(rnd.nextInt(6) == 0 ? 0 : 1 + rnd.nextInt(2));
      }
      out.add(pb.build());
      int visits = rnd.nextInt(3);
      for (int k = 0; k < visits; k++) {
        out.add(
            MaternalVisit.builder()
                .visitId(nextId("MV"))
                .pregnancyId(p)
                .visitDate(delivery.plusDays(rnd.nextInt(40) - 5))
                .kind(rnd.nextBoolean() ? MaternalVisitKind.POSTPARTUM : MaternalVisitKind.PRENATAL)
                .build());
      }
    }
  }

  static LocalDate day(Random rnd, LocalDate from, LocalDate to) {
    long span = Math.max(0, to.toEpochDay() - from.toEpochDay());
    return LocalDate.ofEpochDay(from.toEpochDay() + (span == 0 ? 0 : Math.floorMod(rnd.nextLong(), span + 1)));
  }

  static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
