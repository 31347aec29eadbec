package org.gongwei.core.code;

/**
 * Kind of health-education activity, 国家基本公共卫生服务规范（第三版） 健康教育服务规范 (服务形式及要求), as
 * coded in the {@code kind} column of {@code education.csv}; the code is the constant's name.
 */
public enum EducationKind implements Coded {
  /** 印刷资料 (printed material). */
  PRINTED("印刷资料"),
  /** 音像资料 (audio-video material). */
  AUDIO_VIDEO("音像资料"),
  /** 宣传栏更新 (bulletin-board update). */
  BULLETIN_UPDATE("宣传栏更新"),
  /** 健康知识讲座 (health lecture). */
  LECTURE("健康知识讲座"),
  /** 公众健康咨询活动 (public health consultation event). */
  CONSULTATION("公众健康咨询活动");

  private final String label;

  EducationKind(String label) {
    this.label = label;
  }

  /** The code, which is the constant's name (for example {@code PRINTED}). */
  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return label;
  }

  /** Returns the activity kind for {@code code}; see {@link Coded#fromCode}. */
  public static EducationKind fromCode(String code) {
    return Coded.fromCode(EducationKind.class, code);
  }
}
