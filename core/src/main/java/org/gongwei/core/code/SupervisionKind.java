package org.gongwei.core.code;

/**
 * Kind of a health supervision assistance record (卫生计生监督协管), 国家基本公共卫生服务规范（第三版）
 * 卫生计生监督协管服务规范, as coded in the {@code kind} column of {@code supervision.csv}; the code is
 * the constant's name.
 */
public enum SupervisionKind implements Coded {
  /** 信息报告 (a lead found and reported). */
  LEAD("信息报告"),
  /** 实地巡查 (an on-site inspection). */
  PATROL("实地巡查");

  private final String label;

  SupervisionKind(String label) {
    this.label = label;
  }

  /** The code, which is the constant's name (for example {@code LEAD}). */
  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return label;
  }

  /** Returns the record kind for {@code code}; see {@link Coded#fromCode}. */
  public static SupervisionKind fromCode(String code) {
    return Coded.fromCode(SupervisionKind.class, code);
  }
}
