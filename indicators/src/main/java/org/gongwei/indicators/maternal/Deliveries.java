package org.gongwei.indicators.maternal;

import java.util.List;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.core.maternal.Pregnancy;
import org.gongwei.indicators.engine.MemoKey;
import org.gongwei.indicators.engine.Reason;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;
import org.gongwei.indicators.rulebook.Rulebook;

/** The pregnancies of one mother delivered in the period, shared by MAT-01 … MAT-04 through a memo. */
final class Deliveries {
  private static final MemoKey<Deliveries> KEY = MemoKey.named("maternal.deliveries");
  private static final Deliveries NONE = new Deliveries(new Delivery[0]);

  /** The reason a mother whose deliveries in the period had no live birth is outside the denominator. */
  static final Reason NO_LIVE_BIRTH =
      Reason.of("delivered in the period with no live birth (stillbirth): not in the live-birth denominator");

  final Delivery[] items;

  private Deliveries(Delivery[] items) {
    this.items = items;
  }

  /** The deliveries in the period of the subject, computed once per subject. */
  static Deliveries of(Subject subject) {
    if (subject.view().pregnancies().isEmpty()) {
      return NONE;
    }
    return subject.memo(KEY, Deliveries::compute);
  }

  private static Deliveries compute(Subject subject) {
    ResidentView view = subject.view();
    List<Pregnancy> pregnancies = view.pregnancies();
    int count = 0;
    for (int i = 0; i < pregnancies.size(); i++) {
      if (pregnancies.get(i).isDeliveredBetween(subject.start(), subject.end())) {
        count++;
      }
    }
    if (count == 0) {
      return NONE;
    }
    Delivery[] items = new Delivery[count];
    int k = 0;
    for (int i = 0; i < pregnancies.size(); i++) {
      Pregnancy p = pregnancies.get(i);
      if (p.isDeliveredBetween(subject.start(), subject.end())) {
        items[k++] = Delivery.of(p, view.maternalVisits());
      }
    }
    return new Deliveries(items);
  }

  boolean isEmpty() {
    return items.length == 0;
  }

  /**
   * Records the mother's contribution to measure {@code m}: the live births as denominator and,
   * for each delivery that meets the criterion of the indicator, its {@link Delivery#mothers()} as numerator; a
   * mother with no live birth is excluded.
   */
  void record(Recorder out, int m, DeliveryRate criterion, Rulebook rulebook) {
    long births = 0;
    long mothers = 0;
    for (Delivery d : items) {
      births += d.liveBirths;
      if (criterion.isMet(d, rulebook)) {
        mothers += d.mothers();
      }
    }
    if (births == 0) {
      out.excluded(m, NO_LIVE_BIRTH);
    } else if (mothers >= births) {
      out.add(m, mothers, births, Reason.COUNTED);
    } else {
      out.add(m, mothers, births, () -> reason(criterion, rulebook));
    }
  }

  private String reason(DeliveryRate criterion, Rulebook rulebook) {
    StringBuilder text = new StringBuilder();
    for (Delivery d : items) {
      String why;
      if (criterion.isMet(d, rulebook)) {
        why = d.liveBirths > 1
            ? "met; counted as 1 mother against " + d.liveBirths + " live births (multiple birth)"
            : d.liveBirths == 0 ? "met, but a stillbirth (no live birth)" : "met";
      } else {
        why = criterion.whyNot(d, rulebook);
        if (d.liveBirths == 0) {
          why = why + " (stillbirth, no live birth)";
        }
      }
      if (text.length() > 0) {
        text.append("; ");
      }
      if (items.length > 1) {
        text.append(d.pregnancy.pregnancyId()).append(": ");
      }
      text.append(why);
    }
    return text.toString();
  }
}
