package org.gongwei.core.code;

/**
 * Kind of health check-up, 国家基本公共卫生服务规范（第三版） 健康体检表 and 老年人健康管理服务规范, as coded in
 * the {@code kind} column of {@code checkups.csv}; the code is the constant's name.
 */
public enum CheckupKind implements Coded {
  /** 健康体检 (general health check-up). */
  GENERAL("健康体检"),
  /** 老年人年度健康体检 (annual check-up of a resident aged 65 and over). */
  ELDERLY_ANNUAL("老年人年度健康体检");

  private final String label;

  CheckupKind(String label) {
    this.label = label;
  }

  /** The code, which is the constant's name (for example {@code GENERAL}). */
  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return label;
  }

  /** Returns the check-up kind for {@code code}; see {@link Coded#fromCode}. */
  public static CheckupKind fromCode(String code) {
    return Coded.fromCode(CheckupKind.class, code);
  }
}
