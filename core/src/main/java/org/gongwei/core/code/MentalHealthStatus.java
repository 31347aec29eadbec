package org.gongwei.core.code;

/**
 * Condition of a patient with a severe mental disorder at a follow-up (病情), 国家基本公共卫生服务规范（第三版）
 * 严重精神障碍患者管理服务规范, as coded in the {@code status} column of {@code mental_followups.csv};
 * the code is the constant's name.
 *
 * <p>稳定, 基本稳定 and 不稳定 are the classification of the specification; {@link #NOT_REACHED} marks a
 * follow-up attempt that did not reach the patient.
 */
public enum MentalHealthStatus implements Coded {
  /** 稳定 (stable). */
  STABLE("稳定"),
  /** 基本稳定 (basically stable). */
  BASICALLY_STABLE("基本稳定"),
  /** 不稳定 (unstable). */
  UNSTABLE("不稳定"),
  /** 未访到 (the patient was not reached). */
  NOT_REACHED("未访到");

  private final String label;

  MentalHealthStatus(String label) {
    this.label = label;
  }

  /** The code, which is the constant's name (for example {@code STABLE}). */
  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return label;
  }

  /** Whether the patient was reached at this follow-up, that is every status but {@link #NOT_REACHED}. */
  public boolean isReached() {
    return this != NOT_REACHED;
  }

  /** Returns the status for {@code code}; see {@link Coded#fromCode}. */
  public static MentalHealthStatus fromCode(String code) {
    return Coded.fromCode(MentalHealthStatus.class, code);
  }
}
