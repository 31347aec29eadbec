package org.gongwei.io.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.code.Ethnicity;
import org.gongwei.core.code.Sex;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.validation.DatasetValidator;
import org.gongwei.core.validation.Problem;
import org.gongwei.io.csv.CharsetDetection;
import org.gongwei.io.csv.FileAccount;
import org.gongwei.io.csv.FileStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of broken bundles ({@code src/test/resources/bundles/}): for each, the exact problems
 * (severity, code, file, line, column, record) and the rows read, accepted and rejected per file;
 * for duplicate ids and unknown references, the problems of {@link DatasetValidator} over the
 * dataset read.
 */
class BundleReaderCorpusTest {
  private static final BundleReader READER = BundleReader.defaults();
  private static final DatasetValidator VALIDATOR =
      DatasetValidator.builder().asOf(LocalDate.of(2025, 1, 31)).build();

  @TempDir Path tmp;

  // ------------------------------------------------------------ the corpus

  @Test
  void validBundleHasNoProblems() throws IOException {
    BundleRead read = read("valid");
    assertProblems(read);
    assertCounts(read, "institutions.csv 2/2/0", "residents.csv 3/3/0", "registrations.csv 1/1/0",
        "followups.csv 2/2/0", "pregnancies.csv 1/1/0", "maternal_visits.csv 2/2/0",
        "child_visits.csv 1/1/0");
    Resident r1 = read.dataset().resident("R1").orElseThrow();
    assertEquals(Optional.of("张三, 老"), r1.name());
    assertEquals(Optional.of("11010519491231002X"), r1.idNumber());
    assertEquals(Optional.of(Ethnicity.HAN), r1.ethnicity());
    assertEquals(Optional.of("李\"四\""), read.dataset().resident("R2").orElseThrow().name());
    assertEquals(Optional.of("王𠮷"), read.dataset().resident("R3").orElseThrow().name());
    assertEquals("I10.x00x002",
        read.dataset().registrations().get(0).icd10().orElseThrow().original());
  }

  @Test
  void truncatedRowIsRejected() throws IOException {
    BundleRead read = read("truncated-row");
    assertProblems(read, "ERROR CSV_TOO_FEW_CELLS residents.csv:4 - RESIDENT R3");
    assertCounts(read, "residents.csv 3/2/1");
  }

  @Test
  void unbalancedQuoteRejectsTheRowAndEndsTheFile() throws IOException {
    BundleRead read = read("unbalanced-quote");
    assertProblems(read, "ERROR CSV_UNCLOSED_QUOTE residents.csv:3 - RESIDENT -");
    assertCounts(read, "residents.csv 2/1/1");
  }

  @Test
  void wrongColumnCountsAreRejectedButATrailingEmptyCellIsNot() throws IOException {
    BundleRead read = read("wrong-column-count");
    assertProblems(read,
        "ERROR CSV_TOO_MANY_CELLS followups.csv:3 - FOLLOW_UP F2",
        "ERROR CSV_TOO_FEW_CELLS followups.csv:5 - FOLLOW_UP F4");
    assertCounts(read, "residents.csv 1/1/0", "followups.csv 4/2/2");
    assertEquals(List.of("F1", "F3"), read.dataset().followUps().stream().map(FollowUp::id).toList());
  }

  @Test
  void chineseHeadersAreReadThroughTheLabels() throws IOException {
    BundleRead read = read("chinese-headers");
    assertProblems(read);
    assertCounts(read, "residents.csv 1/1/0", "followups.csv 1/1/0");
    Resident r = read.dataset().residents().get(0);
    assertEquals("R1", r.residentId());
    assertEquals(Sex.FEMALE, r.sex());
    assertTrue(r.permanent());
    assertEquals(Optional.of("D1"), r.doctorId());
    FollowUp f = read.dataset().followUps().get(0);
    assertEquals(OptionalInt.of(138), f.sbp());
    assertEquals(OptionalInt.of(86), f.dbp());
    assertEquals(5.6, f.fastingGlucose().orElseThrow());
  }

  @Test
  void gb18030FileIsDetected() throws IOException {
    Path dir = copy("valid");
    Path residents = dir.resolve("residents.csv");
    String text = Files.readString(residents, StandardCharsets.UTF_8);
    Files.writeString(residents, text, CharsetDetection.GB18030);
    BundleRead read = READER.read(dir);
    assertProblems(read, "INFO CSV_CHARSET_GB18030 residents.csv:0 - - -");
    assertEquals(Optional.of(CharsetDetection.GB18030),
        read.account().file(RecordType.RESIDENT).orElseThrow().charset());
    assertSameRecords(read("valid").dataset(), read.dataset());
  }

  @Test
  void utf8FileWithByteOrderMarkIsRead() throws IOException {
    Path dir = copy("valid");
    for (String name : List.of("residents.csv", "followups.csv")) {
      Path file = dir.resolve(name);
      Files.writeString(file, "\uFEFF" + Files.readString(file, StandardCharsets.UTF_8),
          StandardCharsets.UTF_8);
    }
    assertEquals((byte) 0xEF, Files.readAllBytes(dir.resolve("residents.csv"))[0]);
    BundleRead read = READER.read(dir);
    assertProblems(read);
    assertSameRecords(read("valid").dataset(), read.dataset());
  }

  @Test
  void scientificNotationIsAnError() throws IOException {
    BundleRead read = read("scientific-id");
    assertProblems(read,
        "ERROR ID_NUMBER_SCIENTIFIC residents.csv:2 id_number RESIDENT R1",
        "ERROR CODE_SCIENTIFIC residents.csv:3 institution_code RESIDENT R2");
    assertCounts(read, "residents.csv 2/1/1");
    Resident r1 = read.dataset().residents().get(0);
    assertEquals(Optional.empty(), r1.idNumber(), "the damaged ID number is dropped");
  }

  @Test
  void excelSerialDatesAreReadWithWarnings() throws IOException {
    BundleRead read = read("excel-dates");
    assertProblems(read,
        "WARNING DATE_EXCEL_SERIAL residents.csv:2 birth_date RESIDENT R1",
        "WARNING DATE_EXCEL_SERIAL residents.csv:2 record_established_date RESIDENT R1",
        "ERROR DATE_INVALID residents.csv:3 birth_date RESIDENT R2",
        "WARNING DATE_NONSTANDARD residents.csv:4 record_established_date RESIDENT R3");
    assertCounts(read, "residents.csv 3/2/1");
    Resident r1 = read.dataset().resident("R1").orElseThrow();
    assertEquals(LocalDate.of(1950, 1, 1), r1.birthDate());
    assertEquals(Optional.of(LocalDate.of(2024, 1, 1)), r1.recordEstablishedDate());
    assertEquals(Optional.of(LocalDate.of(2024, 1, 5)),
        read.dataset().resident("R3").orElseThrow().recordEstablishedDate());
  }

  @Test
  void duplicateIdsAreReadAndFoundByTheValidator() throws IOException {
    BundleRead read = read("duplicate-ids");
    assertProblems(read);
    assertCounts(read, "residents.csv 3/3/0", "registrations.csv 1/1/0", "followups.csv 2/2/0");
    assertValidatorProblems(read.dataset(),
        "ERROR DUPLICATE_ID RESIDENT R1 resident_id",
        "ERROR DUPLICATE_ID FOLLOW_UP F1 followup_id");
  }

  @Test
  void unknownReferencesAreReadAndFoundByTheValidator() throws IOException {
    BundleRead read = read("unknown-references");
    assertProblems(read);
    assertCounts(read, "institutions.csv 1/1/0", "residents.csv 2/2/0", "pregnancies.csv 1/1/0",
        "maternal_visits.csv 2/2/0", "child_visits.csv 1/1/0");
    assertValidatorProblems(read.dataset(),
        "ERROR UNKNOWN_INSTITUTION RESIDENT R2 institution_code",
        "ERROR UNKNOWN_PREGNANCY MATERNAL_VISIT M2 pregnancy_id",
        "ERROR UNKNOWN_RESIDENT CHILD_VISIT C1 resident_id");
  }

  @Test
  void unknownCodesRejectRequiredValuesAndDropOptionalOnes() throws IOException {
    BundleRead read = read("unknown-code");
    assertProblems(read,
        "ERROR CODE_UNKNOWN residents.csv:2 sex RESIDENT R1",
        "ERROR CODE_UNKNOWN residents.csv:3 ethnicity RESIDENT R2",
        "WARNING CODE_LEADING_ZEROS residents.csv:4 ethnicity RESIDENT R3",
        "ERROR REGION_CODE_INVALID residents.csv:5 region_code RESIDENT R4",
        "ERROR CODE_UNKNOWN followups.csv:2 condition FOLLOW_UP F1",
        "ERROR CODE_UNKNOWN followups.csv:3 method FOLLOW_UP F2");
    assertCounts(read, "residents.csv 4/2/2", "followups.csv 3/1/2");
    assertEquals(Optional.empty(), read.dataset().resident("R2").orElseThrow().ethnicity());
    assertEquals(Optional.of(Ethnicity.HAN),
        read.dataset().resident("R3").orElseThrow().ethnicity());
    Problem sex = read.problems().get(0);
    assertTrue(sex.message().startsWith("sex: '3' is not a code of Sex (accepted: 0 "),
        sex.message());
    Problem condition = read.account().file(RecordType.FOLLOW_UP).orElseThrow().problems().get(0);
    assertTrue(condition.message().contains("'HYPERTENSON'")
        && condition.message().contains("HYPERTENSION 高血压"), condition.message());
  }

  @Test
  void brokenInvariantsRejectTheRowNamingTheColumn() throws IOException {
    BundleRead read = read("broken-invariant");
    assertProblems(read,
        "ERROR RECORD_INVALID followups.csv:2 condition FOLLOW_UP F1",
        "WARNING NUMBER_ROUNDED followups.csv:3 sbp FOLLOW_UP F2",
        "WARNING NUMBER_ROUNDED followups.csv:3 dbp FOLLOW_UP F2",
        "ERROR RECORD_INVALID vaccinations.csv:2 dose VACCINATION V1",
        "ERROR RECORD_INVALID satisfaction.csv:3 score SATISFACTION_SURVEY S2");
    assertCounts(read, "residents.csv 1/1/0", "followups.csv 2/1/1", "vaccinations.csv 2/1/1",
        "satisfaction.csv 2/1/1");
    FollowUp f2 = read.dataset().followUps().get(0);
    assertEquals(OptionalInt.of(138), f2.sbp());
    assertEquals(OptionalInt.of(87), f2.dbp());
  }

  @Test
  void missingRequiredColumnRejectsTheFile() throws IOException {
    BundleRead read = read("missing-column");
    assertProblems(read, "ERROR CSV_MISSING_COLUMN followups.csv:1 visit_date - -");
    assertCounts(read, "residents.csv 1/1/0", "followups.csv 2/0/2");
    assertEquals(FileStatus.REJECTED,
        read.account().file(RecordType.FOLLOW_UP).orElseThrow().status());
  }

  @Test
  void missingResidentsIsAnErrorOfTheBundle() throws IOException {
    BundleRead read = read("missing-residents");
    assertProblems(read,
        "INFO BUNDLE_UNKNOWN_FILE Residents.csv:0 - - -",
        "INFO BUNDLE_UNKNOWN_FILE notes.csv:0 - - -",
        "ERROR BUNDLE_RESIDENTS_MISSING residents.csv:0 - - -");
    assertCounts(read, "followups.csv 1/1/0");
    assertTrue(read.problems().get(0).message().contains("did you mean residents.csv?"));
    assertTrue(read.hasErrors());
  }

  @Test
  void upperCaseExtensionIsReadWithAWarning() throws IOException {
    BundleRead read = read("upper-case-extension");
    assertProblems(read, "WARNING BUNDLE_FILE_NAME_CASE residents.CSV:0 - - -");
    assertCounts(read, "residents.CSV 1/1/0", "followups.csv 1/1/0");
    assertEquals(1, read.dataset().residents().size());
  }

  /** Rows read = accepted + rejected for every file of every bundle of the corpus. */
  @Test
  void everyFileOfTheCorpusBalances() throws IOException {
    List<Path> bundles;
    try (Stream<Path> s = Files.list(corpus())) {
      bundles = s.filter(Files::isDirectory).sorted().toList();
    }
    assertTrue(bundles.size() >= 13, bundles::toString);
    for (Path dir : bundles) {
      for (BundleReader reader : List.of(READER, READER.withThreads(1))) {
        BundleAccount a = reader.read(dir).account();
        long read = 0;
        long accepted = 0;
        long rejected = 0;
        for (FileAccount f : a.files().values()) {
          assertEquals(f.rowsRead(), f.rowsAccepted() + f.rowsRejected(), f.toString());
          read += f.rowsRead();
          accepted += f.rowsAccepted();
          rejected += f.rowsRejected();
        }
        assertEquals(read, a.rowsRead());
        assertEquals(a.rowsRead(), a.rowsAccepted() + a.rowsRejected(), dir.toString());
        assertEquals(accepted, a.rowsAccepted());
        assertEquals(rejected, a.rowsRejected());
        assertEquals(a.rowsAccepted(), reader.read(dir).dataset().size(), dir.toString());
        assertEquals(0, a.problemsOmitted());
      }
    }
  }

  // ------------------------------------------------------------ helpers

  private static Path corpus() {
    try {
      return Path.of(BundleReaderCorpusTest.class.getResource("/bundles").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static BundleRead read(String bundle) throws IOException {
    return READER.read(corpus().resolve(bundle));
  }

  private Path copy(String bundle) throws IOException {
    Path dir = Files.createDirectory(tmp.resolve(bundle));
    try (Stream<Path> s = Files.list(corpus().resolve(bundle))) {
      s.forEach(f -> {
        try {
          Files.copy(f, dir.resolve(f.getFileName().toString()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return dir;
  }

  /** {@code SEVERITY CODE file:line column TYPE id}, with {@code -} for what is absent. */
  static String describe(Problem p) {
    return p.severity() + " " + p.code() + " " + p.file().orElse("-") + ":"
        + p.line().orElse(0) + " " + p.field().orElse("-") + " "
        + p.recordType().map(Enum::name).orElse("-") + " " + p.recordId().orElse("-");
  }

  static void assertProblems(BundleRead read, String... expected) {
    List<String> actual = read.problems().stream().map(BundleReaderCorpusTest::describe).toList();
    assertEquals(List.of(expected), actual, () -> read.problems().toString());
    assertEquals(expected.length, read.account().problemCount());
  }

  /** Each expectation is {@code file read/accepted/rejected}; the files must be exactly these. */
  static void assertCounts(BundleRead read, String... expected) {
    Map<String, String> want = new TreeMap<>();
    for (String e : expected) {
      want.put(e.substring(0, e.indexOf(' ')), e.substring(e.indexOf(' ') + 1));
    }
    Map<String, String> got = new TreeMap<>();
    for (FileAccount a : read.account().files().values()) {
      got.put(a.fileName(), a.rowsRead() + "/" + a.rowsAccepted() + "/" + a.rowsRejected());
    }
    assertEquals(want, got);
  }

  private static void assertValidatorProblems(Dataset data, String... expected) {
    List<String> actual = new ArrayList<>();
    for (Problem p : VALIDATOR.validate(data).problems()) {
      if (p.isError()) {
        actual.add(p.severity() + " " + p.code() + " " + p.recordType().map(Enum::name).orElse("-")
            + " " + p.recordId().orElse("-") + " " + p.field().orElse("-"));
      }
    }
    assertEquals(List.of(expected), actual);
  }

  private static void assertSameRecords(Dataset expected, Dataset actual) {
    assertFalse(expected.size() == 0);
    for (RecordType t : RecordType.values()) {
      assertEquals(expected.records(t), actual.records(t), t.fileName());
    }
  }
}
