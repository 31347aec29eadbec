package org.gongwei.core.code;

/** Sex, GB/T 2261.1-2003 人的性别代码. */
public enum Sex implements Coded {
  /** 未知的性别. */
  UNKNOWN("0", "未知的性别"),
  /** 男性. */
  MALE("1", "男"),
  /** 女性. */
  FEMALE("2", "女"),
  /** 未说明的性别. */
  UNSPECIFIED("9", "未说明的性别");

  private final String code;
  private final String label;

  Sex(String code, String label) {
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

  /** The sex for {@code code}; see {@link Coded#fromCode}. */
  public static Sex fromCode(String code) {
    return Coded.fromCode(Sex.class, code);
  }
}
