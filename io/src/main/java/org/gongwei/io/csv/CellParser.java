package org.gongwei.io.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The text rules of exchange format §1 for cell values: dates, date-times, yes/no values, numbers,
 * codes and ID numbers. Each parse gives a value with the form it was written in, or an error
 * message; {@link CsvRow} turns forms and errors into problems. Cells reach here stripped and
 * non-empty.
 */
final class CellParser {
  /** Excel's largest serial day number, 9999-12-31. */
  static final long EXCEL_SERIAL_MAX = 2_958_465L;
  /** Excel serial 60 is 1900-02-29, a day that never was (Excel's 1900 leap-year bug). */
  static final long EXCEL_SERIAL_PHANTOM = 60L;

  private static final LocalDate EXCEL_EPOCH_BEFORE_PHANTOM = LocalDate.of(1899, 12, 31);
  private static final LocalDate EXCEL_EPOCH_AFTER_PHANTOM = LocalDate.of(1899, 12, 30);

  /** The first year of the shared dates. */
  private static final int SHARED_FIRST_YEAR = 1900;
  /** The last year of the shared dates. */
  private static final int SHARED_LAST_YEAR = 2199;
  /**
   * One instance per calendar date of 1900–2199, made on first use: a bundle holds millions of
   * dates but only some thousands of distinct ones, and {@link LocalDate} is a value-based class,
   * so equal dates can be one object. Indexed by {@code ((year - 1900) * 12 + month - 1) * 31 +
   * day - 1}. Filled by racing threads without harm: a date is immutable and its fields final.
   */
  private static final LocalDate[] SHARED_DATES =
      new LocalDate[(SHARED_LAST_YEAR - SHARED_FIRST_YEAR + 1) * 12 * 31];

  private CellParser() {}

  /** How a date was written. */
  enum DateForm {
    /** {@code yyyy-MM-dd}. */
    STANDARD,
    /** {@code yyyyMMdd}. */
    COMPACT,
    /** {@code yyyy/M/d}, {@code yyyy.M.d} or {@code yyyy-M-d}. */
    SEPARATED,
    /** An Excel serial day number. */
    EXCEL_SERIAL,
    /** A date followed by a time (in a date column). */
    WITH_TIME
  }

  /** A parsed date and its form, or an error (then {@code date} is null). */
  record ParsedDate(LocalDate date, DateForm form, String error) {
    static ParsedDate ok(LocalDate date, DateForm form) {
      return new ParsedDate(date, form, null);
    }

    static ParsedDate failed(String error) {
      return new ParsedDate(null, null, error);
    }
  }

  /** How a date-time was written. */
  enum DateTimeForm {
    /** {@code yyyy-MM-dd HH:mm[:ss]} or with {@code T}. */
    STANDARD,
    /** Another accepted date form, or a one-digit hour. */
    NONSTANDARD,
    /** A date without a time. */
    DATE_ONLY,
    /** An Excel serial day number, with or without a fraction of a day. */
    EXCEL_SERIAL
  }

  /** A parsed date-time and its form, or an error (then {@code dateTime} is null). */
  record ParsedDateTime(LocalDateTime dateTime, DateTimeForm form, String error) {
    static ParsedDateTime ok(LocalDateTime dateTime, DateTimeForm form) {
      return new ParsedDateTime(dateTime, form, null);
    }

    static ParsedDateTime failed(String error) {
      return new ParsedDateTime(null, null, error);
    }
  }

  // ---------------------------------------------------------------- dates

  /**
   * A date in one of the accepted forms: {@code yyyy-MM-dd}; with a warning {@code yyyyMMdd},
   * {@code yyyy/M/d}, {@code yyyy.M.d}, {@code yyyy-M-d}, an Excel serial day number 1–2958465
   * (60, the phantom 1900-02-29, is invalid), or a date followed by a time.
   */
  static ParsedDate date(String s) {
    ParsedDate d = dateOnly(s);
    if (d != null) {
      return d;
    }
    int sep = dateTimeSeparator(s);
    if (sep > 0) {
      ParsedDateTime dt = dateTime(s);
      if (dt.error() == null) {
        return ParsedDate.ok(dt.dateTime().toLocalDate(), DateForm.WITH_TIME);
      }
    }
    return ParsedDate.failed(
        "'" + s + "' is not a date; write dates as yyyy-MM-dd (also accepted: yyyyMMdd, yyyy/M/d,"
            + " yyyy.M.d, Excel serial numbers)");
  }

  /** A date alone, or null when the text has no date shape at all (errors for bad values). */
  private static ParsedDate dateOnly(String s) {
    int n = s.length();
    if (n == 10 && s.charAt(4) == '-' && s.charAt(7) == '-'
        && digits(s, 0, 4) && digits(s, 5, 7) && digits(s, 8, 10)) {
      return calendarDate(s, num(s, 0, 4), num(s, 5, 7), num(s, 8, 10), DateForm.STANDARD);
    }
    if (n > 0 && digits(s, 0, n)) {
      if (n == 8) {
        return calendarDate(s, num(s, 0, 4), num(s, 4, 6), num(s, 6, 8), DateForm.COMPACT);
      }
      if (n <= 7) {
        return excelSerialDate(s, num(s, 0, n));
      }
      return ParsedDate.failed("'" + s + "' is not a date: too many digits for yyyyMMdd");
    }
    if (n >= 8 && n <= 10 && digits(s, 0, 4)) {
      char sep = s.charAt(4);
      if (sep == '/' || sep == '.' || sep == '-') {
        int second = s.indexOf(sep, 5);
        if (second > 5 && second - 5 <= 2 && n - second - 1 >= 1 && n - second - 1 <= 2
            && digits(s, 5, second) && digits(s, second + 1, n)) {
          return calendarDate(s, num(s, 0, 4), num(s, 5, second), num(s, second + 1, n),
              DateForm.SEPARATED);
        }
      }
    }
    return null;
  }

  private static ParsedDate calendarDate(String s, int year, int month, int day, DateForm form) {
    try {
      return ParsedDate.ok(localDate(year, month, day), form);
    } catch (DateTimeException e) {
      return ParsedDate.failed("'" + s + "' is not a valid calendar date");
    }
  }

  /**
   * The date {@code yyyy-MM-dd} when the characters from {@code from} to {@code to} (exclusive)
   * are exactly that and a valid calendar date, else null (then {@link #date} says what they
   * are): the fast path of the common case.
   */
  static LocalDate standardDate(char[] t, int from, int to) {
    if (to - from != 10 || t[from + 4] != '-' || t[from + 7] != '-') {
      return null;
    }
    int year = 0;
    for (int i = from; i < from + 4; i++) {
      int c = t[i] - '0';
      if (c < 0 || c > 9) {
        return null;
      }
      year = year * 10 + c;
    }
    int m1 = t[from + 5] - '0';
    int m2 = t[from + 6] - '0';
    int d1 = t[from + 8] - '0';
    int d2 = t[from + 9] - '0';
    if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) {
      return null;
    }
    try {
      return localDate(year, m1 * 10 + m2, d1 * 10 + d2);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * {@code LocalDate.of(year, month, day)}, one shared instance per date of 1900–2199.
   *
   * @throws DateTimeException if there is no such date
   */
  static LocalDate localDate(int year, int month, int day) {
    if (year < SHARED_FIRST_YEAR || year > SHARED_LAST_YEAR || month < 1 || month > 12
        || day < 1 || day > 31) {
      return LocalDate.of(year, month, day);
    }
    int i = ((year - SHARED_FIRST_YEAR) * 12 + month - 1) * 31 + day - 1;
    LocalDate d = SHARED_DATES[i];
    if (d == null) {
      d = LocalDate.of(year, month, day);
      SHARED_DATES[i] = d;
    }
    return d;
  }

  private static ParsedDate excelSerialDate(String s, long serial) {
    LocalDate d = fromExcelSerial(serial);
    if (d == null) {
      return ParsedDate.failed(excelSerialError(s, serial));
    }
    return ParsedDate.ok(d, DateForm.EXCEL_SERIAL);
  }

  private static String excelSerialError(String s, long serial) {
    if (serial == EXCEL_SERIAL_PHANTOM) {
      return "'" + s + "' as an Excel serial date is 1900-02-29, a day that does not exist"
          + " (Excel's 1900 leap-year bug)";
    }
    return "'" + s + "' is not a date: as an Excel serial date it is outside 1 to "
        + EXCEL_SERIAL_MAX + " (1900-01-01 to 9999-12-31)";
  }

  /**
   * The date of an Excel serial day number in the 1900 date system, or null when there is none:
   * 1 = 1900-01-01, 59 = 1900-02-28, 60 = the phantom 1900-02-29 (none), 61 = 1900-03-01,
   * 45292 = 2024-01-01, 2958465 = 9999-12-31.
   */
  static LocalDate fromExcelSerial(long serial) {
    if (serial < 1 || serial > EXCEL_SERIAL_MAX || serial == EXCEL_SERIAL_PHANTOM) {
      return null;
    }
    return serial < EXCEL_SERIAL_PHANTOM
        ? EXCEL_EPOCH_BEFORE_PHANTOM.plusDays(serial)
        : EXCEL_EPOCH_AFTER_PHANTOM.plusDays(serial);
  }

  // ----------------------------------------------------------- date-times

  /**
   * A date-time: {@code yyyy-MM-dd HH:mm[:ss[.fraction]]} or with {@code T}; with a warning
   * another accepted date form or a one-digit hour ({@code 2024/1/5 8:30}), a date alone (start of
   * the day), or an Excel serial number with a fraction of a day.
   */
  static ParsedDateTime dateTime(String s) {
    int sep = dateTimeSeparator(s);
    if (sep < 0) {
      if (isExcelSerialWithFraction(s)) {
        return excelSerialDateTime(s);
      }
      ParsedDate d = dateOnly(s);
      if (d == null) {
        return ParsedDateTime.failed(dateTimeShapeError(s));
      }
      if (d.error() != null) {
        return ParsedDateTime.failed(d.error());
      }
      return ParsedDateTime.ok(
          d.date().atStartOfDay(),
          d.form() == DateForm.EXCEL_SERIAL ? DateTimeForm.EXCEL_SERIAL : DateTimeForm.DATE_ONLY);
    }
    ParsedDate d = dateOnly(s.substring(0, sep));
    if (d == null || d.form() == DateForm.EXCEL_SERIAL) {
      return ParsedDateTime.failed(dateTimeShapeError(s));
    }
    if (d.error() != null) {
      return ParsedDateTime.failed(d.error());
    }
    String t = s.substring(sep + 1).strip();
    LocalTime time = time(t);
    if (time == null) {
      return ParsedDateTime.failed("'" + s + "' has no valid time of day after the date;"
          + " write date-times as yyyy-MM-dd HH:mm[:ss]");
    }
    boolean standard = d.form() == DateForm.STANDARD && t.length() >= 5 && t.charAt(2) == ':';
    return ParsedDateTime.ok(
        LocalDateTime.of(d.date(), time),
        standard ? DateTimeForm.STANDARD : DateTimeForm.NONSTANDARD);
  }

  private static String dateTimeShapeError(String s) {
    return "'" + s + "' is not a date-time; write date-times as yyyy-MM-dd HH:mm[:ss]";
  }

  /** The index of the space or {@code T} between a date and a time, or -1. */
  private static int dateTimeSeparator(String s) {
    for (int i = 8; i < s.length() && i <= 10; i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == 'T') {
        return i;
      }
    }
    return -1;
  }

  /** A time {@code H:mm}, {@code HH:mm}, {@code HH:mm:ss} or {@code HH:mm:ss.fffffffff}, or null. */
  static LocalTime time(String t) {
    int colon = t.indexOf(':');
    if (colon < 1 || colon > 2 || !digits(t, 0, colon)) {
      return null;
    }
    int n = t.length();
    if (n < colon + 3 || !digits(t, colon + 1, colon + 3)) {
      return null;
    }
    int hour = num(t, 0, colon);
    int minute = num(t, colon + 1, colon + 3);
    int second = 0;
    int nanos = 0;
    int p = colon + 3;
    if (p < n) {
      if (t.charAt(p) != ':' || n < p + 3 || !digits(t, p + 1, p + 3)) {
        return null;
      }
      second = num(t, p + 1, p + 3);
      p += 3;
      if (p < n) {
        int fractionDigits = n - p - 1;
        if (t.charAt(p) != '.' || fractionDigits < 1 || fractionDigits > 9
            || !digits(t, p + 1, n)) {
          return null;
        }
        nanos = num(t, p + 1, n);
        for (int i = fractionDigits; i < 9; i++) {
          nanos *= 10;
        }
      }
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    return LocalTime.of(hour, minute, second, nanos);
  }

  private static boolean isExcelSerialWithFraction(String s) {
    int dot = s.indexOf('.');
    return dot > 0 && dot <= 7 && dot < s.length() - 1
        && digits(s, 0, dot) && digits(s, dot + 1, s.length());
  }

  private static ParsedDateTime excelSerialDateTime(String s) {
    int dot = s.indexOf('.');
    long days = num(s, 0, dot);
    LocalDate d = fromExcelSerial(days);
    if (d == null) {
      return ParsedDateTime.failed(excelSerialError(s, days));
    }
    double fraction = Double.parseDouble("0" + s.substring(dot));
    long seconds = Math.round(fraction * 86_400d);
    return ParsedDateTime.ok(d.atStartOfDay().plusSeconds(seconds), DateTimeForm.EXCEL_SERIAL);
  }

  // -------------------------------------------------------------- others

  /** {@code 1/0}, {@code 是/否}, {@code true/false}, {@code Y/N}, ignoring case; null otherwise. */
  static Boolean bool(String s) {
    if (s.equals("1") || s.equals("是") || s.equalsIgnoreCase("true") || s.equalsIgnoreCase("y")) {
      return Boolean.TRUE;
    }
    if (s.equals("0") || s.equals("否") || s.equalsIgnoreCase("false") || s.equalsIgnoreCase("n")) {
      return Boolean.FALSE;
    }
    return null;
  }

  /**
   * The value of 1 to 9 ASCII digits from {@code from} to {@code to} (exclusive), or -1 for
   * anything else (then {@link #integer} says what it is): the fast path of the common case.
   */
  static int plainInteger(char[] t, int from, int to) {
    if (to - from < 1 || to - from > 9) {
      return -1;
    }
    int v = 0;
    for (int i = from; i < to; i++) {
      int c = t[i] - '0';
      if (c < 0 || c > 9) {
        return -1;
      }
      v = v * 10 + c;
    }
    return v;
  }

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
  };

  /**
   * The value of an unsigned decimal of at most 15 digits with at most one point ({@code 6.4},
   * {@code 120}, {@code .5}, {@code 5.}) from {@code from} to {@code to} (exclusive), or -1 for
   * anything else (then {@link #decimal} says what it is). Equal to {@link Double#parseDouble}:
   * the digits make an integer below 2<sup>53</sup> and the power of ten is exact, so the one
   * division is correctly rounded.
   */
  static double plainDecimal(char[] t, int from, int to) {
    long mantissa = 0;
    int digits = 0;
    int point = -1;
    for (int i = from; i < to; i++) {
      char c = t[i];
      if (c >= '0' && c <= '9') {
        if (++digits > 15) {
          return -1;
        }
        mantissa = mantissa * 10 + (c - '0');
      } else if (c == '.' && point < 0) {
        point = i;
      } else {
        return -1;
      }
    }
    if (digits == 0) {
      return -1;
    }
    return point < 0 ? mantissa : mantissa / POWERS_OF_TEN[to - point - 1];
  }

  /** A whole number in the {@code int} range, optionally signed, ASCII digits only; null otherwise. */
  static Integer integer(String s) {
    int n = s.length();
    int i = 0;
    boolean negative = false;
    if (s.charAt(0) == '+' || s.charAt(0) == '-') {
      negative = s.charAt(0) == '-';
      i = 1;
    }
    if (i == n || n - i > 10 || !digits(s, i, n)) {
      return null;
    }
    long v = 0;
    for (; i < n; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    v = negative ? -v : v;
    return v < Integer.MIN_VALUE || v > Integer.MAX_VALUE ? null : (int) v;
  }

  /**
   * A plain decimal number ({@code 12}, {@code -0.5}, {@code .5}, {@code 1.2e3}), finite; null
   * otherwise (no thousands separators, no decimal comma, no {@code NaN}, no type suffix).
   */
  static Double decimal(String s) {
    int n = s.length();
    int i = 0;
    if (s.charAt(0) == '+' || s.charAt(0) == '-') {
      i = 1;
    }
    int mantissaDigits = 0;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
      mantissaDigits++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        mantissaDigits++;
      }
    }
    if (mantissaDigits == 0) {
      return null;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int exponentDigits = 0;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        exponentDigits++;
      }
      if (exponentDigits == 0) {
        return null;
      }
    }
    if (i != n) {
      return null;
    }
    double d = Double.parseDouble(s);
    return Double.isFinite(d) ? d : null;
  }

  /**
   * Whether the text is a number in scientific notation ({@code 1.10105E+17}), the form Excel
   * shows long digit strings in after turning them into numbers.
   */
  static boolean isScientific(String s) {
    int n = s.length();
    int e = Math.max(s.indexOf('E'), s.indexOf('e'));
    if (e < 1 || e == n - 1) {
      return false;
    }
    int i = s.charAt(0) == '+' || s.charAt(0) == '-' ? 1 : 0;
    int dot = s.indexOf('.');
    boolean mantissa = dot < 0
        ? i < e && digits(s, i, e)
        : dot > i && dot < e - 1 && digits(s, i, dot) && digits(s, dot + 1, e);
    int x = e + 1;
    if (s.charAt(x) == '+' || s.charAt(x) == '-') {
      x++;
    }
    return mantissa && x < n && digits(s, x, n);
  }

  /** Whether every character of the text is an ASCII digit. */
  static boolean isAllDigits(String s) {
    return !s.isEmpty() && digits(s, 0, s.length());
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean digits(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int num(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }
}
