package org.gongwei.core.code;

/**
 * Medication taking of a patient with a severe mental disorder at a follow-up (服药依从性),
 * 国家基本公共卫生服务规范（第三版） 严重精神障碍患者随访服务记录表, as coded in the {@code medication}
 * column of {@code mental_followups.csv}; the code is the constant's name.
 */
public enum MentalHealthMedication implements Coded {
  /** 规律服药 (takes medication as prescribed). */
  REGULAR("规律服药"),
  /** 间断服药 (takes medication intermittently). */
  INTERMITTENT("间断服药"),
  /** 不服药 (does not take medication). */
  NONE("不服药");

  private final String label;

  MentalHealthMedication(String label) {
    this.label = label;
  }

  /** The code, which is the constant's name (for example {@code REGULAR}). */
  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return label;
  }

  /** Returns the medication taking for {@code code}; see {@link Coded#fromCode}. */
  public static MentalHealthMedication fromCode(String code) {
    return Coded.fromCode(MentalHealthMedication.class, code);
  }
}
