package org.gongwei.indicators.chronic;

import org.gongwei.core.code.Condition;
import org.gongwei.indicators.engine.PopulationBase;

/**
 * Hypertension patient health management (高血压患者健康管理), indicators.md §7, after
 * 国家基本公共卫生服务规范（第三版） (2017), 高血压患者健康管理服务规范:
 *
 * <ul>
 *   <li><b>HTN-01</b> 高血压患者规范管理率: managed hypertension patients under standardized
 *       management / managed hypertension patients;
 *   <li><b>HTN-02</b> 管理人群血压控制率: managed hypertension patients whose blood pressure was
 *       controlled at the control visit / managed hypertension patients;
 *   <li><b>HTN-03</b> 高血压患者健康管理率: managed hypertension patients / estimated patients
 *       (adult population × prevalence, {@link PopulationBase#HYPERTENSION_ESTIMATE}); each managed
 *       patient adds 1 to the numerator and nothing to the denominator, which only the estimate
 *       gives.
 * </ul>
 *
 * <p>"Managed", "standardized" and "controlled" are defined by {@link ChronicManagement}
 * (registrations with ICD-10 I10–I13 or no code; I15 excluded). Knobs: {@code
 * managedRequiresFollowUp}, {@code followUpRequirement}, {@code requireAnnualCheckup}, {@code
 * checkupCountsAsFollowUp}, {@code controlVisit}, {@code elderlyBpTarget}.
 */
public final class HypertensionManagement extends ChronicIndicator {
  /** The indicator. */
  public HypertensionManagement() {
    super(Condition.HYPERTENSION, "HTN", PopulationBase.HYPERTENSION_ESTIMATE);
  }
}
