package org.gongwei.io.worklist;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.gongwei.indicators.worklist.DueService;
import org.gongwei.indicators.worklist.DueStatus;
import org.gongwei.indicators.worklist.Worklist;
import org.gongwei.io.csv.FormulaGuard;

/**
 * Writes a {@link Worklist} as an Excel workbook (xlsx) of one sheet, {@value #SHEET}: a bold,
 * frozen header row of the {@link WorklistCsvWriter#COLUMNS} (the same columns as the CSV), then
 * one row per due service in the worklist's order of urgency.
 *
 * <p>Cells have their types: {@code date} and {@code due_date} are dates shown as {@code
 * yyyy-mm-dd}, {@code days_overdue} a whole number, the rest text. Text cells carry the formula
 * guard of {@link FormulaGuard} (a name {@code =HYPERLINK(…)} is written {@code '=HYPERLINK(…)}),
 * as in the CSV.
 */
public final class XlsxWorklistWriter {
  /** The name of the sheet. */
  public static final String SHEET = "Worklist";

  static final String DATE_FORMAT = "yyyy-mm-dd";

  private XlsxWorklistWriter() {}

  /**
   * Writes the workbook to {@code file} (created or replaced).
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(Worklist worklist, Path file) throws IOException {
    Objects.requireNonNull(worklist, "worklist");
    Objects.requireNonNull(file, "file");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      write(worklist, out);
    }
  }

  /**
   * Writes the workbook to {@code out}; the stream is flushed, not closed.
   *
   * @throws IOException if the stream cannot be written
   */
  public static void write(Worklist worklist, OutputStream out) throws IOException {
    Objects.requireNonNull(worklist, "worklist");
    Objects.requireNonNull(out, "out");
    Workbook wb = new Workbook(new NonClosing(out), "Gongwei", "1.0");
    Worksheet ws = wb.newWorksheet(SHEET);
    List<String> columns = WorklistCsvWriter.COLUMNS;
    for (int c = 0; c < columns.size(); c++) {
      ws.value(0, c, columns.get(c));
      ws.style(0, c).bold().set();
      ws.width(c, width(columns.get(c)));
    }
    ws.freezePane(0, 1);
    int r = 1;
    for (DueService s : worklist.services()) {
      date(ws, r, 0, s.date());
      text(ws, r, 1, s.status().name());
      ws.value(r, 2, s.status() == DueStatus.OVERDUE ? s.daysOverdue() : 0L);
      date(ws, r, 3, s.dueDate());
      text(ws, r, 4, s.residentId());
      text(ws, r, 5, s.name().orElse(""));
      text(ws, r, 6, s.institutionCode());
      text(ws, r, 7, s.doctorId().orElse(""));
      text(ws, r, 8, s.rule().code());
      text(ws, r, 9, s.rule().label());
      text(ws, r, 10, s.item());
      text(ws, r, 11, String.join(" ", s.indicatorIds()));
      text(ws, r, 12, s.period().toString());
      text(ws, r, 13, s.reason());
      r++;
    }
    wb.finish();
    out.flush();
  }

  private static void text(Worksheet ws, int r, int c, String value) {
    if (!value.isEmpty()) {
      ws.value(r, c, FormulaGuard.guard(value));
    }
  }

  private static void date(Worksheet ws, int r, int c, LocalDate value) {
    ws.value(r, c, value);
    ws.style(r, c).format(DATE_FORMAT).set();
  }

  private static double width(String column) {
    switch (column) {
      case "reason":
        return 60;
      case "name":
      case "rule_label":
      case "period":
        return 22;
      case "resident_id":
      case "rule":
        return 20;
      case "institution_code":
      case "indicators":
        return 16;
      default:
        return 12;
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
