package org.gongwei.io.cda;

import java.util.List;
import java.util.Optional;

/**
 * The coded observations of the document bodies: each data element's code, code system and
 * display name, kept here once so that a code can be corrected in one place.
 *
 * <p>Provenance of the codes:
 *
 * <ul>
 *   <li>收缩压, 舒张压, 随访方式 and 随访评价结果 are the data elements of exchange-format §5.
 *   <li>{@code DE04.50.102.00} 血糖检测值 (mmol/L) is defined in the WS 363 dictionary as "空腹时血液中葡萄糖定量检测结果值"
 *       (the fasting glucose); {@code DE06.00.129.00} 药物不良反应情况 is the free-text description
 *       of adverse drug reactions, as used in the published WS/T 500 templates.
 *   <li>HbA1c has no WS 363 code we could confirm: it is coded in LOINC, {@code 4548-4}
 *       (Hemoglobin A1c/Hemoglobin.total in Blood).
 *   <li>服药依从性, 转诊, 下次随访日期 and the resident's record-keeping fields (常住, 户籍, 档案注销,
 *       死亡日期, …) have WS 363 data elements whose codes we could not confirm: rather than write a
 *       code we are unsure of into a national code system, they use Gongwei's extension code system
 *       {@link CdaOids#GONGWEI_EXTENSION}, with the bundle column names as codes. The reader also
 *       recognises these elements by their Chinese display names, so that a vendor document using
 *       the national codes with the usual names still reads.
 * </ul>
 */
enum DataElement {
  SYSTOLIC_BP(CodeSystem.NATIONAL, "DE04.10.174.00", "收缩压"),
  DIASTOLIC_BP(CodeSystem.NATIONAL, "DE04.10.176.00", "舒张压"),
  FOLLOW_UP_METHOD(CodeSystem.NATIONAL, "DE06.00.108.00", "随访方式", "随访方式代码"),
  FOLLOW_UP_EVALUATION(CodeSystem.NATIONAL, "DE05.10.066.00", "随访评价结果", "随访评价结果代码", "此次随访分类"),
  FASTING_GLUCOSE(CodeSystem.NATIONAL, "DE04.50.102.00", "血糖检测值", "空腹血糖", "空腹血糖值", "血糖检测值（mmol/L）", "血糖检测值(mmol/L)"),
  ADVERSE_REACTION(CodeSystem.NATIONAL, "DE06.00.129.00", "药物不良反应情况", "药物不良反应"),
  HBA1C(CodeSystem.LOINC, "4548-4", "糖化血红蛋白", "糖化血红蛋白值", "糖化血红蛋白（%）"),
  MEDICATION_ADHERENCE(CodeSystem.EXTENSION, "adherence", "服药依从性", "服药依从性代码"),
  REFERRAL(CodeSystem.EXTENSION, "referral", "转诊", "转诊标志"),
  NEXT_VISIT_DATE(CodeSystem.EXTENSION, "next_visit_date", "下次随访日期"),
  ID_TYPE(CodeSystem.EXTENSION, "id_type", "身份证件类别", "身份证件类别代码"),
  ID_NUMBER(CodeSystem.EXTENSION, "id_number", "身份证件号码"),
  PERMANENT(CodeSystem.EXTENSION, "permanent", "常住人口", "常住"),
  HOUSEHOLD_REGISTERED(CodeSystem.EXTENSION, "household_registered", "户籍人口", "户籍"),
  ELECTRONIC_RECORD(CodeSystem.EXTENSION, "electronic_record", "电子健康档案"),
  RECORD_STANDARDIZED(CodeSystem.EXTENSION, "record_standardized", "规范化电子健康档案"),
  RECORD_CLOSED_DATE(CodeSystem.EXTENSION, "record_closed_date", "档案注销日期", "注销日期"),
  RECORD_CLOSED_REASON(CodeSystem.EXTENSION, "record_closed_reason", "档案注销原因", "注销原因"),
  DEATH_DATE(CodeSystem.EXTENSION, "death_date", "死亡日期"),
  DISABLED(CodeSystem.EXTENSION, "disabled", "残疾人"),
  POVERTY_ALLEVIATED(CodeSystem.EXTENSION, "poverty_alleviated", "脱贫人口"),
  FAMILY_PLANNING_SPECIAL(CodeSystem.EXTENSION, "family_planning_special", "计划生育特殊家庭"),
  VACCINATION_CERTIFICATE_DATE(CodeSystem.EXTENSION, "vaccination_certificate_date", "预防接种证建证日期", "建证日期");

  /** The code systems of the data elements. */
  enum CodeSystem {
    NATIONAL(CdaOids.DATA_ELEMENTS, "卫生信息数据元目录"),
    LOINC(CdaOids.LOINC, "LOINC"),
    EXTENSION(CdaOids.GONGWEI_EXTENSION, "Gongwei扩展数据元");

    final String oid;
    final String name;

    CodeSystem(String oid, String name) {
      this.oid = oid;
      this.name = name;
    }
  }

  private final CodeSystem system;
  private final String code;
  private final String displayName;
  private final List<String> names;

  DataElement(CodeSystem system, String code, String displayName, String... otherNames) {
    this.system = system;
    this.code = code;
    this.displayName = displayName;
    this.names = List.of(otherNames);
  }

  String code() {
    return code;
  }

  String codeSystem() {
    return system.oid;
  }

  String codeSystemName() {
    return system.name;
  }

  String displayName() {
    return displayName;
  }

  /**
   * The element an observation code denotes: the element with this code (in its code system, or
   * with no code system given), or else the element known by this display name.
   */
  static Optional<DataElement> identify(String code, String codeSystem, String displayName) {
    if (code != null) {
      String c = code.strip();
      for (DataElement e : values()) {
        if (c.equals(e.code) && (codeSystem == null || codeSystem.strip().equals(e.system.oid))) {
          return Optional.of(e);
        }
      }
    }
    if (displayName != null) {
      String d = displayName.strip();
      for (DataElement e : values()) {
        if (d.equals(e.displayName) || e.names.contains(d)) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }
}
