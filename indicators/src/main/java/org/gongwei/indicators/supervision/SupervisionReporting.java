package org.gongwei.indicators.supervision;

import java.util.List;
import org.gongwei.core.code.SupervisionKind;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.supervision.SupervisionRecord;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.EventIndicator;
import org.gongwei.indicators.engine.EventRecorder;
import org.gongwei.indicators.engine.EventSource;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.Reason;

/**
 * SUP-01 卫生计生监督协管信息报告率, the supervision-assistance reporting rate: leads (records of kind
 * {@code LEAD}) found in the period that were reported (a report date is recorded, whenever it
 * is), per lead found in the period. Patrols are not leads and count in SUP-02 only.
 *
 * <p>Each lead is counted in the cell of its institution. Source: 国家基本公共卫生服务规范（第三版）2017,
 * 卫生计生监督协管服务规范 (工作指标); indicators.md §12. Knobs: none.
 */
public final class SupervisionReporting implements EventIndicator {
  /** The indicator id. */
  public static final String ID = "SUP-01";

  private static final List<Measure> MEASURES = List.of(Measure.of(ID));
  private static final Reason NOT_REPORTED = Reason.of("not reported");

  /** The calculator; stateless. */
  public SupervisionReporting() {}

  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(EventSource events, EvaluationContext context, EventRecorder out) {
    ReportingPeriod period = context.period();
    List<SupervisionRecord> records = events.supervisionRecords();
    for (int i = 0; i < records.size(); i++) {
      SupervisionRecord s = records.get(i);
      if (s.kind() != SupervisionKind.LEAD || !period.contains(s.foundDate())) {
        continue;
      }
      out.at(s, events.institutionCell(s.institutionCode()))
          .inDenominator(0, s.reportedDate().isPresent(), NOT_REPORTED);
    }
  }

  @Override
  public String toString() {
    return ID;
  }
}
