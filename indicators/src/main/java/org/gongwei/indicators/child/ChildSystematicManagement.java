package org.gongwei.indicators.child;

import java.time.LocalDate;
import java.util.List;
import org.gongwei.core.child.ChildVisit;
import org.gongwei.core.code.ChildVisitKind;
import org.gongwei.core.period.Age;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;
import org.gongwei.indicators.internal.ScheduledAges;

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
  private static final ScheduledAges SCHEDULED_AGES = ScheduledAges.of("child check-up", "scheduled ages", 3, 6, 8, 12, 18, 24, 30, 36);
  private static final List<Measure> MEASURES = List.of(Measure.of("CH-03"));

  /** The calculator; it has no settings. */
  public ChildSystematicManagement() {}

  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(Subject subject, Recorder out) {
    if (subject.ageYearsAtEnd() > MAX_AGE || !subject.isInPopulationAtEnd()) {
      return;
    }
    SCHEDULED_AGES.record(subject, out, CH_03, ChildSystematicManagement::checkups);
  }

  /** The scheduled check-up ages in months: 3, 6, 8, 12, 18, 24, 30 and 36. */
  public static List<Integer> scheduledAges() {
    return SCHEDULED_AGES.toList();
  }

  /**
   * The scheduled ages (in months) the child reached in the period, in order: the ages {@code n}
   * with {@code birth.plusMonths(n)} in the period, whatever the child's age at the period end.
   * CH-03 requires at least as many child check-ups in the period ({@link #checkups}) of a child
   * in its denominator ({@link #isInDenominator}).
   */
  public static List<Integer> agesReached(Subject subject) {
    return SCHEDULED_AGES.reached(subject);
  }

  /** The child health check-ups ({@link ChildVisitKind#CHECKUP}) dated in the period. */
  public static int checkups(Subject subject) {
    LocalDate start = subject.start();
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
    return count;
  }

  /**
   * Whether the child is in the denominator of CH-03: under 3 full years at the period end, in
   * population at the period end, and reached at least one scheduled age in the period.
   */
  public static boolean isInDenominator(Subject subject) {
    return subject.ageYearsAtEnd() <= MAX_AGE && subject.isInPopulationAtEnd() && !agesReached(subject).isEmpty();
  }

  @Override
  public String toString() {
    return "ChildSystematicManagement[CH-03]";
  }
}
