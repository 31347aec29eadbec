package org.gongwei.io.csv;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.validation.Problem;
import org.gongwei.io.internal.RowValues;

/**
 * One data row of a bundle file, read by a {@link CsvTable}: its 1-based starting line, its cells,
 * and typed access by canonical column name.
 *
 * <p>Typed accessors never throw on bad data: they record a {@link Problem} in the row (located at
 * file, line, column and record id, naming the value and the rule) and return empty. Accepted but
 * non-standard input ({@code 20240101} for a date, {@code 1} for the code {@code 01}) gives the
 * value and a {@link org.gongwei.core.validation.Severity#WARNING}. An empty or blank cell is an
 * absent value (no problem); cells are read without surrounding white space. Asking for a column
 * the file's schema does not have is a programming error ({@link IllegalArgumentException}); a
 * schema column absent from the file reads as empty.
 *
 * <p>Problems are also passed to the table's account as they are found, so none is lost. A row
 * belongs to one table and, like it, is not thread-safe. {@link #toString()} shows no cell values
 * (rows hold personal data).
 */
public final class CsvRow {

  /** What became of a row in its file's account. */
  public enum Status {
    /** Not yet accepted or rejected. */
    PENDING,
    /** Counted as accepted. */
    ACCEPTED,
    /** Counted as rejected. */
    REJECTED
  }

  static { // the nullable accessors, for the bundle reader (org.gongwei.io.internal)
    RowValues.install(new RowValues() {
      @Override
      public String text(CsvRow row, String column) {
        return row.cell(row.position(column));
      }

      @Override
      public String code(CsvRow row, String column) {
        int p = row.position(column);
        return row.codeOrNull(column, p, row.header.schema.codeWidths[p]);
      }

      @Override
      public LocalDate date(CsvRow row, String column) {
        return row.dateOrNull(column);
      }

      @Override
      public Boolean bool(CsvRow row, String column) {
        return row.boolOrNull(column);
      }

      @Override
      public String idNumber(CsvRow row, String column) {
        return row.idNumberOrNull(column);
      }
    });
  }

  private final CsvTable table;
  private final CsvHeader header;
  private final long line;
  /** The text of every cell; cell {@code i} runs from {@code bounds[2i]} to {@code bounds[2i + 1]}. */
  private final char[] text;
  private final int[] bounds;
  /** The bounds of the stripped cell found by the last {@link #locate}. */
  private int from;
  private int to;
  private List<Problem> problems;
  private boolean error;
  private Status status = Status.PENDING;
  /** The schema position after the one asked for last: mappers read columns in schema order. */
  private int nextPosition;

  CsvRow(CsvTable table, CsvHeader header, long line, char[] text, int[] bounds) {
    this.table = table;
    this.header = header;
    this.line = line;
    this.text = text;
    this.bounds = bounds;
  }

  /** The 1-based line on which the row starts (a quoted cell may span several lines). */
  public long line() {
    return line;
  }

  /** The name of the file the row was read from, for example {@code residents.csv}. */
  public String fileName() {
    return table.fileName();
  }

  /** The record type of the row's file. */
  public RecordType recordType() {
    return header.schema.recordType();
  }

  /** The cells as read, in file order, with their white space. */
  public List<String> cells() {
    String[] cells = new String[bounds.length / 2];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = new String(text, bounds[2 * i], bounds[2 * i + 1] - bounds[2 * i]);
    }
    return List.of(cells);
  }

  /** The value of the row's identifier column (the schema's first column), if present. */
  public Optional<String> recordId() {
    return Optional.ofNullable(cell(0));
  }

  /** The text of a column, without surrounding white space; empty when absent or blank. */
  public Optional<String> text(String column) {
    return Optional.ofNullable(cell(position(column)));
  }

  /**
   * A code, leading zeros kept; a code of a fixed-width column (e.g. {@code ethnicity}, 2 digits)
   * that lost its leading zeros is repaired like {@link #code(String, int)}.
   */
  public Optional<String> code(String column) {
    int p = position(column);
    return Optional.ofNullable(codeOrNull(column, p, header.schema.codeWidths[p]));
  }

  /**
   * A code of {@code width} digits: a shorter all-digit value lost its leading zeros and is padded
   * with a WARNING ({@code 1} → {@code 01}). A value in scientific notation is an ERROR (Excel
   * turned it into a number and the digits are lost).
   *
   * @throws IllegalArgumentException if width is not positive
   */
  public Optional<String> code(String column, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("width must be positive: " + width);
    }
    return Optional.ofNullable(codeOrNull(column, position(column), width));
  }

  private String codeOrNull(String column, int p, int width) {
    String s = cell(p);
    if (s == null) {
      return null;
    }
    if (CellParser.isScientific(s)) {
      report(CsvProblemCode.CODE_SCIENTIFIC, column, "'" + s
          + "' looks like Excel turned the code into a number; the digits are lost");
      return null;
    }
    if (width > 0 && s.length() < width && CellParser.isAllDigits(s)) {
      String padded = "0".repeat(width - s.length()) + s;
      report(CsvProblemCode.CODE_LEADING_ZEROS, column, "'" + s + "' lost its leading zero"
          + (width - s.length() == 1 ? "" : "s") + "; read as '" + padded + "' (codes of "
          + column + " have " + width + " digits)");
      return padded;
    }
    return s;
  }

  /**
   * A date {@code yyyy-MM-dd}. Accepted with a WARNING: {@code yyyyMMdd}, {@code yyyy/M/d},
   * {@code yyyy.M.d}, {@code yyyy-M-d}, an Excel serial day number from 1 to 2958465 in the 1900
   * date system (45292 = 2024-01-01; 60 is Excel's phantom 1900-02-29 and an ERROR), and a date
   * followed by a time (the time ignored). Anything else is an ERROR.
   */
  public Optional<LocalDate> date(String column) {
    return Optional.ofNullable(dateOrNull(column));
  }

  private LocalDate dateOrNull(String column) {
    int p = position(column);
    if (!locate(header.cellIndex[p])) {
      return null;
    }
    LocalDate standard = CellParser.standardDate(text, from, to);
    if (standard != null) {
      return standard;
    }
    String s = cell(p);
    CellParser.ParsedDate d = CellParser.date(s);
    if (d.error() != null) {
      report(CsvProblemCode.DATE_INVALID, column, d.error());
      return null;
    }
    switch (d.form()) {
      case COMPACT:
      case SEPARATED:
        report(CsvProblemCode.DATE_NONSTANDARD, column,
            "'" + s + "' read as " + d.date() + "; write dates as yyyy-MM-dd");
        break;
      case EXCEL_SERIAL:
        report(CsvProblemCode.DATE_EXCEL_SERIAL, column, "'" + s + "' read as Excel serial date "
            + d.date() + "; write dates as yyyy-MM-dd");
        break;
      case WITH_TIME:
        report(CsvProblemCode.DATE_WITH_TIME, column,
            "'" + s + "' read as the date " + d.date() + "; the time is ignored");
        break;
      default:
        break;
    }
    return d.date();
  }

  /**
   * A date-time {@code yyyy-MM-dd HH:mm[:ss]} (also with {@code T}, and with a fraction of a
   * second). Accepted with a WARNING: the other date forms of {@link #date} or a one-digit hour
   * ({@code 2024/1/5 8:30}), an Excel serial number with a fraction of a day, and a date alone,
   * read as the start of that day. Anything else is an ERROR.
   */
  public Optional<LocalDateTime> dateTime(String column) {
    String s = cell(position(column));
    if (s == null) {
      return Optional.empty();
    }
    CellParser.ParsedDateTime d = CellParser.dateTime(s);
    if (d.error() != null) {
      report(CsvProblemCode.DATE_TIME_INVALID, column, d.error());
      return Optional.empty();
    }
    String shown = d.dateTime().toString().replace('T', ' ');
    switch (d.form()) {
      case NONSTANDARD:
        report(CsvProblemCode.DATE_TIME_NONSTANDARD, column, "'" + s + "' read as " + shown
            + "; write date-times as yyyy-MM-dd HH:mm[:ss]");
        break;
      case DATE_ONLY:
        report(CsvProblemCode.DATE_TIME_DATE_ONLY, column, "'" + s + "' has no time of day;"
            + " read as " + shown + ", the start of the day");
        break;
      case EXCEL_SERIAL:
        report(CsvProblemCode.DATE_EXCEL_SERIAL, column, "'" + s
            + "' read as Excel serial date-time " + shown
            + "; write date-times as yyyy-MM-dd HH:mm[:ss]");
        break;
      default:
        break;
    }
    return Optional.of(d.dateTime());
  }

  /**
   * A yes/no value: {@code 1}/{@code 0}, also {@code 是}/{@code 否}, {@code true}/{@code false}
   * and {@code Y}/{@code N}, ignoring case. Anything else is an ERROR.
   */
  public Optional<Boolean> bool(String column) {
    return Optional.ofNullable(boolOrNull(column));
  }

  private Boolean boolOrNull(String column) {
    int p = position(column);
    if (!locate(header.cellIndex[p])) {
      return null;
    }
    if (to - from == 1) {
      char c = text[from];
      if (c == '1') {
        return Boolean.TRUE;
      }
      if (c == '0') {
        return Boolean.FALSE;
      }
    }
    String s = cell(p);
    Boolean b = CellParser.bool(s);
    if (b == null) {
      report(CsvProblemCode.BOOLEAN_INVALID, column, "'" + s + "' is not a yes/no value;"
          + " write 1 or 0 (also accepted: 是/否, true/false, Y/N)");
      return null;
    }
    return b;
  }

  /** A whole number in the {@code int} range, ASCII digits with an optional sign; else an ERROR. */
  public OptionalInt integer(String column) {
    int p = position(column);
    if (!locate(header.cellIndex[p])) {
      return OptionalInt.empty();
    }
    int plain = CellParser.plainInteger(text, from, to);
    if (plain >= 0) {
      return OptionalInt.of(plain);
    }
    String s = cell(p);
    Integer i = CellParser.integer(s);
    if (i == null) {
      report(CsvProblemCode.INTEGER_INVALID, column, "'" + s + "' is not a whole number"
          + " (digits only, from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")");
      return OptionalInt.empty();
    }
    return OptionalInt.of(i);
  }

  /**
   * A decimal number with a point ({@code 12.5}, {@code -0.5}, {@code 1.2e3}); thousands
   * separators, a decimal comma or anything not finite is an ERROR. Read as a {@code double}
   * (fast; measurements, fractions and fees need no exact decimal arithmetic here).
   */
  public OptionalDouble decimal(String column) {
    int p = position(column);
    if (!locate(header.cellIndex[p])) {
      return OptionalDouble.empty();
    }
    double plain = CellParser.plainDecimal(text, from, to);
    if (plain >= 0) {
      return OptionalDouble.of(plain);
    }
    String s = cell(p);
    Double d = CellParser.decimal(s);
    if (d == null) {
      report(CsvProblemCode.DECIMAL_INVALID, column, "'" + s + "' is not a decimal number;"
          + " write digits with a decimal point, like 12.5");
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(d);
  }

  /**
   * An ID number (居民身份证号) as written; its check rules belong to the identifier types. A
   * value in scientific notation ({@code 1.10105E+17}) is an ERROR: Excel turned the ID number
   * into a number and the digits are lost.
   */
  public Optional<String> idNumber(String column) {
    return Optional.ofNullable(idNumberOrNull(column));
  }

  private String idNumberOrNull(String column) {
    String s = cell(position(column));
    if (s == null) {
      return null;
    }
    if (CellParser.isScientific(s)) {
      report(CsvProblemCode.ID_NUMBER_SCIENTIFIC, column, "'" + s + "' looks like Excel turned"
          + " the ID number into a number; the digits are lost");
      return null;
    }
    return s;
  }

  /** The cell of an unknown column, by its header name, without white space; empty when blank. */
  public Optional<String> extra(String headerName) {
    Integer i = header.unknown.get(Objects.requireNonNull(headerName, "headerName").strip());
    return Optional.ofNullable(i == null ? null : cellAt(i));
  }

  /** The non-blank cells of unknown columns, by header name, in header order. */
  public Map<String, String> extras() {
    Map<String, String> m = new LinkedHashMap<>();
    header.unknown.forEach((name, i) -> {
      String s = cellAt(i);
      if (s != null) {
        m.put(name, s);
      }
    });
    return Collections.unmodifiableMap(m);
  }

  /** The problems found in this row so far, in the order found. */
  public List<Problem> problems() {
    return problems == null ? List.of() : List.copyOf(problems);
  }

  /** Whether any problem of this row is an {@link org.gongwei.core.validation.Severity#ERROR}. */
  public boolean hasError() {
    return error;
  }

  /** Whether the row has been accepted or rejected yet. */
  public Status status() {
    return status;
  }

  /**
   * Records a problem found in this row (by a mapper, say). A problem without a file is located
   * at this row's file and line, one without a record at this row's record type and id.
   */
  public void report(Problem problem) {
    Objects.requireNonNull(problem, "problem");
    Problem p = problem;
    if (p.file().isEmpty()) {
      p = p.withLocation(fileName(), line);
    }
    if (p.recordType().isEmpty()) {
      p = p.withRecord(recordType(), cell(0));
    }
    add(p);
  }

  /** For example {@code residents.csv:12 R0001 (2 problems, REJECTED)}; no other cell values. */
  @Override
  public String toString() {
    String id = cell(0);
    int n = problems == null ? 0 : problems.size();
    return fileName() + ':' + line + (id == null ? "" : " " + id) + " (" + n + " problem"
        + (n == 1 ? "" : "s") + ", " + status + ")";
  }

  // ------------------------------------------------------------ internals

  void report(CsvProblemCode code, String column, String message) {
    add(code.problem(message)
        .withLocation(fileName(), line)
        .withField(column)
        .withRecord(recordType(), cell(0)));
  }

  void add(Problem p) {
    if (problems == null) {
      problems = new ArrayList<>(2);
    } else if (problems.contains(p)) {
      return;
    }
    problems.add(p);
    error |= p.isError();
    table.publish(p);
  }

  CsvTable table() {
    return table;
  }

  void status(Status newStatus) {
    status = newStatus;
  }

  int cellCount() {
    return bounds.length / 2;
  }

  /**
   * Finds the cell at a cell index without its surrounding white space ({@link String#strip()}'s
   * rule) and sets {@link #from} and {@link #to} to it.
   *
   * @return false when there is no such cell or it is empty or blank
   */
  private boolean locate(int i) {
    if (i < 0 || 2 * i >= bounds.length) {
      return false;
    }
    int f = bounds[2 * i];
    int t = bounds[2 * i + 1];
    while (f < t && isSpace(text[f])) {
      f++;
    }
    while (t > f && isSpace(text[t - 1])) {
      t--;
    }
    from = f;
    to = t;
    return f < t;
  }

  private static boolean isSpace(char c) {
    return RawRecordHandler.isSpace(c);
  }

  /** Whether the cell at a cell index has any text besides white space. */
  boolean hasTextAt(int i) {
    return locate(i);
  }

  /** The stripped non-blank cell at a cell index, or null. */
  String cellAt(int i) {
    if (!locate(i)) {
      return null;
    }
    return table.cellString(i, text, from, to);
  }

  /** The stripped non-blank cell of a schema position, or null. */
  private String cell(int position) {
    return cellAt(header.cellIndex[position]);
  }

  /**
   * The schema position of a column. Mappers ask for the columns in schema order with the very
   * string constants the schema was built from, so the position after the last one asked for,
   * or that one again, is checked by identity before the name is looked up.
   */
  private int position(String column) {
    String[] names = header.schema.names;
    int guess = nextPosition;
    if (guess < names.length && names[guess] == column) {
      nextPosition = guess + 1;
      return guess;
    }
    if (guess > 0 && names[guess - 1] == column) {
      return guess - 1;
    }
    int p = header.schema.position(Objects.requireNonNull(column, "column"));
    if (p < 0) {
      throw new IllegalArgumentException(
          recordType().fileName() + " has no column " + column);
    }
    nextPosition = p + 1;
    return p;
  }
}
