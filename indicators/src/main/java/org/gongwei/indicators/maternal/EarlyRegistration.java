package org.gongwei.indicators.maternal;

import org.gongwei.indicators.rulebook.Rulebook;

/**
 * MAT-01 早孕建册率, the early registration rate: women delivered in the period who were
 * registered (建册, a registration date is recorded) and had their first prenatal exam before
 * {@code earlyRegistrationWeeks} completed weeks of gestation, per live birth of the pregnancies
 * delivered in the period.
 *
 * <p>Numerator: mothers (1 per qualifying pregnancy with a live birth); denominator: live births
 * (an absent {@code live_births} counts as 1, a stillbirth as 0). Twins lower the rate, as in the
 * specification. With the default of 13 weeks a first exam at 12 weeks 6 days (90 days after the
 * LMP) qualifies and one at 13 weeks 0 days (91 days) does not. Gestational age and the other
 * shared rules: see the {@linkplain org.gongwei.indicators.maternal package documentation}.
 *
 * <p>Source: 国家基本公共卫生服务规范（第三版）2017, 孕产妇健康管理服务规范 (工作指标); indicators.md §5.
 * Knob: {@code earlyRegistrationWeeks} (default 13; the 2011 edition used 12).
 */
public final class EarlyRegistration extends DeliveryRate {
  /** The indicator id. */
  public static final String ID = "MAT-01";

  /** The calculator; stateless. */
  public EarlyRegistration() {
    super(ID);
  }

  @Override
  boolean isMet(Delivery d, Rulebook rulebook) {
    return d.isRegisteredEarly(rulebook.earlyRegistrationWeeks());
  }

  @Override
  String whyNot(Delivery d, Rulebook rulebook) {
    return d.whyNotEarly(rulebook.earlyRegistrationWeeks());
  }
}
