package org.gongwei.core.code;

/**
 * Vaccines of the National Immunization Program (国家免疫规划疫苗儿童免疫程序, 2021), as coded in
 * {@code vaccinations.csv}. The code is the constant's name.
 */
public enum Vaccine implements Coded {
  /** 乙肝疫苗. */
  HEPB("乙肝疫苗"),
  /** 卡介苗. */
  BCG("卡介苗"),
  /** 脊灰灭活疫苗. */
  IPV("脊灰灭活疫苗"),
  /** 二价脊灰减毒活疫苗. */
  BOPV("脊灰减毒活疫苗"),
  /** 百白破疫苗. */
  DTAP("百白破疫苗"),
  /** 白破疫苗. */
  DT("白破疫苗"),
  /** 麻腮风疫苗. */
  MMR("麻腮风疫苗"),
  /** 乙脑减毒活疫苗. */
  JE_L("乙脑减毒活疫苗"),
  /** 乙脑灭活疫苗 (alternative to JE_L). */
  JE_I("乙脑灭活疫苗"),
  /** A群流脑多糖疫苗. */
  MPSV_A("A群流脑多糖疫苗"),
  /** A群C群流脑多糖疫苗. */
  MPSV_AC("A群C群流脑多糖疫苗"),
  /** 甲肝减毒活疫苗. */
  HEPA_L("甲肝减毒活疫苗"),
  /** 甲肝灭活疫苗 (alternative to HEPA_L). */
  HEPA_I("甲肝灭活疫苗");

  private final String label;

  Vaccine(String label) {
    this.label = label;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return label;
  }

  /** The vaccine for {@code code}; see {@link Coded#fromCode}. */
  public static Vaccine fromCode(String code) {
    return Coded.fromCode(Vaccine.class, code);
  }
}
