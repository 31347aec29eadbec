package org.gongwei.core.code;

/**
 * Kind of maternal health visit, 国家基本公共卫生服务规范（第三版） 孕产妇健康管理服务规范, as coded in the
 * {@code kind} column of {@code maternal_visits.csv}; the code is the constant's name.
 */
public enum MaternalVisitKind implements Coded {
  /** 产前检查 (prenatal check-up, including the first one at 建册). */
  PRENATAL("产前检查"),
  /** 产后访视 (postpartum home visit, within a week of discharge). */
  POSTPARTUM("产后访视"),
  /** 产后42天健康检查 (postpartum check-up at 42 days). */
  POSTPARTUM_42D("产后42天健康检查");

  private final String label;

  MaternalVisitKind(String label) {
    this.label = label;
  }

  /** The code, which is the constant's name (for example {@code PRENATAL}). */
  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return label;
  }

  /** Returns the visit kind for {@code code}; see {@link Coded#fromCode}. */
  public static MaternalVisitKind fromCode(String code) {
    return Coded.fromCode(MaternalVisitKind.class, code);
  }
}
