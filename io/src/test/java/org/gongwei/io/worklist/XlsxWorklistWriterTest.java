package org.gongwei.io.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.worklist.DueRule;
import org.gongwei.indicators.worklist.DueService;
import org.gongwei.indicators.worklist.Worklist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWorklistWriterTest {
  private static final LocalDate D = LocalDate.of(2024, 8, 15);
  private static final Pattern CELL = Pattern.compile("<c r=\"([A-Z]+[0-9]+)\"([^>]*?)(?:/>|>(.*?)</c>)", Pattern.DOTALL);
  private static final Pattern TYPE = Pattern.compile("\\bt=\"([a-zA-Z]+)\"");
  private static final Pattern STYLE = Pattern.compile("\\bs=\"([0-9]+)\"");
  private static final Pattern VALUE = Pattern.compile("<v>(.*?)</v>", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("<t[^>]*>(.*?)</t>", Pattern.DOTALL);

  private static Worklist sample() {
    DueService overdue = DueService.builder()
        .date(D)
        .residentId("R1")
        .name("=HYPERLINK(\"x\")")
        .doctorId("D07")
        .institutionCode("430321101")
        .rule(DueRule.HYPERTENSION_FOLLOW_UP)
        .item("2024-Q3")
        .addIndicatorIds("HTN-01")
        .period(ReportingPeriod.of(LocalDate.of(2024, 7, 1), D))
        .dueDate(LocalDate.of(2024, 8, 10))
        .reason("no face-to-face follow-up in 2024-Q3 yet")
        .build();
    DueService due = DueService.builder()
        .date(D)
        .residentId("R2")
        .institutionCode("430321101201")
        .rule(DueRule.VACCINATION)
        .item("MMR 1")
        .indicatorIds(List.of("IMM-02", "IMM-03"))
        .period(ReportingPeriod.of(LocalDate.of(2024, 1, 1), D))
        .dueDate(LocalDate.of(2024, 12, 1))
        .reason("no MMR dose 1 by 2024-08-15")
        .build();
    return Worklist.of(D, List.of(due, overdue));
  }

  /** The parts of the workbook by name, read through the zip's central directory. */
  private static Map<String, String> parts(byte[] xlsx, Path dir) throws IOException {
    Path file = dir.resolve("w.xlsx");
    Files.write(file, xlsx);
    Map<String, String> parts = new HashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(e)) {
          parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return parts;
  }

  /** The cells of the one sheet by reference: [type, style, text], shared strings resolved. */
  private static Map<String, String[]> cells(Map<String, String> parts) {
    List<String> shared = new ArrayList<>();
    Matcher si = Pattern.compile("<si>(.*?)</si>", Pattern.DOTALL).matcher(parts.getOrDefault("xl/sharedStrings.xml", ""));
    while (si.find()) {
      Matcher t = TEXT.matcher(si.group(1));
      shared.add(t.find() ? unescape(t.group(1)) : "");
    }
    Map<String, String[]> cells = new HashMap<>();
    Matcher m = CELL.matcher(parts.get("xl/worksheets/sheet1.xml"));
    while (m.find()) {
      Matcher t = TYPE.matcher(m.group(2));
      Matcher s = STYLE.matcher(m.group(2));
      String type = t.find() ? t.group(1) : "n";
      String body = m.group(3) == null ? "" : m.group(3);
      Matcher v = VALUE.matcher(body);
      String text = v.find() ? v.group(1) : "";
      if (type.equals("s")) {
        text = shared.get(Integer.parseInt(text));
      } else if (type.equals("inlineStr")) {
        Matcher i = TEXT.matcher(body);
        text = i.find() ? unescape(i.group(1)) : "";
      }
      cells.put(m.group(1), new String[] {type, s.find() ? s.group(1) : "0", text});
    }
    return cells;
  }

  private static String unescape(String xml) {
    return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
  }

  private static byte[] xlsx(Worklist w) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxWorklistWriter.write(w, out);
    return out.toByteArray();
  }

  @Test
  void oneSheetWithTheCsvColumnsAndOneRowPerServiceInOrderOfUrgency(@TempDir Path dir) throws IOException {
    Map<String, String> parts = parts(xlsx(sample()), dir);
    assertTrue(parts.get("xl/workbook.xml").contains("name=\"" + XlsxWorklistWriter.SHEET + "\""));
    Map<String, String[]> cells = cells(parts);
    for (int c = 0; c < WorklistCsvWriter.COLUMNS.size(); c++) {
      assertEquals(WorklistCsvWriter.COLUMNS.get(c), cells.get((char) ('A' + c) + "1")[2]);
    }
    assertEquals("OVERDUE", cells.get("B2")[2]);
    assertEquals("R1", cells.get("E2")[2]);
    assertEquals("DUE", cells.get("B3")[2]);
    assertEquals("IMM-02 IMM-03", cells.get("L3")[2]);
    assertFalse(cells.containsKey("A4"));
    assertTrue(parts.get("xl/worksheets/sheet1.xml").contains("<pane"), "the header is frozen");
  }

  @Test
  void numbersAndDatesAreTypedCells(@TempDir Path dir) throws IOException {
    Map<String, String> parts = parts(xlsx(sample()), dir);
    Map<String, String[]> cells = cells(parts);
    assertEquals("n", cells.get("C2")[0]);
    assertEquals("5", cells.get("C2")[2]);
    assertEquals("0", cells.get("C3")[2]);
    // 2024-08-15 is Excel serial day 45519
    assertEquals("n", cells.get("A2")[0]);
    assertEquals(45519.0, Double.parseDouble(cells.get("A2")[2]));
    assertTrue(parts.get("xl/styles.xml").contains("formatCode=\"" + XlsxWorklistWriter.DATE_FORMAT + "\""));
    assertFalse(cells.get("A2")[1].equals("0"), "the date cell has the date style");
  }

  @Test
  void textThatASpreadsheetWouldEvaluateIsGuarded(@TempDir Path dir) throws IOException {
    Map<String, String[]> cells = cells(parts(xlsx(sample()), dir));
    assertEquals("'=HYPERLINK(\"x\")", cells.get("F2")[2]);
    assertFalse(cells.containsKey("F3") && !cells.get("F3")[2].isEmpty(), "no name, empty cell");
  }

  @Test
  void writesAFileAndAnEmptyWorklist(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("empty.xlsx");
    XlsxWorklistWriter.write(Worklist.of(D, List.of()), file);
    Map<String, String[]> cells = cells(parts(Files.readAllBytes(file), dir));
    assertEquals("date", cells.get("A1")[2]);
    assertFalse(cells.containsKey("A2"));
  }

  @Test
  void nullArgumentsAreNamed() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> XlsxWorklistWriter.write(null, new ByteArrayOutputStream()));
    assertEquals("worklist", e.getMessage());
    assertThrows(NullPointerException.class, () -> XlsxWorklistWriter.write(sample(), (Path) null));
  }
}
