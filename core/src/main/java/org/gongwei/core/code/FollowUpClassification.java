package org.gongwei.core.code;

/**
 * Classification of a hypertension or diabetes follow-up (此次随访分类), 国家基本公共卫生服务规范（第三版）
 * 高血压/2型糖尿病患者随访服务记录表.
 */
public enum FollowUpClassification implements Coded {
  /** 控制满意 (controlled, no adverse reaction or new complication). */
  SATISFACTORY("1", "控制满意"),
  /** 控制不满意 (not controlled). */
  UNSATISFACTORY("2", "控制不满意"),
  /** 不良反应 (adverse drug reaction). */
  ADVERSE_REACTION("3", "不良反应"),
  /** 并发症 (new or worsened complication). */
  COMPLICATION("4", "并发症");

  private final String code;
  private final String label;

  FollowUpClassification(String code, String label) {
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

  /** Returns the classification for {@code code}; see {@link Coded#fromCode}. */
  public static FollowUpClassification fromCode(String code) {
    return Coded.fromCode(FollowUpClassification.class, code);
  }
}
