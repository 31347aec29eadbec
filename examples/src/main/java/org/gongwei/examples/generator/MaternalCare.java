package org.gongwei.examples.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.gongwei.core.code.MaternalVisitKind;
import org.gongwei.core.maternal.MaternalVisit;
import org.gongwei.core.maternal.Pregnancy;

/**
 * Maternal health management (孕产妇健康管理): pregnancies delivered in the year (about 7 births per 1,000
 * residents, 1.5 % twins) and pregnancies still going on at its end.
 *
 * <p>Registration (建册) is before 13 weeks in 86 % and at 13–20 weeks in 12 %; there are usually 5–8
 * prenatal examinations; the postpartum visit follows discharge within a week in 88 %, later within
 * 28 days in 5 %, late in 3 %, never in 4 %; 85 % come to the 42-day check. Nothing is dated after
 * the end of the year.
 */
final class MaternalCare {
  private static final double[] PRENATAL_COUNTS = Draw.cumulative(2, 4, 30, 30, 22, 12);

  private MaternalCare() {}

  static void generate(Person p) {
    if (p.male || p.age < 15 || p.age > 49 || p.exitDate() != null) {
      return;
    }
    SplittableRandom r = p.r;
    double rate = Census.birthProbability(p.age) * (p.permanent ? 1 : 0.5);
    if (Draw.chance(r, rate)) {
      delivered(p);
    } else if (Draw.chance(r, rate * 0.55)) {
      ongoing(p);
    }
  }

  private static void delivered(Person p) {
    SplittableRandom r = p.r;
    Run run = p.run;
    LocalDate delivery = Draw.date(r, run.start, run.end);
    int gestation =
        Draw.chance(r, 0.05)
            ? Draw.between(r, 224, 258)
            : Draw.clamp(Math.round(Draw.normal(r, 277, 7)), 259, 294);
    LocalDate lmp = delivery.minusDays(gestation);
    double u = r.nextDouble();
    LocalDate registration =
        u < 0.86
            ? lmp.plusDays(Draw.between(r, 42, 90))
            : u < 0.98 ? lmp.plusDays(Draw.between(r, 91, 140)) : null;
    LocalDate discharge =
        delivery.plusDays(Draw.chance(r, 0.35) ? Draw.between(r, 4, 7) : Draw.between(r, 1, 3));
    int liveBirths = Draw.chance(r, 0.015) ? 2 : 1;
    String id = p.nextId('P');
    Pregnancy.Builder b =
        Pregnancy.builder()
            .pregnancyId(id)
            .residentId(p.residentId)
            .registrationDate(registration)
            .deliveryDate(delivery)
            .liveBirths(liveBirths);
    if (Draw.chance(r, 0.97)) {
      b.lmpDate(lmp);
    }
    if (!discharge.isAfter(run.end) && Draw.chance(r, 0.95)) {
      b.dischargeDate(discharge);
    }
    p.emit(b.build());
    p.pregnant = true;
    p.deliveredOn = delivery;
    p.dischargedOn = discharge;
    p.liveBirths = liveBirths;
    if (registration != null) {
      prenatalVisits(
          p, id, lmp, registration, delivery.minusDays(2), 3 + Draw.pick(r, PRENATAL_COUNTS));
    } else if (Draw.chance(r, 0.7)) {
      visit(
          p,
          id,
          lmp.plusDays(Draw.between(r, 200, gestation - 3)),
          MaternalVisitKind.PRENATAL,
          lmp);
    }
    u = r.nextDouble();
    LocalDate postpartum =
        u < 0.88
            ? discharge.plusDays(Draw.between(r, 3, 7))
            : u < 0.93
                ? discharge.plusDays(Draw.between(r, 8, 27))
                : u < 0.96 ? discharge.plusDays(Draw.between(r, 29, 45)) : null;
    if (postpartum != null) {
      visit(p, id, postpartum, MaternalVisitKind.POSTPARTUM, null);
    }
    if (Draw.chance(r, 0.85)) {
      visit(
          p,
          id,
          delivery.plusDays(Draw.between(r, 42, 56)),
          MaternalVisitKind.POSTPARTUM_42D,
          null);
    }
  }

  private static void ongoing(Person p) {
    SplittableRandom r = p.r;
    Run run = p.run;
    LocalDate lmp = Draw.date(r, LocalDate.of(run.year, 3, 1), LocalDate.of(run.year, 11, 20));
    LocalDate registration =
        lmp.plusDays(Draw.chance(r, 0.86) ? Draw.between(r, 42, 90) : Draw.between(r, 91, 140));
    if (registration.isAfter(run.end)) {
      return;
    }
    String id = p.nextId('P');
    p.emit(
        Pregnancy.builder()
            .pregnancyId(id)
            .residentId(p.residentId)
            .lmpDate(lmp)
            .registrationDate(registration)
            .build());
    p.pregnant = true;
    prenatalVisits(p, id, lmp, registration, lmp.plusDays(275), 3 + Draw.pick(r, PRENATAL_COUNTS));
  }

  /**
   * {@code count} prenatal examinations: the first on the registration date, the others spread from
   * 16 weeks (at least 3 weeks after registration) to just before {@code until}, with a few days of
   * jitter; those after the year end are left out.
   */
  private static void prenatalVisits(
      Person p,
      String pregnancyId,
      LocalDate lmp,
      LocalDate registration,
      LocalDate until,
      int count) {
    SplittableRandom r = p.r;
    visit(p, pregnancyId, registration, MaternalVisitKind.PRENATAL, lmp);
    LocalDate from = Draw.max(registration.plusDays(21), lmp.plusWeeks(16));
    long span = ChronoUnit.DAYS.between(from, until);
    int more = count - 1;
    LocalDate previous = registration;
    for (int j = 0; j < more && span > 0; j++) {
      long offset = more == 1 ? span / 2 : span * j / (more - 1);
      LocalDate date = from.plusDays(Math.max(0, Math.min(span, offset + Draw.between(r, -4, 4))));
      if (!date.isAfter(previous) || !date.isBefore(until.plusDays(1))) {
        continue;
      }
      visit(p, pregnancyId, date, MaternalVisitKind.PRENATAL, lmp);
      previous = date;
    }
  }

  /**
   * Emits a maternal visit unless it falls after the year end; prenatal ones record the gestational
   * week.
   */
  private static void visit(
      Person p, String pregnancyId, LocalDate date, MaternalVisitKind kind, LocalDate lmp) {
    if (date.isAfter(p.run.end)) {
      return;
    }
    MaternalVisit.Builder b =
        MaternalVisit.builder()
            .visitId(p.nextId('V'))
            .pregnancyId(pregnancyId)
            .visitDate(date)
            .kind(kind);
    if (lmp != null) {
      b.gestationalWeeks((int) (ChronoUnit.DAYS.between(lmp, date) / 7));
    }
    p.emit(b.build());
  }
}
