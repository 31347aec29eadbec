package org.gongwei.indicators.chronic;

import java.util.List;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.engine.PopulationBase;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;

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
public final class DiabetesManagement implements PersonIndicator {
  private static final List<Measure> MEASURES =
      List.of(
          Measure.of("DM-01"),
          Measure.of("DM-02"),
          Measure.of("DM-03", PopulationBase.DIABETES_ESTIMATE));

  /** The indicator. */
  public DiabetesManagement() {}

  /** DM-01, DM-02 and DM-03. */
  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(Subject subject, Recorder out) {
    if (subject.view().registrations().isEmpty()) {
      return;
    }
    ManagementMeasures.record(ChronicManagement.diabetes(subject), out);
  }

  @Override
  public String toString() {
    return "DiabetesManagement[DM-01, DM-02, DM-03]";
  }
}
