package org.gongwei.io.csv;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
  private static final String RESIDENT_HEADER =
      "resident_id,sex,birth_date,region_code,institution_code,permanent";
  private static final String TCM_HEADER = "service_id,resident_id,service_date,kind";

  @TempDir Path dir;

  // ------------------------------------------------------------- helpers

  private static String resource(String name) {
    try (InputStream in = CsvTableTest.class.getResourceAsStream("/csv/" + name)) {
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path write(String name, byte[]... parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.write(p);
    }
    return Files.write(dir.resolve(name), out.toByteArray());
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static CsvTable text(RecordType type, String text) {
    return CsvTable.of(new StringReader(text), type.fileName(), type);
  }

  private static List<CsvRow> all(CsvTable table) {
    List<CsvRow> rows = new ArrayList<>();
    table.forEach(rows::add);
    return rows;
  }

  private static List<String> codes(FileAccount account) {
    return account.problems().stream().map(Problem::code).toList();
  }

  private static void assertBalanced(FileAccount a) {
    assertEquals(a.rowsRead(), a.rowsAccepted() + a.rowsRejected(), a::toString);
  }

  // ------------------------------------------------------------ encodings

  @Test
  void utf8WithoutBom() throws IOException {
    Path file = write("residents.csv", resource("residents.csv").getBytes(UTF_8));
    try (CsvTable table = CsvTable.open(file, RecordType.RESIDENT)) {
      assertEquals(CharsetChoice.Basis.VALID_UTF8, table.charsetChoice().orElseThrow().basis());
      List<CsvRow> rows = all(table);
      assertEquals(2, rows.size());
      assertEquals(Optional.of("张三"), rows.get(0).text("name"));
      FileAccount a = table.account();
      assertEquals(FileStatus.COMPLETE, a.status());
      assertEquals(Optional.of(UTF_8), a.charset());
      assertEquals(2, a.rowsRead());
      assertEquals(2, a.rowsAccepted());
      assertEquals(List.of(), a.problems());
    }
  }

  @Test
  void utf8WithBomIsNotPartOfTheFirstHeader() throws IOException {
    Path file = write("residents.csv", bytes(0xEF, 0xBB, 0xBF),
        resource("residents.csv").getBytes(UTF_8));
    try (CsvTable table = CsvTable.open(file, RecordType.RESIDENT)) {
      assertEquals(CharsetChoice.Basis.BYTE_ORDER_MARK, table.charsetChoice().orElseThrow().basis());
      assertEquals("resident_id", table.columns().get(0));
      assertEquals(List.of(), table.unknownColumns());
      assertEquals(Optional.of("R0001"), all(table).get(0).text("resident_id"));
    }
  }

  @Test
  void utf16LittleEndianWithBom() throws IOException {
    Path file = write("residents.csv", bytes(0xFF, 0xFE),
        resource("residents_chinese.csv").getBytes(UTF_16LE));
    try (CsvTable table = CsvTable.open(file, RecordType.RESIDENT)) {
      assertEquals(UTF_16LE, table.charsetChoice().orElseThrow().charset());
      List<CsvRow> rows = all(table);
      assertEquals(Optional.of("李𠮷"), rows.get(1).text("name"));
      assertEquals(List.of(), table.unknownColumns());
    }
  }

  @Test
  void utf16BigEndianWithBom() throws IOException {
    Path file = write("residents.csv", bytes(0xFE, 0xFF),
        resource("residents.csv").getBytes(UTF_16BE));
    try (CsvTable table = CsvTable.open(file, RecordType.RESIDENT)) {
      assertEquals(UTF_16BE, table.charsetChoice().orElseThrow().charset());
      assertEquals(Optional.of("李四"), all(table).get(1).text("name"));
    }
  }

  @Test
  void gb18030WithChineseHeadersIsDetectedAndReported() throws IOException {
    Path file = write("residents.csv",
        resource("residents_chinese.csv").getBytes(CharsetDetection.GB18030));
    try (CsvTable table = CsvTable.open(file, RecordType.RESIDENT)) {
      assertEquals(CharsetChoice.Basis.GB18030_FALLBACK,
          table.charsetChoice().orElseThrow().basis());
      assertEquals(List.of("resident_id", "sex", "birth_date", "region_code", "institution_code",
          "permanent", "name", "id_number"), table.columns());
      List<CsvRow> rows = all(table);
      assertEquals(Optional.of("张三"), rows.get(0).text("name"));
      assertEquals(Optional.of("11010519491231002X"), rows.get(0).idNumber("id_number"));
      assertEquals(Optional.of(true), rows.get(0).bool("permanent"));
      assertEquals(Optional.of("李𠮷"), rows.get(1).text("name"));
      assertEquals(Optional.of(false), rows.get(1).bool("permanent"));
      FileAccount a = table.account();
      assertEquals(Optional.of(CharsetDetection.GB18030), a.charset());
      assertEquals(List.of("CSV_CHARSET_GB18030"), codes(a));
      assertEquals(Severity.INFO, a.problems().get(0).severity());
    }
  }

  @Test
  void gb18030FollowUpsWithUnitsInHeaders() throws IOException {
    Path file = write("followups.csv",
        resource("followups_chinese.csv").getBytes(CharsetDetection.GB18030));
    try (CsvTable table = CsvTable.open(file, RecordType.FOLLOW_UP)) {
      assertEquals(List.of("followup_id", "resident_id", "condition", "visit_date", "method", "sbp",
          "dbp", "fasting_glucose"), table.columns());
      List<CsvRow> rows = all(table);
      assertEquals(OptionalDouble.of(138), rows.get(0).decimal("sbp"));
      assertEquals(OptionalDouble.of(86), rows.get(0).decimal("dbp"));
      assertEquals(OptionalDouble.of(7.2), rows.get(1).decimal("fasting_glucose"));
    }
  }

  @Test
  void explicitGbkIsReadAsGb18030WithoutInfo() throws IOException {
    Path file = write("residents.csv",
        resource("residents_chinese.csv").getBytes(CharsetDetection.GB18030));
    CsvReadOptions options = CsvReadOptions.defaults().withCharset(Charset.forName("GBK"));
    try (CsvTable table = CsvTable.open(file, RecordType.RESIDENT, options)) {
      assertEquals(new CharsetChoice(CharsetDetection.GB18030, 0, CharsetChoice.Basis.EXPLICIT),
          table.charsetChoice().orElseThrow());
      assertEquals(Optional.of("张三"), all(table).get(0).text("name"));
      assertEquals(List.of(), codes(table.account()));
    }
  }

  @Test
  void byteOrderMarkCharacterBeforeAQuotedHeaderIsDropped() {
    CsvTable table = text(RecordType.TCM_SERVICE,
        "\uFEFF\"service_id\",\"resident_id\",\"service_date\",\"kind\"\nS1,R1,2024-01-01,CHILD\n");
    assertEquals(List.of("service_id", "resident_id", "service_date", "kind"), table.columns());
    assertEquals(1, all(table).size());
  }

  @Test
  void missingFileIsAnException() {
    assertThrows(NoSuchFileException.class,
        () -> CsvTable.open(dir.resolve("nothing.csv"), RecordType.RESIDENT));
  }

  // -------------------------------------------------------------- headers

  @Test
  void columnsInAnyOrderAndCase() {
    CsvTable table = text(RecordType.RESIDENT,
        "Permanent, BIRTH_DATE ,institution_code,Sex,region_code,resident_id\n"
            + "1,1950-01-01,I1,2,110105,R1\n");
    CsvRow row = all(table).get(0);
    assertEquals(Optional.of("R1"), row.text("resident_id"));
    assertEquals(Optional.of("2"), row.code("sex"));
    assertEquals(Optional.of(true), row.bool("permanent"));
    assertEquals(List.of("permanent", "birth_date", "institution_code", "sex", "region_code",
        "resident_id"), table.columns());
  }

  @Test
  void unknownColumnsAreReportedOnceAsInfo() {
    CsvTable table = text(RecordType.TCM_SERVICE, TCM_HEADER + ",备注,source\n"
        + "S1,R1,2024-01-01,ELDERLY,a,b\n"
        + "S2,R2,2024-01-02,CHILD,,c\n"
        + "S3,R3,2024-01-03,CHILD,d,\n");
    assertEquals(List.of("备注", "source"), table.unknownColumns());
    List<CsvRow> rows = all(table);
    assertEquals(Optional.of("c"), rows.get(1).extra("source"));
    FileAccount a = table.account();
    assertEquals(List.of("CSV_UNKNOWN_COLUMNS"), codes(a));
    Problem p = a.problems().get(0);
    assertEquals(Severity.INFO, p.severity());
    assertEquals(OptionalLong.of(1), p.line());
    assertTrue(p.message().contains("'备注', 'source'"), p.message());
    assertEquals(3, a.rowsAccepted());
  }

  @Test
  void missingRequiredColumnRejectsTheFileButCountsEveryRow() {
    CsvTable table = text(RecordType.RESIDENT,
        "resident_id,sex,region_code,institution_code,name\n"
            + "R1,1,110105,I1,a\n"
            + "\n"
            + "R2,1,110105,I1,\"b\nc\"\n"
            + "R3,1,110105,I1,d\n");
    assertEquals(FileStatus.REJECTED, table.status());
    assertFalse(table.iterator().hasNext());
    FileAccount a = table.account();
    assertTrue(a.isRejected());
    assertEquals(3, a.rowsRead());
    assertEquals(0, a.rowsAccepted());
    assertEquals(3, a.rowsRejected());
    assertEquals(1, a.blankLines());
    assertEquals(List.of("CSV_MISSING_COLUMN", "CSV_MISSING_COLUMN"), codes(a));
    assertEquals(Optional.of("birth_date"), a.problems().get(0).field());
    assertTrue(a.problems().get(0).message().contains("birth_date (出生日期)"));
    assertEquals(Optional.of("permanent"), a.problems().get(1).field());
    assertEquals(2, a.problemCount(Severity.ERROR));
  }

  @Test
  void columnNamedTwiceRejectsTheFile() {
    CsvTable table = text(RecordType.RESIDENT,
        RESIDENT_HEADER + ",id_number,身份证号\nR1,1,1950-01-01,110105,I1,1,x,y\n");
    FileAccount a = table.account();
    assertEquals(FileStatus.REJECTED, a.status());
    assertEquals(List.of("CSV_DUPLICATE_COLUMN"), codes(a));
    assertTrue(a.problems().get(0).message()
        .contains("columns 7 ('id_number') and 8 ('身份证号') both name column id_number"));
    assertEquals(1, a.rowsRejected());
  }

  @Test
  void unknownColumnNamedTwiceIsAWarningAndTheFirstIsKept() {
    CsvTable table = text(RecordType.TCM_SERVICE,
        TCM_HEADER + ",note,note\nS1,R1,2024-01-01,ELDERLY,first,second\n");
    assertEquals(Optional.of("first"), all(table).get(0).extra("note"));
    FileAccount a = table.account();
    assertEquals(List.of("CSV_DUPLICATE_COLUMN", "CSV_UNKNOWN_COLUMNS"), codes(a));
    assertEquals(Severity.WARNING, a.problems().get(0).severity());
    assertEquals(1, a.rowsAccepted());
  }

  @Test
  void unnamedColumnsBetweenNamedOnesAreIgnoredWithWarning() {
    CsvTable table = text(RecordType.TCM_SERVICE,
        "service_id,,resident_id,service_date,kind,,\nS1,x,R1,2024-01-01,ELDERLY,,\n");
    CsvRow row = all(table).get(0);
    assertEquals(Optional.of("R1"), row.text("resident_id"));
    FileAccount a = table.account();
    assertEquals(List.of("CSV_UNNAMED_COLUMN"), codes(a));
    assertEquals("header column 2 has no name; the cells below are ignored",
        a.problems().get(0).message());
    assertEquals(1, a.rowsAccepted());
  }

  @Test
  void emptyFileHoldsNoRecords() {
    CsvTable table = text(RecordType.SATISFACTION_SURVEY, "\n\n");
    FileAccount a = table.account();
    assertEquals(FileStatus.COMPLETE, a.status());
    assertEquals(List.of("CSV_EMPTY_FILE"), codes(a));
    assertEquals(Severity.WARNING, a.problems().get(0).severity());
    assertEquals(0, a.rowsRead());
    assertEquals(2, a.blankLines());
    assertFalse(table.iterator().hasNext());
  }

  @Test
  void headerOnlyFileHasNoRows() {
    CsvTable table = text(RecordType.TCM_SERVICE, TCM_HEADER + "\n");
    assertEquals(List.of(), all(table));
    FileAccount a = table.account();
    assertEquals(FileStatus.COMPLETE, a.status());
    assertEquals(0, a.rowsRead());
    assertEquals(List.of(), a.problems());
  }

  // ---------------------------------------------------------------- rows

  @Test
  void rfc4180QuotingKeepsStartingLines() throws IOException {
    Path file = write("residents.csv", resource("residents_quoted.csv").getBytes(UTF_8));
    try (CsvTable table = CsvTable.open(file, RecordType.RESIDENT)) {
      List<CsvRow> rows = all(table);
      assertEquals(List.of(2L, 3L, 4L, 6L), rows.stream().map(CsvRow::line).toList());
      assertEquals(Optional.of("Zhang, San"), rows.get(0).text("name"));
      assertEquals(Optional.of("He said \"hi\""), rows.get(1).text("name"));
      assertEquals(Optional.of("line one\nline two"), rows.get(2).text("name"));
      assertEquals(Optional.of("plain"), rows.get(3).text("name"));
      assertEquals(4, table.account().rowsAccepted());
    }
  }

  @Test
  void crlfLineEndingsInsideAndOutsideQuotes() {
    CsvTable table = text(RecordType.TCM_SERVICE, TCM_HEADER + ",note\r\n"
        + "S1,R1,2024-01-01,ELDERLY,\"a\r\nb\r\nc\"\r\n"
        + "S2,R2,2024-01-02,CHILD,x\r\n");
    List<CsvRow> rows = all(table);
    assertEquals(List.of(2L, 5L), rows.stream().map(CsvRow::line).toList());
    assertEquals(Optional.of("a\r\nb\r\nc"), rows.get(0).extra("note"));
  }

  @Test
  void unclosedQuoteAtEndOfFileIsAnErrorRow() {
    CsvTable table = text(RecordType.TCM_SERVICE, TCM_HEADER + ",note\n"
        + "S1,R1,2024-01-01,ELDERLY,ok\n"
        + "S2,R2,2024-01-02,CHILD,\"truncated\nS3,R3,2024-01-03,CHILD,x\n");
    List<CsvRow> rows = all(table);
    assertEquals(1, rows.size());
    FileAccount a = table.account();
    assertEquals(FileStatus.COMPLETE, a.status());
    assertEquals(2, a.rowsRead());
    assertEquals(1, a.rowsAccepted());
    assertEquals(1, a.rowsRejected());
    assertEquals(List.of("CSV_UNKNOWN_COLUMNS", "CSV_UNCLOSED_QUOTE"), codes(a));
    Problem p = a.problems().get(1);
    assertEquals(Severity.ERROR, p.severity());
    assertEquals(OptionalLong.of(3), p.line());
  }

  @Test
  void wrongCellCountsAreRejectedRowsAndTrailingSeparatorsAreTolerated() {
    CsvTable table = text(RecordType.TCM_SERVICE, TCM_HEADER + "\n"
        + "S1,R1,2024-01-01,ELDERLY\n"
        + "S2,R2,2024-01-02,CHILD,\n"
        + "S3,R3,2024-01-03,CHILD,, ,\n"
        + "S4,R4,2024-01-04,CHILD,extra\n"
        + "S5,R5,2024-01-05\n"
        + "S6,R6,2024-01-06,CHILD\n");
    List<CsvRow> rows = all(table);
    assertEquals(List.of("S1", "S2", "S3", "S6"),
        rows.stream().map(r -> r.text("service_id").orElseThrow()).toList());
    FileAccount a = table.account();
    assertEquals(6, a.rowsRead());
    assertEquals(4, a.rowsAccepted());
    assertEquals(2, a.rowsRejected());
    assertEquals(List.of("CSV_TOO_MANY_CELLS", "CSV_TOO_FEW_CELLS"), codes(a));
    assertEquals(OptionalLong.of(5), a.problems().get(0).line());
    assertEquals(Optional.of("S4"), a.problems().get(0).recordId());
    assertEquals("row has 3 cells but the header has 4 columns; the row is rejected",
        a.problems().get(1).message());
    assertEquals(OptionalLong.of(6), a.problems().get(1).line());
  }

  @Test
  void blankLinesAreSkippedAndNotCounted() {
    CsvTable table = text(RecordType.TCM_SERVICE, "\n" + TCM_HEADER + "\n"
        + "\n"
        + "S1,R1,2024-01-01,ELDERLY\n"
        + ",,,\n"
        + "   \n"
        + "S2,R2,2024-01-02,CHILD\n"
        + "\n");
    List<CsvRow> rows = all(table);
    assertEquals(List.of(4L, 7L), rows.stream().map(CsvRow::line).toList());
    FileAccount a = table.account();
    assertEquals(2, a.rowsRead());
    assertEquals(2, a.rowsAccepted());
    assertEquals(0, a.rowsRejected());
    assertEquals(5, a.blankLines(), "lines 1, 3, 5, 6 and 8");
    assertEquals(List.of(), a.problems());
  }

  @Test
  void emptyRequiredCellIsAnErrorInAHandedOutRow() {
    CsvTable table = text(RecordType.TCM_SERVICE, TCM_HEADER + "\nS1,R1,,ELDERLY\n");
    CsvRow row = all(table).get(0);
    assertTrue(row.hasError());
    Problem p = row.problems().get(0);
    assertEquals("VALUE_MISSING", p.code());
    assertEquals(Optional.of("service_date"), p.field());
    assertEquals("required column service_date is empty", p.message());
    assertEquals(CsvRow.Status.REJECTED, row.status(), "settled at the end: it has an error");
    assertEquals(1, table.account().rowsRejected());
  }

  @Test
  void textAfterAClosingQuoteIsJoinedLikeExcel() {
    CsvTable table = text(RecordType.TCM_SERVICE, TCM_HEADER + "\n\"S\"1,R1,2024-01-01,ELDERLY\n");
    assertEquals(Optional.of("S1"), all(table).get(0).text("service_id"));
  }

  // ----------------------------------------------------------- accounting

  @Test
  void callerAcceptsAndRejectsAndTheAccountBalances() {
    CsvTable table = text(RecordType.TCM_SERVICE, TCM_HEADER + "\n"
        + "S1,R1,2024-01-01,ELDERLY\n"
        + "S2,R2,2024-13-01,CHILD\n"
        + "S3,R3,2024-01-03,TEACHER\n"
        + "S4,R4,2024-01-04,CHILD\n"
        + "S5,R5,2024-01-05,CHILD\n");
    Iterator<CsvRow> it = table.iterator();
    CsvRow s1 = it.next();
    table.accept(s1);
    CsvRow s2 = it.next();
    s2.date("service_date");
    table.reject(s2);
    CsvRow s3 = it.next();
    table.reject(s3, Problem.error("TCM_KIND", "'TEACHER' is not a kind of TCM service")
        .withField("kind"));
    CsvRow s4 = it.next();
    CsvRow s5 = it.next();
    assertEquals(CsvRow.Status.ACCEPTED, s4.status(), "left unmarked: settled on the next row");
    table.reject(s4);
    assertFalse(it.hasNext());
    assertEquals(CsvRow.Status.ACCEPTED, s5.status());

    FileAccount a = table.account();
    assertEquals(5, a.rowsRead());
    assertEquals(2, a.rowsAccepted());
    assertEquals(3, a.rowsRejected());
    assertBalanced(a);
    assertEquals(List.of("DATE_INVALID", "TCM_KIND"), codes(a));
    Problem reason = a.problems().get(1);
    assertEquals(OptionalLong.of(4), reason.line());
    assertEquals(Optional.of("S3"), reason.recordId());
    assertEquals(2, a.problemCount(Severity.ERROR));
    assertEquals(1, a.problemCount("TCM_KIND"));
  }

  @Test
  void accountMidwayBalances() {
    CsvTable table = text(RecordType.TCM_SERVICE, TCM_HEADER + "\n"
        + "S1,R1,2024-01-01,ELDERLY\nS2,R2,2024-01-02,CHILD\n");
    Iterator<CsvRow> it = table.iterator();
    CsvRow s1 = it.next();
    assertTrue(it.hasNext());
    FileAccount midway = table.account();
    assertEquals(FileStatus.READING, midway.status());
    assertEquals(1, midway.rowsRead());
    assertBalanced(midway);
    table.reject(s1);
    assertEquals(1, table.account().rowsRejected());
  }

  @Test
  void rowOfAnotherTableIsAProgrammingError() {
    CsvTable one = text(RecordType.TCM_SERVICE, TCM_HEADER + "\nS1,R1,2024-01-01,ELDERLY\n");
    CsvTable two = text(RecordType.TCM_SERVICE, TCM_HEADER + "\nS1,R1,2024-01-01,ELDERLY\n");
    CsvRow row = one.iterator().next();
    assertThrows(IllegalArgumentException.class, () -> two.accept(row));
  }

  @Test
  void streamHandsOutTheSameRows() {
    try (var rows = text(RecordType.TCM_SERVICE, TCM_HEADER + "\n"
        + "S1,R1,2024-01-01,ELDERLY\nS2,R2,2024-01-02,CHILD\n").stream()) {
      assertEquals(List.of("S1", "S2"), rows.map(r -> r.recordId().orElseThrow()).toList());
    }
  }

  @Test
  void problemSinkReceivesProblemsAndTheAccountCountsThem() {
    List<Problem> seen = new ArrayList<>();
    CsvReadOptions options = CsvReadOptions.defaults().withProblemSink(seen::add);
    CsvTable table = CsvTable.of(new StringReader(TCM_HEADER + ",x\nS1,R1,20240101,CHILD,\n"),
        "tcm_services.csv", RecordType.TCM_SERVICE, options);
    all(table).forEach(r -> r.date("service_date"));
    FileAccount a = table.account();
    assertEquals(List.of("CSV_UNKNOWN_COLUMNS", "DATE_NONSTANDARD"),
        seen.stream().map(Problem::code).toList());
    assertEquals(List.of(), a.problems());
    assertEquals(1, a.problemCount(Severity.WARNING));
    assertEquals(1, a.problemCount(Severity.INFO));
  }

  @Test
  void userAliasesReachTheHeader() {
    ColumnAliases aliases = ColumnAliases.builtIn()
        .withAlias(RecordType.TCM_SERVICE, "服务类型", "kind");
    CsvTable table = CsvTable.of(new StringReader("服务编号,居民编号,服务日期,服务类型\nS1,R1,2024-01-01,CHILD\n"),
        "tcm_services.csv", RecordType.TCM_SERVICE,
        CsvReadOptions.defaults().withAliases(aliases));
    assertEquals(Optional.of("CHILD"), all(table).get(0).code("kind"));
  }

  // ---------------------------------------------------------- round trip

  /**
   * A file written with RFC 4180 quoting reads back the same cells, each row at the line it
   * starts on, whatever the cells hold: Chinese, 𠮷 (outside the BMP), separators, quotes, line
   * breaks, white space.
   */
  @Property(tries = 300)
  void quotedCellsReadBack(@ForAll("tables") List<List<String>> rows, @ForAll boolean crlf) {
    String eol = crlf ? "\r\n" : "\n";
    StringBuilder text = new StringBuilder(TCM_HEADER).append(eol);
    List<Long> expectedLines = new ArrayList<>();
    long line = 2;
    for (List<String> row : rows) {
      expectedLines.add(line);
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          text.append(',');
        }
        text.append(quote(row.get(i)));
        line += lineBreaks(row.get(i));
      }
      text.append(eol);
      line++;
    }
    CsvTable table = text(RecordType.TCM_SERVICE, text.toString());
    List<CsvRow> read = all(table);
    assertEquals(rows, read.stream().map(CsvRow::cells).toList());
    assertEquals(expectedLines, read.stream().map(CsvRow::line).toList());
    FileAccount a = table.account();
    assertEquals(rows.size(), a.rowsRead());
    assertBalanced(a);
  }

  @Provide
  Arbitrary<List<List<String>>> tables() {
    Arbitrary<String> cell = Arbitraries.strings()
        .withChars("ab张三公卫,\"\r\n \t#'")
        .withChars('\u3000')
        .ofMaxLength(12)
        .injectDuplicates(0.1)
        .edgeCases(e -> e.add("𠮷"));
    Arbitrary<String> withRare = Arbitraries.oneOf(cell, cell.map(s -> s + "𠮷" + s));
    Arbitrary<String> id = withRare.map(s -> "S" + s);
    return id.flatMap(first -> withRare.list().ofSize(3)
            .map(rest -> {
              List<String> row = new ArrayList<>();
              row.add(first);
              row.addAll(rest);
              return row;
            }))
        .list().ofMaxSize(8);
  }

  /**
   * Whatever mix of good rows, bad cells, wrong cell counts and blank lines a file holds, and
   * whatever the caller accepts or rejects, rows read = accepted + rejected, and every non-blank
   * line after the header is a row read.
   */
  @Property(tries = 300)
  void everyRowIsAccountedFor(@ForAll("lines") List<String> lines, @ForAll long choices) {
    StringBuilder text = new StringBuilder(TCM_HEADER).append('\n');
    lines.forEach(l -> text.append(l).append('\n'));
    CsvTable table = text(RecordType.TCM_SERVICE, text.toString());
    long bits = choices;
    for (CsvRow row : table) {
      row.date("service_date");
      switch ((int) (bits & 3)) {
        case 0:
          table.accept(row);
          break;
        case 1:
          table.reject(row);
          break;
        case 2:
          table.reject(row, Problem.error("MAPPER", "rejected by the mapper"));
          table.accept(row);
          break;
        default:
          break; // left to the table
      }
      bits = Long.rotateRight(bits, 2);
    }
    FileAccount a = table.account();
    assertBalanced(a);
    long nonBlank = lines.stream().filter(l -> !l.replace(",", "").isBlank()).count();
    assertEquals(nonBlank, a.rowsRead());
    assertEquals(lines.size() - nonBlank, a.blankLines());
    assertEquals(a.problems().size(),
        a.problemsBySeverity().values().stream().mapToLong(Long::longValue).sum());
  }

  @Provide
  Arbitrary<List<String>> lines() {
    return Arbitraries.of(
            "S1,R1,2024-01-01,CHILD",
            "S2,R2,20240101,ELDERLY",
            "S3,R3,2024-02-30,CHILD",
            "S4,R4,,CHILD",
            "S5,R5,2024-01-01,CHILD,",
            "S6,R6,2024-01-01,CHILD,extra",
            "S7,R7,2024-01-01",
            "S8,\"R8\nstill R8\",45292,CHILD",
            "",
            ",,,",
            "  ")
        .list().ofMaxSize(30);
  }

  private static String quote(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\r') < 0
        && cell.indexOf('\n') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  /** Line breaks in a text: CR LF, a lone CR and a lone LF each count one. */
  private static int lineBreaks(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n'))) {
        n++;
      }
    }
    return n;
  }
}
