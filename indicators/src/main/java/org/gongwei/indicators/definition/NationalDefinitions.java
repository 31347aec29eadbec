package org.gongwei.indicators.definition;

import java.util.List;
import org.gongwei.indicators.rulebook.Knob;

/**
 * The national indicator definitions of indicators.md §1–§14 as data, in document order; the
 * source of {@link Catalogue#national()}.
 *
 * <p>Each entry gives the numerator and denominator in the words of indicators.md, the standard
 * it restates, and exactly the knobs indicators.md says its calculation reads. Every indicator
 * with a population figure as denominator (常住居民数, 65+ 居民数, 0–6 儿童数, adult population)
 * reads {@code populationDenominator}; FD-02 reads {@code managedRequiresFollowUp} through its key
 * group "managed hypertension or T2DM".
 */
final class NationalDefinitions {
  /** The national specification, 3rd edition; a section name follows. */
  private static final String SPEC = "国家基本公共卫生服务规范（第三版）2017, ";

  private static final String RECORDS_SPEC = SPEC + "居民健康档案管理";
  private static final String EDUCATION_SPEC = SPEC + "健康教育";
  private static final String IMMUNIZATION_SPEC = SPEC + "预防接种; "
      + "国家免疫规划疫苗儿童免疫程序及说明（2021年版）";
  private static final String CHILD_SPEC = SPEC + "0～6岁儿童健康管理";
  private static final String MATERNAL_SPEC = SPEC + "孕产妇健康管理";
  private static final String ELDERLY_SPEC = SPEC + "老年人健康管理";
  private static final String HYPERTENSION_SPEC = SPEC + "高血压患者健康管理";
  private static final String DIABETES_SPEC = SPEC + "2型糖尿病患者健康管理";
  private static final String MENTAL_SPEC = SPEC + "严重精神障碍患者管理";
  private static final String TB_SPEC = SPEC + "肺结核患者健康管理";
  private static final String TCM_SPEC = SPEC + "中医药健康管理";
  private static final String INFECTIOUS_SPEC = SPEC + "传染病及突发公共卫生事件报告和处理";
  private static final String SUPERVISION_SPEC = SPEC + "卫生计生监督协管";
  private static final String FAMILY_DOCTOR_RULES =
      "关于推进家庭医生签约服务的指导意见（国医改办发〔2016〕1号）; "
          + "关于推进家庭医生签约服务高质量发展的指导意见（国卫基层发〔2022〕10号）";
  private static final String LIVE_BIRTHS =
      "live births in the period (counts babies while the numerator counts mothers: "
          + "twins lower the rate)";
  private static final String REGISTERED =
      "registered patients (severe mental disorder registration open at period end)";
  private static final String POPULATION =
      "population (常住居民数)";
  private static final String POPULATION_65 =
      "population aged ≥ 65 (65+ 居民数)";
  private static final String STANDARDIZED =
      "standardized management: face-to-face follow-ups in the management window and "
          + "the period ≥ the required number (followUpRequirement), a complete health "
          + "check-up in the period (requireAnnualCheckup), a complete check-up with the "
          + "measurement counting as one follow-up (checkupCountsAsFollowUp)";

  private NationalDefinitions() {}

  private static IndicatorDefinition.Builder define(
      String id, String nameZh, String nameEn, Category category, String section, String source) {
    IndicatorDefinition.Builder b = IndicatorDefinition.builder();
    b.id(id).nameZh(nameZh).nameEn(nameEn).category(category).section(section).source(source);
    return b;
  }

  /** The 44 national definitions in document order. */
  static List<IndicatorDefinition> all() {
    return List.of(
        define("EHR-01", "健康档案建档率", "Health record coverage", Category.RECORDS, "§1", RECORDS_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator("residents in population at period end with record_established_date ≤ end")
            .denominator(POPULATION)
            .addKnobs(Knob.POPULATION_DENOMINATOR)
            .build(),
        define(
                "EHR-02",
                "电子健康档案建档率",
                "Electronic health record coverage",
                Category.RECORDS,
                "§1",
                RECORDS_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "residents in population at period end with record_established_date ≤ end and "
                    + "electronic_record = 1")
            .denominator(POPULATION)
            .addKnobs(Knob.POPULATION_DENOMINATOR)
            .build(),
        define("EHR-03", "健康档案使用率", "Health record use rate", Category.RECORDS, "§1", RECORDS_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "open records at period end with a dynamic record: at least one service record "
                    + "of any kind (follow-up, check-up, TCM service, maternal/child visit, "
                    + "vaccination, mental-health follow-up, TB visit, contract start) dated within "
                    + "the dynamicRecordWindowMonths (default 12) months ending at period end")
            .denominator("open records at period end (档案总份数)")
            .addKnobs(Knob.DYNAMIC_RECORD_WINDOW_MONTHS)
            .build(),
        define(
                "EHR-05",
                "居民规范化电子健康档案覆盖率",
                "Standardized electronic health record coverage",
                Category.RECORDS,
                "§1",
                "国家基本公共卫生服务项目绩效评价; " + RECORDS_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "residents in population at period end with record_established_date ≤ end, "
                    + "electronic_record = 1 and record_standardized = 1")
            .denominator(POPULATION)
            .addKnobs(Knob.POPULATION_DENOMINATOR)
            .build(),
        define(
                "HE-01",
                "健康教育达标机构比例",
                "Share of institutions meeting the health-education requirements",
                Category.EDUCATION,
                "§2",
                EDUCATION_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.INSTITUTION)
            .numerator(
                "institutions meeting every item of the yearly health-education checklist for "
                    + "their type (printed material kinds, audio-video kinds, bulletin-board updates, "
                    + "lectures, public consultation events), pro rata and rounded up for periods "
                    + "shorter than a year")
            .denominator(
                "institutions of the types 乡镇卫生院, 社区卫生服务中心, 村卫生室 and 社区卫生服务站 in the bundle, "
                    + "with education data or not")
            .build(),
        define(
                "IMM-01",
                "建证率",
                "Vaccination certificate rate",
                Category.IMMUNIZATION,
                "§3",
                IMMUNIZATION_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator("children in the denominator with vaccination_certificate_date ≤ end")
            .denominator(
                "children aged 0–6 in population at period end (an estimate of 0–6 children may replace the "
                    + "count), or children in population born in the period (certificateCohort)")
            .addKnobs(Knob.CERTIFICATE_COHORT, Knob.POPULATION_DENOMINATOR)
            .build(),
        define(
                "IMM-02",
                "免疫规划疫苗接种率",
                "National Immunization Program vaccine coverage (all doses)",
                Category.IMMUNIZATION,
                "§3",
                IMMUNIZATION_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "sum over vaccine doses (v, d) of the children in the denominator of (v, d) "
                    + "with a valid dose d of v by period end")
            .denominator(
                "sum over vaccine doses (v, d) of the children in population whose "
                    + "scheduled-age date for dose d of v falls in the period")
            .build(),
        define(
                "IMM-03",
                "及时接种率",
                "Timely vaccination rate",
                Category.IMMUNIZATION,
                "§3",
                IMMUNIZATION_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "doses of the denominator given on or after the scheduled-age date and before "
                    + "the completion-age date (HepB dose 1: before birth + 2 days)")
            .denominator(
                "sum over vaccine doses of the children in population whose completion-age date "
                    + "for the dose falls in the period")
            .build(),
        define("CH-01", "新生儿访视率", "Newborn visit rate", Category.CHILD, "§4", CHILD_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "children born in the period with ≥ 1 newborn home visit within "
                    + "newbornVisitDays (default 28) days of birth")
            .denominator(
                "live births in the period (活产数: sum of live_births of pregnancies delivered in "
                    + "the period; without pregnancy data, residents born in the period)")
            .addKnobs(Knob.NEWBORN_VISIT_DAYS)
            .build(),
        define("CH-02", "儿童健康管理率", "Child health management rate", Category.CHILD, "§4", CHILD_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "children aged 0–6 at period end with ≥ 1 child check-up or newborn visit in "
                    + "the period")
            .denominator("children aged 0–6 (population denominator, 0–6 儿童数)")
            .addKnobs(Knob.POPULATION_DENOMINATOR)
            .build(),
        define(
                "CH-03",
                "儿童系统管理率",
                "Systematic health management rate of children under 3",
                Category.CHILD,
                "§4",
                CHILD_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "children aged < 3 at period end whose check-ups in the period number at least "
                    + "the scheduled ages (3, 6, 8, 12, 18, 24, 30, 36 months) they reached in the "
                    + "period")
            .denominator(
                "children aged < 3 at period end in population who reached at least one "
                    + "scheduled age in the period")
            .requirement(Requirement.OPTIONAL)
            .build(),
        define(
                "MAT-01",
                "早孕建册率",
                "Early pregnancy registration rate",
                Category.MATERNAL,
                "§5",
                MATERNAL_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "women delivered in the period who were registered (建册) and had the first "
                    + "prenatal exam before earlyRegistrationWeeks (default 13) completed weeks of "
                    + "gestation")
            .denominator(LIVE_BIRTHS)
            .addKnobs(Knob.EARLY_REGISTRATION_WEEKS)
            .build(),
        define("MAT-02", "产后访视率", "Postpartum visit rate", Category.MATERNAL, "§5", MATERNAL_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "women delivered in the period with ≥ 1 postpartum visit within "
                    + "postpartumVisitDays (default 28) days after discharge (after delivery if no "
                    + "discharge date)")
            .denominator(LIVE_BIRTHS)
            .addKnobs(Knob.POSTPARTUM_VISIT_DAYS)
            .build(),
        define(
                "MAT-03",
                "产后42天健康检查率",
                "42-day postpartum check-up rate",
                Category.MATERNAL,
                "§5",
                MATERNAL_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator("women delivered in the period with a 42-day postpartum check")
            .denominator(LIVE_BIRTHS)
            .requirement(Requirement.OPTIONAL)
            .build(),
        define(
                "MAT-04",
                "孕产妇系统管理率",
                "Systematic maternal management rate",
                Category.MATERNAL,
                "§5",
                MATERNAL_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "women delivered in the period with early registration "
                    + "(earlyRegistrationWeeks), ≥ systematicPrenatalVisits (default 5) prenatal "
                    + "exams and ≥ 1 postpartum visit")
            .denominator(LIVE_BIRTHS)
            .addKnobs(Knob.EARLY_REGISTRATION_WEEKS, Knob.SYSTEMATIC_PRENATAL_VISITS, Knob.POSTPARTUM_VISIT_DAYS)
            .requirement(Requirement.OPTIONAL)
            .build(),
        define(
                "OLD-01",
                "老年人健康管理率",
                "Elderly health management rate",
                Category.ELDERLY,
                "§6",
                ELDERLY_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "residents aged ≥ 65 at period end with a record established by period end and "
                    + "an elderly annual check-up in the period whose form is complete and with "
                    + "health guidance given")
            .denominator(POPULATION_65)
            .addKnobs(Knob.POPULATION_DENOMINATOR)
            .build(),
        define(
                "HTN-01",
                "高血压患者规范管理率",
                "Hypertension standardized management rate",
                Category.CHRONIC,
                "§7",
                HYPERTENSION_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator("managed hypertension patients under " + STANDARDIZED)
            .denominator(
                "managed hypertension patients: residents aged ≥ 35 with a hypertension "
                    + "registration (ICD-10 I10–I13) whose management window overlaps the period "
                    + "(managedRequiresFollowUp), counted once")
            .addKnobs(
                Knob.MANAGED_REQUIRES_FOLLOW_UP,
                Knob.FOLLOW_UP_REQUIREMENT,
                Knob.REQUIRE_ANNUAL_CHECKUP,
                Knob.CHECKUP_COUNTS_AS_FOLLOW_UP)
            .build(),
        define(
                "HTN-02",
                "管理人群血压控制率",
                "Blood-pressure control rate of managed hypertension patients",
                Category.CHRONIC,
                "§7",
                HYPERTENSION_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "managed hypertension patients controlled at the latest follow-up in the period "
                    + "with the measurement (controlVisit): SBP < 140 and DBP < 90 mmHg, or SBP < 150 "
                    + "and DBP < 90 mmHg when aged ≥ 65 at that visit (elderlyBpTarget); no such "
                    + "follow-up means not controlled")
            .denominator("managed hypertension patients")
            .addKnobs(Knob.CONTROL_VISIT, Knob.ELDERLY_BP_TARGET, Knob.MANAGED_REQUIRES_FOLLOW_UP)
            .build(),
        define(
                "HTN-03",
                "高血压患者健康管理率",
                "Hypertension health management rate",
                Category.CHRONIC,
                "§7",
                HYPERTENSION_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator("managed hypertension patients")
            .denominator(
                "estimated hypertension patients = adult population × hypertension prevalence "
                    + "(populations.csv); no denominator when absent")
            .addKnobs(Knob.MANAGED_REQUIRES_FOLLOW_UP)
            .build(),
        define(
                "DM-01",
                "2型糖尿病患者规范管理率",
                "Type 2 diabetes standardized management rate",
                Category.CHRONIC,
                "§7",
                DIABETES_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator("managed type 2 diabetes patients under " + STANDARDIZED)
            .denominator(
                "managed type 2 diabetes patients: residents aged ≥ 35 with a type 2 diabetes "
                    + "registration (ICD-10 E11) whose management window overlaps the period "
                    + "(managedRequiresFollowUp), counted once")
            .addKnobs(
                Knob.MANAGED_REQUIRES_FOLLOW_UP,
                Knob.FOLLOW_UP_REQUIREMENT,
                Knob.REQUIRE_ANNUAL_CHECKUP,
                Knob.CHECKUP_COUNTS_AS_FOLLOW_UP)
            .build(),
        define(
                "DM-02",
                "管理人群血糖控制率",
                "Blood-glucose control rate of managed type 2 diabetes patients",
                Category.CHRONIC,
                "§7",
                DIABETES_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "managed type 2 diabetes patients controlled at the latest follow-up in the "
                    + "period with the measurement (controlVisit): fasting glucose < "
                    + "fastingGlucoseTarget (default 7.0 mmol/L); no such follow-up means not "
                    + "controlled")
            .denominator("managed type 2 diabetes patients")
            .addKnobs(
                Knob.CONTROL_VISIT, Knob.FASTING_GLUCOSE_TARGET, Knob.MANAGED_REQUIRES_FOLLOW_UP)
            .build(),
        define(
                "DM-03",
                "2型糖尿病患者健康管理率",
                "Type 2 diabetes health management rate",
                Category.CHRONIC,
                "§7",
                DIABETES_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator("managed type 2 diabetes patients")
            .denominator(
                "estimated type 2 diabetes patients = adult population × diabetes prevalence "
                    + "(populations.csv); no denominator when absent")
            .addKnobs(Knob.MANAGED_REQUIRES_FOLLOW_UP)
            .build(),
        define(
                "SMD-01",
                "严重精神障碍患者规范管理率",
                "Severe mental disorder standardized management rate",
                Category.MENTAL,
                "§8",
                MENTAL_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "registered patients whose reached follow-ups in the period number at least the "
                    + "required (followUpRequirement, as §7: one per overlapping quarter, at most 4)")
            .denominator(REGISTERED)
            .addKnobs(Knob.FOLLOW_UP_REQUIREMENT)
            .build(),
        define(
                "SMD-02",
                "严重精神障碍患者报告患病率",
                "Reported prevalence of severe mental disorders",
                Category.MENTAL,
                "§8",
                MENTAL_SPEC)
            .unit(Unit.PER_THOUSAND)
            .basis(Basis.PERSON)
            .numerator("registered patients")
            .denominator(POPULATION)
            .addKnobs(Knob.POPULATION_DENOMINATOR)
            .build(),
        define(
                "SMD-03",
                "在册患者管理率",
                "Management rate of registered severe mental disorder patients",
                Category.MENTAL,
                "§8",
                MENTAL_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator("registered patients with ≥ 1 reached follow-up in the period")
            .denominator(REGISTERED)
            .build(),
        define(
                "SMD-04",
                "严重精神障碍患者服药率",
                "Severe mental disorder medication rate",
                Category.MENTAL,
                "§8",
                MENTAL_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "registered patients whose latest reached follow-up in the period records "
                    + "medication REGULAR or INTERMITTENT")
            .denominator(REGISTERED)
            .build(),
        define(
                "SMD-05",
                "严重精神障碍患者规律服药率",
                "Severe mental disorder regular medication rate",
                Category.MENTAL,
                "§8",
                MENTAL_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "registered patients whose latest reached follow-up in the period records "
                    + "medication REGULAR")
            .denominator(REGISTERED)
            .build(),
        define(
                "SMD-06",
                "严重精神障碍患者病情稳定率",
                "Severe mental disorder stable condition rate",
                Category.MENTAL,
                "§8",
                MENTAL_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "registered patients with ≥ 1 reached follow-up in the period whose latest one "
                    + "is STABLE")
            .denominator("registered patients with ≥ 1 reached follow-up in the period")
            .build(),
        define(
                "TB-01",
                "肺结核患者管理率",
                "Tuberculosis patient management rate",
                Category.TUBERCULOSIS,
                "§9",
                TB_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "patients notified in the period with a first home visit recorded (within "
                    + "firstVisitHours of notification when that is set)")
            .denominator("tuberculosis patients notified to the institution in the period")
            .addKnobs(Knob.FIRST_VISIT_HOURS)
            .build(),
        define(
                "TB-02",
                "肺结核患者规则服药率",
                "Tuberculosis regular medication rate",
                Category.TUBERCULOSIS,
                "§9",
                TB_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator("courses of the denominator with doses_taken / doses_scheduled ≥ 0.90")
            .denominator(
                "tuberculosis courses whose treatment ended in the period with outcome "
                    + "COMPLETED or CURED")
            .build(),
        define(
                "TCM-01",
                "老年人中医药健康管理率",
                "Elderly TCM health management rate",
                Category.TCM,
                "§10",
                TCM_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "residents aged ≥ 65 at period end with ≥ 1 elderly TCM service (体质辨识 and 保健指导) "
                    + "in the period")
            .denominator(POPULATION_65)
            .addKnobs(Knob.POPULATION_DENOMINATOR)
            .build(),
        define(
                "TCM-02",
                "0～36个月儿童中医药健康管理服务率",
                "TCM health management rate of children aged 0–36 months",
                Category.TCM,
                "§10",
                TCM_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "children of the denominator whose child TCM services in the period number at "
                    + "least the TCM ages (6, 12, 18, 24, 30, 36 months) they reached in the period")
            .denominator("children in population who reached at least one TCM age in the period")
            .build(),
        define(
                "ID-01",
                "传染病疫情报告率",
                "Infectious disease reporting rate",
                Category.INFECTIOUS,
                "§11",
                INFECTIOUS_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.EVENT)
            .numerator("cases diagnosed in the period with a network report")
            .denominator("cases registered (diagnosed in the period)")
            .build(),
        define(
                "ID-02",
                "传染病疫情报告及时率",
                "Timely infectious disease reporting rate",
                Category.INFECTIOUS,
                "§11",
                INFECTIOUS_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.EVENT)
            .numerator(
                "reported cases reported within their window: 2 hours from diagnosis for class "
                    + "A and class B managed as A, 24 hours for other class B and class C")
            .denominator("reported cases diagnosed in the period")
            .build(),
        define(
                "ID-03",
                "突发公共卫生事件相关信息报告率",
                "Public-health emergency information reporting rate",
                Category.INFECTIOUS,
                "§11",
                INFECTIOUS_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.EVENT)
            .numerator("events discovered in the period reported within 2 hours of discovery")
            .denominator("events discovered in the period that were reported")
            .build(),
        define(
                "SUP-01",
                "卫生计生监督协管信息报告率",
                "Health-supervision information reporting rate",
                Category.SUPERVISION,
                "§12",
                SUPERVISION_SPEC)
            .unit(Unit.PERCENT)
            .basis(Basis.EVENT)
            .numerator("leads discovered in the period that were reported")
            .denominator("leads discovered in the period")
            .build(),
        define(
                "SUP-02",
                "协助开展实地巡查次数",
                "Field patrols assisted",
                Category.SUPERVISION,
                "§12",
                SUPERVISION_SPEC)
            .unit(Unit.COUNT)
            .basis(Basis.EVENT)
            .numerator(
                "patrol records in the period, by domain (food, water, school, illegal "
                    + "practice/blood, family planning)")
            .build(),
        define(
                "FD-01",
                "家庭医生签约服务覆盖率",
                "Family-doctor contract coverage",
                Category.FAMILY_DOCTOR,
                "§13",
                FAMILY_DOCTOR_RULES)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "residents in population signed at period end (a contract with start_date ≤ end "
                    + "≤ end_date, not terminated on or before period end)")
            .denominator(POPULATION)
            .addKnobs(Knob.POPULATION_DENOMINATOR)
            .build(),
        define(
                "FD-02",
                "重点人群签约服务覆盖率",
                "Key-group family-doctor contract coverage",
                Category.FAMILY_DOCTOR,
                "§13",
                FAMILY_DOCTOR_RULES)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator("key-group residents signed at period end")
            .denominator(
                "key-group residents in population, from the data, each counted once: aged ≥ "
                    + "65, aged 0–6, pregnant during the period, managed hypertension or type 2 "
                    + "diabetes, registered severe mental disorder, tuberculosis under treatment, "
                    + "disabled, poverty-alleviated (脱贫人口), family-planning special families "
                    + "(计划生育特殊家庭)")
            .addKnobs(Knob.MANAGED_REQUIRES_FOLLOW_UP)
            .build(),
        define(
                "FD-03",
                "家庭医生签约服务续约率",
                "Family-doctor contract renewal rate",
                Category.FAMILY_DOCTOR,
                "§13",
                FAMILY_DOCTOR_RULES)
            .unit(Unit.PERCENT)
            .basis(Basis.PERSON)
            .numerator(
                "contracts of the denominator followed by a new contract of the same resident "
                    + "starting within renewalGraceDays (default 30) days after their end")
            .denominator(
                "contracts whose end_date falls in the period and that were not terminated "
                    + "early")
            .addKnobs(Knob.RENEWAL_GRACE_DAYS)
            .build(),
        define(
                "FD-04",
                "签约居民满意度",
                "Contracted residents' satisfaction",
                Category.FAMILY_DOCTOR,
                "§13",
                FAMILY_DOCTOR_RULES)
            .unit(Unit.PERCENT)
            .basis(Basis.EVENT)
            .numerator("satisfaction surveys in the period scoring ≥ 4 on the 1–5 scale")
            .denominator("satisfaction surveys in the period")
            .build(),
        define(
                "PC-01",
                "基层医疗卫生机构诊疗量占比",
                "Primary-care share of all visits",
                Category.PRIMARY_CARE,
                "§14",
                "关于推进分级诊疗制度建设的指导意见（国办发〔2015〕70号）")
            .unit(Unit.PERCENT)
            .basis(Basis.AGGREGATE)
            .numerator("visits to primary-care institutions (aggregate input)")
            .denominator("all visits (aggregate input)")
            .build(),
        define(
                "PC-02",
                "每万人口全科医生数",
                "General practitioners per 10,000 population",
                Category.PRIMARY_CARE,
                "§14",
                "关于改革完善全科医生培养与使用激励机制的意见（国办发〔2018〕3号）")
            .unit(Unit.PER_TEN_THOUSAND)
            .basis(Basis.AGGREGATE)
            .numerator("general practitioners (aggregate input)")
            .denominator(POPULATION)
            .addKnobs(Knob.POPULATION_DENOMINATOR)
            .build(),
        define(
                "PC-03",
                "居民健康素养水平",
                "Health literacy level",
                Category.PRIMARY_CARE,
                "§14",
                "全国居民健康素养监测; 健康中国行动（2019—2030年）")
            .unit(Unit.PERCENT)
            .basis(Basis.AGGREGATE)
            .numerator(
                "survey respondents aged 15–69 scoring ≥ 80 % of the questionnaire's maximum "
                    + "(weighted when weights are given)")
            .denominator("survey respondents aged 15–69 (weighted when weights are given)")
            .build());
  }
}
