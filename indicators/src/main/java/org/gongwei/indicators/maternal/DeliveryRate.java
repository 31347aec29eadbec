package org.gongwei.indicators.maternal;

import java.util.List;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;
import org.gongwei.indicators.rulebook.Rulebook;

/**
 * A maternal indicator of MAT-01 … MAT-04: one measure, mothers whose deliveries in the period
 * meet the indicator's criterion ({@link #isMet}) per live birth of those deliveries, recorded by
 * {@link Deliveries#record} under the rules of the {@linkplain org.gongwei.indicators.maternal
 * package documentation}. Stateless.
 */
abstract sealed class DeliveryRate implements PersonIndicator
    permits EarlyRegistration, PostpartumVisit, PostpartumCheckup, SystematicManagement {
  private final String id;
  private final List<Measure> measures;

  DeliveryRate(String id) {
    this.id = id;
    this.measures = List.of(Measure.of(id));
  }

  /** Whether the delivery meets the criterion under the rulebook. */
  abstract boolean isMet(Delivery delivery, Rulebook rulebook);

  /** Why it does not, in words (called only for explanations). */
  abstract String whyNot(Delivery delivery, Rulebook rulebook);

  @Override
  public List<Measure> measures() {
    return measures;
  }

  @Override
  public void evaluate(Subject subject, Recorder out) {
    Deliveries deliveries = Deliveries.of(subject);
    if (!deliveries.isEmpty()) {
      deliveries.record(out, 0, this, subject.rulebook());
    }
  }

  @Override
  public String toString() {
    return id;
  }
}
