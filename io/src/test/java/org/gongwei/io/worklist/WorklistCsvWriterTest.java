package org.gongwei.io.worklist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.worklist.DueRule;
import org.gongwei.indicators.worklist.DueService;
import org.gongwei.indicators.worklist.Worklist;
import org.gongwei.io.csv.CsvOutputEncoding;
import org.gongwei.io.csv.FormulaGuard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorklistCsvWriterTest {
  private static final LocalDate D = LocalDate.of(2024, 8, 15);

  private static DueService.Builder service(String residentId) {
    return DueService.builder()
        .date(D)
        .residentId(residentId)
        .institutionCode("430321101")
        .rule(DueRule.HYPERTENSION_FOLLOW_UP)
        .item("2024-Q3")
        .addIndicatorIds("HTN-01")
        .period(ReportingPeriod.of(LocalDate.of(2024, 7, 1), D))
        .dueDate(LocalDate.of(2024, 8, 10))
        .reason("no face-to-face follow-up in 2024-Q3 yet");
  }

  private static Worklist sample() {
    return Worklist.of(
        D,
        List.of(
            service("R1").name("张三").doctorId("D07").build(),
            DueService.builder()
                .date(D)
                .residentId("R2")
                .institutionCode("430321101201")
                .rule(DueRule.VACCINATION)
                .item("MMR 1")
                .indicatorIds(List.of("IMM-02", "IMM-03"))
                .period(ReportingPeriod.of(LocalDate.of(2024, 1, 1), D))
                .dueDate(LocalDate.of(2024, 12, 1))
                .reason("no MMR dose 1 by 2024-08-15; scheduled at 8m (2024-04-01), complete before 1y (2024-12-02)")
                .build()));
  }

  @Test
  void oneRowPerServiceInOrderOfUrgency() {
    String csv = WorklistCsvWriter.toCsv(sample());
    // R1 is 5 days overdue (due 2024-08-10), R2 due by 2024-12-01
    assertEquals(
        "date,status,days_overdue,due_date,resident_id,name,institution_code,doctor_id,rule,rule_label,item,"
            + "indicators,period,reason\r\n"
            + "2024-08-15,OVERDUE,5,2024-08-10,R1,张三,430321101,D07,HYPERTENSION_FOLLOW_UP,高血压患者随访,2024-Q3,"
            + "HTN-01,2024-07-01..2024-08-15,no face-to-face follow-up in 2024-Q3 yet\r\n"
            + "2024-08-15,DUE,0,2024-12-01,R2,,430321101201,,VACCINATION,预防接种,MMR 1,IMM-02 IMM-03,"
            + "2024-01-01..2024-08-15,\"no MMR dose 1 by 2024-08-15; scheduled at 8m (2024-04-01), complete before"
            + " 1y (2024-12-02)\"\r\n",
        csv);
    assertEquals(WorklistCsvWriter.COLUMNS, records(csv).get(0));
    assertEquals(3, records(csv).size());
  }

  @Test
  void streamIsUtf8WithByteOrderMarkAndStaysOpen() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean[] closed = {false};
    OutputStream out =
        new OutputStream() {
          @Override
          public void write(int b) {
            bytes.write(b);
          }

          @Override
          public void close() {
            closed[0] = true;
          }
        };
    WorklistCsvWriter.write(sample(), out);
    byte[] all = bytes.toByteArray();
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(all, 3));
    assertEquals(WorklistCsvWriter.toCsv(sample()), new String(all, 3, all.length - 3, StandardCharsets.UTF_8));
    assertEquals(false, closed[0]);
  }

  @Test
  void fileUtf8WithBomOrGb18030(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("worklist.csv");
    WorklistCsvWriter.write(sample(), file);
    byte[] all = Files.readAllBytes(file);
    assertEquals((byte) 0xEF, all[0]);
    assertEquals(WorklistCsvWriter.toCsv(sample()), new String(all, 3, all.length - 3, StandardCharsets.UTF_8));
    Path gb = dir.resolve("worklist-gb.csv");
    WorklistCsvWriter.write(sample(), gb, CsvOutputEncoding.GB18030);
    assertEquals(WorklistCsvWriter.toCsv(sample()), Files.readString(gb, Charset.forName("GB18030")));
  }

  @Test
  void formulaGuard() {
    assertEquals("'=SUM(A1:A9)", FormulaGuard.guard("=SUM(A1:A9)"));
    assertEquals("'+86 138", FormulaGuard.guard("+86 138"));
    assertEquals("'-x", FormulaGuard.guard("-x"));
    assertEquals("'@cmd", FormulaGuard.guard("@cmd"));
    assertEquals("-12", FormulaGuard.guard("-12"));
    assertEquals("+3.5", FormulaGuard.guard("+3.5"));
    assertEquals("-1e3", FormulaGuard.guard("-1e3"));
    assertEquals("'-", FormulaGuard.guard("-"));
    assertEquals("a=b", FormulaGuard.guard("a=b"));
    assertEquals("", FormulaGuard.guard(""));
    // guarded, then quoted
    assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", WorklistCsvWriter.cell("=HYPERLINK(\"http://x\",\"y\")"));
    Worklist w = Worklist.of(D, List.of(service("=1+1").name("@张三").doctorId("-D1").build()));
    List<String> row = records(WorklistCsvWriter.toCsv(w)).get(1);
    assertEquals("'=1+1", row.get(4));
    assertEquals("'@张三", row.get(5));
    assertEquals("'-D1", row.get(7));
  }

  @Test
  void quotesCommasQuotesAndLineBreaks() {
    Worklist w = Worklist.of(D, List.of(service("R1").name("Li, \"Ming\"").reason("line one\nline two").build()));
    List<String> row = records(WorklistCsvWriter.toCsv(w)).get(1);
    assertEquals("Li, \"Ming\"", row.get(5));
    assertEquals("line one\nline two", row.get(13));
  }

  @Test
  void emptyWorklistIsTheHeader() {
    assertEquals(String.join(",", WorklistCsvWriter.COLUMNS) + "\r\n", WorklistCsvWriter.toCsv(Worklist.of(D, List.of())));
    assertThrows(NullPointerException.class, () -> WorklistCsvWriter.toCsv(null));
  }

  /** Whatever the text, a cell reads back as written, apostrophe aside, and never starts a formula. */
  @Property(tries = 300)
  void cellsReadBack(@ForAll String name) {
    Worklist w = Worklist.of(D, List.of(service("R1").name(name).build()));
    List<List<String>> rows = records(WorklistCsvWriter.toCsv(w));
    assertEquals(2, rows.size());
    String read = rows.get(1).get(5);
    assertEquals(FormulaGuard.guard(name), read);
    if (!read.isEmpty() && "=+-@".indexOf(read.charAt(0)) >= 0) {
      assertEquals(true, read.matches("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?"), read);
    }
  }

  private static List<List<String>> records(String csv) {
    List<List<String>> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
      for (CsvRecord r : reader) {
        rows.add(r.getFields());
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return rows;
  }
}
