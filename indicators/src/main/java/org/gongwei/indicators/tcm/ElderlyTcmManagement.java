package org.gongwei.indicators.tcm;

import java.time.LocalDate;
import java.util.List;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.tcm.TcmService;
import org.gongwei.indicators.elderly.ElderlyHealthManagement;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.engine.PopulationBase;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;

/**
 * The elderly TCM health management rate TCM-01 (老年人中医药健康管理率).
 *
 * <p>TCM-01 = residents aged 65 or over at the period end, in population at the period end, with
 * at least one elderly TCM service ({@link TcmKind#ELDERLY}: constitution identification and
 * health guidance, 体质辨识 + 保健指导) dated in the period ÷ residents aged 65 or over in population
 * at the period end ({@link PopulationBase#AGED_65_PLUS}; the report layer may replace it with
 * the estimate).
 *
 * <p>Source: 国家基本公共卫生服务规范（第三版）(2017), 中医药健康管理服务规范, 老年人中医药健康管理服务,
 * 工作指标; indicators.md §10. Knobs read: none.
 */
public final class ElderlyTcmManagement implements PersonIndicator {
  private static final int TCM_01 = 0;
  private static final List<Measure> MEASURES =
      List.of(Measure.of("TCM-01", PopulationBase.AGED_65_PLUS));

  /** The calculator; it has no settings. */
  public ElderlyTcmManagement() {}

  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(Subject subject, Recorder out) {
    if (!isInDenominator(subject)) {
      return;
    }
    if (hasService(subject)) {
      out.numerator(TCM_01);
      return;
    }
    ReportingPeriod period = subject.period();
    out.denominatorOnly(TCM_01, () -> "no elderly TCM service in " + period);
  }

  /**
   * Whether the resident is in the denominator of TCM-01: aged 65 or over at the period end and
   * in population at the period end, the denominator of OLD-01 ({@link
   * ElderlyHealthManagement#isInDenominator}).
   */
  public static boolean isInDenominator(Subject subject) {
    return ElderlyHealthManagement.isInDenominator(subject);
  }

  /** Whether the resident had an elderly TCM service ({@link TcmKind#ELDERLY}) dated in the period. */
  public static boolean hasService(Subject subject) {
    LocalDate start = subject.start();
    LocalDate end = subject.end();
    List<TcmService> services = subject.view().tcmServices();
    for (int i = services.size() - 1; i >= 0; i--) {
      TcmService s = services.get(i);
      LocalDate d = s.serviceDate();
      if (d.isAfter(end)) {
        continue;
      }
      if (d.isBefore(start)) {
        break;
      }
      if (s.kind() == TcmKind.ELDERLY) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "ElderlyTcmManagement[TCM-01]";
  }
}
