package org.gongwei.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;
import org.junit.jupiter.api.Test;

class CsvRowTest {
  private static final String RESIDENT_HEADER =
      "resident_id,sex,birth_date,region_code,institution_code,permanent,ethnicity,id_number,"
          + "death_date,disabled,note";

  /** A resident row whose death_date cell is {@code date} and disabled cell is {@code bool}. */
  private static CsvRow resident(String date, String bool) {
    return resident("R1", "1", "1950-01-01", "01", "", date, bool);
  }

  private static CsvRow resident(String id, String sex, String birth, String ethnicity,
      String idNumber, String death, String disabled) {
    String line = String.join(",", id, sex, birth, "110105", "I1", "1", ethnicity, idNumber, death,
        disabled, "");
    return only(RecordType.RESIDENT, RESIDENT_HEADER, line);
  }

  private static CsvRow only(RecordType type, String header, String line) {
    CsvTable table = CsvTable.of(new StringReader(header + "\n" + line + "\n"), type.fileName(),
        type);
    return table.iterator().next();
  }

  private static Problem single(CsvRow row) {
    assertEquals(1, row.problems().size(), () -> row.problems().toString());
    return row.problems().get(0);
  }

  @Test
  void lineFileAndRecordId() {
    CsvRow row = resident("", "");
    assertEquals(2, row.line());
    assertEquals("residents.csv", row.fileName());
    assertEquals(RecordType.RESIDENT, row.recordType());
    assertEquals(Optional.of("R1"), row.recordId());
    assertEquals(11, row.cells().size());
  }

  @Test
  void textIsStrippedAndBlankIsAbsent() {
    CsvRow row = only(RecordType.RESIDENT, "resident_id,sex,birth_date,region_code,"
        + "institution_code,permanent,name,doctor_id",
        "  R1 ,1,1950-01-01,110105,I1,1,\" 张三　\",   ");
    assertEquals(Optional.of("R1"), row.text("resident_id"));
    assertEquals(Optional.of("张三"), row.text("name"), "ideographic space stripped too");
    assertEquals(Optional.empty(), row.text("doctor_id"));
    assertEquals(Optional.empty(), row.text("death_date"), "a schema column absent from the file");
    assertTrue(row.problems().isEmpty());
  }

  @Test
  void unknownColumnOfSchemaIsAProgrammingError() {
    CsvRow row = resident("", "");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> row.text("visit_date"));
    assertTrue(e.getMessage().contains("residents.csv has no column visit_date"));
  }

  @Test
  void standardDateHasNoProblem() {
    CsvRow row = resident("2024-01-02", "");
    assertEquals(Optional.of(LocalDate.of(2024, 1, 2)), row.date("death_date"));
    assertTrue(row.problems().isEmpty());
  }

  @Test
  void everyOtherDateFormWarns() {
    String[][] cases = {
      {"20240102", "DATE_NONSTANDARD"},
      {"2024/1/2", "DATE_NONSTANDARD"},
      {"2024.1.2", "DATE_NONSTANDARD"},
      {"2024-1-2", "DATE_NONSTANDARD"},
      {"45293", "DATE_EXCEL_SERIAL"},
      {"2024-01-02 00:00:00", "DATE_WITH_TIME"},
    };
    for (String[] c : cases) {
      CsvRow row = resident(c[0], "");
      assertEquals(Optional.of(LocalDate.of(2024, 1, 2)), row.date("death_date"), c[0]);
      Problem p = single(row);
      assertEquals(c[1], p.code(), c[0]);
      assertEquals(Severity.WARNING, p.severity());
      assertTrue(p.message().contains("'" + c[0] + "'"), p.message());
      assertFalse(row.hasError());
    }
  }

  @Test
  void excelSerial45292IsNewYear2024WithWarning() {
    CsvRow row = resident("45292", "");
    assertEquals(Optional.of(LocalDate.of(2024, 1, 1)), row.date("death_date"));
    Problem p = single(row);
    assertEquals("DATE_EXCEL_SERIAL", p.code());
    assertEquals(Severity.WARNING, p.severity());
    assertEquals("'45292' read as Excel serial date 2024-01-01; write dates as yyyy-MM-dd",
        p.message());
  }

  @Test
  void excelSerial60IsInvalid() {
    CsvRow row = resident("60", "");
    assertEquals(Optional.empty(), row.date("death_date"));
    Problem p = single(row);
    assertEquals("DATE_INVALID", p.code());
    assertEquals(Severity.ERROR, p.severity());
    assertTrue(p.message().contains("1900-02-29"), p.message());
    assertTrue(row.hasError());
    assertEquals(Optional.of(LocalDate.of(1900, 3, 1)), resident("61", "").date("death_date"));
  }

  @Test
  void invalidDateIsAnErrorLocatedAtTheCell() {
    CsvRow row = resident("2023-02-29", "");
    assertEquals(Optional.empty(), row.date("death_date"));
    Problem p = single(row);
    assertEquals(Severity.ERROR, p.severity());
    assertEquals("DATE_INVALID", p.code());
    assertEquals(Optional.of("residents.csv"), p.file());
    assertEquals(OptionalLong.of(2), p.line());
    assertEquals(Optional.of("death_date"), p.field());
    assertEquals(Optional.of(RecordType.RESIDENT), p.recordType());
    assertEquals(Optional.of("R1"), p.recordId());
    assertEquals("'2023-02-29' is not a valid calendar date", p.message());
  }

  @Test
  void askingTwiceReportsOnce() {
    CsvRow row = resident("20240102", "");
    row.date("death_date");
    row.date("death_date");
    assertEquals(1, row.problems().size());
  }

  @Test
  void dateTimes() {
    String header = "case_id,institution_code,disease_class,diagnosed_at,reported_at";
    CsvRow row = only(RecordType.INFECTIOUS_CASE, header, "C1,I1,B,2024-03-01 08:30,2024-03-01");
    assertEquals(Optional.of(LocalDateTime.of(2024, 3, 1, 8, 30)), row.dateTime("diagnosed_at"));
    assertTrue(row.problems().isEmpty());
    assertEquals(Optional.of(LocalDateTime.of(2024, 3, 1, 0, 0)), row.dateTime("reported_at"));
    Problem p = single(row);
    assertEquals("DATE_TIME_DATE_ONLY", p.code());
    assertEquals(Severity.WARNING, p.severity());

    CsvRow t = only(RecordType.INFECTIOUS_CASE, header, "C1,I1,B,2024-03-01T08:30:59,2024/3/1 9:05");
    assertEquals(Optional.of(LocalDateTime.of(2024, 3, 1, 8, 30, 59)), t.dateTime("diagnosed_at"));
    assertEquals(Optional.of(LocalDateTime.of(2024, 3, 1, 9, 5)), t.dateTime("reported_at"));
    assertEquals("DATE_TIME_NONSTANDARD", single(t).code());

    CsvRow bad = only(RecordType.INFECTIOUS_CASE, header, "C1,I1,B,2024-03-01 24:10,");
    assertEquals(Optional.empty(), bad.dateTime("diagnosed_at"));
    assertEquals("DATE_TIME_INVALID", single(bad).code());
    assertTrue(bad.hasError());
  }

  @Test
  void booleans() {
    assertEquals(Optional.of(true), resident("", "是").bool("disabled"));
    assertEquals(Optional.of(false), resident("", "N").bool("disabled"));
    assertEquals(Optional.of(true), resident("", "TRUE").bool("disabled"));
    CsvRow bad = resident("", "maybe");
    assertEquals(Optional.empty(), bad.bool("disabled"));
    Problem p = single(bad);
    assertEquals("BOOLEAN_INVALID", p.code());
    assertTrue(p.message().startsWith("'maybe' is not a yes/no value"), p.message());
  }

  @Test
  void integersAndDecimals() {
    String header = "scope_code,year,population,hypertension_prevalence,diabetes_prevalence";
    CsvRow row = only(RecordType.POPULATION, header, "110105,2024,125000,0.275,");
    assertEquals(OptionalInt.of(2024), row.integer("year"));
    assertEquals(OptionalInt.of(125_000), row.integer("population"));
    assertEquals(OptionalDouble.of(0.275), row.decimal("hypertension_prevalence"));
    assertEquals(OptionalDouble.empty(), row.decimal("diabetes_prevalence"));
    assertTrue(row.problems().isEmpty());

    CsvRow bad = only(RecordType.POPULATION, header, "110105,2024,\"125,000\",27.5%,");
    assertEquals(OptionalInt.empty(), bad.integer("population"));
    assertEquals(OptionalDouble.empty(), bad.decimal("hypertension_prevalence"));
    assertEquals(List.of("INTEGER_INVALID", "DECIMAL_INVALID"),
        bad.problems().stream().map(Problem::code).toList());
  }

  @Test
  void codeLostItsLeadingZeroIsRepairedWithWarning() {
    CsvRow row = resident("R1", "1", "1950-01-01", "1", "", "", "");
    assertEquals(Optional.of("01"), row.code("ethnicity"), "schema width 2");
    Problem p = single(row);
    assertEquals("CODE_LEADING_ZEROS", p.code());
    assertEquals(Severity.WARNING, p.severity());
    assertEquals("'1' lost its leading zero; read as '01' (codes of ethnicity have 2 digits)",
        p.message());
    assertEquals(Optional.of("001"), row.code("ethnicity", 3));
    assertEquals(Optional.of("1"), row.code("sex"), "width 1: nothing to repair");
  }

  @Test
  void codesKeepTheirLeadingZerosAndText() {
    CsvRow row = resident("R1", "1", "1950-01-01", "01", "", "", "");
    assertEquals(Optional.of("01"), row.code("ethnicity"));
    assertEquals(Optional.of("110105"), row.code("region_code"), "no fixed width");
    assertEquals(Optional.of("I1"), row.code("institution_code", 6), "not all digits: unchanged");
    assertTrue(row.problems().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> row.code("ethnicity", 0));
  }

  @Test
  void codeInScientificNotationIsAnError() {
    CsvRow row = only(RecordType.RESIDENT,
        "resident_id,sex,birth_date,region_code,institution_code,permanent",
        "R1,1,1950-01-01,1.10105E+11,I1,1");
    assertEquals(Optional.empty(), row.code("region_code"));
    assertEquals("CODE_SCIENTIFIC", single(row).code());
  }

  @Test
  void idNumberInScientificNotationIsAnError() {
    CsvRow row = resident("R1", "1", "1950-01-01", "01", "1.10105E+17", "", "");
    assertEquals(Optional.empty(), row.idNumber("id_number"));
    Problem p = single(row);
    assertEquals("ID_NUMBER_SCIENTIFIC", p.code());
    assertEquals(Severity.ERROR, p.severity());
    assertEquals("'1.10105E+17' looks like Excel turned the ID number into a number;"
        + " the digits are lost", p.message());
    assertTrue(row.hasError());

    CsvRow good = resident("R1", "1", "1950-01-01", "01", "11010519491231002X", "", "");
    assertEquals(Optional.of("11010519491231002X"), good.idNumber("id_number"));
    assertTrue(good.problems().isEmpty());
  }

  @Test
  void unknownColumnsAreKeptAside() {
    CsvRow row = only(RecordType.CHILD_VISIT, "visit_id,备注,resident_id,visit_date,kind,source",
        "V1, 早产 ,R1,2024-05-01,CHECKUP,");
    assertEquals(Optional.of("早产"), row.extra("备注"));
    assertEquals(Optional.empty(), row.extra("source"));
    assertEquals(Optional.empty(), row.extra("nothing"));
    assertEquals(Map.of("备注", "早产"), row.extras());
  }

  @Test
  void mapperProblemsAreLocatedAtTheRow() {
    CsvRow row = resident("", "");
    row.report(Problem.warning("SEX_UNKNOWN", "sex 9 is unspecified").withField("sex"));
    Problem p = single(row);
    assertEquals(Optional.of("residents.csv"), p.file());
    assertEquals(OptionalLong.of(2), p.line());
    assertEquals(Optional.of("R1"), p.recordId());
    assertFalse(row.hasError());
    row.report(Problem.error("X", "x").withLocation("elsewhere.csv", 9));
    assertEquals(Optional.of("elsewhere.csv"), row.problems().get(1).file(), "kept as given");
    assertTrue(row.hasError());
  }

  @Test
  void toStringShowsNoCellValues() {
    CsvRow row = resident("R1", "1", "1950-01-01", "01", "11010519491231002X", "", "");
    assertEquals("residents.csv:2 R1 (0 problems, PENDING)", row.toString());
  }
}
