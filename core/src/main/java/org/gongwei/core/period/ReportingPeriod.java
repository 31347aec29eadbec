package org.gongwei.core.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: an inclusive date range {@code [start, end]} with a {@link PeriodKind}.
 *
 * <p>Both ends are included, as in the indicator specification (a calendar year is 1 January –
 * 31 December). A period is a calendar year ({@link #ofYear}), quarter ({@link #ofQuarter}),
 * month ({@link #ofMonth(int, int)}), the maternal and child health statistical year of
 * 1 October – 30 September ({@link #ofMchYear}), or any custom range ({@link #of}).
 * Years of the calendar kinds are 1–9999, so that they print with four digits.
 *
 * <p>{@link #toString()} is short ({@code 2024}, {@code 2024-Q2}, {@code 2024-05},
 * {@code MCH2024}, {@code 2024-01-15..2024-03-31}) and {@link #parse} is its inverse. Two
 * periods are equal when they have the same start, end and kind: a custom range from 1 January
 * to 31 December is not equal to the calendar year.
 */
public final class ReportingPeriod {
  /** The smallest year accepted by the calendar factories. */
  public static final int MIN_YEAR = 1;
  /** The largest year accepted by the calendar factories. */
  public static final int MAX_YEAR = 9999;

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern MCH_YEAR = Pattern.compile("MCH(\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final String RANGE_SEPARATOR = "..";

  private final LocalDate start;
  private final LocalDate end;
  private final PeriodKind kind;

  private ReportingPeriod(LocalDate start, LocalDate end, PeriodKind kind) {
    this.start = start;
    this.end = end;
    this.kind = kind;
  }

  /** The calendar year {@code year}: 1 January – 31 December. */
  public static ReportingPeriod ofYear(int year) {
    checkYear(year);
    return new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), PeriodKind.YEAR);
  }

  /**
   * The calendar quarter {@code quarter} (1–4) of {@code year}: Q1 is January–March, Q2
   * April–June, Q3 July–September, Q4 October–December.
   */
  public static ReportingPeriod ofQuarter(int year, int quarter) {
    checkYear(year);
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
    }
    LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
    LocalDate last = first.plusMonths(3).minusDays(1);
    return new ReportingPeriod(first, last, PeriodKind.QUARTER);
  }

  /** The calendar month {@code month} (1–12) of {@code year}. */
  public static ReportingPeriod ofMonth(int year, int month) {
    checkYear(year);
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month must be 1 to 12: " + month);
    }
    return ofMonth(YearMonth.of(year, month));
  }

  /** The calendar month {@code month}. */
  public static ReportingPeriod ofMonth(YearMonth month) {
    Objects.requireNonNull(month, "month");
    checkYear(month.getYear());
    return new ReportingPeriod(month.atDay(1), month.atEndOfMonth(), PeriodKind.MONTH);
  }

  /**
   * The maternal and child health statistical year (妇幼卫生统计年度) that ends on 30 September of
   * {@code year}: 1 October of {@code year - 1} to 30 September of {@code year}.
   */
  public static ReportingPeriod ofMchYear(int year) {
    checkYear(year);
    return new ReportingPeriod(
        LocalDate.of(year - 1, 10, 1), LocalDate.of(year, 9, 30), PeriodKind.MCH_YEAR);
  }

  /**
   * The custom period from {@code start} to {@code end}, both included.
   *
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static ReportingPeriod of(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
    return new ReportingPeriod(start, end, PeriodKind.CUSTOM);
  }

  /**
   * The period written as {@link #toString()} writes it: {@code 2024}, {@code 2024-Q2} (or
   * {@code 2024-q2}), {@code 2024-05}, {@code MCH2024} (or {@code mch2024}) or
   * {@code 2024-01-15..2024-03-31}. Surrounding white space is ignored.
   *
   * @throws IllegalArgumentException naming the text if it is not a period
   */
  public static ReportingPeriod parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.strip();
    try {
      Matcher m;
      if ((m = YEAR.matcher(s)).matches()) {
        return ofYear(Integer.parseInt(m.group(1)));
      }
      if ((m = QUARTER.matcher(s)).matches()) {
        return ofQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if ((m = MONTH.matcher(s)).matches()) {
        return ofMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if ((m = MCH_YEAR.matcher(s)).matches()) {
        return ofMchYear(Integer.parseInt(m.group(1)));
      }
      int dots = s.indexOf(RANGE_SEPARATOR);
      if (dots > 0) {
        return of(
            LocalDate.parse(s.substring(0, dots)),
            LocalDate.parse(s.substring(dots + RANGE_SEPARATOR.length())));
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalArgumentException(notAPeriod(text) + ": " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(notAPeriod(text));
  }

  private static String notAPeriod(String text) {
    return "not a reporting period: '"
        + text
        + "' (expected 2024, 2024-Q2, 2024-05, MCH2024 or 2024-01-15..2024-03-31)";
  }

  private static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "year must be " + MIN_YEAR + " to " + MAX_YEAR + ": " + year);
    }
  }

  /** The first day of the period (included). */
  public LocalDate start() {
    return start;
  }

  /** The last day of the period (included). */
  public LocalDate end() {
    return end;
  }

  /** The kind of the period. */
  public PeriodKind kind() {
    return kind;
  }

  /** Whether {@code date} lies in the period: {@code start ≤ date ≤ end}. */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /** Whether the two periods share at least one day. */
  public boolean overlaps(ReportingPeriod other) {
    Objects.requireNonNull(other, "other");
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }

  /**
   * Whether the window {@code [from, toInclusive]} shares at least one day with the period. A
   * {@code null} {@code toInclusive} means the window is open (has no end yet), as the management
   * window of a registration that is still open. A window that ends before it starts is empty
   * and overlaps nothing.
   */
  public boolean overlaps(LocalDate from, LocalDate toInclusive) {
    Objects.requireNonNull(from, "from");
    if (toInclusive != null && toInclusive.isBefore(from)) {
      return false;
    }
    return !from.isAfter(end) && (toInclusive == null || !toInclusive.isBefore(start));
  }

  /**
   * The days the two periods share, or empty if none. When the shared days are exactly one of
   * the two periods, that period is returned (this one first) with its kind; otherwise the
   * result is a custom period.
   */
  public Optional<ReportingPeriod> intersection(ReportingPeriod other) {
    Objects.requireNonNull(other, "other");
    if (!overlaps(other)) {
      return Optional.empty();
    }
    LocalDate from = later(start, other.start);
    LocalDate to = earlier(end, other.end);
    if (from.equals(start) && to.equals(end)) {
      return Optional.of(this);
    }
    if (from.equals(other.start) && to.equals(other.end)) {
      return Optional.of(other);
    }
    return Optional.of(new ReportingPeriod(from, to, PeriodKind.CUSTOM));
  }

  /** The number of days in the period, both ends included (366 for the year 2024). */
  public long lengthInDays() {
    return end.toEpochDay() - start.toEpochDay() + 1;
  }

  /**
   * The calendar quarters that share at least one day with the period, in order, each as a
   * whole {@link PeriodKind#QUARTER} period (not clipped to this period).
   */
  public List<ReportingPeriod> quarters() {
    List<ReportingPeriod> quarters = new ArrayList<>();
    long last = quarterIndex(end);
    for (long q = quarterIndex(start); q <= last; q++) {
      LocalDate first = LocalDate.of((int) Math.floorDiv(q, 4), 3 * Math.floorMod(q, 4) + 1, 1);
      quarters.add(new ReportingPeriod(first, first.plusMonths(3).minusDays(1), PeriodKind.QUARTER));
    }
    return Collections.unmodifiableList(quarters);
  }

  /**
   * The number of calendar quarters in which the period and the window
   * {@code [windowStart, windowEndOrNull]} share at least one day; a {@code null} end means an
   * open window, and a window that ends before it starts is empty.
   *
   * <p>This is the pro-rated follow-up requirement of chronic-disease management (indicator
   * specification §7, knob {@code followUpRequirement = PRORATED_QUARTERS}): a patient enrolled
   * on 10 May 2024 and still managed needs 3 follow-ups in the year 2024 (Q2, Q3, Q4). For a
   * calendar year or a maternal and child health year the result is at most 4, for a quarter or a
   * month at most 1; a window outside the period gives 0.
   */
  public int quartersOverlapped(LocalDate windowStart, LocalDate windowEndOrNull) {
    Objects.requireNonNull(windowStart, "windowStart");
    LocalDate from = later(start, windowStart);
    LocalDate to = windowEndOrNull == null ? end : earlier(end, windowEndOrNull);
    if (to.isBefore(from)) {
      return 0;
    }
    return Math.toIntExact(quarterIndex(to) - quarterIndex(from) + 1);
  }

  /**
   * The custom period of the {@code months} months that end at {@link #end()}: the days
   * {@code d ≤ end} less than {@code months} completed months before the end, that is with
   * {@code d.plusMonths(months)} after the end (the {@link Age} convention).
   *
   * <p>The 12 months ending on 31 December 2024 are 1 January – 31 December 2024; the 6 months
   * ending on 30 June 2024 are 1 January – 30 June 2024; the 3 months ending on 30 May 2024 are
   * 1 March – 30 May 2024. This is the window of the dynamic-record rule (indicator
   * specification §1, EHR-03, knob {@code dynamicRecordWindowMonths}).
   *
   * @throws IllegalArgumentException if {@code months} is not positive
   */
  public ReportingPeriod monthsEndingAtEnd(int months) {
    if (months < 1) {
      throw new IllegalArgumentException("months must be positive: " + months);
    }
    LocalDate first = end.plusDays(1).minusMonths(months);
    if (!first.plusMonths(months).isAfter(end)) {
      // the subtraction was clamped to a month's last day, which is a full `months` before end
      first = first.plusDays(1);
    }
    return new ReportingPeriod(first, end, PeriodKind.CUSTOM);
  }

  /**
   * The period of the same kind just before this one: the previous year, quarter, month or
   * maternal and child health year; for a custom period, the range of the same length that ends
   * the day before this one starts.
   *
   * @throws IllegalArgumentException if the previous calendar period would be before year
   *     {@value #MIN_YEAR}
   */
  public ReportingPeriod previous() {
    switch (kind) {
      case YEAR:
        return ofYear(start.getYear() - 1);
      case QUARTER:
        int quarter = quarterOf(start);
        return quarter == 1
            ? ofQuarter(start.getYear() - 1, 4)
            : ofQuarter(start.getYear(), quarter - 1);
      case MONTH:
        return ofMonth(YearMonth.from(start).minusMonths(1));
      case MCH_YEAR:
        return ofMchYear(end.getYear() - 1);
      case CUSTOM:
        long length = lengthInDays();
        return new ReportingPeriod(start.minusDays(length), end.minusDays(length), PeriodKind.CUSTOM);
      default:
        throw new AssertionError(kind);
    }
  }

  private static int quarterOf(LocalDate date) {
    return (date.getMonthValue() - 1) / 3 + 1;
  }

  private static long quarterIndex(LocalDate date) {
    return 4L * date.getYear() + (date.getMonthValue() - 1) / 3;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? b : a;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? b : a;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ReportingPeriod)) {
      return false;
    }
    ReportingPeriod that = (ReportingPeriod) o;
    return start.equals(that.start) && end.equals(that.end) && kind == that.kind;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, kind);
  }

  /**
   * The short form: {@code 2024}, {@code 2024-Q2}, {@code 2024-05}, {@code MCH2024} or
   * {@code 2024-01-15..2024-03-31}; {@link #parse} reads it back.
   */
  @Override
  public String toString() {
    switch (kind) {
      case YEAR:
        return fourDigits(start.getYear());
      case QUARTER:
        return fourDigits(start.getYear()) + "-Q" + quarterOf(start);
      case MONTH:
        int month = start.getMonthValue();
        return fourDigits(start.getYear()) + (month < 10 ? "-0" : "-") + month;
      case MCH_YEAR:
        return "MCH" + fourDigits(end.getYear());
      case CUSTOM:
        return start + RANGE_SEPARATOR + end;
      default:
        throw new AssertionError(kind);
    }
  }

  private static String fourDigits(int year) {
    String digits = Integer.toString(year);
    return "0000".substring(digits.length()) + digits;
  }
}
