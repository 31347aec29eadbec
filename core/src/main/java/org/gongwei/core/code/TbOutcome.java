package org.gongwei.core.code;

/**
 * Treatment outcome of a pulmonary tuberculosis course (治疗转归), after 中国结核病预防控制工作技术规范 and
 * 国家基本公共卫生服务规范（第三版） 肺结核患者健康管理服务规范, as coded in the {@code outcome} column of
 * {@code tb_courses.csv}; the code is the constant's name.
 *
 * <p>{@link #ONGOING} marks a course still under treatment.
 */
public enum TbOutcome implements Coded {
  /** 治愈 (cured). */
  CURED("治愈"),
  /** 完成疗程 (treatment completed). */
  COMPLETED("完成疗程"),
  /** 治疗失败 (treatment failed). */
  FAILED("治疗失败"),
  /** 死亡 (died during treatment). */
  DIED("死亡"),
  /** 失访 (lost to follow-up). */
  LOST("失访"),
  /** 转出 (transferred out). */
  TRANSFERRED("转出"),
  /** 治疗中 (still under treatment). */
  ONGOING("治疗中");

  private final String label;

  TbOutcome(String label) {
    this.label = label;
  }

  /** The code, which is the constant's name (for example {@code CURED}). */
  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return label;
  }

  /** Returns the outcome for {@code code}; see {@link Coded#fromCode}. */
  public static TbOutcome fromCode(String code) {
    return Coded.fromCode(TbOutcome.class, code);
  }
}
