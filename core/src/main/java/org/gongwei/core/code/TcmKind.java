package org.gongwei.core.code;

/**
 * Kind of traditional Chinese medicine health service, 国家基本公共卫生服务规范（第三版） 中医药健康管理服务规范,
 * as coded in the {@code kind} column of {@code tcm_services.csv}; the code is the constant's name.
 */
public enum TcmKind implements Coded {
  /** 老年人中医药健康管理 (constitution identification and health guidance for residents aged 65 and over). */
  ELDERLY("老年人中医药健康管理"),
  /** 0～36个月儿童中医药健康管理 (TCM guidance for children aged 0 to 36 months). */
  CHILD("0～36个月儿童中医药健康管理");

  private final String label;

  TcmKind(String label) {
    this.label = label;
  }

  /** The code, which is the constant's name (for example {@code ELDERLY}). */
  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return label;
  }

  /** Returns the service kind for {@code code}; see {@link Coded#fromCode}. */
  public static TcmKind fromCode(String code) {
    return Coded.fromCode(TcmKind.class, code);
  }
}
