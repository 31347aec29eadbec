package org.gongwei.core.period;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Ages in completed years and completed months, under the library's one convention.
 *
 * <p>A person reaches <i>n</i> months on {@code birth.plusMonths(n)} and <i>n</i> years on
 * {@code birth.plusYears(n)}. {@code java.time} clamps a day that does not exist to the last day
 * of the month, so a child born on 29 February reaches 1 year on 28 February of a common year,
 * and a child born on 31 January reaches 1 month on 28 (or 29) February. This is the rule the
 * indicator specification §3 fixes for vaccination ages (国家免疫规划疫苗儿童免疫程序); the library
 * applies it everywhere, so ages, the immunization schedule and the indicators agree.
 *
 * <p>The age at a date is the number of completed units: {@link #yearsAt} is the largest
 * {@code n} with {@code birth.plusYears(n) ≤ date}, {@link #monthsAt} the largest {@code n} with
 * {@code birth.plusMonths(n) ≤ date}. For population groups the reference date is the period end
 * ("aged 65 and over" = {@code yearsAt(birth, period.end()) >= 65}; "aged 0–6" = under 7 full
 * years). The functions compute from year, month and day numbers without loops or allocation.
 */
public final class Age {
  private Age() {}

  /**
   * The completed years of a person born on {@code birth} at {@code date}: the largest {@code n}
   * with {@code birth.plusYears(n) ≤ date}.
   *
   * @throws IllegalArgumentException naming both dates if {@code date} is before {@code birth}
   */
  public static int yearsAt(LocalDate birth, LocalDate date) {
    checkOrder(birth, date);
    int years = date.getYear() - birth.getYear();
    int birthMonth = birth.getMonthValue();
    int birthDay = birth.getDayOfMonth();
    if (birthMonth == 2 && birthDay == 29 && !date.isLeapYear()) {
      birthDay = 28; // the anniversary of a leap day is clamped to 28 February
    }
    int month = date.getMonthValue();
    if (month < birthMonth || (month == birthMonth && date.getDayOfMonth() < birthDay)) {
      years--;
    }
    return years;
  }

  /**
   * The completed months of a person born on {@code birth} at {@code date}: the largest {@code n}
   * with {@code birth.plusMonths(n) ≤ date}.
   *
   * @throws IllegalArgumentException naming both dates if {@code date} is before {@code birth}
   */
  public static int monthsAt(LocalDate birth, LocalDate date) {
    checkOrder(birth, date);
    int months =
        (date.getYear() - birth.getYear()) * 12 + date.getMonthValue() - birth.getMonthValue();
    // birth.plusMonths(months) falls in date's month, on the birth day clamped to its length
    int anniversary = Math.min(birth.getDayOfMonth(), date.lengthOfMonth());
    if (date.getDayOfMonth() < anniversary) {
      months--;
    }
    return months;
  }

  /**
   * The date on which a person born on {@code birth} reaches {@code years} years:
   * {@code birth.plusYears(years)}.
   *
   * @throws IllegalArgumentException if {@code years} is negative
   */
  public static LocalDate dateOfYears(LocalDate birth, int years) {
    Objects.requireNonNull(birth, "birth");
    if (years < 0) {
      throw new IllegalArgumentException("years must not be negative: " + years);
    }
    return birth.plusYears(years);
  }

  /**
   * The date on which a person born on {@code birth} reaches {@code months} months:
   * {@code birth.plusMonths(months)}.
   *
   * @throws IllegalArgumentException if {@code months} is negative
   */
  public static LocalDate dateOfMonths(LocalDate birth, int months) {
    Objects.requireNonNull(birth, "birth");
    if (months < 0) {
      throw new IllegalArgumentException("months must not be negative: " + months);
    }
    return birth.plusMonths(months);
  }

  private static void checkOrder(LocalDate birth, LocalDate date) {
    Objects.requireNonNull(birth, "birth");
    Objects.requireNonNull(date, "date");
    if (date.isBefore(birth)) {
      throw new IllegalArgumentException("date " + date + " is before birth " + birth);
    }
  }
}
