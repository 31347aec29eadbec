package org.gongwei.core.code;

/**
 * Type of identity document, CV02.01.101 身份证件类别代码 (WS 364.3-2011 卫生信息数据元值域代码
 * 第3部分：人口学及社会经济学特征).
 */
public enum IdDocumentType implements Coded {
  /** 居民身份证 (18-character citizen identity number, GB 11643). */
  RESIDENT_ID_CARD("01", "居民身份证"),
  /** 居民户口簿. */
  HOUSEHOLD_REGISTER("02", "居民户口簿"),
  /** 护照. */
  PASSPORT("03", "护照"),
  /** 军官证. */
  MILITARY_OFFICER_CARD("04", "军官证"),
  /** 驾驶证. */
  DRIVING_LICENCE("05", "驾驶证"),
  /** 港澳居民来往内地通行证. */
  HK_MACAO_PERMIT("06", "港澳居民来往内地通行证"),
  /** 台湾居民来往内地通行证. */
  TAIWAN_PERMIT("07", "台湾居民来往内地通行证"),
  /** 其他法定有效证件. */
  OTHER("99", "其他法定有效证件");

  private final String code;
  private final String label;

  IdDocumentType(String code, String label) {
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

  /** Returns the document type for {@code code}; see {@link Coded#fromCode}. */
  public static IdDocumentType fromCode(String code) {
    return Coded.fromCode(IdDocumentType.class, code);
  }
}
