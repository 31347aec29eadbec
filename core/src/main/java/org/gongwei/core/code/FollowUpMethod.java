package org.gongwei.core.code;

/**
 * Method of a follow-up visit (随访方式), 国家基本公共卫生服务规范（第三版） 高血压/2型糖尿病患者随访服务记录表.
 *
 * <p>Codes 1 门诊, 2 家庭 and 3 电话 are those of the form; 4 短信, 5 网络 and 9 其他 are extensions
 * of the exchange format ({@code method} column of {@code followups.csv}).
 */
public enum FollowUpMethod implements Coded {
  /** 门诊 (at the clinic). */
  CLINIC("1", "门诊"),
  /** 家庭 (home visit). */
  HOME("2", "家庭"),
  /** 电话 (by telephone). */
  PHONE("3", "电话"),
  /** 短信 (by text message; exchange-format extension). */
  SMS("4", "短信"),
  /** 网络 (online; exchange-format extension). */
  ONLINE("5", "网络"),
  /** 其他 (any other method; exchange-format extension). */
  OTHER("9", "其他");

  private final String code;
  private final String label;

  FollowUpMethod(String code, String label) {
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

  /**
   * Whether the follow-up met the patient in person: true for {@link #CLINIC} and {@link #HOME},
   * false for remote methods and {@link #OTHER}.
   */
  public boolean isFaceToFace() {
    return this == CLINIC || this == HOME;
  }

  /** Returns the follow-up method for {@code code}; see {@link Coded#fromCode}. */
  public static FollowUpMethod fromCode(String code) {
    return Coded.fromCode(FollowUpMethod.class, code);
  }
}
