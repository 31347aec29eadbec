package org.gongwei.indicators.surveillance;

import java.time.Duration;
import java.util.List;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.surveillance.InfectiousCase;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.EventIndicator;
import org.gongwei.indicators.engine.EventRecorder;
import org.gongwei.indicators.engine.EventSource;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.Reason;
import org.gongwei.indicators.engine.Recorder;

/**
 * ID-01 传染病疫情报告率 and ID-02 传染病疫情报告及时率, infectious-disease reporting and its
 * timeliness, over the cases of notifiable infectious diseases diagnosed in the period (the date
 * part of {@code diagnosed_at} in the period):
 *
 * <ul>
 *   <li>ID-01: cases with a network report (a {@code reported_at} time, whenever it is) per case
 *       diagnosed in the period;
 *   <li>ID-02: reported cases whose report came within their class's window of the diagnosis
 *       ({@link InfectiousCase#isReportedInTime()}: 2 hours for class A and class B managed as A,
 *       24 hours for other class B and class C, exactly 2 h or 24 h included) per reported case
 *       diagnosed in the period; unreported cases are outside ID-02's denominator.
 * </ul>
 *
 * <p>Each case is counted in the cell of its diagnosing institution. Source: 国家基本公共卫生服务规范
 * （第三版）2017, 传染病及突发公共卫生事件报告和处理服务规范 (工作指标); 传染病信息报告管理规范（2015年版）
 * for the windows; indicators.md §11. Knobs: none.
 */
public final class InfectiousDiseaseReporting implements EventIndicator {
  /** The id of the reporting rate. */
  public static final String REPORTED = "ID-01";
  /** The id of the timeliness rate. */
  public static final String TIMELY = "ID-02";

  private static final List<Measure> MEASURES = List.of(Measure.of(REPORTED), Measure.of(TIMELY));
  private static final Reason NOT_REPORTED = Reason.of("not reported");
  private static final Reason NOT_REPORTED_TIMELY = Reason.of("not reported: outside the reported cases");

  /** The calculator; stateless. */
  public InfectiousDiseaseReporting() {}

  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(EventSource events, EvaluationContext context, EventRecorder out) {
    ReportingPeriod period = context.period();
    List<InfectiousCase> cases = events.infectiousCases();
    for (int i = 0; i < cases.size(); i++) {
      InfectiousCase c = cases.get(i);
      if (!period.contains(c.diagnosedAt().toLocalDate())) {
        continue;
      }
      Recorder r = out.at(c, events.institutionCell(c.institutionCode()));
      if (c.reportedAt().isEmpty()) {
        r.denominatorOnly(0, NOT_REPORTED);
        r.excluded(1, NOT_REPORTED_TIMELY);
      } else {
        r.numerator(0);
        r.inDenominator(1, c.isReportedInTime(), () -> lateReason(c));
      }
    }
  }

  private static String lateReason(InfectiousCase c) {
    Duration delay = Duration.between(c.diagnosedAt(), c.reportedAt().orElseThrow());
    return "reported " + Delays.words(delay) + " after diagnosis, within " + Delays.words(c.diseaseClass().reportingWindow())
        + " required (class " + c.diseaseClass().code() + ")";
  }

  @Override
  public String toString() {
    return REPORTED + ", " + TIMELY;
  }
}
