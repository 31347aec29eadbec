package org.gongwei.io.csv;

import java.util.Objects;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;

/**
 * The codes of the {@link Problem}s the CSV layer reports, each with its usual severity. The
 * {@link Problem#code()} is the constant's name, for example {@code DATE_EXCEL_SERIAL}.
 */
public enum CsvProblemCode {
  /** The file has no byte order mark and is not valid UTF-8: it was read as GB18030. */
  CSV_CHARSET_GB18030(Severity.INFO),
  /** The file has no header line (it is empty or blank): it holds no records. */
  CSV_EMPTY_FILE(Severity.WARNING),
  /** The header has columns the file's schema does not know: their cells are kept aside. */
  CSV_UNKNOWN_COLUMNS(Severity.INFO),
  /** A required column is missing from the header: the file is rejected, every row counted. */
  CSV_MISSING_COLUMN(Severity.ERROR),
  /**
   * Two header cells name the same column: an ERROR rejecting the file for a schema column, a
   * WARNING for an unknown column (the first is kept).
   */
  CSV_DUPLICATE_COLUMN(Severity.ERROR),
  /** A header cell between named ones is empty: the cells below it are ignored. */
  CSV_UNNAMED_COLUMN(Severity.WARNING),
  /** A row has non-empty cells beyond the last header column. */
  CSV_TOO_MANY_CELLS(Severity.ERROR),
  /** A row has fewer cells than the header has columns. */
  CSV_TOO_FEW_CELLS(Severity.ERROR),
  /** A quoted field is not closed before the end of the file (a truncated file). */
  CSV_UNCLOSED_QUOTE(Severity.ERROR),
  /** The rest of the file cannot be parsed as CSV (for example a field over 16 M characters). */
  CSV_MALFORMED(Severity.ERROR),
  /** A required column has an empty cell. */
  VALUE_MISSING(Severity.ERROR),
  /** A date cell is not a date in any accepted form. */
  DATE_INVALID(Severity.ERROR),
  /** A date was read from {@code yyyyMMdd}, {@code yyyy/M/d}, {@code yyyy.M.d} or {@code yyyy-M-d}. */
  DATE_NONSTANDARD(Severity.WARNING),
  /** A date was read from an Excel serial day number. */
  DATE_EXCEL_SERIAL(Severity.WARNING),
  /** A date cell holds a date and time: the time is ignored. */
  DATE_WITH_TIME(Severity.WARNING),
  /** A date-time cell is not a date-time in any accepted form. */
  DATE_TIME_INVALID(Severity.ERROR),
  /** A date-time was read from a form other than {@code yyyy-MM-dd HH:mm[:ss]}. */
  DATE_TIME_NONSTANDARD(Severity.WARNING),
  /** A date-time cell holds a date only: read as the start of that day. */
  DATE_TIME_DATE_ONLY(Severity.WARNING),
  /** A yes/no cell is none of {@code 1/0}, {@code 是/否}, {@code true/false}, {@code Y/N}. */
  BOOLEAN_INVALID(Severity.ERROR),
  /** A whole-number cell is not a whole number in range. */
  INTEGER_INVALID(Severity.ERROR),
  /** A decimal cell is not a plain decimal number. */
  DECIMAL_INVALID(Severity.ERROR),
  /** A numeric code lost its leading zeros ({@code 1} for {@code 01}): repaired. */
  CODE_LEADING_ZEROS(Severity.WARNING),
  /** A code is in scientific notation: Excel turned it into a number and the digits are lost. */
  CODE_SCIENTIFIC(Severity.ERROR),
  /** An ID number is in scientific notation: Excel turned it into a number and the digits are lost. */
  ID_NUMBER_SCIENTIFIC(Severity.ERROR);

  private final Severity severity;

  CsvProblemCode(Severity severity) {
    this.severity = severity;
  }

  /** The usual severity of problems with this code. */
  public Severity severity() {
    return severity;
  }

  /** A problem with this code, its usual severity and the given message. */
  public Problem problem(String message) {
    return Problem.of(severity, name(), Objects.requireNonNull(message, "message"));
  }
}
