package org.gongwei.core.code;

/**
 * Kind of child health visit, 国家基本公共卫生服务规范（第三版） 0～6岁儿童健康管理服务规范, as coded in the
 * {@code kind} column of {@code child_visits.csv}; the code is the constant's name.
 */
public enum ChildVisitKind implements Coded {
  /** 新生儿家庭访视 (newborn home visit). */
  NEWBORN_HOME("新生儿家庭访视"),
  /** 儿童健康检查 (child health check-up). */
  CHECKUP("儿童健康检查");

  private final String label;

  ChildVisitKind(String label) {
    this.label = label;
  }

  /** The code, which is the constant's name (for example {@code NEWBORN_HOME}). */
  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return label;
  }

  /** Returns the visit kind for {@code code}; see {@link Coded#fromCode}. */
  public static ChildVisitKind fromCode(String code) {
    return Coded.fromCode(ChildVisitKind.class, code);
  }
}
