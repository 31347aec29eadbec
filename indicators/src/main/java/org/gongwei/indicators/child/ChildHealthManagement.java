package org.gongwei.indicators.child;

import java.time.LocalDate;
import java.util.List;
import org.gongwei.core.child.ChildVisit;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.engine.PopulationBase;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;

/**
 * The child health management rate CH-02 (儿童健康管理率).
 *
 * <p>CH-02 = children aged 0–6 at the period end (under 7 full years, {@link
 * org.gongwei.core.period.Age}), in population at the period end, with at least one child
 * health check-up or newborn home visit dated in the period ÷ children aged 0–6 in population at
 * the period end (0～6岁儿童数, {@link PopulationBase#AGED_0_6}; the report layer may replace it
 * with the estimate). A child who turns 7 on the period end is out.
 *
 * <p>Source: 国家基本公共卫生服务规范（第三版）(2017), 0～6岁儿童健康管理服务规范, 工作指标
 * (儿童健康管理率 = 年度辖区内接受1次及以上随访的0～6岁儿童数 / 年度辖区内0～6岁儿童数); indicators.md §4.
 * Knobs read: none.
 */
public final class ChildHealthManagement implements PersonIndicator {
  private static final int CH_02 = 0;
  private static final int MAX_AGE = 6;
  private static final List<Measure> MEASURES = List.of(Measure.of("CH-02", PopulationBase.AGED_0_6));

  /** The calculator; it has no settings. */
  public ChildHealthManagement() {}

  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(Subject subject, Recorder out) {
    if (!isInDenominator(subject)) {
      return;
    }
    if (hasVisit(subject)) {
      out.numerator(CH_02);
      return;
    }
    ReportingPeriod period = subject.period();
    out.denominatorOnly(CH_02, () -> "no child check-up or newborn visit in " + period);
  }

  /**
   * Whether the child is in the denominator of CH-02: aged 0–6 (under 7 full years) at the period
   * end and in population at the period end.
   */
  public static boolean isInDenominator(Subject subject) {
    int age = subject.ageYearsAtEnd();
    return age >= 0 && age <= MAX_AGE && subject.isInPopulationAtEnd();
  }

  /** Whether the child had a child health check-up or a newborn home visit dated in the period. */
  public static boolean hasVisit(Subject subject) {
    LocalDate start = subject.start();
    LocalDate end = subject.end();
    List<ChildVisit> visits = subject.view().childVisits();
    for (int i = visits.size() - 1; i >= 0; i--) {
      LocalDate d = visits.get(i).visitDate();
      if (!d.isAfter(end)) {
        return !d.isBefore(start);
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "ChildHealthManagement[CH-02]";
  }
}
