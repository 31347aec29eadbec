package org.gongwei.indicators.maternal;

import java.util.List;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;
import org.gongwei.indicators.rulebook.Rulebook;

/**
 * MAT-03 产后42天健康检查率 (optional in the specification), the 42-day postpartum check rate:
 * women delivered in the period with a 42-day check (a visit of kind {@code POSTPARTUM_42D}
 * dated on or after the delivery date, at any distance from it), per live birth of the
 * pregnancies delivered in the period.
 *
 * <p>Numerator: mothers; denominator: live births (twins lower the rate; shared rules in the
 * {@linkplain org.gongwei.indicators.maternal package documentation}). The record's kind says it
 * is the 42-day check, so its exact day is not checked.
 *
 * <p>Source: 国家基本公共卫生服务规范（第三版）2017, 孕产妇健康管理服务规范 (产后42天健康检查); indicators.md §5.
 * Knobs: none.
 */
public final class PostpartumCheckup implements PersonIndicator {
  /** The indicator id. */
  public static final String ID = "MAT-03";

  private static final List<Measure> MEASURES = List.of(Measure.of(ID));

  static final Deliveries.Criterion CRITERION =
      new Deliveries.Criterion() {
        @Override
        public boolean isMet(Delivery d, Rulebook rulebook) {
          return d.has42DayCheck;
        }

        @Override
        public String whyNot(Delivery d, Rulebook rulebook) {
          return d.whyNo42DayCheck();
        }
      };

  /** The calculator; stateless. */
  public PostpartumCheckup() {}

  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(Subject subject, Recorder out) {
    Deliveries deliveries = Deliveries.of(subject);
    if (!deliveries.isEmpty()) {
      deliveries.record(out, 0, CRITERION, subject.rulebook());
    }
  }

  @Override
  public String toString() {
    return ID;
  }
}
