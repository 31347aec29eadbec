package org.gongwei.indicators.tcm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.period.Age;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.tcm.TcmService;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;

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
  private static final int[] TCM_AGES = {6, 12, 18, 24, 30, 36};
  private static final int FIRST = 6;
  private static final int LAST = 36;
  private static final List<Measure> MEASURES = List.of(Measure.of("TCM-02"));

  /** The calculator; it has no settings. */
  public ChildTcmManagement() {}

  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(Subject subject, Recorder out) {
    int monthsAtEnd = subject.ageMonthsAtEnd();
    if (monthsAtEnd < FIRST || !subject.isInPopulationAtEnd()) {
      return;
    }
    int monthsBefore = monthsBefore(subject);
    if (monthsBefore >= LAST) {
      return;
    }
    int reached = 0;
    for (int age : TCM_AGES) {
      if (age > monthsBefore && age <= monthsAtEnd) {
        reached++;
      }
    }
    if (reached == 0) {
      return;
    }
    int count = services(subject);
    if (count >= reached) {
      out.numerator(TCM_02);
      return;
    }
    int given = count;
    int required = reached;
    ReportingPeriod period = subject.period();
    out.denominatorOnly(
        TCM_02,
        () ->
            given
                + (given == 1 ? " child TCM service in " : " child TCM services in ")
                + period
                + ", "
                + required
                + " required (TCM ages reached: "
                + agesReached(monthsBefore, monthsAtEnd)
                + ")");
  }

  /**
   * The months completed on the day before the period starts; -1 when born on or after the
   * start. The TCM ages above it and up to the months at the period end are reached in the
   * period.
   */
  private static int monthsBefore(Subject subject) {
    LocalDate birth = subject.resident().birthDate();
    LocalDate start = subject.start();
    return birth.isBefore(start) ? Age.monthsAt(birth, start.minusDays(1)) : -1;
  }

  /** The TCM ages in months: 6, 12, 18, 24, 30 and 36. */
  public static List<Integer> tcmAges() {
    List<Integer> ages = new ArrayList<>(TCM_AGES.length);
    for (int age : TCM_AGES) {
      ages.add(age);
    }
    return List.copyOf(ages);
  }

  /**
   * The TCM ages (in months) the child reached in the period, in order: the ages {@code n} with
   * {@code birth.plusMonths(n)} in the period. TCM-02 requires at least as many child TCM
   * services in the period ({@link #services}); a child in population at the period end who
   * reached one is in its denominator ({@link #isInDenominator}).
   */
  public static List<Integer> agesReached(Subject subject) {
    int monthsAtEnd = subject.ageMonthsAtEnd();
    if (monthsAtEnd < FIRST) {
      return List.of();
    }
    int monthsBefore = monthsBefore(subject);
    List<Integer> ages = new ArrayList<>(2);
    for (int age : TCM_AGES) {
      if (age > monthsBefore && age <= monthsAtEnd) {
        ages.add(age);
      }
    }
    return List.copyOf(ages);
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

  private static String agesReached(int monthsBefore, int monthsAtEnd) {
    StringBuilder b = new StringBuilder();
    for (int age : TCM_AGES) {
      if (age > monthsBefore && age <= monthsAtEnd) {
        b.append(b.length() == 0 ? "" : ", ").append(age);
      }
    }
    return b.append(" months").toString();
  }

  @Override
  public String toString() {
    return "ChildTcmManagement[TCM-02]";
  }
}
