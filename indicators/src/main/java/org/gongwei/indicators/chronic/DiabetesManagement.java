package org.gongwei.indicators.chronic;

import org.gongwei.core.code.Condition;
import org.gongwei.indicators.engine.PopulationBase;

/**
 * Type 2 diabetes patient health management (2型糖尿病患者健康管理), indicators.md §7, after
 * 国家基本公共卫生服务规范（第三版） (2017), 2型糖尿病患者健康管理服务规范:
 *
 * <ul>
 *   <li><b>DM-01</b> 2型糖尿病患者规范管理率: managed type 2 diabetes patients under standardized
 *       management / managed type 2 diabetes patients;
 *   <li><b>DM-02</b> 管理人群血糖控制率: managed patients whose fasting glucose was controlled at
 *       the control visit / managed type 2 diabetes patients;
 *   <li><b>DM-03</b> 2型糖尿病患者健康管理率: managed type 2 diabetes patients / estimated patients
 *       (adult population × diabetes prevalence, {@link PopulationBase#DIABETES_ESTIMATE}); each
 *       managed patient adds 1 to the numerator and nothing to the denominator, which only the
 *       estimate gives.
 * </ul>
 *
 * <p>"Managed", "standardized" and "controlled" are defined by {@link ChronicManagement}
 * (registrations with ICD-10 E11 or no code). Knobs: {@code managedRequiresFollowUp}, {@code
 * followUpRequirement}, {@code requireAnnualCheckup}, {@code checkupCountsAsFollowUp}, {@code
 * controlVisit}, {@code fastingGlucoseTarget}.
 */
public final class DiabetesManagement extends ChronicIndicator {
  /** The indicator. */
  public DiabetesManagement() {
    super(Condition.TYPE2_DIABETES, "DM", PopulationBase.DIABETES_ESTIMATE);
  }
}
