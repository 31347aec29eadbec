package org.gongwei.indicators.child;

import java.time.LocalDate;
import java.util.List;
import org.gongwei.core.child.ChildVisit;
import org.gongwei.core.code.ChildVisitKind;
import org.gongwei.core.period.Age;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;

/**
 * The systematic management rate of children under 3 CH-03 (3岁以下儿童系统管理率, optional
 * indicator).
 *
 * <p>The scheduled check-up ages are 3, 6, 8, 12, 18, 24, 30 and 36 months; a child reaches
 * <i>n</i> months on {@code birth.plusMonths(n)} ({@link Age#dateOfMonths}).
 *
 * <p>CH-03 = children of the denominator whose child health check-ups ({@link
 * ChildVisitKind#CHECKUP}; newborn home visits do not count) dated in the period number at least
 * the scheduled ages they reached in the period ÷ children aged under 3 full years at the period
 * end, in population at the period end, who reached at least one scheduled age in the period.
 * Since a child who reaches 36 months in the period is 3 at its end, the 36-month check-up never
 * enters the count under this age limit.
 *
 * <p>Source: 国家基本公共卫生服务规范（第三版）(2017), 0～6岁儿童健康管理服务规范 (婴幼儿健康管理: 3、6、8、12、
 * 18、24、30、36月龄); 3岁以下儿童系统管理率 of the maternal and child health statistics; indicators.md
 * §4. Knobs read: none.
 */
public final class ChildSystematicManagement implements PersonIndicator {
  private static final int CH_03 = 0;
  private static final int MAX_AGE = 2;
  private static final int[] SCHEDULED_AGES = {3, 6, 8, 12, 18, 24, 30, 36};
  private static final int FIRST = 3;
  private static final List<Measure> MEASURES = List.of(Measure.of("CH-03"));

  /** The calculator; it has no settings. */
  public ChildSystematicManagement() {}

  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(Subject subject, Recorder out) {
    int monthsAtEnd = subject.ageMonthsAtEnd();
    if (monthsAtEnd < FIRST || subject.ageYearsAtEnd() > MAX_AGE || !subject.isInPopulationAtEnd()) {
      return;
    }
    LocalDate birth = subject.resident().birthDate();
    LocalDate start = subject.start();
    int monthsBefore = birth.isBefore(start) ? Age.monthsAt(birth, start.minusDays(1)) : -1;
    int reached = 0;
    for (int age : SCHEDULED_AGES) {
      if (age > monthsBefore && age <= monthsAtEnd) {
        reached++;
      }
    }
    if (reached == 0) {
      return;
    }
    LocalDate end = subject.end();
    List<ChildVisit> visits = subject.view().childVisits();
    int count = 0;
    for (int i = visits.size() - 1; i >= 0; i--) {
      ChildVisit v = visits.get(i);
      LocalDate d = v.visitDate();
      if (d.isAfter(end)) {
        continue;
      }
      if (d.isBefore(start)) {
        break;
      }
      if (v.kind() == ChildVisitKind.CHECKUP) {
        count++;
      }
    }
    if (count >= reached) {
      out.numerator(CH_03);
      return;
    }
    int given = count;
    int required = reached;
    ReportingPeriod period = subject.period();
    out.denominatorOnly(
        CH_03,
        () ->
            given
                + (given == 1 ? " child check-up in " : " child check-ups in ")
                + period
                + ", "
                + required
                + " required (scheduled ages reached: "
                + agesReached(monthsBefore, monthsAtEnd)
                + ")");
  }

  private static String agesReached(int monthsBefore, int monthsAtEnd) {
    StringBuilder b = new StringBuilder();
    for (int age : SCHEDULED_AGES) {
      if (age > monthsBefore && age <= monthsAtEnd) {
        b.append(b.length() == 0 ? "" : ", ").append(age);
      }
    }
    return b.append(" months").toString();
  }

  @Override
  public String toString() {
    return "ChildSystematicManagement[CH-03]";
  }
}
