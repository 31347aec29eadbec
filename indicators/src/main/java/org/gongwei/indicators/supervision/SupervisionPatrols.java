package org.gongwei.indicators.supervision;

import java.util.List;
import org.gongwei.core.code.SupervisionDomain;
import org.gongwei.core.code.SupervisionKind;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.supervision.SupervisionRecord;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.EventIndicator;
import org.gongwei.indicators.engine.EventRecorder;
import org.gongwei.indicators.engine.EventSource;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.Reason;
import org.gongwei.indicators.engine.Recorder;

/**
 * SUP-02 协助开展实地巡查次数, a count, not a rate: on-site patrols (records of kind {@code PATROL})
 * done in the period (found date in the period), in total and by domain as parts {@code
 * SUP-02(FOOD)}, {@code SUP-02(WATER)}, {@code SUP-02(SCHOOL)}, {@code SUP-02(ILLEGAL_PRACTICE)}
 * and {@code SUP-02(FAMILY_PLANNING)}. Each patrol adds 1 to the numerator and nothing to the
 * denominator (which stays 0: the unit is a count); the parts add up to the total.
 *
 * <p>Each patrol is counted in the cell of its institution. Source: 国家基本公共卫生服务规范（第三版）2017,
 * 卫生计生监督协管服务规范; indicators.md §12. Knobs: none.
 */
public final class SupervisionPatrols implements EventIndicator {
  /** The indicator id. */
  public static final String ID = "SUP-02";

  private static final List<Measure> MEASURES;

  static {
    Measure[] m = new Measure[1 + SupervisionDomain.values().length];
    m[0] = Measure.of(ID);
    for (SupervisionDomain d : SupervisionDomain.values()) {
      m[1 + d.ordinal()] = Measure.part(ID, d.code(), d.label());
    }
    MEASURES = List.of(m);
  }

  private static final Reason PATROL = Reason.of("patrol");

  /** The calculator; stateless. */
  public SupervisionPatrols() {}

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
      if (s.kind() != SupervisionKind.PATROL || !period.contains(s.foundDate())) {
        continue;
      }
      Recorder r = out.at(s, events.institutionCell(s.institutionCode()));
      r.add(0, 1, 0, PATROL);
      r.add(1 + s.domain().ordinal(), 1, 0, PATROL);
    }
  }

  @Override
  public String toString() {
    return ID;
  }
}
