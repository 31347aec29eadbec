package org.gongwei.core.code;

/**
 * Medication adherence at a hypertension or diabetes follow-up (服药依从性), 国家基本公共卫生服务规范（第三版）
 * 高血压/2型糖尿病患者随访服务记录表.
 */
public enum MedicationAdherence implements Coded {
  /** 规律 (takes medication as prescribed). */
  REGULAR("1", "规律"),
  /** 间断 (takes medication intermittently). */
  INTERMITTENT("2", "间断"),
  /** 不服药 (does not take medication). */
  NONE("3", "不服药");

  private final String code;
  private final String label;

  MedicationAdherence(String code, String label) {
    this.code = code;
    this.label = label;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  /** Returns the adherence for {@code code}; see {@link Coded#fromCode}. */
  public static MedicationAdherence fromCode(String code) {
    return Coded.fromCode(MedicationAdherence.class, code);
  }
}
