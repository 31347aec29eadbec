package org.gongwei.core.code;

/**
 * Domain of health supervision assistance (卫生计生监督协管), 国家基本公共卫生服务规范（第三版）
 * 卫生计生监督协管服务规范 (服务内容), as coded in the {@code domain} column of {@code supervision.csv};
 * the code is the constant's name.
 */
public enum SupervisionDomain implements Coded {
  /** 食源性疾病及相关信息 (foodborne disease and related information). */
  FOOD("食源性疾病及相关信息"),
  /** 饮用水卫生安全 (drinking-water safety). */
  WATER("饮用水卫生安全"),
  /** 学校卫生 (school health). */
  SCHOOL("学校卫生"),
  /** 非法行医和非法采供血 (illegal medical practice and illegal blood collection). */
  ILLEGAL_PRACTICE("非法行医和非法采供血"),
  /** 计划生育 (family planning). */
  FAMILY_PLANNING("计划生育");

  private final String label;

  SupervisionDomain(String label) {
    this.label = label;
  }

  /** The code, which is the constant's name (for example {@code FOOD}). */
  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return label;
  }

  /** Returns the domain for {@code code}; see {@link Coded#fromCode}. */
  public static SupervisionDomain fromCode(String code) {
    return Coded.fromCode(SupervisionDomain.class, code);
  }
}
