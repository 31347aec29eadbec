package org.gongwei.examples.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gongwei.core.child.ChildVisit;
import org.gongwei.core.code.ChildVisitKind;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.code.Vaccine;
import org.gongwei.core.immunization.NipSchedule;
import org.gongwei.core.immunization.ScheduledDose;
import org.gongwei.core.immunization.Vaccination;
import org.gongwei.core.tcm.TcmService;

/**
 * Children's health (0～6岁儿童健康管理): the newborn home visit, check-ups at the schedule ages, TCM
 * guidance at 6–36 months and the vaccinations of the national immunization programme.
 *
 * <p>Check-ups are due at 28–30 days, at 3, 6, 8, 12, 18, 24, 30 and 36 months and at 4, 5 and 6
 * years; 93 % of those falling in the year are done, a few days before to three weeks after the
 * age. Vaccinations follow {@link NipSchedule#national2021()} for children up to 7, with their
 * history from birth: most children are punctual (3 % of doses late), some often late (a late dose
 * comes 2 weeks to 4 months after its scheduled age, or in 3 cases of 10 after its completion age);
 * 1.2 % of doses are missed, ending that vaccine's series; 5 % of children get the inactivated JE_I
 * series instead of JE_L, 6 % HEPA_I instead of HEPA_L.
 */
final class ChildHealth {
  private static final int[] CHECKUP_MONTHS = {3, 6, 8, 12, 18, 24, 30, 36, 48, 60, 72};
  private static final int[] TCM_MONTHS = {6, 12, 18, 24, 30, 36};
  private static final NipSchedule SCHEDULE = NipSchedule.national2021();
  private static final List<Vaccine> COMMON =
      List.of(
          Vaccine.HEPB,
          Vaccine.BCG,
          Vaccine.IPV,
          Vaccine.BOPV,
          Vaccine.DTAP,
          Vaccine.DT,
          Vaccine.MMR,
          Vaccine.MPSV_A,
          Vaccine.MPSV_AC);

  private ChildHealth() {}

  static void generate(Person p) {
    if (p.age > 7) {
      return;
    }
    if (p.age <= 6) {
      newbornVisit(p);
      checkups(p);
    }
    vaccinations(p);
  }

  /** The newborn home visit after discharge: within a week in 90 %, later within 28 days in 5 %. */
  private static void newbornVisit(Person p) {
    if (p.dischargeDate == null) {
      return;
    }
    SplittableRandom r = p.r;
    double u = r.nextDouble();
    LocalDate date =
        u < 0.9
            ? p.dischargeDate.plusDays(Draw.between(r, 1, 7))
            : u < 0.95 ? p.dischargeDate.plusDays(Draw.between(r, 8, 25)) : null;
    if (date != null && !date.isAfter(p.lastServiceDay())) {
      p.emit(new ChildVisit(p.nextId('N'), p.residentId, date, ChildVisitKind.NEWBORN_HOME));
    }
  }

  private static void checkups(Person p) {
    SplittableRandom r = p.r;
    Run run = p.run;
    double attends = 0.93 * (p.permanent ? 1 : 0.4);
    LocalDate first = Draw.max(run.start, p.birth.plusDays(1));
    LocalDate last = p.lastServiceDay();
    LocalDate month = p.birth.plusDays(Draw.between(r, 28, 30));
    if (run.inYear(month) && Draw.chance(r, attends)) {
      LocalDate date = month.plusDays(Draw.between(r, 0, 3));
      if (!date.isAfter(last)) {
        p.emit(new ChildVisit(p.nextId('N'), p.residentId, date, ChildVisitKind.CHECKUP));
      }
    }
    List<LocalDate> done = new ArrayList<>();
    List<Integer> doneMonths = new ArrayList<>();
    for (int m : CHECKUP_MONTHS) {
      LocalDate due = p.birth.plusMonths(m);
      if (!run.inYear(due) || !Draw.chance(r, attends)) {
        continue;
      }
      LocalDate date = due.plusDays(Draw.between(r, -5, 20));
      date = date.isBefore(first) ? first : date.isAfter(run.end) ? run.end : date;
      if (date.isAfter(last)) {
        continue;
      }
      p.emit(new ChildVisit(p.nextId('N'), p.residentId, date, ChildVisitKind.CHECKUP));
      done.add(date);
      doneMonths.add(m);
    }
    for (int m : TCM_MONTHS) {
      LocalDate due = p.birth.plusMonths(m);
      if (!run.inYear(due) || !Draw.chance(r, 0.9 * (p.permanent ? 1 : 0.4))) {
        continue;
      }
      int k = doneMonths.indexOf(m);
      LocalDate date =
          k >= 0 ? done.get(k) : Draw.min(run.end, due.plusDays(Draw.between(r, 0, 20)));
      if (!date.isAfter(last)) {
        p.emit(new TcmService(p.nextId('S'), p.residentId, date, TcmKind.CHILD));
      }
    }
  }

  /** The doses given by the year end, from birth on, series by series. */
  private static void vaccinations(Person p) {
    SplittableRandom r = p.r;
    double u = r.nextDouble();
    double lateness = u < 0.8 ? 0.03 : u < 0.95 ? 0.2 : 0.5;
    List<Vaccine> vaccines = new ArrayList<>(COMMON);
    vaccines.add(Draw.chance(r, 0.05) ? Vaccine.JE_I : Vaccine.JE_L);
    vaccines.add(Draw.chance(r, 0.06) ? Vaccine.HEPA_I : Vaccine.HEPA_L);
    for (Vaccine v : vaccines) {
      series(p, v, lateness);
    }
  }

  /**
   * The doses of one vaccine: each on its scheduled-age date plus a delay (punctual: within two
   * weeks and before the completion age; late: see the class description), at least 28 days after
   * the previous dose (7 between JE_I 1 and 2); the series ends at a missed dose or at the first
   * dose not yet due by the year end.
   */
  private static void series(Person p, Vaccine vaccine, double lateness) {
    SplittableRandom r = p.r;
    LocalDate last = p.lastServiceDay();
    LocalDate previous = null;
    for (ScheduledDose dose : SCHEDULE.dosesOf(vaccine)) {
      if (Draw.chance(r, 0.012)) {
        return;
      }
      LocalDate scheduled = dose.scheduledDate(p.birth);
      long window = dose.completionDate(p.birth).toEpochDay() - scheduled.toEpochDay();
      boolean birthDose = vaccine == Vaccine.HEPB && dose.dose() == 1;
      long delay;
      if (Draw.chance(r, lateness)) {
        delay =
            birthDose
                ? Draw.between(r, 2, 10)
                : Draw.chance(r, 0.3) ? window + Draw.between(r, 0, 90) : Draw.between(r, 15, 120);
      } else if (birthDose) {
        delay = Draw.chance(r, 0.9) ? 0 : 1;
      } else {
        delay = Draw.between(r, 0, (int) Math.min(14, window - 1));
      }
      LocalDate date = scheduled.plusDays(delay);
      if (previous != null) {
        date =
            Draw.max(date, previous.plusDays(vaccine == Vaccine.JE_I && dose.dose() == 2 ? 7 : 28));
      }
      if (date.isAfter(last)) {
        return;
      }
      boolean atBirth = dose.scheduledAge().months() == 0 && dose.scheduledAge().days() == 0;
      LocalDate given = date;
      Faults f = p.faults;
      if (f.doseBeforeMinimumAge && !atBirth) {
        f.doseBeforeMinimumAge = false;
        given = Draw.max(p.birth, scheduled.minusDays(Draw.between(f.random, 5, 20)));
      }
      p.emit(
          Vaccination.builder()
              .vaccinationId(p.nextId('I'))
              .residentId(p.residentId)
              .vaccine(vaccine)
              .dose(dose.dose())
              .vaccinationDate(given)
              .institutionCode(
                  atBirth && date.isBefore(p.birth.plusDays(3))
                      ? p.run.county.hospital.code()
                      : p.place.township().centre.code())
              .build());
      previous = date;
    }
  }
}
