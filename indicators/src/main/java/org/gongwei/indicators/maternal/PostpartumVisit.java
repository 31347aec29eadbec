package org.gongwei.indicators.maternal;

import java.util.List;
import java.util.Objects;
import org.gongwei.core.maternal.MaternalVisit;
import org.gongwei.core.maternal.Pregnancy;
import org.gongwei.indicators.rulebook.Rulebook;

/**
 * MAT-02 产后访视率, the postpartum visit rate: women delivered in the period with at least one
 * postpartum visit (kind {@code POSTPARTUM}) within {@code postpartumVisitDays} days after
 * discharge (the delivery date when no discharge date is recorded), that is
 * {@code 0 ≤ visit date − discharge date ≤ postpartumVisitDays}, per live birth of the pregnancies
 * delivered in the period.
 *
 * <p>Numerator: mothers; denominator: live births (twins lower the rate; shared rules in the
 * {@linkplain org.gongwei.indicators.maternal package documentation}). With the default of 28
 * days a visit on day 28 after discharge counts and one on day 29 does not; a visit during the
 * hospital stay (before discharge) does not count; the 42-day check is not a postpartum visit.
 *
 * <p>Source: 国家基本公共卫生服务规范（第三版）2017, 孕产妇健康管理服务规范 (工作指标); indicators.md §5.
 * Knob: {@code postpartumVisitDays} (default 28).
 */
public final class PostpartumVisit extends DeliveryRate {
  /** The indicator id. */
  public static final String ID = "MAT-02";

  /** The calculator; stateless. */
  public PostpartumVisit() {
    super(ID);
  }

  @Override
  boolean isMet(Delivery d, Rulebook rulebook) {
    return d.hasPostpartumVisitWithin(rulebook.postpartumVisitDays());
  }

  @Override
  String whyNot(Delivery d, Rulebook rulebook) {
    return d.whyNoPostpartumVisit(rulebook.postpartumVisitDays());
  }

  /**
   * Whether a delivered pregnancy had a postpartum visit within {@code days} days after discharge
   * (the delivery date when no discharge date is recorded): the criterion of MAT-02 for one
   * delivery, judged on the visits of its mother (of any pregnancy, in any order; visits of other
   * pregnancies are ignored).
   *
   * @throws IllegalArgumentException if the pregnancy has no delivery date
   */
  public static boolean isVisitedWithin(Pregnancy pregnancy, List<MaternalVisit> visitsOfMother, int days) {
    Objects.requireNonNull(pregnancy, "pregnancy");
    Objects.requireNonNull(visitsOfMother, "visitsOfMother");
    if (pregnancy.deliveryDate().isEmpty()) {
      throw new IllegalArgumentException("pregnancy " + pregnancy.pregnancyId() + " has no delivery date");
    }
    return Delivery.of(pregnancy, visitsOfMother).hasPostpartumVisitWithin(days);
  }
}
