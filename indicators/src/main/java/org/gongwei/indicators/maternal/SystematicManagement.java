package org.gongwei.indicators.maternal;

import org.gongwei.indicators.rulebook.Rulebook;

/**
 * MAT-04 孕产妇系统管理率 (optional in the specification), the systematic management rate: women
 * delivered in the period with early registration (as MAT-01), at least {@code
 * systematicPrenatalVisits} prenatal exams on or before the delivery date, and at least one
 * postpartum visit within {@code postpartumVisitDays} days after discharge (as MAT-02), per live
 * birth of the pregnancies delivered in the period.
 *
 * <p>The specification's "≥ 1 postpartum visit" is read with the MAT-02 window, as the national
 * maternal-and-child statistics define systematic management (产后28天内接受过产后访视): a visit
 * only after the window does not count. Numerator: mothers; denominator: live births (twins lower
 * the rate; shared rules in the {@linkplain org.gongwei.indicators.maternal package documentation}).
 * The reason of a shortfall lists every unmet part.
 *
 * <p>Source: 国家基本公共卫生服务规范（第三版）2017, 孕产妇健康管理服务规范; indicators.md §5.
 * Knobs: {@code earlyRegistrationWeeks} (default 13), {@code systematicPrenatalVisits} (default 5),
 * {@code postpartumVisitDays} (default 28).
 */
public final class SystematicManagement extends DeliveryRate {
  /** The indicator id. */
  public static final String ID = "MAT-04";

  /** The calculator; stateless. */
  public SystematicManagement() {
    super(ID);
  }

  @Override
  boolean isMet(Delivery d, Rulebook rulebook) {
    return d.isRegisteredEarly(rulebook.earlyRegistrationWeeks())
        && d.prenatalExams >= rulebook.systematicPrenatalVisits()
        && d.hasPostpartumVisitWithin(rulebook.postpartumVisitDays());
  }

  @Override
  String whyNot(Delivery d, Rulebook rulebook) {
    StringBuilder text = new StringBuilder();
    int weeks = rulebook.earlyRegistrationWeeks();
    if (!d.isRegisteredEarly(weeks)) {
      text.append(d.whyNotEarly(weeks));
    }
    int required = rulebook.systematicPrenatalVisits();
    if (d.prenatalExams < required) {
      separate(text).append(d.prenatalExams).append(" prenatal exams, ").append(required).append(" required");
    }
    int days = rulebook.postpartumVisitDays();
    if (!d.hasPostpartumVisitWithin(days)) {
      separate(text).append(d.whyNoPostpartumVisit(days));
    }
    return text.toString();
  }

  private static StringBuilder separate(StringBuilder text) {
    return text.length() == 0 ? text : text.append(", ");
  }
}
