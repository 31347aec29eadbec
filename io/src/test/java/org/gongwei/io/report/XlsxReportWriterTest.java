package org.gongwei.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.gongwei.indicators.report.Detail;
import org.gongwei.indicators.report.IndicatorReport;
import org.gongwei.indicators.report.Stratification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the workbook back by unzipping its XML parts: no spreadsheet library needed. */
class XlsxReportWriterTest {
  private static final Pattern CELL = Pattern.compile("<c r=\"([A-Z]+)([0-9]+)\"([^>]*?)(?:/>|>(.*?)</c>)", Pattern.DOTALL);
  private static final Pattern ATTR_S = Pattern.compile("\\bs=\"([0-9]+)\"");
  private static final Pattern ATTR_T = Pattern.compile("\\bt=\"([a-zA-Z]+)\"");
  private static final Pattern VALUE = Pattern.compile("<v>(.*?)</v>", Pattern.DOTALL);
  private static final Pattern INLINE = Pattern.compile("<t[^>]*>(.*?)</t>", Pattern.DOTALL);

  /**
   * The parts of a workbook by name, read through the zip's central directory (as spreadsheet
   * programs do; the streaming zip writer leaves sizes out of the local headers).
   */
  private static Map<String, String> unzip(byte[] xlsx) throws IOException {
    Path file = Files.createTempFile("gongwei", ".xlsx");
    try {
      Files.write(file, xlsx);
      Map<String, String> parts = new HashMap<>();
      try (ZipFile zip = new ZipFile(file.toFile())) {
        for (ZipEntry e : java.util.Collections.list(zip.entries())) {
          try (InputStream in = zip.getInputStream(e)) {
            parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
      return parts;
    } finally {
      Files.delete(file);
    }
  }

  private static byte[] xlsx(IndicatorReport report, Detail detail) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxReportWriter.write(report, detail, out);
    return out.toByteArray();
  }

  private static final Pattern CHAR_REF = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

  /** The text of XML character data: numeric character references and the five entities resolved. */
  private static String unescape(String xml) {
    Matcher m = CHAR_REF.matcher(xml);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
      m.appendReplacement(b, Matcher.quoteReplacement(new String(Character.toChars(cp))));
    }
    m.appendTail(b);
    return b.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
  }

  /** A cell read back: its type attribute, style index and text (shared strings resolved). */
  record Cell(String type, int style, String text) {}

  /** The cells of a sheet by reference, e.g. {@code B2}. */
  private static Map<String, Cell> cells(Map<String, String> parts, String sheet) {
    List<String> shared = new ArrayList<>();
    String sst = parts.getOrDefault("xl/sharedStrings.xml", "");
    Matcher si = Pattern.compile("<si>(.*?)</si>", Pattern.DOTALL).matcher(sst);
    while (si.find()) {
      Matcher t = INLINE.matcher(si.group(1));
      StringBuilder b = new StringBuilder();
      while (t.find()) {
        b.append(unescape(t.group(1)));
      }
      shared.add(b.toString());
    }
    Map<String, Cell> cells = new HashMap<>();
    Matcher m = CELL.matcher(parts.get(sheet));
    while (m.find()) {
      String attrs = m.group(3);
      Matcher s = ATTR_S.matcher(attrs);
      Matcher t = ATTR_T.matcher(attrs);
      String type = t.find() ? t.group(1) : "n";
      int style = s.find() ? Integer.parseInt(s.group(1)) : 0;
      String body = m.group(4) == null ? "" : m.group(4);
      Matcher v = VALUE.matcher(body);
      String text;
      if (type.equals("s")) {
        assertTrue(v.find());
        text = shared.get(Integer.parseInt(v.group(1)));
      } else if (type.equals("inlineStr")) {
        Matcher i = INLINE.matcher(body);
        text = i.find() ? unescape(i.group(1)) : "";
      } else {
        text = v.find() ? v.group(1) : "";
      }
      cells.put(m.group(1) + m.group(2), new Cell(type, style, text));
    }
    return cells;
  }

  /** The number format codes of the cell styles (cellXfs), in order; General for built-in 0. */
  private static List<String> styleFormats(Map<String, String> parts) {
    String styles = parts.get("xl/styles.xml");
    Map<String, String> numFmts = new HashMap<>();
    Matcher f = Pattern.compile("<numFmt numFmtId=\"([0-9]+)\" formatCode=\"([^\"]*)\"").matcher(styles);
    while (f.find()) {
      numFmts.put(f.group(1), unescape(f.group(2)));
    }
    String xfs = styles.substring(styles.indexOf("<cellXfs"), styles.indexOf("</cellXfs>"));
    List<String> formats = new ArrayList<>();
    Matcher xf = Pattern.compile("<xf [^>]*numFmtId=\"([0-9]+)\"").matcher(xfs);
    while (xf.find()) {
      formats.add(numFmts.getOrDefault(xf.group(1), "builtin " + xf.group(1)));
    }
    return formats;
  }

  /** The sheet part of the sheet named {@code name}, following workbook.xml and its relations. */
  private static String sheetPart(Map<String, String> parts, String name) {
    Matcher sheet = Pattern.compile("<sheet name=\"" + Pattern.quote(name) + "\"[^>]*r:id=\"([^\"]+)\"").matcher(parts.get("xl/workbook.xml"));
    assertTrue(sheet.find(), "no sheet " + name + " in " + parts.get("xl/workbook.xml"));
    Matcher rel = Pattern.compile("Id=\"" + sheet.group(1) + "\"[^>]*Target=\"([^\"]+)\"|Target=\"([^\"]+)\"[^>]*Id=\"" + sheet.group(1) + "\"")
        .matcher(parts.get("xl/_rels/workbook.xml.rels"));
    assertTrue(rel.find());
    String target = rel.group(1) != null ? rel.group(1) : rel.group(2);
    return target.startsWith("/") ? target.substring(1) : "xl/" + target;
  }

  private static String column(int index) {
    return String.valueOf((char) ('A' + index));
  }

  /** The row number (1-based) whose column A holds {@code id} and whose stratum key column holds {@code key}. */
  private static int rowOf(Map<String, Cell> cells, String id, String keyColumn, String key) {
    for (int r = 2; r < 1000; r++) {
      Cell a = cells.get("A" + r);
      if (a == null) {
        break;
      }
      Cell k = keyColumn == null ? null : cells.get(keyColumn + r);
      if (a.text().equals(id) && (keyColumn == null || (k != null && k.text().equals(key)))) {
        return r;
      }
    }
    throw new AssertionError("no row " + id + " " + key);
  }

  @Test
  void theIndicatorsSheetHasAFrozenHeaderAndNumbersAsNumbers() throws IOException {
    Map<String, String> parts = unzip(xlsx(SmallDataset.report(), Detail.HEADLINES));
    String sheet = sheetPart(parts, XlsxReportWriter.INDICATORS_SHEET);
    String xml = parts.get(sheet);
    assertTrue(Pattern.compile("<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\"").matcher(xml).find()
        || Pattern.compile("<pane [^>]*state=\"frozen\"[^>]*ySplit=\"1\"").matcher(xml).find(), xml.substring(0, Math.min(600, xml.length())));
    assertFalse(xml.contains("<f>"), "no formulas");
    Map<String, Cell> cells = cells(parts, sheet);
    List<String> formats = styleFormats(parts);
    // header: the non-stratum columns, in order
    List<ReportColumn> columns = new ArrayList<>();
    for (ReportColumn c : ReportColumn.values()) {
      if (!c.isStratumColumn()) {
        columns.add(c);
      }
    }
    for (int i = 0; i < columns.size(); i++) {
      assertEquals(columns.get(i).key(), cells.get(column(i) + "1").text());
    }
    int htn = rowOf(cells, "HTN-01", null, null);
    Cell numerator = cells.get(column(columns.indexOf(ReportColumn.NUMERATOR)) + htn);
    assertEquals("n", numerator.type());
    assertEquals(1.0, Double.parseDouble(numerator.text()));
    Cell value = cells.get(column(columns.indexOf(ReportColumn.VALUE)) + htn);
    assertEquals("n", value.type());
    assertEquals(0.5, Double.parseDouble(value.text()));
    assertEquals("0.00%", formats.get(value.style()));
    Cell percent = cells.get(column(columns.indexOf(ReportColumn.PERCENT)) + htn);
    assertEquals(50.0, Double.parseDouble(percent.text()));
    assertEquals("0.00", formats.get(percent.style()));
    Cell gap = cells.get(column(columns.indexOf(ReportColumn.GAP)) + htn);
    assertEquals("n", gap.type());
    assertEquals(-10.0, Double.parseDouble(gap.text()));
    assertEquals("高血压患者规范管理率", cells.get(column(columns.indexOf(ReportColumn.NAME)) + htn).text());
    assertEquals("≥ 60%", cells.get(column(columns.indexOf(ReportColumn.TARGET)) + htn).text());
    // a per-thousand indicator keeps its fraction with a plain format
    int smd = rowOf(cells, "SMD-02", null, null);
    Cell smdValue = cells.get(column(columns.indexOf(ReportColumn.VALUE)) + smd);
    assertEquals("0.000000", formats.get(smdValue.style()));
    // no value: an empty cell
    int mat = rowOf(cells, "MAT-01", null, null);
    assertEquals(null, cells.get(column(columns.indexOf(ReportColumn.VALUE)) + mat));
  }

  @Test
  void aStratifiedReportHasASheetOfStrataWithGuardedText() throws IOException {
    Map<String, String> parts = unzip(xlsx(SmallDataset.byInstitution(), Detail.HEADLINES));
    String sheet = sheetPart(parts, XlsxReportWriter.sheetName(Stratification.INSTITUTION));
    assertEquals("By institution", XlsxReportWriter.sheetName(Stratification.INSTITUTION));
    String xml = parts.get(sheet);
    assertTrue(xml.contains("state=\"frozen\""));
    Map<String, Cell> cells = cells(parts, sheet);
    for (ReportColumn c : ReportColumn.values()) {
      assertEquals(c.key(), cells.get(column(c.ordinal()) + "1").text());
    }
    String keyColumn = column(ReportColumn.STRATUM_KEY.ordinal());
    int village = rowOf(cells, "HTN-01", keyColumn, SmallDataset.VILLAGE);
    assertEquals("'" + SmallDataset.VILLAGE_NAME, cells.get(column(ReportColumn.STRATUM_LABEL.ordinal()) + village).text());
    assertEquals(-60.0, Double.parseDouble(cells.get(column(ReportColumn.GAP.ordinal()) + village).text()));
    // the strata sheet holds strata only
    for (int r = 2; cells.containsKey("A" + r); r++) {
      assertFalse(cells.get(keyColumn + r).text().isEmpty());
    }
  }

  @Test
  void theAboutSheetDescribesTheReport() throws IOException {
    Map<String, String> parts = unzip(xlsx(SmallDataset.byInstitution(), Detail.ALL));
    Map<String, Cell> cells = cells(parts, sheetPart(parts, XlsxReportWriter.ABOUT_SHEET));
    Map<String, String> about = new HashMap<>();
    for (int r = 2; cells.containsKey("A" + r); r++) {
      about.put(cells.get("A" + r).text(), cells.containsKey("B" + r) ? cells.get("B" + r).text() : "");
    }
    assertEquals("2024", about.get("period"));
    assertEquals("all", about.get("scope"));
    assertEquals("national-2017", about.get("rulebook"));
    assertEquals("INSTITUTION", about.get("stratification"));
    assertEquals("ALL", about.get("detail"));
  }

  @Test
  void anUnstratifiedReportHasTwoSheets() throws IOException {
    Map<String, String> parts = unzip(xlsx(SmallDataset.report(), Detail.HEADLINES));
    String workbook = parts.get("xl/workbook.xml");
    assertEquals(2, workbook.split("<sheet ", -1).length - 1, workbook);
  }

  @Test
  void writesFiles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.xlsx");
    XlsxReportWriter.write(SmallDataset.report(), Detail.ALL, file);
    Map<String, String> parts = unzip(Files.readAllBytes(file));
    assertTrue(parts.containsKey("[Content_Types].xml"));
    Map<String, Cell> cells = cells(parts, sheetPart(parts, XlsxReportWriter.INDICATORS_SHEET));
    int rows = 0;
    while (cells.containsKey("A" + (rows + 2))) {
      rows++;
    }
    assertEquals(SmallDataset.report().results().size(), rows);
  }
}
