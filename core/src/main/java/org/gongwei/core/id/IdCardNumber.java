package org.gongwei.core.id;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.core.code.Sex;

/**
 * A resident identity card number (居民身份证号), GB 11643-1999 公民身份号码: 18 characters = 6-digit
 * address code + 8-digit birth date {@code yyyyMMdd} + 3-digit sequence (odd for men, even for
 * women) + check character.
 *
 * <p>Check rule (ISO 7064 MOD 11-2): with weights {@code w(i) = 2^(18−i) mod 11} for positions
 * i = 1…17 (that is {@code 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2}) and S = Σ digit(i) × w(i), the
 * check character is {@code "10X98765432".charAt(S mod 11)}. A lower-case {@code x} is accepted
 * and normalized to {@code X}. Legacy 15-digit numbers (6 address + {@code yyMMdd} in the 1900s +
 * 3 sequence, GB 11643-1989) are accepted and converted by inserting {@code 19} and computing the
 * check character.
 *
 * <p>The birth date must be a real calendar date; it is not compared with today. The address
 * code is not looked up (codes change yearly). {@link #toString()} is the {@linkplain #masked()
 * masked} number, never the full number: use {@link #value()} only for explicit full exports.
 */
public final class IdCardNumber {

  private static final String NOUN = "ID card number";
  private static final String CHECK_CHARACTERS = "10X98765432";
  private static final int[] WEIGHTS = weights();

  private final String value;
  private final LocalDate birthDate;

  private IdCardNumber(String value) {
    this.value = value;
    this.birthDate =
        LocalDate.of(number(value, 6, 4), number(value, 10, 2), number(value, 12, 2));
  }

  private static int[] weights() {
    int[] weights = new int[17];
    for (int i = 1; i <= 17; i++) {
      weights[i - 1] = (1 << (18 - i)) % 11;
    }
    return weights;
  }

  /**
   * Parses an 18-character number, or a legacy 15-digit number which is converted to 18.
   * Surrounding white space is ignored and {@code x} is read as {@code X}.
   *
   * @throws IllegalArgumentException saying what is wrong (the number in the message is masked)
   */
  public static IdCardNumber parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.strip();
    String problem = problem(s);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return s.length() == 15 ? new IdCardNumber(upgrade(s)) : new IdCardNumber(normalize(s));
  }

  /**
   * Converts a legacy 15-digit number (6 address + {@code yyMMdd} + 3 sequence, born in the
   * 1900s) to the 18-character number: {@code 19} is inserted before the year and the check
   * character appended.
   *
   * @throws IllegalArgumentException if {@code legacy} is not 15 digits with a real birth date
   */
  public static IdCardNumber from15(String legacy) {
    Objects.requireNonNull(legacy, "legacy");
    String s = legacy.strip();
    String problem =
        s.length() == 15
            ? problem15(s)
            : (s.isEmpty()
                ? "legacy " + NOUN + " is blank"
                : "legacy " + NOUN + " " + mask(s) + ": length is " + s.length()
                    + " but should be 15");
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return new IdCardNumber(upgrade(s));
  }

  /** Whether {@link #parse} accepts {@code text}. */
  public static boolean isValid(String text) {
    Objects.requireNonNull(text, "text");
    return problem(text.strip()) == null;
  }

  /**
   * What is wrong with {@code text} as an ID card number, the message {@link #parse} would
   * throw, or empty if it is valid. Does not throw for invalid input.
   */
  public static Optional<String> whyInvalid(String text) {
    Objects.requireNonNull(text, "text");
    return Optional.ofNullable(problem(text.strip()));
  }

  /**
   * The check character for the first 17 characters of a number, {@code "10X98765432"[S mod
   * 11]} with S = Σ digit(i) × (2^(18−i) mod 11).
   *
   * @throws IllegalArgumentException if {@code first17} is not exactly 17 ASCII digits
   */
  public static String checkCharacter(String first17) {
    Objects.requireNonNull(first17, "first17");
    if (first17.length() != 17 || !IdText.allDigits(first17)) {
      throw new IllegalArgumentException(
          "first17 should be 17 digits but is " + mask(first17) + " (" + first17.length()
              + " characters)");
    }
    return String.valueOf(check(first17));
  }

  /**
   * Masks identifier-like text for logs and reports. Surrounding white space is removed; text of
   * 10 or more characters keeps its first 6 and last 4 characters ({@code 110105********002X});
   * shorter text keeps at most its last 2 characters and never more than half of it
   * ({@code 1234} → {@code **34}, {@code 123} → {@code **3}). Every other character becomes
   * {@code *}.
   */
  public static String mask(String anyText) {
    Objects.requireNonNull(anyText, "anyText");
    int[] cps = anyText.strip().codePoints().toArray();
    int n = cps.length;
    int keepHead = n >= 10 ? 6 : 0;
    int keepTail = n >= 10 ? 4 : Math.min(2, n / 2);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      if (i < keepHead || i >= n - keepTail) {
        sb.appendCodePoint(cps[i]);
      } else {
        sb.append('*');
      }
    }
    return sb.toString();
  }

  /** The full 18-character number, with an upper-case {@code X}. Personal data: do not log. */
  public String value() {
    return value;
  }

  /** The birth date, characters 7–14. */
  public LocalDate birthDate() {
    return birthDate;
  }

  /** The sex from the 17th character: odd is {@link Sex#MALE}, even is {@link Sex#FEMALE}. */
  public Sex sex() {
    return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** The 6-digit address code (GB/T 2260 county where the number was first issued). */
  public String addressCode() {
    return value.substring(0, 6);
  }

  /** The number with characters 7–14 replaced by {@code *}: {@code 110105********002X}. */
  public String masked() {
    return mask(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdCardNumber && ((IdCardNumber) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The {@linkplain #masked() masked} number; never the full number. */
  @Override
  public String toString() {
    return masked();
  }

  // ---- validation without exceptions ----

  /** The problem with stripped {@code s}, or null if {@link #parse} accepts it. */
  private static String problem(String s) {
    if (s.isEmpty()) {
      return NOUN + " is blank";
    }
    if (s.length() == 18) {
      return problem18(s);
    }
    if (s.length() == 15) {
      return problem15(s);
    }
    return NOUN + " " + mask(s) + ": length is " + s.length()
        + " but should be 18 (or 15 for a legacy number)";
  }

  private static String problem18(String s) {
    for (int i = 0; i < 17; i++) {
      if (!IdText.isDigit(s.charAt(i))) {
        return prefix(s) + "character " + IdText.describe(s, i) + " at position " + (i + 1)
            + " should be a digit";
      }
    }
    char last = s.charAt(17);
    if (!IdText.isDigit(last) && last != 'X' && last != 'x') {
      return prefix(s) + "check character " + IdText.describe(s, 17)
          + " at position 18 should be a digit or X";
    }
    String dateProblem = dateProblem(number(s, 6, 4), s, 10, "7–14");
    if (dateProblem != null) {
      return prefix(s) + dateProblem;
    }
    char expected = check(s);
    if (IdText.toUpper(last) != expected) {
      return prefix(s) + "check character is " + last + " but should be " + expected;
    }
    return null;
  }

  private static String problem15(String s) {
    int bad = IdText.firstNonDigit(s);
    if (bad >= 0) {
      return "legacy " + prefix(s) + "character " + IdText.describe(s, bad) + " at position "
          + (bad + 1) + " should be a digit";
    }
    String dateProblem = dateProblem(1900 + number(s, 6, 2), s, 8, "7–12");
    return dateProblem == null ? null : "legacy " + prefix(s) + dateProblem;
  }

  private static String prefix(String s) {
    return NOUN + " " + mask(s) + ": ";
  }

  /**
   * The problem with the month ({@code s[monthAt..+2]}) and day of a birth date in year
   * {@code year}, or null. The message names the bad part, not the whole date.
   */
  private static String dateProblem(int year, String s, int monthAt, String positions) {
    int month = number(s, monthAt, 2);
    if (month < 1 || month > 12) {
      return "birth date (positions " + positions + ") has month " + s.substring(monthAt, monthAt + 2)
          + ", which does not exist";
    }
    int day = number(s, monthAt + 2, 2);
    int length = Month.of(month).length(Year.isLeap(year));
    if (day < 1 || day > length) {
      return "birth date (positions " + positions + ") has day "
          + s.substring(monthAt + 2, monthAt + 4) + ", but that month has " + length + " days";
    }
    return null;
  }

  /** The value of the {@code length} ASCII digits of {@code s} starting at {@code from}. */
  private static int number(String s, int from, int length) {
    int n = 0;
    for (int i = from; i < from + length; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  /** The check character of the first 17 characters (digits) of {@code s}. */
  private static char check(CharSequence s) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (s.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  private static String normalize(String s18) {
    return s18.charAt(17) == 'x' ? s18.substring(0, 17) + 'X' : s18;
  }

  private static String upgrade(String s15) {
    String first17 = s15.substring(0, 6) + "19" + s15.substring(6);
    return first17 + check(first17);
  }
}
