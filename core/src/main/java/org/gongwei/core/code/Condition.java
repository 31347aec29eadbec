package org.gongwei.core.code;

/**
 * Condition under case management (专案管理), as coded in the {@code condition} column of
 * {@code registrations.csv} and {@code followups.csv}; the code is the constant's name.
 *
 * <p>Hypertension, type 2 diabetes, severe mental disorders and pulmonary tuberculosis follow the
 * service specifications of 国家基本公共卫生服务规范（第三版） (2017); COPD management
 * (慢阻肺病患者健康服务) was added to the programme later.
 */
public enum Condition implements Coded {
  /** 高血压 (hypertension, ICD-10 I10–I15). */
  HYPERTENSION("高血压"),
  /** 2型糖尿病 (type 2 diabetes, ICD-10 E11). */
  TYPE2_DIABETES("2型糖尿病"),
  /** 严重精神障碍 (severe mental disorders). */
  SEVERE_MENTAL_DISORDER("严重精神障碍"),
  /** 肺结核 (pulmonary tuberculosis). */
  TUBERCULOSIS("肺结核"),
  /** 慢性阻塞性肺疾病 (chronic obstructive pulmonary disease, ICD-10 J44). */
  COPD("慢性阻塞性肺疾病");

  private final String label;

  Condition(String label) {
    this.label = label;
  }

  /** The code, which is the constant's name (for example {@code HYPERTENSION}). */
  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return label;
  }

  /** Returns the condition for {@code code}; see {@link Coded#fromCode}. */
  public static Condition fromCode(String code) {
    return Coded.fromCode(Condition.class, code);
  }
}
