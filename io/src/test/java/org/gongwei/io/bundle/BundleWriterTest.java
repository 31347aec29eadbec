package org.gongwei.io.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.DiseaseClass;
import org.gongwei.core.code.Ethnicity;
import org.gongwei.core.code.FollowUpClassification;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.Sex;
import org.gongwei.core.contract.Contract;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.surveillance.InfectiousCase;
import org.gongwei.io.csv.CharsetDetection;
import org.gongwei.io.csv.CsvOutputEncoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleWriterTest {
  private static final String RESIDENT_HEADER = "resident_id,id_type,id_number,name,sex,"
      + "birth_date,ethnicity,region_code,institution_code,doctor_id,permanent,"
      + "household_registered,record_established_date,electronic_record,record_standardized,"
      + "record_closed_date,record_closed_reason,death_date,disabled,poverty_alleviated,"
      + "family_planning_special,vaccination_certificate_date\r\n";

  @TempDir Path dir;

  static Resident resident() {
    return Resident.builder().residentId("R1").idNumber("11010519491231002X")
        .name("张\"三,\n𠮷").sex(Sex.FEMALE).birthDate(LocalDate.of(1949, 12, 31))
        .ethnicity(Ethnicity.HAN).regionCode(RegionCode.parse("430321"))
        .institutionCode("430321100").permanent(true).build();
  }

  static FollowUp followUp() {
    return FollowUp.builder().followUpId("F1").residentId("R1").condition(Condition.HYPERTENSION)
        .visitDate(LocalDate.of(2024, 3, 5)).method(FollowUpMethod.CLINIC).sbp(138).dbp(86)
        .fastingGlucose(5.6).classification(FollowUpClassification.SATISFACTORY).build();
  }

  @Test
  void writesUtf8WithByteOrderMarkContractHeadersAndRfc4180Quoting() throws IOException {
    BundleWriter.defaults().write(Dataset.of(List.of(resident(), followUp())), dir);

    assertEquals("\uFEFF" + RESIDENT_HEADER
            + "R1,01,11010519491231002X,\"张\"\"三,\n𠮷\",2,1949-12-31,01,430321,430321100,,1,0,,"
            + "0,0,,,,0,0,0,\r\n",
        Files.readString(dir.resolve("residents.csv"), StandardCharsets.UTF_8));
    assertEquals("\uFEFFfollowup_id,resident_id,condition,visit_date,method,sbp,dbp,"
            + "fasting_glucose,hba1c,classification,adherence,adverse_reaction,referral,"
            + "next_visit_date,doctor_id,institution_code\r\n"
            + "F1,R1,HYPERTENSION,2024-03-05,1,138,86,5.6,,1,,0,0,,,\r\n",
        Files.readString(dir.resolve("followups.csv"), StandardCharsets.UTF_8));
    byte[] head = Arrays.copyOf(Files.readAllBytes(dir.resolve("residents.csv")), 3);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, head);
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "one file per record type present");
    }
  }

  @Test
  void writesChineseHeadersOnRequest() throws IOException {
    BundleWriter.defaults().withHeaders(HeaderStyle.CHINESE)
        .write(Dataset.of(List.of(resident(), followUp())), dir);
    String residents = Files.readString(dir.resolve("residents.csv"), StandardCharsets.UTF_8);
    assertTrue(residents.startsWith("\uFEFF居民编号,证件类型,身份证号,姓名,性别,出生日期,民族,"
        + "行政区划代码,管辖机构,责任医生,常住,户籍,建档日期,电子档案,规范化档案,注销日期,注销原因,"
        + "死亡日期,残疾人,脱贫人口,计生特殊家庭,建证日期\r\n"), residents);
    String followUps = Files.readString(dir.resolve("followups.csv"), StandardCharsets.UTF_8);
    assertTrue(followUps.startsWith("\uFEFF随访编号,居民编号,病种,随访日期,随访方式,收缩压,舒张压,"), followUps);
  }

  @Test
  void writesGb18030WithoutByteOrderMarkOnRequest() throws IOException {
    BundleWriter.defaults().withEncoding(CsvOutputEncoding.GB18030)
        .write(List.of(resident()), dir);
    byte[] bytes = Files.readAllBytes(dir.resolve("residents.csv"));
    assertEquals('r', bytes[0]);
    assertEquals(RESIDENT_HEADER
            + "R1,01,11010519491231002X,\"张\"\"三,\n𠮷\",2,1949-12-31,01,430321,430321100,,1,0,,"
            + "0,0,,,,0,0,0,\r\n",
        new String(bytes, CharsetDetection.GB18030));
    assertNotEquals(new String(bytes, CharsetDetection.GB18030),
        new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void writesResidentsAlwaysAndNothingElseWhenEmpty() throws IOException {
    BundleWriter.defaults().write(Dataset.empty(), dir);
    assertEquals("\uFEFF" + RESIDENT_HEADER,
        Files.readString(dir.resolve("residents.csv"), StandardCharsets.UTF_8));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void deletesStaleBundleFilesButNoOthers() throws IOException {
    Files.writeString(dir.resolve("tb_courses.csv"), "course_id\nT1\n");
    Files.writeString(dir.resolve("notes.txt"), "keep me");
    Files.writeString(dir.resolve("extra.csv"), "keep me too");
    BundleWriter.defaults().write(List.of(resident()), dir);
    assertFalse(Files.exists(dir.resolve("tb_courses.csv")));
    assertTrue(Files.exists(dir.resolve("notes.txt")));
    assertTrue(Files.exists(dir.resolve("extra.csv")));
  }

  @Test
  void createsTheDirectory() throws IOException {
    Path nested = dir.resolve("a").resolve("b");
    BundleWriter.defaults().write(List.of(resident()), nested);
    assertTrue(Files.exists(nested.resolve("residents.csv")));
  }

  @Test
  void writesDateTimesDecimalsAndCodesAsTheFormatSays() throws IOException {
    InfectiousCase c = InfectiousCase.builder().caseId("D1").institutionCode("430321100")
        .diseaseClass(DiseaseClass.B_AS_A).disease("肺炭疽")
        .diagnosedAt(LocalDateTime.of(2024, 3, 1, 8, 30))
        .reportedAt(LocalDateTime.of(2024, 3, 1, 9, 5, 15)).build();
    Contract k = Contract.builder().contractId("Q1").residentId("R1")
        .startDate(LocalDate.of(2024, 1, 1)).endDate(LocalDate.of(2024, 12, 31))
        .servicePackage("基础包, \"老年\"").feeYuan(new BigDecimal("120.50")).build();
    FollowUp f = FollowUp.builder().from(followUp()).fastingGlucose(0.00001).hba1c(1.0E7).build();
    BundleWriter.defaults().write(List.of(c, k, f), dir);
    assertEquals("\uFEFFcase_id,institution_code,disease_class,disease,diagnosed_at,reported_at\r\n"
            + "D1,430321100,B_AS_A,肺炭疽,2024-03-01 08:30,2024-03-01 09:05:15\r\n",
        Files.readString(dir.resolve("infectious_cases.csv"), StandardCharsets.UTF_8));
    assertTrue(Files.readString(dir.resolve("contracts.csv"), StandardCharsets.UTF_8)
        .endsWith("Q1,R1,2024-01-01,2024-12-31,,,,,\"基础包, \"\"老年\"\"\",120.50\r\n"));
    assertTrue(Files.readString(dir.resolve("followups.csv"), StandardCharsets.UTF_8)
        .contains(",138,86,0.00001,10000000,1,"));
  }

  @Test
  void optionsAreKeptAndShown() {
    BundleWriter w = BundleWriter.defaults().withEncoding(CsvOutputEncoding.GB18030)
        .withHeaders(HeaderStyle.CHINESE);
    assertEquals(CsvOutputEncoding.GB18030, w.encoding());
    assertEquals(HeaderStyle.CHINESE, w.headers());
    assertEquals("BundleWriter[GB18030, CHINESE]", w.toString());
    assertEquals(CsvOutputEncoding.UTF8_WITH_BOM, BundleWriter.defaults().encoding());
    assertEquals(HeaderStyle.CONTRACT, BundleWriter.defaults().headers());
  }

  @Test
  void nullArgumentsAreProgrammingErrors() {
    BundleWriter w = BundleWriter.defaults();
    assertThrows(NullPointerException.class, () -> w.withEncoding(null));
    assertThrows(NullPointerException.class, () -> w.withHeaders(null));
    assertThrows(NullPointerException.class, () -> w.write((Dataset) null, dir));
    assertThrows(NullPointerException.class, () -> w.write(Dataset.empty(), null));
    assertThrows(NullPointerException.class, () -> w.open(null));
  }
}
