package org.gongwei.indicators.maternal;

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
public final class PostpartumCheckup extends DeliveryRate {
  /** The indicator id. */
  public static final String ID = "MAT-03";

  /** The calculator; stateless. */
  public PostpartumCheckup() {
    super(ID);
  }

  @Override
  boolean isMet(Delivery d, Rulebook rulebook) {
    return d.has42DayCheck;
  }

  @Override
  String whyNot(Delivery d, Rulebook rulebook) {
    return d.whyNo42DayCheck();
  }
}
