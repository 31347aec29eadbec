package org.gongwei.indicators.surveillance;

import java.time.Duration;
import java.util.List;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.surveillance.EmergencyEvent;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.EventIndicator;
import org.gongwei.indicators.engine.EventRecorder;
import org.gongwei.indicators.engine.EventSource;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.Reason;
import org.gongwei.indicators.engine.Recorder;

/**
 * ID-03 突发公共卫生事件相关信息报告率, the timely reporting of public-health emergency information:
 * events discovered in the period (the date part of {@code discovered_at}) reported within 2 hours
 * of discovery ({@link EmergencyEvent#isReportedInTime()}, exactly 2 h included), per event
 * discovered in the period that was reported. Unreported events are outside the denominator.
 *
 * <p>Each event is counted in the cell of the institution that discovered it. Source:
 * 国家基本公共卫生服务规范（第三版）2017, 传染病及突发公共卫生事件报告和处理服务规范 (工作指标);
 * indicators.md §11. Knobs: none.
 */
public final class EmergencyEventReporting implements EventIndicator {
  /** The indicator id. */
  public static final String ID = "ID-03";

  private static final List<Measure> MEASURES = List.of(Measure.of(ID));
  private static final Reason NOT_REPORTED = Reason.of("not reported: outside the reported events");

  /** The calculator; stateless. */
  public EmergencyEventReporting() {}

  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(EventSource events, EvaluationContext context, EventRecorder out) {
    ReportingPeriod period = context.period();
    List<EmergencyEvent> list = events.emergencyEvents();
    for (int i = 0; i < list.size(); i++) {
      EmergencyEvent e = list.get(i);
      if (!period.contains(e.discoveredAt().toLocalDate())) {
        continue;
      }
      Recorder r = out.at(e, events.institutionCell(e.institutionCode()));
      if (e.reportedAt().isEmpty()) {
        r.excluded(0, NOT_REPORTED);
      } else {
        r.inDenominator(0, e.isReportedInTime(), () -> lateReason(e));
      }
    }
  }

  private static String lateReason(EmergencyEvent e) {
    Duration delay = Duration.between(e.discoveredAt(), e.reportedAt().orElseThrow());
    return "reported " + Delays.words(delay) + " after discovery, within "
        + Delays.words(EmergencyEvent.REPORTING_WINDOW) + " required";
  }

  @Override
  public String toString() {
    return ID;
  }
}
