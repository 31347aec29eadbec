package org.gongwei.indicators.definition;

/**
 * The service area of the NBPHS (or the beside-it rules) an indicator belongs to, one per section
 * §1–§14 of indicators.md except §7, which holds hypertension and diabetes together.
 */
public enum Category {
  /** §1 居民健康档案管理. */
  RECORDS("居民健康档案管理", "Health records"),
  /** §2 健康教育. */
  EDUCATION("健康教育", "Health education"),
  /** §3 预防接种. */
  IMMUNIZATION("预防接种", "Immunization"),
  /** §4 0～6岁儿童健康管理. */
  CHILD("0～6岁儿童健康管理", "Children 0–6 years"),
  /** §5 孕产妇健康管理. */
  MATERNAL("孕产妇健康管理", "Maternal health"),
  /** §6 老年人健康管理. */
  ELDERLY("老年人健康管理", "Elderly"),
  /** §7 高血压 / 2型糖尿病患者健康管理. */
  CHRONIC("高血压及2型糖尿病患者健康管理", "Hypertension and type 2 diabetes"),
  /** §8 严重精神障碍患者管理. */
  MENTAL("严重精神障碍患者管理", "Severe mental disorders"),
  /** §9 肺结核患者健康管理. */
  TUBERCULOSIS("肺结核患者健康管理", "Pulmonary tuberculosis"),
  /** §10 中医药健康管理. */
  TCM("中医药健康管理", "Traditional Chinese medicine"),
  /** §11 传染病及突发公共卫生事件报告和处理. */
  INFECTIOUS("传染病及突发公共卫生事件报告和处理", "Infectious disease and emergency reporting"),
  /** §12 卫生计生监督协管. */
  SUPERVISION("卫生计生监督协管", "Health-supervision assistance"),
  /** §13 家庭医生签约服务. */
  FAMILY_DOCTOR("家庭医生签约服务", "Family-doctor contracts"),
  /** §14 基层卫生. */
  PRIMARY_CARE("基层卫生", "Primary-care system figures");

  private final String nameZh;
  private final String nameEn;

  Category(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /** The Chinese name, e.g. {@code 预防接种}. */
  public String nameZh() {
    return nameZh;
  }

  /** The English name, e.g. {@code Immunization}. */
  public String nameEn() {
    return nameEn;
  }
}
