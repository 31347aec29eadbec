package org.gongwei.io.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.gongwei.indicators.report.Detail;
import org.gongwei.indicators.report.IndicatorReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReportWriterTest {

  private static List<List<String>> rows(IndicatorReport report, Detail detail) {
    return CsvReader.builder().ofCsvRecord(CsvReportWriter.toCsv(report, detail)).stream().map(CsvRecord::getFields).toList();
  }

  private static int col(ReportColumn c) {
    return c.ordinal();
  }

  private static List<String> row(List<List<String>> rows, String id, String stratumKey) {
    return rows.stream()
        .filter(r -> r.get(col(ReportColumn.ID)).equals(id) && r.get(col(ReportColumn.STRATUM_KEY)).equals(stratumKey))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + id + " " + stratumKey));
  }

  @Test
  void theHeaderIsTheColumnKeys() {
    List<String> header = rows(SmallDataset.report(), Detail.HEADLINES).get(0);
    assertEquals(
        List.of("id", "part", "name", "stratification", "stratumKey", "stratumLabel", "numerator", "denominator", "value",
            "percent", "unit", "status", "denominatorSource", "target", "outcome", "gap"),
        header);
  }

  @Test
  void oneRowPerHeadlineWithTheSameValuesAsTheJsonReport() {
    IndicatorReport report = SmallDataset.report();
    List<List<String>> rows = rows(report, Detail.HEADLINES);
    assertEquals(report.headlines().size() + 1, rows.size());
    List<String> htn = row(rows, "HTN-01", "");
    assertEquals("高血压患者规范管理率", htn.get(col(ReportColumn.NAME)));
    assertEquals("", htn.get(col(ReportColumn.PART)));
    assertEquals("1", htn.get(col(ReportColumn.NUMERATOR)));
    assertEquals("2", htn.get(col(ReportColumn.DENOMINATOR)));
    assertEquals("0.500000", htn.get(col(ReportColumn.VALUE)));
    assertEquals("50.00", htn.get(col(ReportColumn.PERCENT)));
    assertEquals("PERCENT", htn.get(col(ReportColumn.UNIT)));
    assertEquals("OK", htn.get(col(ReportColumn.STATUS)));
    assertEquals("RECORDS", htn.get(col(ReportColumn.DENOMINATOR_SOURCE)));
    assertEquals("≥ 60%", htn.get(col(ReportColumn.TARGET)));
    assertEquals("NOT_MET", htn.get(col(ReportColumn.OUTCOME)));
    List<String> mat = row(rows, "MAT-01", "");
    assertEquals("", mat.get(col(ReportColumn.VALUE)));
    assertEquals("", mat.get(col(ReportColumn.PERCENT)));
    assertEquals("NO_DENOMINATOR", mat.get(col(ReportColumn.STATUS)));
  }

  @Test
  void aNegativeGapIsANumberNotAGuardedFormula() {
    List<String> htn = row(rows(SmallDataset.report(), Detail.HEADLINES), "HTN-01", "");
    assertEquals("-10.00", htn.get(col(ReportColumn.GAP)));
  }

  @Test
  void textThatLooksLikeAFormulaIsGuarded() {
    List<List<String>> rows = rows(SmallDataset.byInstitution(), Detail.HEADLINES);
    List<String> village = row(rows, "HTN-01", SmallDataset.VILLAGE);
    assertEquals("'" + SmallDataset.VILLAGE_NAME, village.get(col(ReportColumn.STRATUM_LABEL)));
    assertEquals("INSTITUTION", village.get(col(ReportColumn.STRATIFICATION)));
    for (List<String> r : rows.subList(1, rows.size())) {
      for (ReportColumn c : ReportColumn.values()) {
        String cell = r.get(col(c));
        if (c.kind() == ReportColumn.Kind.TEXT && !cell.isEmpty()) {
          assertFalse("=+-@".indexOf(cell.charAt(0)) >= 0, c + ": " + cell);
        }
      }
    }
  }

  @Test
  void aStratifiedReportHasTheTotalRowThenOneRowPerStratum() {
    IndicatorReport report = SmallDataset.byInstitution();
    List<List<String>> rows = rows(report, Detail.HEADLINES);
    int strata = report.headlines().stream().mapToInt(r -> r.strata().size()).sum();
    assertEquals(1 + report.headlines().size() + strata, rows.size());
    int total = rows.indexOf(row(rows, "HTN-01", ""));
    assertEquals(SmallDataset.TOWNSHIP, rows.get(total + 1).get(col(ReportColumn.STRATUM_KEY)));
    assertEquals(SmallDataset.VILLAGE, rows.get(total + 2).get(col(ReportColumn.STRATUM_KEY)));
    assertEquals("1", rows.get(total + 1).get(col(ReportColumn.NUMERATOR)));
    assertEquals("0", rows.get(total + 2).get(col(ReportColumn.NUMERATOR)));
    assertEquals("-60.00", rows.get(total + 2).get(col(ReportColumn.GAP)));
  }

  @Test
  void detailAllWritesTheParts() {
    List<List<String>> all = rows(SmallDataset.report(), Detail.ALL);
    assertTrue(all.stream().anyMatch(r -> !r.get(col(ReportColumn.PART)).isEmpty()));
    assertEquals(SmallDataset.report().results().size() + 1, all.size());
  }

  @Test
  void streamsAndFilesStartWithAByteOrderMarkAndUseCrlf(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvReportWriter.write(SmallDataset.report(), Detail.HEADLINES, out);
    byte[] bytes = out.toByteArray();
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertEquals(CsvReportWriter.toCsv(SmallDataset.report(), Detail.HEADLINES), text);
    assertTrue(text.startsWith("id,part,name,"));
    assertTrue(text.contains("\r\n"));
    Path file = dir.resolve("report.csv");
    CsvReportWriter.write(SmallDataset.report(), Detail.HEADLINES, file);
    assertArrayEquals(bytes, Files.readAllBytes(file));
  }

  @Test
  void cellsWriteNumbersPlainAndGuardOnlyText() {
    assertEquals("-15.00", CsvReportWriter.cell(ReportColumn.GAP, new java.math.BigDecimal("-15.00")));
    assertEquals("0.000000", CsvReportWriter.cell(ReportColumn.VALUE, new java.math.BigDecimal("0E-6")));
    assertEquals("12", CsvReportWriter.cell(ReportColumn.NUMERATOR, 12L));
    // one guard for every writer (FormulaGuard): a plain number in a text column cannot run, a formula is guarded
    assertEquals("-15.00", CsvReportWriter.cell(ReportColumn.STRATUM_LABEL, "-15.00"));
    assertEquals("'=1+1", CsvReportWriter.cell(ReportColumn.STRATUM_LABEL, "=1+1"));
    assertEquals("", CsvReportWriter.cell(ReportColumn.PART, null));
  }
}
