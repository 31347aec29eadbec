package org.gongwei.io.report;

import org.gongwei.io.csv.FormulaGuard;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gongwei.indicators.report.Detail;
import org.gongwei.indicators.report.IndicatorReport;

/**
 * Writes an {@link IndicatorReport} as a CSV table: a header of the {@link ReportColumn} keys,
 * then one row per result and one per stratum (exchange format §2), RFC 4180 quoting, CRLF line
 * breaks; files and streams are UTF-8 with a byte order mark, so that Excel opens them as UTF-8.
 *
 * <p>Numbers are written as numbers: counts as integers, {@code value} with 6 decimals, {@code
 * percent} and {@code gap} with 2 ({@code -15.00}); empty cells stand for no value.
 *
 * <p>Formula guard: a text cell (a {@link ReportColumn.Kind#TEXT} column: ids, names, labels,
 * keys) that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * is written with a leading apostrophe ({@code '=cmd}), so that a spreadsheet shows it as text
 * and does not evaluate it. Numeric columns are never guarded: their cells come from numbers, so
 * a negative gap {@code -15.00} is a genuine number, not a formula. The rule depends on the
 * column, not on how the text looks, so the text {@code "-1"} in a label is still guarded.
 */
public final class CsvReportWriter {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private CsvReportWriter() {}

  /** The report as CSV text (without byte order mark). */
  public static String toCsv(IndicatorReport report, Detail detail) {
    StringWriter out = new StringWriter();
    try {
      write(report, detail, out);
    } catch (IOException e) {
      throw new IllegalStateException("a string writer cannot fail", e);
    }
    return out.toString();
  }

  /** Writes the report to {@code file} (created or replaced), UTF-8 with a byte order mark. */
  public static void write(IndicatorReport report, Detail detail, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      write(report, detail, out);
    }
  }

  /** Writes the report to {@code out}, UTF-8 with a byte order mark; flushes but does not close it. */
  public static void write(IndicatorReport report, Detail detail, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(BOM);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(report, detail, w);
    w.flush();
  }

  /** Writes the report as CSV text (no byte order mark) to {@code out}; flushes but does not close it. */
  public static void write(IndicatorReport report, Detail detail, Writer out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(out, "out");
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(new NonClosing(out));
    List<String> cells = new ArrayList<>();
    for (ReportColumn c : ReportColumn.values()) {
      cells.add(c.key());
    }
    csv.writeRecord(cells);
    for (ReportRow row : ReportRow.of(report, detail)) {
      cells.clear();
      for (ReportColumn c : ReportColumn.values()) {
        cells.add(cell(c, row.value(c)));
      }
      csv.writeRecord(cells);
    }
    csv.flush();
    out.flush();
  }

  /** The text of a cell: numbers plain, text guarded, nothing empty. */
  static String cell(ReportColumn column, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof Long) {
      return value.toString();
    }
    String text = (String) value;
    return column.kind() == ReportColumn.Kind.TEXT ? FormulaGuard.guard(text) : text;
  }

  /** A writer that passes everything on except {@code close}, so the caller's writer stays open. */
  private static final class NonClosing extends Writer {
    private final Writer out;

    NonClosing(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      out.write(buf, off, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      out.write(s, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
