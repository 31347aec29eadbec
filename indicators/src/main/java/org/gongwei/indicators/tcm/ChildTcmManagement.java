package org.gongwei.indicators.tcm;

import java.time.LocalDate;
import java.util.List;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.period.Age;
import org.gongwei.core.tcm.TcmService;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;
import org.gongwei.indicators.internal.ScheduledAges;

/**
 * The TCM health management service rate of children aged 0–36 months TCM-02
 * (0～36个月儿童中医药健康管理服务率).
 *
 * <p>The TCM ages are 6, 12, 18, 24, 30 and 36 months; a child reaches <i>n</i> months on {@code
 * birth.plusMonths(n)} ({@link Age#dateOfMonths}; a child born on 29 February 2020 reaches 12
 * months on 28 February 2021).
 *
 * <p>TCM-02 = children of the denominator whose child TCM services ({@link TcmKind#CHILD}) dated
 * in the period number at least the TCM ages they reached in the period ÷ children in population
 * at the period end who reached at least one TCM age in the period. Over a calendar year a child
 * usually reaches two TCM ages and needs two services; over a quarter at most one.
 *
 * <p>Source: 国家基本公共卫生服务规范（第三版）(2017), 中医药健康管理服务规范, 0～36个月儿童中医药健康管理
 * 服务 (在儿童6、12、18、24、30、36月龄时 ... 提供中医药健康管理服务), 工作指标; indicators.md §10. Knobs read:
 * none.
 */
public final class ChildTcmManagement implements PersonIndicator {
  private static final int TCM_02 = 0;
  private static final ScheduledAges TCM_AGES = ScheduledAges.of("child TCM service", "TCM ages", 6, 12, 18, 24, 30, 36);
  private static final List<Measure> MEASURES = List.of(Measure.of("TCM-02"));

  /** The calculator; it has no settings. */
  public ChildTcmManagement() {}

  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(Subject subject, Recorder out) {
    if (!subject.isInPopulationAtEnd()) {
      return;
    }
    TCM_AGES.record(subject, out, TCM_02, ChildTcmManagement::services);
  }

  /** The TCM ages in months: 6, 12, 18, 24, 30 and 36. */
  public static List<Integer> tcmAges() {
    return TCM_AGES.toList();
  }

  /**
   * The TCM ages (in months) the child reached in the period, in order: the ages {@code n} with
   * {@code birth.plusMonths(n)} in the period. TCM-02 requires at least as many child TCM
   * services in the period ({@link #services}); a child in population at the period end who
   * reached one is in its denominator ({@link #isInDenominator}).
   */
  public static List<Integer> agesReached(Subject subject) {
    return TCM_AGES.reached(subject);
  }

  /** The child TCM services ({@link TcmKind#CHILD}) dated in the period. */
  public static int services(Subject subject) {
    LocalDate start = subject.start();
    LocalDate end = subject.end();
    List<TcmService> services = subject.view().tcmServices();
    int count = 0;
    for (int i = services.size() - 1; i >= 0; i--) {
      TcmService s = services.get(i);
      LocalDate d = s.serviceDate();
      if (d.isAfter(end)) {
        continue;
      }
      if (d.isBefore(start)) {
        break;
      }
      if (s.kind() == TcmKind.CHILD) {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether the child is in the denominator of TCM-02: in population at the period end and
   * reached at least one TCM age in the period.
   */
  public static boolean isInDenominator(Subject subject) {
    return subject.isInPopulationAtEnd() && !agesReached(subject).isEmpty();
  }

  @Override
  public String toString() {
    return "ChildTcmManagement[TCM-02]";
  }
}
