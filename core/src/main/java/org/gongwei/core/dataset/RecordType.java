package org.gongwei.core.dataset;

/** The record types of the CSV bundle (exchange format §1), each with its file name and Chinese label. */
public enum RecordType {
  INSTITUTION("institutions.csv", "机构"),
  RESIDENT("residents.csv", "居民"),
  REGISTRATION("registrations.csv", "专案管理"),
  FOLLOW_UP("followups.csv", "高血压/糖尿病随访"),
  CHECKUP("checkups.csv", "健康体检"),
  MENTAL_FOLLOW_UP("mental_followups.csv", "严重精神障碍随访"),
  TB_COURSE("tb_courses.csv", "肺结核"),
  PREGNANCY("pregnancies.csv", "孕产妇"),
  MATERNAL_VISIT("maternal_visits.csv", "孕产妇访视"),
  CHILD_VISIT("child_visits.csv", "儿童"),
  TCM_SERVICE("tcm_services.csv", "中医药"),
  VACCINATION("vaccinations.csv", "预防接种"),
  CONTRACT("contracts.csv", "家庭医生签约"),
  SATISFACTION_SURVEY("satisfaction.csv", "满意度调查"),
  INFECTIOUS_CASE("infectious_cases.csv", "传染病"),
  EMERGENCY_EVENT("emergency_events.csv", "突发事件"),
  SUPERVISION("supervision.csv", "监督协管"),
  EDUCATION("education.csv", "健康教育"),
  POPULATION("populations.csv", "人口与患病率");

  private final String fileName;
  private final String label;

  RecordType(String fileName, String label) {
    this.fileName = fileName;
    this.label = label;
  }

  /** The file of the CSV bundle holding this record type, for example {@code residents.csv}. */
  public String fileName() {
    return fileName;
  }

  /** The Chinese label. */
  public String label() {
    return label;
  }
}
