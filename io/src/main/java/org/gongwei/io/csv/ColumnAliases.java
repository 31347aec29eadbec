package org.gongwei.io.csv;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.core.dataset.RecordType;

/**
 * The names a header cell may use for a column of a bundle file: the canonical English name and
 * the Chinese labels of exchange format §1 ("Chinese header labels"), plus any aliases a user
 * adds. Immutable; {@link #withAlias} returns an extended copy.
 *
 * <p>Matching a header cell: surrounding white space (and a byte order mark) is dropped, a unit
 * in ASCII or full-width brackets at the end is dropped ({@code 收缩压(mmHg)} and
 * {@code 收缩压（mmHg）} both match {@code 收缩压}), and letters are compared ignoring case
 * ({@code Resident_ID} matches {@code resident_id}). Labels are per file: {@code 类别} is
 * {@code kind} wherever a file has a {@code kind} column, and {@code 机构名称} is {@code name} only
 * in {@code institutions.csv}, where {@code 姓名} is not.
 */
public final class ColumnAliases {
  /** Per record type: normalized alias → canonical column. */
  private final Map<RecordType, Map<String, String>> byType;
  private final int added;

  private ColumnAliases(Map<RecordType, Map<String, String>> byType, int added) {
    this.byType = byType;
    this.added = added;
  }

  /** The built-in table: every column name and every Chinese label of exchange format §1. */
  public static ColumnAliases builtIn() {
    return BUILT_IN;
  }

  /**
   * A copy of this table where {@code alias} also names {@code column} in the file of
   * {@code recordType}.
   *
   * @throws IllegalArgumentException if the file has no such column, the alias is blank, or the
   *     alias already names another column of that file
   */
  public ColumnAliases withAlias(RecordType recordType, String alias, String column) {
    Objects.requireNonNull(recordType, "recordType");
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(column, "column");
    if (FileSchema.of(recordType).column(column).isEmpty()) {
      throw new IllegalArgumentException(
          recordType.fileName() + " has no column " + column + "; columns are "
              + FileSchema.of(recordType).columns().stream().map(ColumnSchema::name).toList());
    }
    String key = normalize(alias);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("alias must not be blank: '" + alias + "'");
    }
    String existing = byType.get(recordType).get(key);
    if (existing != null && !existing.equals(column)) {
      throw new IllegalArgumentException(
          "alias '" + alias + "' already names column " + existing + " in " + recordType.fileName());
    }
    if (column.equals(existing)) {
      return this;
    }
    Map<RecordType, Map<String, String>> copy = new EnumMap<>(byType);
    Map<String, String> forType = new HashMap<>(byType.get(recordType));
    forType.put(key, column);
    copy.put(recordType, Map.copyOf(forType));
    return new ColumnAliases(copy, added + 1);
  }

  /** The canonical column a header cell names in the file of {@code recordType}, if any. */
  public Optional<String> resolve(RecordType recordType, String header) {
    Objects.requireNonNull(recordType, "recordType");
    Objects.requireNonNull(header, "header");
    return Optional.ofNullable(byType.get(recordType).get(normalize(header)));
  }

  /**
   * The Chinese label writers emit for a column (the first label of exchange format §1), if the
   * column has one in that file.
   */
  public static Optional<String> chineseLabel(RecordType recordType, String column) {
    Objects.requireNonNull(recordType, "recordType");
    Objects.requireNonNull(column, "column");
    if (FileSchema.of(recordType).column(column).isEmpty()) {
      return Optional.empty();
    }
    List<String> labels = labelsOf(recordType, column);
    return labels.isEmpty() ? Optional.empty() : Optional.of(labels.get(0));
  }

  /**
   * The key a header cell is matched on: stripped of white space and a byte order mark, without a
   * unit in brackets at the end, in lower case.
   */
  static String normalize(String header) {
    String s = header.strip();
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1).strip();
    }
    int n = s.length();
    if (n > 1 && (s.charAt(n - 1) == ')' || s.charAt(n - 1) == '）')) {
      int open = Math.max(s.lastIndexOf('('), s.lastIndexOf('（'));
      if (open > 0) {
        String rest = s.substring(0, open).strip();
        if (!rest.isEmpty()) {
          s = rest;
        }
      }
    }
    return s.toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ColumnAliases && byType.equals(((ColumnAliases) o).byType);
  }

  @Override
  public int hashCode() {
    return byType.hashCode();
  }

  /** For example {@code ColumnAliases[built-in + 2 added]}. */
  @Override
  public String toString() {
    return "ColumnAliases[built-in" + (added == 0 ? "" : " + " + added + " added") + "]";
  }

  private static Map<RecordType, Map<String, String>> buildBuiltIn() {
    Map<RecordType, Map<String, String>> m = new EnumMap<>(RecordType.class);
    for (RecordType type : RecordType.values()) {
      Map<String, String> forType = new LinkedHashMap<>();
      for (ColumnSchema c : FileSchema.of(type).columns()) {
        add(forType, type, normalize(c.name()), c.name());
        for (String label : labelsOf(type, c.name())) {
          add(forType, type, normalize(label), c.name());
        }
      }
      m.put(type, Map.copyOf(forType));
    }
    return m;
  }

  private static void add(Map<String, String> forType, RecordType type, String key, String column) {
    String before = forType.put(key, column);
    if (before != null && !before.equals(column)) {
      throw new IllegalStateException(
          "built-in alias " + key + " names both " + before + " and " + column + " in " + type);
    }
  }

  private static List<String> labelsOf(RecordType type, String column) {
    if (type == RecordType.INSTITUTION && column.equals("name")) {
      return List.of("机构名称");
    }
    return LABELS.getOrDefault(column, List.of());
  }

  /** The Chinese header labels of exchange format §1, first label first. */
  private static final Map<String, List<String>> LABELS = Map.ofEntries(
      Map.entry("resident_id", List.of("居民编号", "健康档案编号", "档案编号")),
      Map.entry("id_type", List.of("证件类型")),
      Map.entry("id_number", List.of("身份证号", "证件号码", "身份证件号码")),
      Map.entry("name", List.of("姓名")),
      Map.entry("sex", List.of("性别")),
      Map.entry("birth_date", List.of("出生日期")),
      Map.entry("ethnicity", List.of("民族")),
      Map.entry("region_code", List.of("行政区划代码", "区划代码")),
      Map.entry("institution_code", List.of("管辖机构", "机构编码", "机构代码")),
      Map.entry("doctor_id", List.of("责任医生")),
      Map.entry("permanent", List.of("常住")),
      Map.entry("household_registered", List.of("户籍")),
      Map.entry("record_established_date", List.of("建档日期")),
      Map.entry("electronic_record", List.of("电子档案")),
      Map.entry("record_standardized", List.of("规范化档案")),
      Map.entry("record_closed_date", List.of("注销日期")),
      Map.entry("record_closed_reason", List.of("注销原因")),
      Map.entry("death_date", List.of("死亡日期")),
      Map.entry("disabled", List.of("残疾人")),
      Map.entry("poverty_alleviated", List.of("脱贫人口")),
      Map.entry("family_planning_special", List.of("计生特殊家庭")),
      Map.entry("vaccination_certificate_date", List.of("建证日期")),
      Map.entry("type", List.of("机构类型")),
      Map.entry("parent_code", List.of("上级机构")),
      Map.entry("uscc", List.of("统一社会信用代码")),
      Map.entry("registration_id", List.of("专案编号")),
      Map.entry("condition", List.of("病种")),
      Map.entry("icd10", List.of("疾病编码")),
      Map.entry("diagnosed_date", List.of("确诊日期")),
      Map.entry("enrolled_date", List.of("纳入管理日期")),
      Map.entry("ended_date", List.of("结案日期")),
      Map.entry("ended_reason", List.of("结案原因")),
      Map.entry("followup_id", List.of("随访编号")),
      Map.entry("visit_date", List.of("随访日期")),
      Map.entry("method", List.of("随访方式")),
      Map.entry("sbp", List.of("收缩压")),
      Map.entry("dbp", List.of("舒张压")),
      Map.entry("fasting_glucose", List.of("空腹血糖")),
      Map.entry("hba1c", List.of("糖化血红蛋白")),
      Map.entry("classification", List.of("此次随访分类")),
      Map.entry("adherence", List.of("服药依从性")),
      Map.entry("adverse_reaction", List.of("药物不良反应")),
      Map.entry("referral", List.of("转诊")),
      Map.entry("next_visit_date", List.of("下次随访日期")),
      Map.entry("checkup_id", List.of("体检编号")),
      Map.entry("checkup_date", List.of("体检日期")),
      Map.entry("kind", List.of("类别")),
      Map.entry("form_complete", List.of("体检表完整")),
      Map.entry("guidance_given", List.of("健康指导")),
      Map.entry("self_care_score", List.of("自理能力评分")),
      Map.entry("risk_level", List.of("危险性等级")),
      Map.entry("medication", List.of("服药情况")),
      Map.entry("status", List.of("病情")),
      Map.entry("course_id", List.of("疗程编号")),
      Map.entry("notified_date", List.of("通知日期")),
      Map.entry("first_visit_date", List.of("首次入户随访日期")),
      Map.entry("treatment_start_date", List.of("治疗开始日期")),
      Map.entry("treatment_end_date", List.of("治疗结束日期")),
      Map.entry("outcome", List.of("治疗转归")),
      Map.entry("doses_scheduled", List.of("应服药次数")),
      Map.entry("doses_taken", List.of("实际服药次数")),
      Map.entry("pregnancy_id", List.of("孕产编号")),
      Map.entry("lmp_date", List.of("末次月经")),
      Map.entry("registration_date", List.of("建册日期")),
      Map.entry("delivery_date", List.of("分娩日期")),
      Map.entry("discharge_date", List.of("出院日期")),
      Map.entry("live_births", List.of("活产数")),
      Map.entry("visit_id", List.of("访视编号")),
      Map.entry("gestational_weeks", List.of("孕周")),
      Map.entry("service_id", List.of("服务编号")),
      Map.entry("service_date", List.of("服务日期")),
      Map.entry("vaccination_id", List.of("接种编号")),
      Map.entry("vaccine", List.of("疫苗")),
      Map.entry("dose", List.of("剂次")),
      Map.entry("vaccination_date", List.of("接种日期")),
      Map.entry("contract_id", List.of("签约编号")),
      Map.entry("start_date", List.of("签约日期")),
      Map.entry("end_date", List.of("到期日期")),
      Map.entry("terminated_date", List.of("解约日期")),
      Map.entry("team_id", List.of("团队")),
      Map.entry("package", List.of("服务包")),
      Map.entry("fee_yuan", List.of("签约费用")),
      Map.entry("survey_id", List.of("调查编号")),
      Map.entry("survey_date", List.of("调查日期")),
      Map.entry("score", List.of("满意度评分")),
      Map.entry("case_id", List.of("病例编号")),
      Map.entry("disease_class", List.of("传染病类别")),
      Map.entry("disease", List.of("病名")),
      Map.entry("diagnosed_at", List.of("诊断时间")),
      Map.entry("reported_at", List.of("报告时间")),
      Map.entry("event_id", List.of("事件编号")),
      Map.entry("discovered_at", List.of("发现时间")),
      Map.entry("lead_id", List.of("线索编号")),
      Map.entry("domain", List.of("协管类别")),
      Map.entry("found_date", List.of("发现日期")),
      Map.entry("reported_date", List.of("报告日期")),
      Map.entry("activity_id", List.of("活动编号")),
      Map.entry("activity_date", List.of("活动日期")),
      Map.entry("title", List.of("题目")),
      Map.entry("participants", List.of("参加人数")),
      Map.entry("scope_code", List.of("范围编码")),
      Map.entry("year", List.of("年份")),
      Map.entry("population", List.of("常住人口")),
      Map.entry("adult_population", List.of("成年人口")),
      Map.entry("population_65_plus", List.of("65岁及以上人口")),
      Map.entry("population_0_6", List.of("0至6岁儿童数")),
      Map.entry("hypertension_prevalence", List.of("高血压患病率")),
      Map.entry("diabetes_prevalence", List.of("糖尿病患病率")));

  /** Declared after {@link #LABELS}, which it reads while being built. */
  private static final ColumnAliases BUILT_IN = new ColumnAliases(buildBuiltIn(), 0);
}
