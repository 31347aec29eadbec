package org.gongwei.io.bundle;

import static org.gongwei.io.bundle.BundleReaderCorpusTest.assertCounts;
import static org.gongwei.io.bundle.BundleReaderCorpusTest.assertProblems;
import static org.gongwei.io.bundle.BundleReaderCorpusTest.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.validation.Problem;
import org.gongwei.io.csv.ColumnAliases;
import org.gongwei.io.csv.FileAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleReaderTest {
  private static final String RESIDENTS =
      "resident_id,name,sex,birth_date,region_code,institution_code,permanent\n"
          + "R1,张三,1,1950-01-01,430321,430321100,1\n"
          + "R2,李四,2,1960-02-02,430321,430321100,0\n";
  private static final String FOLLOW_UPS =
      "followup_id,resident_id,condition,visit_date,method,next_visit_date\n"
          + "F1,R1,HYPERTENSION,2024-03-05,1,2024-13-01\n"
          + "F2,R1,HYPERTENSION,2024-06-05,1,\n";
  private static final String INSTITUTIONS =
      "institution_code,name,type,region_code\n"
          + "430321100,某某镇卫生院,TOWNSHIP_HEALTH_CENTER,430321\n";

  @TempDir Path dir;

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private void writeBundle() throws IOException {
    write("residents.csv", RESIDENTS);
    write("followups.csv", FOLLOW_UPS);
    write("institutions.csv", INSTITUTIONS);
  }

  @Test
  void readsEveryFileIntoTheDataset() throws IOException {
    writeBundle();
    BundleRead read = BundleReader.defaults().read(dir);
    assertEquals(1, read.dataset().institutions().size());
    assertEquals(2, read.dataset().residents().size());
    assertEquals(List.of("F1", "F2"), read.dataset().followUps().stream().map(FollowUp::id).toList());
    assertEquals(List.of(RecordType.INSTITUTION, RecordType.RESIDENT, RecordType.FOLLOW_UP),
        List.copyOf(read.account().files().keySet()));
  }

  @Test
  void aBadOptionalValueIsAnErrorThatDropsTheValueAndKeepsTheRow() throws IOException {
    writeBundle();
    BundleRead read = BundleReader.defaults().read(dir);
    assertProblems(read, "ERROR DATE_INVALID followups.csv:2 next_visit_date FOLLOW_UP F1");
    assertCounts(read, "institutions.csv 1/1/0", "residents.csv 2/2/0", "followups.csv 2/2/0");
    assertEquals(Optional.empty(), read.dataset().followUps().get(0).nextVisitDate());
    assertTrue(read.hasErrors());
  }

  @Test
  void theNumberOfThreadsDoesNotChangeTheResult() throws IOException {
    writeBundle();
    BundleRead one = BundleReader.defaults().withThreads(1).read(dir);
    BundleRead three = BundleReader.defaults().withThreads(3).read(dir);
    assertEquals(one.problems(), three.problems());
    assertEquals(one.account().files(), three.account().files());
    for (RecordType t : RecordType.values()) {
      assertEquals(one.dataset().records(t), three.dataset().records(t));
    }
  }

  @Test
  void forEachRecordHandsRecordsOverFileByFileInRecordTypeOrder() throws IOException {
    writeBundle();
    List<String> seen = new ArrayList<>();
    BundleAccount a = BundleReader.defaults()
        .forEachRecord(dir, r -> seen.add(r.recordType() + " " + r.id()));
    assertEquals(List.of("INSTITUTION 430321100", "RESIDENT R1", "RESIDENT R2", "FOLLOW_UP F1",
        "FOLLOW_UP F2"), seen);
    assertEquals(BundleReader.defaults().read(dir).account().files(), a.files());
  }

  @Test
  void readFileReadsOneFileAsTheGivenType() throws IOException {
    write("export.txt", FOLLOW_UPS);
    List<BundleRecord> records = new ArrayList<>();
    FileAccount a = BundleReader.defaults()
        .readFile(dir.resolve("export.txt"), RecordType.FOLLOW_UP, records::add);
    assertEquals(2, records.size());
    assertEquals("export.txt", a.fileName());
    assertEquals(2, a.rowsAccepted());
    assertEquals(1, a.problems().size());
  }

  @Test
  void theProblemLimitKeepsTheFirstProblemsAndCountsThemAll() throws IOException {
    StringBuilder b = new StringBuilder(RESIDENTS);
    for (int i = 3; i <= 7; i++) {
      b.append("R").append(i).append(",王,7,1950-01-01,430321,430321100,1\n");
    }
    write("residents.csv", b.toString());
    BundleRead read = BundleReader.defaults().withProblemLimit(2).read(dir);
    assertEquals(2, read.problems().size());
    assertEquals(5, read.account().problemCount());
    assertEquals(3, read.account().problemsOmitted());
    assertEquals(5, read.account().problemsByCode().get("CODE_UNKNOWN"));
    assertEquals(List.of("ERROR CODE_UNKNOWN residents.csv:4 sex RESIDENT R3",
        "ERROR CODE_UNKNOWN residents.csv:5 sex RESIDENT R4"),
        read.problems().stream().map(BundleReaderCorpusTest::describe).toList());
    assertEquals(2, read.account().file(RecordType.RESIDENT).orElseThrow().problems().size());
    assertEquals(7, read.account().rowsRead());
    assertEquals(5, read.account().rowsRejected());
  }

  @Test
  void theProblemSinkGetsEveryProblemBundleProblemsFirst() throws IOException {
    write("followups.csv", FOLLOW_UPS);
    write("notes.csv", "a\n1\n");
    List<Problem> sunk = new ArrayList<>();
    BundleRead read = BundleReader.defaults().withProblemSink(sunk::add).withProblemLimit(0)
        .read(dir);
    assertEquals(List.of("INFO BUNDLE_UNKNOWN_FILE notes.csv:0 - - -",
            "ERROR BUNDLE_RESIDENTS_MISSING residents.csv:0 - - -",
            "ERROR DATE_INVALID followups.csv:2 next_visit_date FOLLOW_UP F1"),
        sunk.stream().map(BundleReaderCorpusTest::describe).toList());
    assertEquals(List.of(), read.problems());
    assertEquals(3, read.account().problemCount());
    assertEquals(3, read.account().problemsOmitted());
  }

  @Test
  void anEmptyDirectoryIsABundleWithoutResidents() throws IOException {
    BundleRead read = BundleReader.defaults().read(dir);
    assertProblems(read, "ERROR BUNDLE_RESIDENTS_MISSING residents.csv:0 - - -");
    assertEquals(0, read.dataset().size());
    assertEquals(0, read.account().rowsRead());
  }

  @Test
  void aFileWithBothExtensionsIsReadOnceWithAWarning() throws IOException {
    write("residents.csv", RESIDENTS);
    write("residents.CSV", RESIDENTS + "R3,王五,1,1970-03-03,430321,430321100,1\n");
    BundleRead read = BundleReader.defaults().read(dir);
    assertProblems(read, "WARNING BUNDLE_DUPLICATE_FILE residents.CSV:0 - - -");
    assertEquals(2, read.dataset().residents().size());
  }

  @Test
  void aGivenCharsetIsUsedForEveryFile() throws IOException {
    Files.writeString(dir.resolve("residents.csv"), RESIDENTS, Charset.forName("GB18030"));
    BundleRead detected = BundleReader.defaults().read(dir);
    assertProblems(detected, "INFO CSV_CHARSET_GB18030 residents.csv:0 - - -");
    BundleRead given = BundleReader.defaults().withCharset(Charset.forName("GBK")).read(dir);
    assertProblems(given);
    assertEquals(Optional.of("张三"), given.dataset().residents().get(0).name());
    assertEquals(Optional.of(Charset.forName("GBK")),
        BundleReader.defaults().withCharset(Charset.forName("GBK")).charset());
  }

  @Test
  void userAliasesNameColumns() throws IOException {
    write("residents.csv", RESIDENTS.replace("resident_id,", "编号,"));
    BundleReader reader = BundleReader.defaults()
        .withAliases(ColumnAliases.builtIn().withAlias(RecordType.RESIDENT, "编号", "resident_id"));
    BundleRead read = reader.read(dir);
    assertProblems(read);
    assertEquals("R1", read.dataset().residents().get(0).residentId());
    assertProblems(BundleReader.defaults().read(dir),
        "INFO CSV_UNKNOWN_COLUMNS residents.csv:1 - - -",
        "ERROR CSV_MISSING_COLUMN residents.csv:1 resident_id - -");
  }

  @Test
  void leadingZerosOfCodesAreRepairedAndLowerCaseNamesAccepted() throws IOException {
    write("residents.csv", "resident_id,id_type,sex,birth_date,region_code,institution_code,"
        + "permanent\nR1,1,1,1950-01-01,430321,430321100,1\n");
    write("followups.csv", "followup_id,resident_id,condition,visit_date,method\n"
        + "F1,R1,hypertension,2024-03-05,1\n");
    BundleRead read = BundleReader.defaults().read(dir);
    assertProblems(read, "WARNING CODE_LEADING_ZEROS residents.csv:2 id_type RESIDENT R1");
    assertEquals(1, read.dataset().followUps().size());
  }

  @Test
  void ioFailuresAreExceptions() throws IOException {
    assertThrows(NoSuchFileException.class,
        () -> BundleReader.defaults().read(dir.resolve("nowhere")));
    write("residents.csv", RESIDENTS);
    assertThrows(NotDirectoryException.class,
        () -> BundleReader.defaults().read(dir.resolve("residents.csv")));
  }

  @Test
  void optionsAreCheckedKeptAndShown() {
    BundleReader r = BundleReader.defaults().withThreads(3).withProblemLimit(10);
    assertEquals(3, r.threads());
    assertEquals(10, r.problemLimit());
    assertEquals(ColumnAliases.builtIn(), r.aliases());
    assertEquals(Optional.empty(), r.charset());
    assertEquals(BundleReader.DEFAULT_PROBLEM_LIMIT, BundleReader.defaults().problemLimit());
    assertEquals("BundleReader[charset=detected, ColumnAliases[built-in], limit=10, threads=3]",
        r.toString());
    assertThrows(IllegalArgumentException.class, () -> r.withThreads(0));
    assertThrows(IllegalArgumentException.class, () -> r.withProblemLimit(-1));
    assertThrows(NullPointerException.class, () -> r.withAliases(null));
    assertThrows(NullPointerException.class, () -> r.withCharset(null));
    assertThrows(NullPointerException.class, () -> r.withProblemSink(null));
    assertThrows(NullPointerException.class, () -> r.read(null));
    assertThrows(NullPointerException.class, () -> r.forEachRecord(dir, null));
  }

  @Test
  void problemsNameTheFileLineColumnAndRecord() throws IOException {
    write("residents.csv", "resident_id,sex,birth_date,region_code,institution_code,permanent\n"
        + "R1,1,1950-02-30,430321,430321100,1\n");
    Problem p = BundleReader.defaults().read(dir).problems().get(0);
    assertEquals("ERROR DATE_INVALID residents.csv:2 birth_date RESIDENT R1", describe(p));
    assertTrue(p.message().contains("1950-02-30"), p.message());
    assertEquals(LocalDate.of(2024, 1, 1), LocalDate.parse("2024-01-01"));
  }
}
