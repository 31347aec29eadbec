package org.gongwei.examples.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gongwei.core.contract.Contract;
import org.gongwei.core.contract.SatisfactionSurvey;

/**
 * Family-doctor contracts (家庭医生签约服务): one-year terms signed mostly in the first-quarter campaign,
 * with the village's team; about 40 % of residents and 80 % of key-group residents with a health
 * record are signed at the end of the year.
 *
 * <p>Of those signed at the end, three in four renewed a contract of the previous year (90 % on the
 * next day, the rest within one or two months); the others signed for the first time during the
 * year. Of the others, some let a contract of the previous year lapse and a few terminated one
 * early. A contract running when its resident dies or moves away is terminated that day. One in ten
 * signed residents answers a satisfaction survey, mostly scoring 4 or 5.
 */
final class FamilyDoctor {
  private static final double[] SCORES = Draw.cumulative(1, 3, 8, 28, 60);
  private static final BigDecimal BASIC_FEE = BigDecimal.ZERO;
  private static final BigDecimal ELDERLY_FEE = new BigDecimal("120");
  private static final BigDecimal CHRONIC_FEE = new BigDecimal("150");
  private static final BigDecimal FAMILY_FEE = new BigDecimal("100");

  private FamilyDoctor() {}

  /** Whether the resident belongs to a key group (重点人群, indicators.md §13). */
  static boolean isKeyGroup(Person p) {
    return p.age >= 65
        || p.age <= 6
        || p.pregnant
        || p.hypertension
        || p.diabetes
        || p.mentalDisorder
        || p.tuberculosis
        || p.disabled
        || p.povertyAlleviated
        || p.familyPlanningSpecial;
  }

  static void generate(Person p) {
    if (p.recordDate == null) {
      return;
    }
    SplittableRandom r = p.r;
    Run run = p.run;
    boolean signed = Draw.chance(r, (isKeyGroup(p) ? 0.72 : 0.25) * p.presence());
    LocalDate previousYear = campaign(r, run.year - 1);
    boolean hadContract = !previousYear.isBefore(p.recordDate);
    Contract current = null;
    if (signed) {
      LocalDate start;
      if (hadContract && Draw.chance(r, 0.75)) {
        LocalDate previousEnd = previousYear.plusYears(1).minusDays(1);
        contract(p, previousYear, null);
        double u = r.nextDouble();
        start =
            previousEnd.plusDays(
                u < 0.9 ? 1 : u < 0.97 ? Draw.between(r, 2, 30) : Draw.between(r, 31, 60));
      } else {
        start = Draw.max(campaign(r, run.year), Draw.max(p.recordDate, p.birth));
      }
      current = contract(p, start, null);
    } else {
      double u = r.nextDouble();
      if (u < 0.15) {
        if (hadContract) {
          contract(p, previousYear, null);
        }
      } else if (u < 0.18) {
        LocalDate start = Draw.max(campaign(r, run.year), Draw.max(p.recordDate, p.birth));
        contract(p, start, start.plusDays(Draw.between(r, 30, 200)));
      }
    }
    if (current != null && Draw.chance(r, 0.1)) {
      LocalDate from = Draw.max(run.start, current.startDate());
      LocalDate to = p.lastServiceDay();
      if (!from.isAfter(to)) {
        LocalDate date = Draw.date(r, from, to);
        int score = Draw.pick(r, SCORES) + 1;
        boolean named = Draw.chance(r, 0.9);
        String id =
            named
                ? p.nextId('Q')
                : "Q" + Long.toString(Draw.mix(Long.parseLong(p.residentId) ^ run.seed) >>> 1, 36);
        p.emit(
            new SatisfactionSurvey(
                id, named ? Optional.of(p.residentId) : Optional.empty(), date, score));
      }
    }
  }

  /** A signing date in a year: the first-quarter campaign in 60 %, otherwise any later day. */
  private static LocalDate campaign(SplittableRandom r, int year) {
    return Draw.chance(r, 0.6)
        ? Draw.date(r, LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31))
        : Draw.date(r, LocalDate.of(year, 4, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Emits a one-year contract from {@code start}, terminated on {@code terminated} or when the
   * resident leaves during it; nothing when it would start after the resident's last day or the
   * year end.
   */
  private static Contract contract(Person p, LocalDate start, LocalDate terminated) {
    SplittableRandom r = p.r;
    if (start.isAfter(p.lastServiceDay())) {
      return null;
    }
    LocalDate end = start.plusYears(1).minusDays(1);
    LocalDate exit = p.exitDate();
    if (exit != null && !exit.isAfter(end) && (terminated == null || exit.isBefore(terminated))) {
      terminated = exit;
    }
    if (terminated != null && terminated.isAfter(p.run.end)) {
      terminated = null;
    }
    String servicePackage;
    BigDecimal fee;
    if (p.hypertension || p.diabetes) {
      servicePackage = "慢病服务包";
      fee = CHRONIC_FEE;
    } else if (p.age >= 65) {
      servicePackage = "老年人服务包";
      fee = ELDERLY_FEE;
    } else if (p.age <= 6) {
      servicePackage = "儿童服务包";
      fee = FAMILY_FEE;
    } else if (p.pregnant) {
      servicePackage = "孕产妇服务包";
      fee = FAMILY_FEE;
    } else {
      servicePackage = "基础服务包";
      fee = BASIC_FEE;
    }
    boolean byCentre = Draw.chance(r, 0.4);
    Contract c =
        Contract.builder()
            .contractId(p.nextId('K'))
            .residentId(p.residentId)
            .startDate(start)
            .endDate(end)
            .terminatedDate(terminated)
            .teamId(p.place.village().teamId)
            .doctorId(byCentre ? Draw.pick(r, p.place.township().doctors) : p.doctorId)
            .institutionCode(p.place.township().centre.code())
            .servicePackage(servicePackage)
            .feeYuan(fee)
            .build();
    p.emit(c);
    return c;
  }
}
