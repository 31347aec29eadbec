package org.gongwei.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.CheckupKind;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.code.Sex;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.population.PopulationEstimate;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.validation.DatasetValidator;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.ValidationReport;
import org.gongwei.indicators.engine.DrillDown;
import org.gongwei.indicators.engine.Evaluation;
import org.gongwei.indicators.engine.Membership;
import org.gongwei.indicators.primarycare.PrimaryCare;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.rate.Scale;
import org.gongwei.indicators.report.DenominatorSource;
import org.gongwei.indicators.report.Detail;
import org.gongwei.indicators.report.IndicatorReport;
import org.gongwei.indicators.report.IndicatorResult;
import org.gongwei.indicators.report.Indicators;
import org.gongwei.indicators.report.Scope;
import org.gongwei.indicators.report.Stratification;
import org.gongwei.indicators.report.Stratum;
import org.gongwei.indicators.rulebook.FollowUpRequirement;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.indicators.target.Attainment;
import org.gongwei.indicators.target.Target;
import org.gongwei.indicators.worklist.DueRule;
import org.gongwei.indicators.worklist.Worklist;
import org.gongwei.indicators.worklist.Worklists;
import org.gongwei.io.bundle.BundleAccount;
import org.gongwei.io.bundle.BundleRead;
import org.gongwei.io.bundle.BundleReader;
import org.gongwei.io.json.RulebookJson;
import org.gongwei.io.report.CsvReportWriter;
import org.gongwei.io.report.JsonReportWriter;
import org.gongwei.io.report.XlsxReportWriter;
import org.gongwei.io.submission.SubmissionReport;
import org.gongwei.io.submission.SubmissionReportWriter;
import org.gongwei.io.submission.SubmissionValidator;
import org.gongwei.io.submission.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/user-guide.md} true: every Java snippet of the guide is code of this class
 * (checked line by line), where it runs on small data and its results are asserted; every JShell
 * session of the guide, and the quick start of {@code README.md}, runs in JShell and prints what
 * the guide shows.
 */
class UserGuideTest {
  private static final Path GUIDE = repositoryRoot().resolve("docs/user-guide.md");
  private static final Path README = repositoryRoot().resolve("README.md");
  private static final Path SOURCE =
      Path.of("src/test/java/org/gongwei/examples/UserGuideTest.java");

  // ---------------------------------------------------------------- 1. embedding

  /** The dataset of the guide: two hypertension patients of a village clinic. */
  static Dataset dataset() {
    Institution centre = Institution.builder()
        .code("430321101")
        .name("花明楼镇卫生院")
        .type(InstitutionType.TOWNSHIP_HEALTH_CENTER)
        .regionCode(RegionCode.parse("430321101"))
        .build();
    Institution clinic = Institution.builder()
        .code("430321101201")
        .name("江坝村卫生室")
        .type(InstitutionType.VILLAGE_CLINIC)
        .regionCode(RegionCode.parse("430321101201"))
        .parentCode("430321101")
        .build();
    Resident zhang = Resident.builder()
        .residentId("R0001")
        .sex(Sex.MALE)
        .birthDate(LocalDate.of(1950, 3, 1))
        .regionCode(RegionCode.parse("430321101201"))
        .institutionCode("430321101201")
        .permanent(true)
        .recordEstablishedDate(LocalDate.of(2015, 6, 1))
        .electronicRecord(true)
        .build();
    Resident li = Resident.builder()
        .residentId("R0002")
        .sex(Sex.FEMALE)
        .birthDate(LocalDate.of(1965, 7, 15))
        .regionCode(RegionCode.parse("430321101201"))
        .institutionCode("430321101201")
        .permanent(true)
        .recordEstablishedDate(LocalDate.of(2018, 3, 9))
        .build();
    Registration zhangHtn = Registration.builder()
        .registrationId("G0001")
        .residentId("R0001")
        .condition(Condition.HYPERTENSION)
        .icd10(Icd10Code.parse("I10"))
        .enrolledDate(LocalDate.of(2020, 5, 1))
        .build();
    Registration liHtn = Registration.builder()
        .registrationId("G0002")
        .residentId("R0002")
        .condition(Condition.HYPERTENSION)
        .icd10(Icd10Code.parse("I10"))
        .enrolledDate(LocalDate.of(2023, 9, 1))
        .build();

    List<BundleRecord> records = new ArrayList<>(List.of(centre, clinic, zhang, li, zhangHtn, liHtn));
    records.add(bloodPressureVisit("F0001", "R0001", LocalDate.of(2024, 2, 10), FollowUpMethod.CLINIC, 136, 84));
    records.add(bloodPressureVisit("F0002", "R0001", LocalDate.of(2024, 5, 10), FollowUpMethod.CLINIC, 134, 82));
    records.add(bloodPressureVisit("F0003", "R0001", LocalDate.of(2024, 8, 10), FollowUpMethod.HOME, 138, 86));
    records.add(bloodPressureVisit("F0004", "R0001", LocalDate.of(2024, 11, 10), FollowUpMethod.CLINIC, 132, 80));
    records.add(bloodPressureVisit("F0005", "R0002", LocalDate.of(2024, 3, 2), FollowUpMethod.HOME, 152, 94));
    records.add(bloodPressureVisit("F0006", "R0002", LocalDate.of(2024, 9, 15), FollowUpMethod.CLINIC, 146, 92));
    records.add(Checkup.builder()
        .checkupId("C0001")
        .residentId("R0001")
        .checkupDate(LocalDate.of(2024, 4, 20))
        .kind(CheckupKind.ELDERLY_ANNUAL)
        .formComplete(true)
        .guidanceGiven(true)
        .sbp(138)
        .dbp(86)
        .build());
    Dataset dataset = Dataset.of(records);
    return dataset;
  }

  static FollowUp bloodPressureVisit(
      String id, String residentId, LocalDate date, FollowUpMethod method, int sbp, int dbp) {
    return FollowUp.builder()
        .followUpId(id)
        .residentId(residentId)
        .condition(Condition.HYPERTENSION)
        .visitDate(date)
        .method(method)
        .sbp(sbp)
        .dbp(dbp)
        .build();
  }

  @Test
  void theDatasetHoldsWhatWasBuilt() {
    Dataset dataset = dataset();
    assertEquals("Dataset[2 residents, 13 records]", dataset.toString());
    assertEquals(4, dataset.view("R0001").orElseThrow().followUps().size());
  }

  @Test
  void report() {
    Dataset dataset = dataset();
    Indicators nbphs = Indicators.national();
    ReportingPeriod year2024 = ReportingPeriod.ofYear(2024);
    IndicatorReport report = nbphs.report(dataset, year2024, Rulebook.national2017());
    IndicatorResult htn01 = report.result("HTN-01").orElseThrow();
    Rate rate = htn01.rate();                               // 50.00% (1/2)
    Optional<Attainment> target = htn01.attainment();       // NOT_MET 50.00% ≥ 60% (-10.00 points)
    String table = report.toString();                       // a heading and an aligned table

    assertEquals("50.00% (1/2)", rate.toString());
    assertEquals("NOT_MET 50.00% ≥ 60% (-10.00 points)", target.orElseThrow().toString());
    assertTrue(table.startsWith("Indicator report 2024, scope all, rulebook national-2017\n"), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("HTN-01 ") && l.contains("50.00%")), table);
    assertEquals("HTN-02 50.00% (1/2, OK)", report.result("HTN-02").orElseThrow().toString());
  }

  @Test
  void drillDown() {
    Dataset dataset = dataset();
    Indicators nbphs = Indicators.national();
    IndicatorReport report = nbphs.report(dataset, ReportingPeriod.ofYear(2024), Rulebook.national2017());
    DrillDown drill = nbphs.drillDown(dataset, report, "HTN-01");
    List<String> managed = drill.denominatorIds();          // [R0001, R0002]
    List<String> standardized = drill.numeratorIds();       // [R0001]
    List<String> reasons = drill.shortfalls().stream()
        .map(e -> e.subjectId() + ": " + e.reason())
        .toList();
    // [R0002: 2 face-to-face follow-ups in 2024, 4 required; no complete check-up in 2024]

    assertEquals(List.of("R0001", "R0002"), managed);
    assertEquals(List.of("R0001"), standardized);
    assertEquals(
        List.of("R0002: 2 face-to-face follow-ups in 2024, 4 required; no complete check-up in 2024"),
        reasons);
  }

  @Test
  void explain() {
    Dataset dataset = dataset();
    Indicators nbphs = Indicators.national();
    ReportingPeriod year2024 = ReportingPeriod.ofYear(2024);
    ResidentView liView = dataset.view("R0002").orElseThrow();
    List<Evaluation> lines = nbphs.explain(liView, year2024, Rulebook.national2017()).stream()
        .filter(e -> e.membership() != Membership.NOT_IN_DENOMINATOR)
        .toList();
    // EHR-01 R0002 NUMERATOR: counted
    // EHR-02 R0002 DENOMINATOR_ONLY: health record not electronic
    // …
    // HTN-01 R0002 DENOMINATOR_ONLY: 2 face-to-face follow-ups in 2024, 4 required; no complete check-up in 2024
    // HTN-02 R0002 DENOMINATOR_ONLY: latest follow-up with blood pressure 2024-09-15: 146/92 mmHg, target below 140/90
    // …

    List<String> text = lines.stream().map(Evaluation::toString).toList();
    assertEquals("EHR-01 R0002 NUMERATOR: counted", text.get(0));
    assertTrue(text.contains("EHR-02 R0002 DENOMINATOR_ONLY: health record not electronic"), text::toString);
    assertTrue(text.contains("HTN-01 R0002 DENOMINATOR_ONLY: 2 face-to-face follow-ups in 2024, 4 required; "
        + "no complete check-up in 2024"), text::toString);
    assertTrue(text.contains("HTN-02 R0002 DENOMINATOR_ONLY: latest follow-up with blood pressure 2024-09-15: "
        + "146/92 mmHg, target below 140/90"), text::toString);
  }

  @Test
  void strata() {
    Dataset dataset = dataset();
    Indicators nbphs = Indicators.national();
    IndicatorReport report = nbphs.report(dataset, ReportingPeriod.ofYear(2024), Rulebook.national2017());
    IndicatorReport bySex = report.stratifiedBy(Stratification.SEX);
    List<Stratum> strata = bySex.result("HTN-01").orElseThrow().strata();
    // [FEMALE 女: 0.00% (0/1), MALE 男: 100.00% (1/1)]
    DrillDown women = nbphs.drillDown(dataset, bySex, "HTN-01", Stratification.SEX, "FEMALE");
    // DrillDown[HTN-01, 0/1, 1 short]

    assertEquals("[FEMALE 女: 0.00% (0/1), MALE 男: 100.00% (1/1)]", strata.toString());
    assertEquals("DrillDown[HTN-01, 0/1, 1 short]", women.toString());
  }

  @Test
  void scopes() {
    Dataset dataset = dataset();
    Indicators nbphs = Indicators.national();
    ReportingPeriod year2024 = ReportingPeriod.ofYear(2024);
    IndicatorReport report = nbphs.report(dataset, year2024, Rulebook.national2017());
    IndicatorReport township = nbphs.report(dataset, year2024, Rulebook.national2017(), Scope.institution("430321101"));
    IndicatorReport village = report.withScope(Scope.region(RegionCode.parse("430321101201")));
    IndicatorReport elsewhere = report.withScope(Scope.region(RegionCode.parse("430321102")));
    // HTN-01: 1/2 in the township (its village clinic included), 1/2 in the village, no denominator elsewhere

    assertEquals("HTN-01 50.00% (1/2, OK)", township.result("HTN-01").orElseThrow().toString());
    assertEquals("HTN-01 50.00% (1/2, OK)", village.result("HTN-01").orElseThrow().toString());
    assertEquals("HTN-01 — (0/0, NO_DENOMINATOR)", elsewhere.result("HTN-01").orElseThrow().toString());
  }

  @Test
  void populationEstimates() {
    Dataset dataset = dataset();
    Indicators nbphs = Indicators.national();
    ReportingPeriod year2024 = ReportingPeriod.ofYear(2024);
    PopulationEstimate township2024 = PopulationEstimate.builder()
        .scopeCode("430321101")
        .year(2024)
        .population(52_000)
        .adultPopulation(40_000)
        .population65Plus(7_800)
        .hypertensionPrevalence(new BigDecimal("0.275"))
        .build();
    Dataset withEstimate = Dataset.builder().addAll(dataset.stream().toList()).add(township2024).build();
    IndicatorReport estimated = nbphs.report(withEstimate, year2024, Rulebook.national2017());
    IndicatorResult htn03 = estimated.result("HTN-03").orElseThrow();
    // HTN-03 0.02% (2/11000, OK): 2 managed patients of 40,000 × 0.275 estimated
    DenominatorSource source = htn03.denominatorSource();   // ESTIMATE

    assertEquals("HTN-03 0.02% (2/11000, OK)", htn03.toString());
    assertEquals(DenominatorSource.ESTIMATE, source);
    assertEquals("OLD-01 0.01% (1/7800, OK)", estimated.result("OLD-01").orElseThrow().toString());
    IndicatorResult without = nbphs.report(dataset, year2024, Rulebook.national2017()).result("HTN-03").orElseThrow();
    assertEquals("HTN-03 — (2/0, NO_DENOMINATOR)", without.toString());
  }

  @Test
  void customRulebook() throws IOException {
    Dataset dataset = dataset();
    Indicators nbphs = Indicators.national();
    ReportingPeriod year2024 = ReportingPeriod.ofYear(2024);
    Rulebook county = Rulebook.national2017()
        .withName("county-x")
        .withFollowUpRequirement(FollowUpRequirement.fixed(2))
        .withRequireAnnualCheckup(false)
        .withTarget("HTN-01", Target.atLeast("0.70"));
    // Rulebook[county-x: followUpRequirement=FIXED(2), requireAnnualCheckup=false, targets changed]
    IndicatorResult htn01 = nbphs.report(dataset, year2024, county).result("HTN-01").orElseThrow();
    // HTN-01 100.00% (2/2, OK), target ≥ 70% met

    Rulebook fromFile = RulebookJson.parse("""
        {"name": "county-x", "followUpRequirement": "FIXED(2)", "requireAnnualCheckup": false,
         "targets": {"HTN-01": {"atLeast": 0.70}}}
        """);
    // equal to county; RulebookJson.read(Path.of("county-x.json")) reads a file

    assertEquals(
        "Rulebook[county-x: followUpRequirement=FIXED(2), requireAnnualCheckup=false, targets changed]",
        county.toString());
    assertEquals("HTN-01 100.00% (2/2, OK)", htn01.toString());
    assertTrue(htn01.attainment().orElseThrow().isMet());
    assertEquals(county, fromFile);
  }

  @Test
  void writeReports() throws IOException {
    Dataset dataset = dataset();
    IndicatorReport report = Indicators.national().report(dataset, ReportingPeriod.ofYear(2024), Rulebook.national2017());
    String csv = CsvReportWriter.toCsv(report, Detail.HEADLINES);
    // id,part,name,stratification,stratumKey,stratumLabel,numerator,denominator,value,percent,unit,status,…
    // …
    // HTN-01,,高血压患者规范管理率,,,,1,2,0.500000,50.00,PERCENT,OK,RECORDS,≥ 60%,NOT_MET,-10.00
    String json = JsonReportWriter.toJson(report, Detail.HEADLINES);
    Path xlsx = Files.createTempFile("report-2024", ".xlsx");
    XlsxReportWriter.write(report.stratifiedBy(Stratification.INSTITUTION), Detail.ALL, xlsx);

    try {
      assertTrue(csv.startsWith("id,part,name,stratification,stratumKey,stratumLabel,numerator,denominator,"
          + "value,percent,unit,status,"), csv);
      assertTrue(csv.lines().anyMatch(
          l -> l.equals("HTN-01,,高血压患者规范管理率,,,,1,2,0.500000,50.00,PERCENT,OK,RECORDS,≥ 60%,NOT_MET,-10.00")),
          csv);
      assertTrue(json.contains("\"id\" : \"HTN-01\""), json);
      byte[] zip = Files.readAllBytes(xlsx);
      assertTrue(zip.length > 100 && zip[0] == 'P' && zip[1] == 'K', "an xlsx file is a zip file");
    } finally {
      Files.deleteIfExists(xlsx);
    }
  }

  @Test
  void worklist() {
    Dataset dataset = dataset();
    Worklist due = Worklists.of(dataset, LocalDate.of(2024, 12, 15), Rulebook.national2017());
    Worklist village = due.forInstitution("430321101201");
    Map<DueRule, Integer> byRule = due.countsByRule();      // {HYPERTENSION_FOLLOW_UP=1, CHRONIC_CHECKUP=1, ELDERLY_TCM=1}
    // DUE 2024-12-31 R0001 老年人中医药健康管理 2024 TCM-01 aged 74: no elderly TCM service in 2024
    // DUE 2024-12-31 R0002 高血压患者随访 2024-Q4 HTN-01 no face-to-face follow-up in 2024-Q4 yet
    // DUE 2024-12-31 R0002 慢病患者年度健康体检 2024 HTN-01 no check-up with a complete form in 2024 (…)

    assertEquals(3, village.size());
    assertEquals("{HYPERTENSION_FOLLOW_UP=1, CHRONIC_CHECKUP=1, ELDERLY_TCM=1}", byRule.toString());
    String table = due.toString();
    assertTrue(table.contains("aged 74: no elderly TCM service in 2024"), table);
    assertTrue(table.contains("no face-to-face follow-up in 2024-Q4 yet"), table);
    assertTrue(table.contains("no check-up with a complete form in 2024"), table);
  }

  @Test
  void aggregateRates() {
    Rate fuyun = Rate.of(6_098, 6_533);                     // 93.34% (6098/6533)
    Rate gps = PrimaryCare.generalPractitionersPerTenThousand(638_700, 1_406_800_000L);
    String perTenThousand = gps.format(Scale.PER_TEN_THOUSAND, 2);   // 4.54‱

    assertEquals("93.34% (6098/6533)", fuyun.toString());
    assertEquals("4.54‱", perTenThousand);
  }

  // ---------------------------------------------------------------- 2. validating

  @Test
  void validateADataset() {
    Dataset dataset = dataset();
    FollowUp implausible = bloodPressureVisit("F0100", "R0001", LocalDate.of(2024, 6, 3), FollowUpMethod.CLINIC, 85, 95);
    FollowUp orphan = bloodPressureVisit("F0101", "R0099", LocalDate.of(2024, 6, 3), FollowUpMethod.CLINIC, 128, 80);
    Dataset submission = Dataset.builder().addAll(dataset.stream().toList()).add(implausible).add(orphan).build();
    ValidationReport problems = DatasetValidator.builder()
        .asOf(LocalDate.of(2025, 1, 31))
        .build()
        .validate(submission);
    boolean rejected = problems.hasErrors();                // true
    String summary = problems.summary();
    List<String> found = problems.problems().stream().map(Problem::toString).toList();
    // WARNING SBP_NOT_ABOVE_DBP FOLLOW_UP F0100 sbp: systolic pressure 85 mmHg is not above diastolic pressure 95 mmHg
    // ERROR UNKNOWN_RESIDENT FOLLOW_UP F0101 resident_id: resident_id R0099 is not a resident of the residents

    assertTrue(rejected);
    assertEquals(
        List.of(
            "WARNING SBP_NOT_ABOVE_DBP FOLLOW_UP F0100 sbp: systolic pressure 85 mmHg is not above "
                + "diastolic pressure 95 mmHg",
            "ERROR UNKNOWN_RESIDENT FOLLOW_UP F0101 resident_id: resident_id R0099 is not a resident "
                + "of the residents"),
        found);
    assertEquals(
        "1 error, 1 warning, 0 infos\n"
            + "Errors:\n"
            + "  1  UNKNOWN_RESIDENT — A record refers to a resident who is not in the residents.\n"
            + "Warnings:\n"
            + "  1  SBP_NOT_ABOVE_DBP — Systolic pressure is not above diastolic pressure.\n",
        summary);
  }

  @Test
  void readABundle() throws IOException {
    Path bundle = Files.createTempDirectory("county-2024");
    Files.writeString(bundle.resolve("residents.csv"), """
        resident_id,sex,birth_date,region_code,institution_code,permanent,id_number
        R0001,1,1950-03-01,430321101201,430321101201,1,
        R0002,2,1965/7/15,430321101201,430321101201,是,4.30321E+17
        R0003,3,1980-02-30,430321101201,430321101201,1,
        """);
    BundleRead read = BundleReader.defaults().read(bundle);
    BundleAccount account = read.account();
    // residents.csv [UTF-8, COMPLETE]: 3 read, 2 accepted, 1 rejected; 3 errors, 1 warning, 0 info
    // bundle: 1 file, 3 read, 2 accepted, 1 rejected; 3 errors, 1 warning, 0 info
    List<String> found = read.problems().stream().map(Problem::toString).toList();
    // ERROR ID_NUMBER_SCIENTIFIC residents.csv:3 RESIDENT R0002 id_number: '4.30321E+17' looks like Excel …
    // WARNING DATE_NONSTANDARD residents.csv:3 RESIDENT R0002 birth_date: '1965/7/15' read as 1965-07-15; …
    // ERROR CODE_UNKNOWN residents.csv:4 RESIDENT R0003 sex: sex: '3' is not a code of Sex (accepted: …)
    // ERROR DATE_INVALID residents.csv:4 RESIDENT R0003 birth_date: '1980-02-30' is not a valid calendar date
    Dataset submitted = read.dataset();                     // Dataset[2 residents, 2 records]
    ValidationReport everything = ValidationReport.of(read.problems())
        .merge(DatasetValidator.builder().asOf(LocalDate.of(2025, 1, 31)).build().validate(submitted));

    SubmissionReport submission = SubmissionValidator.defaults()
        .withValidator(DatasetValidator.builder().asOf(LocalDate.of(2025, 1, 31)).build())
        .validate(bundle);
    Verdict verdict = submission.verdict();                 // ERRORS (exit code 1)
    String summary = submission.summary();                  // files, counts by code, first problems
    String csv = SubmissionReportWriter.toCsv(submission);  // file,line,column,code,severity,message,…

    try {
      assertEquals(Verdict.ERRORS, verdict);
      assertEquals(1, verdict.exitCode());
      assertTrue(summary.contains("residents.csv          UTF-8              3          2          1        3        1"),
          summary);
      assertEquals("file,line,column,code,severity,message,record_type,record_id", csv.lines().findFirst().orElseThrow());
      assertTrue(csv.lines().anyMatch(l -> l.startsWith("residents.csv,4,birth_date,DATE_INVALID,ERROR,")), csv);
      assertEquals(
          "residents.csv [UTF-8, COMPLETE]: 3 read, 2 accepted, 1 rejected; 3 errors, 1 warning, 0 info\n"
              + "bundle: 1 file, 3 read, 2 accepted, 1 rejected; 3 errors, 1 warning, 0 info",
          account.toString());
      assertEquals(4, found.size());
      assertTrue(found.get(0).startsWith("ERROR ID_NUMBER_SCIENTIFIC residents.csv:3 RESIDENT R0002 id_number: "
          + "'4.30321E+17' looks like Excel "), found::toString);
      assertTrue(found.get(1).startsWith("WARNING DATE_NONSTANDARD residents.csv:3 RESIDENT R0002 birth_date: "
          + "'1965/7/15' read as 1965-07-15; "), found::toString);
      assertTrue(found.get(2).startsWith("ERROR CODE_UNKNOWN residents.csv:4 RESIDENT R0003 sex: sex: '3' is not a "
          + "code of Sex (accepted: "), found::toString);
      assertEquals("ERROR DATE_INVALID residents.csv:4 RESIDENT R0003 birth_date: '1980-02-30' is not a valid "
          + "calendar date", found.get(3));
      assertEquals("Dataset[2 residents, 2 records]", submitted.toString());
      assertEquals("3 errors, 1 warning, 0 infos", everything.toString());
    } finally {
      Files.deleteIfExists(bundle.resolve("residents.csv"));
      Files.deleteIfExists(bundle);
    }
  }

  // ---------------------------------------------------------------- the guide itself

  @Test
  void everyJavaSnippetOfTheGuideIsCodeOfThisTest() throws IOException {
    List<String> source = normalized(Files.readString(SOURCE, StandardCharsets.UTF_8));
    List<Block> snippets = blocks(GUIDE).stream().filter(b -> b.language().equals("java") && !b.isSession()).toList();
    assertFalse(snippets.isEmpty(), "the guide has no Java snippets");
    for (Block b : snippets) {
      List<String> lines = normalized(b.text());
      assertTrue(
          Collections.indexOfSubList(source, lines) >= 0,
          "this snippet of docs/user-guide.md (line " + b.line() + ") is not code of UserGuideTest; "
              + "change both together:\n" + b.text());
    }
  }

  @Test
  void everyJShellSessionOfTheGuideRuns() throws IOException {
    List<Block> sessions = blocks(GUIDE).stream().filter(Block::isSession).toList();
    assertTrue(sessions.size() >= 2, "the guide has too few JShell sessions");
    runSessions(sessions, "docs/user-guide.md");
  }

  @Test
  void theQuickStartOfTheReadmeRuns() throws IOException {
    List<Block> sessions = blocks(README).stream().filter(Block::isSession).toList();
    assertEquals(1, sessions.size(), "README.md should have one JShell session");
    runSessions(sessions, "README.md");
  }

  @Test
  void lenientComparisonIgnoresNumbersAndAlignmentOnly() {
    assertTrue(Session.matches("$6 ==> HTN-01 64.25% (629/979, OK)", "$9 ==> HTN-01 61.00% (12/20, OK)", true));
    assertFalse(Session.matches("$6 ==> HTN-01 64.25% (629/979, OK)", "$6 ==> HTN-02 64.25% (629/979, OK)", true));
    assertFalse(Session.matches("$6 ==> 64.25%", "$6 ==> 61.00%", false));
    assertTrue(Session.matches("==> not met (-21.25 pts)", "==> not met (-3.5 pts)", true));
    assertFalse(Session.matches("==> R0002 counted", "==> R0003 counted", true));
    assertTrue(Session.matches("a ==> x\n…\nz", "a ==> x\ny\ny\nz", false));
    assertTrue(Session.matches("Id   Value\n…", "Id Value\nrow", false));
    assertTrue(Session.matches("==> Indicator report 2024, nation ...   OK  records", "==> Indicator report 2024, "
        + "national-2017\nId\nEHR-01 OK records", false));
  }

  /** A fenced block of a Markdown file. */
  record Block(String language, boolean lenient, int line, String text) {
    /** Whether the block is a JShell session: lines starting with {@code jshell>}. */
    boolean isSession() {
      return text.lines().anyMatch(l -> l.startsWith("jshell> "));
    }
  }

  /** The fenced blocks of a Markdown file; the info string {@code java lenient} marks lenient sessions. */
  static List<Block> blocks(Path markdown) throws IOException {
    List<String> lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.startsWith("```") || line.length() == 3) {
        continue;
      }
      String[] info = line.substring(3).strip().split("\\s+");
      StringBuilder text = new StringBuilder();
      int start = i + 1;
      for (i = i + 1; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
        text.append(lines.get(i)).append('\n');
      }
      blocks.add(new Block(info[0], List.of(info).contains("lenient"), start, text.toString()));
    }
    return blocks;
  }

  /** The non-blank lines of a text, stripped. */
  static List<String> normalized(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }

  /**
   * Runs the sessions of a file one after the other in one JShell, as a reader who keeps JShell
   * open from one section to the next.
   */
  private static void runSessions(List<Block> blocks, String file) {
    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (JShellSession js = JShellSession.open(testClassPath())) {
      for (Block block : blocks) {
        runSession(js, block, file, stdout, captured);
      }
    }
  }

  private static void runSession(
      JShellSession js, Block block, String file, PrintStream stdout, ByteArrayOutputStream captured) {
    List<Session.Step> steps = Session.parse(block.text());
    for (Session.Step step : steps) {
      captured.reset();
      String value;
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      try {
        value = js.run(step.input(), problem -> fail(file + " line " + block.line() + ": " + problem));
      } finally {
        System.setOut(stdout);
      }
      if (step.expected().isEmpty()) {
        continue;
      }
      String printed = captured.toString(StandardCharsets.UTF_8);
      String actual = printed + (value == null || value.isEmpty() ? "" : "==> " + value);
      String expected = step.expected().replaceAll("(?m)^\\S+ ==> ", "==> ");
      assertTrue(Session.matches(expected, actual, block.lenient()),
          file + " line " + block.line() + ": jshell> " + step.input() + "\nexpected:\n" + step.expected()
              + "\nactual:\n" + actual);
    }
  }

  /** The class path of the tests: surefire's when running under Maven, else the JVM's. */
  private static List<String> testClassPath() {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return List.of(cp.split(Pattern.quote(File.pathSeparator)));
  }

  private static Path repositoryRoot() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("docs")) && Files.isRegularFile(d.resolve("pom.xml"))) {
        return d;
      }
    }
    throw new IllegalStateException("no repository root with docs/ above " + Path.of("").toAbsolutePath());
  }

  /** JShell sessions as written in Markdown: inputs after {@code jshell>}, then what they print. */
  static final class Session {
    /** A number standing alone (not the digits of an id such as {@code HTN-01} or {@code R0002}). */
    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z0-9_.-])-?[0-9]+(\\.[0-9]+)?");

    private Session() {}

    /** One input with the output the session shows for it (possibly none). */
    record Step(String input, String expected) {}

    static List<Step> parse(String text) {
      List<Step> steps = new ArrayList<>();
      StringBuilder input = null;
      StringBuilder expected = new StringBuilder();
      for (String line : text.split("\n", -1)) {
        if (line.startsWith("jshell> ")) {
          if (input != null) {
            steps.add(new Step(input.toString(), expected.toString().strip()));
          }
          input = new StringBuilder(line.substring("jshell> ".length()));
          expected.setLength(0);
        } else if (line.strip().startsWith("...> ") && input != null && expected.length() == 0) {
          input.append('\n').append(line.strip().substring("...> ".length()));
        } else if (input != null && !line.isBlank()) {
          expected.append(line).append('\n');
        }
      }
      if (input != null) {
        steps.add(new Step(input.toString(), expected.toString().strip()));
      }
      return steps;
    }

    /**
     * Whether {@code actual} is what {@code expected} shows: line by line, with runs of spaces
     * counting as one, a line {@code …} standing for any lines, and {@code …} within a line (or
     * JShell's {@code " ... "} of a truncated value) for any text; in a lenient session numbers
     * standing alone may differ too.
     */
    static boolean matches(String expected, String actual, boolean lenient) {
      String e = normalize(expected.replaceAll("(?m)^\\$\\d+ ==> ", "==> "), lenient).replace(" ... ", "…");
      String a = normalize(actual.replaceAll("(?m)^\\$\\d+ ==> ", "==> "), lenient);
      StringBuilder regex = new StringBuilder();
      for (String part : e.split("…", -1)) {
        if (regex.length() > 0) {
          regex.append("[\\s\\S]*?");
        }
        regex.append(Pattern.quote(part));
      }
      return Pattern.compile(regex.toString()).matcher(a).matches();
    }

    private static String normalize(String text, boolean lenient) {
      String t = text.strip().lines().map(l -> l.strip().replaceAll(" +", " ")).collect(Collectors.joining("\n"));
      return lenient ? NUMBER.matcher(t).replaceAll("#") : t;
    }
  }

  /**
   * The JShell API ({@code jdk.jshell}) used through reflection: the tests are compiled in the
   * module {@code org.gongwei.examples}, which does not read {@code jdk.jshell}, and run on the
   * class path, where every system module is readable. Snippets run in this JVM ("local"
   * execution), so what they print goes to {@code System.out}.
   */
  static final class JShellSession implements AutoCloseable {
    private final Object shell;
    private final Class<?> shellType;
    private final Class<?> analysisType;
    private final Class<?> completionType;
    private final Class<?> eventType;

    private JShellSession(Object shell) throws ReflectiveOperationException {
      this.shell = shell;
      this.shellType = Class.forName("jdk.jshell.JShell");
      this.analysisType = Class.forName("jdk.jshell.SourceCodeAnalysis");
      this.completionType = Class.forName("jdk.jshell.SourceCodeAnalysis$CompletionInfo");
      this.eventType = Class.forName("jdk.jshell.SnippetEvent");
    }

    static JShellSession open(List<String> classPath) {
      try {
        Class<?> shellType = Class.forName("jdk.jshell.JShell");
        Class<?> builderType = Class.forName("jdk.jshell.JShell$Builder");
        Object builder = shellType.getMethod("builder").invoke(null);
        builderType.getMethod("executionEngine", String.class).invoke(builder, "local");
        JShellSession session = new JShellSession(builderType.getMethod("build").invoke(builder));
        for (String entry : classPath) {
          shellType.getMethod("addToClasspath", String.class).invoke(session.shell, entry);
        }
        return session;
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("the JShell API (module jdk.jshell) is not available", e);
      }
    }

    /**
     * Runs one input (possibly several snippets) and returns the value JShell would show for its
     * last snippet that has one; hands each rejected snippet or exception to {@code problems}.
     */
    String run(String input, java.util.function.Consumer<String> problems) {
      try {
        Object analysis = shellType.getMethod("sourceCodeAnalysis").invoke(shell);
        String value = null;
        String rest = input;
        while (!rest.isBlank()) {
          Object info = analysisType.getMethod("analyzeCompletion", String.class).invoke(analysis, rest);
          String source = (String) completionType.getMethod("source").invoke(info);
          if (source == null) {
            problems.accept("incomplete JShell input: " + rest);
            return null;
          }
          for (Object event : (List<?>) shellType.getMethod("eval", String.class).invoke(shell, source)) {
            Object snippet = eventType.getMethod("snippet").invoke(event);
            String status = eventType.getMethod("status").invoke(event).toString();
            if (status.equals("REJECTED")) {
              java.util.stream.Stream<?> diagnostics = (java.util.stream.Stream<?>) shellType
                  .getMethod("diagnostics", Class.forName("jdk.jshell.Snippet"))
                  .invoke(shell, snippet);
              Method message = Class.forName("jdk.jshell.Diag").getMethod("getMessage", Locale.class);
              List<String> texts = new ArrayList<>();
              for (Object d : diagnostics.toList()) {
                texts.add((String) message.invoke(d, Locale.ROOT));
              }
              problems.accept("JShell rejects " + source.strip() + ": " + texts);
            }
            Object exception = eventType.getMethod("exception").invoke(event);
            if (exception != null) {
              problems.accept(source.strip() + " throws " + exception);
            }
            Object cause = eventType.getMethod("causeSnippet").invoke(event);
            String v = (String) eventType.getMethod("value").invoke(event);
            if (cause == null && v != null) {
              value = v;
            }
          }
          rest = (String) completionType.getMethod("remaining").invoke(info);
        }
        return value;
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("calling the JShell API failed", e);
      }
    }

    @Override
    public void close() {
      try {
        shellType.getMethod("close").invoke(shell);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("closing JShell failed", e);
      }
    }
  }
}
