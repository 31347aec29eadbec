package org.gongwei.core.code;

/**
 * Reason a resident health record was closed (注销原因), as coded in the
 * {@code record_closed_reason} column of {@code residents.csv}.
 *
 * <p>国家基本公共卫生服务规范（第三版） 居民健康档案管理服务规范 has no numbered table for the reason;
 * the codes are those of the exchange format.
 */
public enum RecordClosureReason implements Coded {
  /** 死亡 (the resident died). */
  DEATH("1", "死亡"),
  /** 迁出 (the resident moved out of the area). */
  MOVED_OUT("2", "迁出"),
  /** 失访 (lost to follow-up). */
  LOST("3", "失访"),
  /** 拒绝 (the resident refused). */
  REFUSED("4", "拒绝"),
  /** 其他 (any other reason). */
  OTHER("9", "其他");

  private final String code;
  private final String label;

  RecordClosureReason(String code, String label) {
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

  /** Returns the closure reason for {@code code}; see {@link Coded#fromCode}. */
  public static RecordClosureReason fromCode(String code) {
    return Coded.fromCode(RecordClosureReason.class, code);
  }
}
