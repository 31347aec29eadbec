package org.gongwei.indicators.child;

import java.time.LocalDate;
import java.util.List;
import org.gongwei.core.child.ChildVisit;
import org.gongwei.core.code.ChildVisitKind;
import org.gongwei.core.maternal.Pregnancy;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.resident.Resident;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.engine.Reason;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;
import org.gongwei.indicators.maternal.LiveBirths;

/**
 * The newborn visit rate CH-01 (新生儿访视率), with its births-based fallback {@code CH-01(BIRTHS)}.
 *
 * <p>CH-01 = children born in the period with at least one newborn home visit ({@link
 * ChildVisitKind#NEWBORN_HOME}) within {@code newbornVisitDays} days of birth ÷ live births in
 * the period (活产数). The two sides are counted on different residents, because a resident is
 * evaluated alone:
 *
 * <ul>
 *   <li><b>Denominator, on the mother.</b> A mother adds the {@link LiveBirths live births} of her
 *       pregnancies delivered in the period (twins add 2; an unrecorded number counts 1), with
 *       numerator 0 — the same rule as the maternal indicators MAT-01…MAT-04. A later death or
 *       closure of the mother's record does not remove births that happened.
 *   <li><b>Numerator, on the child.</b> A resident born in the period adds 1 to the
 *       numerator (and nothing to the denominator) when a newborn home visit is dated on or after
 *       the birth date and at most {@code newbornVisitDays} days after it (visit − birth ≤ days).
 *       The visit may fall after the period end (a child born on 20 December is visited on 5
 *       January). A child who died or whose record was closed later still counts: a live birth
 *       stays a live birth. An unvisited child is reported as excluded from CH-01 with the reason.
 * </ul>
 *
 * <p>So CH-01 adds up correctly only when the children's mothers are in the same data. For
 * bundles without pregnancy data (indicators.md §4: "if no pregnancy data, residents born in the
 * period") the part measure {@code CH-01(BIRTHS)} counts children only: residents born in the
 * period with a visit as above ÷ residents born in the period. The report layer
 * uses {@code CH-01(BIRTHS)} in place of {@code CH-01} when the bundle has no pregnancies; its
 * drill-down lists the unvisited children with their reasons.
 *
 * <p>Source: 国家基本公共卫生服务规范（第三版）(2017), 0～6岁儿童健康管理服务规范, 工作指标
 * (新生儿访视率 = 年度辖区内按照规范要求接受1次及以上访视的新生儿人数 / 年度辖区内活产数); indicators.md §4.
 * Knob read: {@code newbornVisitDays} (default 28).
 */
public final class NewbornVisit implements PersonIndicator {
  private static final int CH_01 = 0;
  private static final int CH_01_BIRTHS = 1;
  private static final List<Measure> MEASURES =
      List.of(
          Measure.of("CH-01"),
          Measure.part("CH-01", "BIRTHS", "residents born in the period (no pregnancy data)"));

  /** The calculator; its setting comes from the rulebook. */
  public NewbornVisit() {}

  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(Subject subject, Recorder out) {
    Resident r = subject.resident();
    LocalDate start = subject.start();
    LocalDate end = subject.end();
    List<Pregnancy> pregnancies = subject.view().pregnancies();
    if (!pregnancies.isEmpty()) {
      countLiveBirths(pregnancies, start, end, subject.period(), out);
    }
    LocalDate birth = r.birthDate();
    if (birth.isBefore(start) || birth.isAfter(end)) {
      return;
    }
    int days = subject.rulebook().newbornVisitDays();
    List<ChildVisit> visits = subject.view().childVisits();
    if (isVisitedWithin(birth, visits, days)) {
      out.add(CH_01, 1, 0, Reason.COUNTED);
      out.numerator(CH_01_BIRTHS);
      return;
    }
    Reason why = () -> noVisit(visits, birth, days);
    out.excluded(CH_01, why);
    out.denominatorOnly(CH_01_BIRTHS, why);
  }

  /**
   * Whether a child born on {@code birth} had a newborn home visit ({@link
   * ChildVisitKind#NEWBORN_HOME}) on or after the birth date and at most {@code days} days after
   * it (the numerator condition of CH-01, knob {@code newbornVisitDays}), judged on the child's
   * visits in date order.
   */
  public static boolean isVisitedWithin(LocalDate birth, List<ChildVisit> visits, int days) {
    long birthDay = birth.toEpochDay();
    for (int i = 0; i < visits.size(); i++) {
      ChildVisit v = visits.get(i);
      long after = v.visitDate().toEpochDay() - birthDay;
      if (after > days) {
        return false;
      }
      if (after >= 0 && v.kind() == ChildVisitKind.NEWBORN_HOME) {
        return true;
      }
    }
    return false;
  }

  private static void countLiveBirths(
      List<Pregnancy> pregnancies, LocalDate start, LocalDate end, ReportingPeriod period, Recorder out) {
    long births = LiveBirths.inPeriod(pregnancies, start, end);
    if (births > 0) {
      out.add(
          CH_01,
          0,
          births,
          () ->
              "mother of "
                  + births
                  + " live birth(s) in "
                  + period
                  + ": live births are the denominator, the visits count on the children");
    }
  }

  private static String noVisit(List<ChildVisit> visits, LocalDate birth, int days) {
    for (ChildVisit v : visits) {
      if (v.kind() == ChildVisitKind.NEWBORN_HOME && !v.visitDate().isBefore(birth)) {
        long after = v.visitDate().toEpochDay() - birth.toEpochDay();
        return "first newborn home visit "
            + v.visitDate()
            + ", "
            + after
            + " days after birth on "
            + birth
            + " ("
            + days
            + " allowed)";
      }
    }
    return "no newborn home visit within " + days + " days of birth on " + birth;
  }

  @Override
  public String toString() {
    return "NewbornVisit[CH-01, CH-01(BIRTHS)]";
  }
}
