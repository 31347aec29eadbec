package org.gongwei.io.worklist;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.gongwei.indicators.worklist.DueService;
import org.gongwei.indicators.worklist.DueStatus;
import org.gongwei.indicators.worklist.Worklist;
import org.gongwei.io.csv.CsvOutputEncoding;
import org.gongwei.io.csv.FormulaGuard;

/**
 * Writes a {@link Worklist} as CSV: a header row of {@link #COLUMNS}, then one row per due
 * service in the worklist's order of urgency. Files and streams are UTF-8 with a byte order mark
 * (so that Excel reads the Chinese text), or GB18030 on request; rows end with CRLF and fields are
 * quoted as RFC 4180 says when they hold a comma, a quote or a line break.
 *
 * <p>Formula guard (against CSV injection): a cell that starts with {@code =}, {@code +}, {@code
 * -} or {@code @} and is not a number is written with a leading apostrophe ({@code =SUM(A1)} →
 * {@code '=SUM(A1)}), so that a spreadsheet shows it as text; {@code -12} stays a number.
 *
 * <p>The columns: {@code date} (the worklist date), {@code status} ({@code DUE} or {@code
 * OVERDUE}), {@code days_overdue} (0 when due), {@code due_date}, {@code resident_id}, {@code
 * name}, {@code institution_code}, {@code doctor_id}, {@code rule} (the {@link
 * org.gongwei.indicators.worklist.DueRule} code), {@code rule_label} (its Chinese label), {@code
 * item}, {@code indicators} (ids separated by spaces), {@code period} (as {@link
 * org.gongwei.core.period.ReportingPeriod#toString()} writes it) and {@code reason}.
 */
public final class WorklistCsvWriter {
  /** The header row. */
  public static final List<String> COLUMNS =
      List.of(
          "date",
          "status",
          "days_overdue",
          "due_date",
          "resident_id",
          "name",
          "institution_code",
          "doctor_id",
          "rule",
          "rule_label",
          "item",
          "indicators",
          "period",
          "reason");

  private static final String EOL = "\r\n";

  private WorklistCsvWriter() {}

  /**
   * Writes the worklist to {@code file} (created or replaced) in UTF-8 with a byte order mark.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(Worklist worklist, Path file) throws IOException {
    write(worklist, file, CsvOutputEncoding.UTF8_WITH_BOM);
  }

  /**
   * Writes the worklist to {@code file} (created or replaced) in {@code encoding}.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(Worklist worklist, Path file, CsvOutputEncoding encoding) throws IOException {
    Objects.requireNonNull(worklist, "worklist");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(encoding, "encoding");
    try (Writer w = encoding.newWriter(file)) {
      write(worklist, w);
    }
  }

  /**
   * Writes the worklist to {@code out} in UTF-8 with a byte order mark; the stream is flushed, not
   * closed.
   *
   * @throws IOException if the stream cannot be written
   */
  public static void write(Worklist worklist, OutputStream out) throws IOException {
    write(worklist, out, CsvOutputEncoding.UTF8_WITH_BOM);
  }

  /**
   * Writes the worklist to {@code out} in {@code encoding}; the stream is flushed, not closed.
   *
   * @throws IOException if the stream cannot be written
   */
  public static void write(Worklist worklist, OutputStream out, CsvOutputEncoding encoding) throws IOException {
    Objects.requireNonNull(worklist, "worklist");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(encoding, "encoding");
    Writer w = encoding.newWriter(new NonClosing(out));
    write(worklist, w);
    w.flush();
  }

  /**
   * Writes the CSV text (no byte order mark: the writer's encoding is the caller's) to {@code
   * out}; the writer is not flushed nor closed.
   *
   * @throws IOException if the writer fails
   */
  public static void write(Worklist worklist, Writer out) throws IOException {
    Objects.requireNonNull(worklist, "worklist");
    Objects.requireNonNull(out, "out");
    row(out, COLUMNS);
    for (DueService s : worklist.services()) {
      row(
          out,
          List.of(
              s.date().toString(),
              s.status().name(),
              Long.toString(s.status() == DueStatus.OVERDUE ? s.daysOverdue() : 0),
              s.dueDate().toString(),
              s.residentId(),
              s.name().orElse(""),
              s.institutionCode(),
              s.doctorId().orElse(""),
              s.rule().code(),
              s.rule().label(),
              s.item(),
              String.join(" ", s.indicatorIds()),
              s.period().toString(),
              s.reason()));
    }
  }

  /** The CSV text of the worklist, without a byte order mark. */
  public static String toCsv(Worklist worklist) {
    StringWriter w = new StringWriter();
    try {
      write(worklist, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.toString();
  }

  private static void row(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells.get(i)));
    }
    out.write(EOL);
  }

  /**
   * One cell as written: guarded against formulas, then quoted when it holds a comma, a quote or a
   * line break.
   */
  static String cell(String value) {
    String v = FormulaGuard.guard(value);
    boolean quote = false;
    for (int i = 0; i < v.length() && !quote; i++) {
      char c = v.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }

  /** Passes writes through and ignores {@code close()}, so that a caller's stream stays open. */
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
