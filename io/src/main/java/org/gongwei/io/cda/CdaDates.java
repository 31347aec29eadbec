package org.gongwei.io.cda;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of the HL7 TS type as WS/T 483 writes them, {@code yyyyMMdd[HHmm[ss]]} (compact), and the
 * ISO variants some vendors write ({@code yyyy-MM-dd}, {@code yyyy-MM-ddTHH:mm[:ss]}).
 */
final class CdaDates {
  private CdaDates() {}

  private static final Pattern COMPACT =
      Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:(\\d{2})(?:(\\d{2})(?:(\\d{2})(?:\\.\\d{1,4})?)?)?)?"
          + "(?:[+-]\\d{2,4})?");
  private static final Pattern ISO =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?)?"
          + "(?:Z|[+-]\\d{2}:?\\d{2})?");

  /** A date read from a TS value: the date and whether it was in the compact standard form. */
  record Parsed(LocalDate date, boolean standard) {}

  /** {@code yyyyMMdd}. */
  static String format(LocalDate date) {
    requireFourDigitYear(date.getYear());
    return String.format(
        Locale.ROOT, "%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** {@code yyyyMMddHHmmss}. */
  static String format(LocalDateTime time) {
    return format(time.toLocalDate())
        + String.format(
            Locale.ROOT, "%02d%02d%02d", time.getHour(), time.getMinute(), time.getSecond());
  }

  private static void requireFourDigitYear(int year) {
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("year " + year + " cannot be written as an HL7 TS date");
    }
  }

  /**
   * The date of a TS value: compact {@code yyyyMMdd} optionally followed by a time and a zone
   * offset (standard), or ISO {@code yyyy-MM-dd} optionally followed by a time (not standard).
   * The time part is checked and dropped. Empty if the text is no real date.
   */
  static Optional<Parsed> parse(String text) {
    String s = text.strip();
    Matcher m = COMPACT.matcher(s);
    boolean standard = true;
    if (!m.matches()) {
      m = ISO.matcher(s);
      standard = false;
      if (!m.matches()) {
        return Optional.empty();
      }
    }
    if (!timeInRange(m.group(4), 23) || !timeInRange(m.group(5), 59) || !timeInRange(m.group(6), 59)) {
      return Optional.empty();
    }
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      return Optional.of(new Parsed(date, standard));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static boolean timeInRange(String part, int max) {
    return part == null || Integer.parseInt(part) <= max;
  }
}
