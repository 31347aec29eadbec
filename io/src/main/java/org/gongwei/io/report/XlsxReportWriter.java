package org.gongwei.io.report;

import org.gongwei.io.csv.FormulaGuard;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.gongwei.indicators.definition.Unit;
import org.gongwei.indicators.report.Detail;
import org.gongwei.indicators.report.IndicatorReport;
import org.gongwei.indicators.report.Stratification;

/**
 * Writes an {@link IndicatorReport} as an Excel workbook (xlsx): one sheet per table, each with a
 * bold header row of the {@link ReportColumn} keys and the header frozen.
 *
 * <ul>
 *   <li>{@value #INDICATORS_SHEET}: one row per result (the stratum columns left out);
 *   <li>when the report is stratified, a sheet named after the stratification ({@code By
 *       institution}, {@code By sex}, …): one row per result × stratum;
 *   <li>{@value #ABOUT_SHEET}: the period, scope, rulebook, stratification and detail.
 * </ul>
 *
 * <p>Numbers are numbers: counts as integers; {@code value} holds the fraction, shown with the
 * format {@code 0.00%} for indicators in percent (a cell of 0.617 shows 61.70%) and {@code
 * 0.000000} for the others; {@code percent} and {@code gap} with {@code 0.00}. Text cells carry
 * the same formula guard as the CSV report ({@link CsvReportWriter}).
 */
public final class XlsxReportWriter {
  /** The name of the sheet of results. */
  public static final String INDICATORS_SHEET = "Indicators";
  /** The name of the sheet describing the report. */
  public static final String ABOUT_SHEET = "About";

  static final String PERCENT_FORMAT = "0.00%";
  static final String FRACTION_FORMAT = "0.000000";
  static final String DECIMAL_FORMAT = "0.00";

  private XlsxReportWriter() {}

  /** Writes the workbook to {@code file} (created or replaced). */
  public static void write(IndicatorReport report, Detail detail, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      write(report, detail, out);
    }
  }

  /** Writes the workbook to {@code out}; flushes but does not close it. */
  public static void write(IndicatorReport report, Detail detail, OutputStream out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(out, "out");
    Workbook wb = new Workbook(new NonClosing(out), "Gongwei", "1.0");
    List<ReportRow> rows = ReportRow.of(report, detail);
    List<ReportRow> totals = new ArrayList<>();
    List<ReportRow> strata = new ArrayList<>();
    for (ReportRow r : rows) {
      (r.isStratum() ? strata : totals).add(r);
    }
    List<ReportColumn> totalColumns = new ArrayList<>();
    for (ReportColumn c : ReportColumn.values()) {
      if (!c.isStratumColumn()) {
        totalColumns.add(c);
      }
    }
    table(wb.newWorksheet(INDICATORS_SHEET), totalColumns, totals);
    if (report.stratification().isPresent()) {
      table(wb.newWorksheet(sheetName(report.stratification().get())), List.of(ReportColumn.values()), strata);
    }
    about(wb.newWorksheet(ABOUT_SHEET), report, detail);
    wb.finish();
    out.flush();
  }

  /** The sheet name of a stratification, e.g. {@code By institution rollup}. */
  static String sheetName(Stratification s) {
    return "By " + s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static void table(Worksheet ws, List<ReportColumn> columns, List<ReportRow> rows) {
    for (int c = 0; c < columns.size(); c++) {
      ws.value(0, c, columns.get(c).key());
      ws.style(0, c).bold().set();
      ws.width(c, width(columns.get(c)));
    }
    ws.freezePane(0, 1);
    for (int r = 0; r < rows.size(); r++) {
      ReportRow row = rows.get(r);
      for (int c = 0; c < columns.size(); c++) {
        cell(ws, r + 1, c, columns.get(c), row);
      }
    }
  }

  private static void cell(Worksheet ws, int r, int c, ReportColumn column, ReportRow row) {
    Object v = row.value(column);
    if (v == null) {
      return;
    }
    switch (column.kind()) {
      case TEXT:
        ws.value(r, c, FormulaGuard.guard((String) v));
        break;
      case INTEGER:
        ws.value(r, c, (Long) v);
        break;
      case FRACTION:
        ws.value(r, c, (BigDecimal) v);
        ws.style(r, c).format(row.result().unit() == Unit.PERCENT ? PERCENT_FORMAT : FRACTION_FORMAT).set();
        break;
      case DECIMAL:
        ws.value(r, c, (BigDecimal) v);
        ws.style(r, c).format(DECIMAL_FORMAT).set();
        break;
      default:
        throw new AssertionError(column.kind());
    }
  }

  private static double width(ReportColumn c) {
    switch (c) {
      case NAME:
      case STRATUM_LABEL:
        return 30;
      case ID:
      case PART:
        return 18;
      case DENOMINATOR_SOURCE:
      case STRATIFICATION:
        return 16;
      default:
        return 12;
    }
  }

  private static void about(Worksheet ws, IndicatorReport report, Detail detail) {
    String[][] lines = {
      {"period", report.period().toString()},
      {"start", report.period().start().toString()},
      {"end", report.period().end().toString()},
      {"scope", report.scope().toString()},
      {"rulebook", report.rulebook().name()},
      {"stratification", report.stratification().map(Enum::name).orElse("")},
      {"detail", detail.name()}
    };
    ws.value(0, 0, "key");
    ws.value(0, 1, "value");
    ws.style(0, 0).bold().set();
    ws.style(0, 1).bold().set();
    ws.freezePane(0, 1);
    ws.width(0, 16);
    ws.width(1, 30);
    for (int i = 0; i < lines.length; i++) {
      ws.value(i + 1, 0, lines[i][0]);
      ws.value(i + 1, 1, FormulaGuard.guard(lines[i][1]));
    }
  }

  /** An output stream that passes everything on except {@code close}. */
  private static final class NonClosing extends OutputStream {
    private final OutputStream out;

    NonClosing(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
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
