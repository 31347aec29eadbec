package org.gongwei.core.immunization;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An age as an offset from the birth date: a number of months, then a number of days.
 *
 * <p>The date at the offset is {@code birth.plusMonths(months).plusDays(days)}, the calendar-age
 * convention of {@link org.gongwei.core.period.Age} and of the indicator specification §3. Years
 * are stored as 12 months ({@code ofYears(2)} equals {@code ofMonths(24)}), which gives the same
 * dates as {@code plusYears}.
 *
 * <p>{@link #toString()} writes {@code birth}, {@code birth+2d}, {@code 8m}, {@code 2y} or
 * {@code 8m+7d} (whole years as {@code y}); {@link #parse} reads it back.
 *
 * @param months the months, not negative
 * @param days the days added after the months, not negative
 */
public record AgeOffset(int months, int days) {
  /** The birth date itself. */
  public static final AgeOffset BIRTH = new AgeOffset(0, 0);

  private static final Pattern TEXT =
      Pattern.compile("(?:birth|(\\d+)([my]))(?:\\+(\\d+)d)?");

  /** Checks that neither part is negative. */
  public AgeOffset {
    if (months < 0) {
      throw new IllegalArgumentException("months must not be negative: " + months);
    }
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
  }

  /** The offset of {@code months} months and {@code days} days. */
  public static AgeOffset of(int months, int days) {
    return new AgeOffset(months, days);
  }

  /** The offset of {@code months} months. */
  public static AgeOffset ofMonths(int months) {
    return new AgeOffset(months, 0);
  }

  /** The offset of {@code years} years (stored as {@code 12 × years} months). */
  public static AgeOffset ofYears(int years) {
    if (years < 0) {
      throw new IllegalArgumentException("years must not be negative: " + years);
    }
    return new AgeOffset(Math.multiplyExact(years, 12), 0);
  }

  /** The offset of {@code days} days after birth. */
  public static AgeOffset ofDays(int days) {
    return new AgeOffset(0, days);
  }

  /**
   * The offset written as {@link #toString()} writes it ({@code birth}, {@code birth+2d},
   * {@code 8m}, {@code 2y}, {@code 8m+7d}).
   *
   * @throws IllegalArgumentException naming the text if it is not an offset
   */
  public static AgeOffset parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not an age offset: '" + text + "' (expected birth, birth+2d, 8m, 2y or 8m+7d)");
    }
    try {
      int months = 0;
      if (m.group(1) != null) {
        int count = Integer.parseInt(m.group(1));
        months = m.group(2).equals("y") ? Math.multiplyExact(count, 12) : count;
      }
      int days = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      return new AgeOffset(months, days);
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("age offset out of range: '" + text + "'", e);
    }
  }

  /** The date at this offset from {@code birth}: {@code birth.plusMonths(months).plusDays(days)}. */
  public LocalDate from(LocalDate birth) {
    Objects.requireNonNull(birth, "birth");
    return birth.plusMonths(months).plusDays(days);
  }

  /**
   * Whether this offset gives an earlier date than {@code other} for every birth date. Decided
   * conservatively: this offset has no more months than {@code other}, and its extra days are
   * fewer than 28 per month of difference (every span of <i>k</i> calendar months, clamped or
   * not, is at least 28<i>k</i> days).
   */
  boolean isAlwaysBefore(AgeOffset other) {
    if (months > other.months) {
      return false;
    }
    return (long) days - other.days < 28L * (other.months - months);
  }

  /** The short form: {@code birth}, {@code birth+2d}, {@code 8m}, {@code 2y} or {@code 8m+7d}. */
  @Override
  public String toString() {
    String head;
    if (months == 0) {
      head = "birth";
    } else if (months % 12 == 0) {
      head = (months / 12) + "y";
    } else {
      head = months + "m";
    }
    return days == 0 ? head : head + "+" + days + "d";
  }
}
