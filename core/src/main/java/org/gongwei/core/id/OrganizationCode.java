package org.gongwei.core.id;

import java.util.Objects;
import java.util.Optional;

/**
 * An organization code (组织机构代码), GB 11714-1997: an 8-character body over {@code 0-9 A-Z} and a
 * check character, written {@code D2143569-X}.
 *
 * <p>Check rule: with character values 0–9 for digits and A = 10 … Z = 35, weights
 * {@code 3 7 9 10 5 8 4 2} and S = Σ value(i) × weight(i), the check value is
 * {@code 11 − (S mod 11)}, written as its digit, {@code X} for 10 and {@code 0} for 11. The code
 * is accepted with or without the hyphen and in either case. Note that two body characters
 * whose values differ by 11 or 22 (for example {@code 0}, {@code B}, {@code M}) have the same
 * effect on the check, so the check cannot detect every change of a letter.
 */
public final class OrganizationCode {

  private static final String NOUN = "organization code";
  private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private final String value;

  private OrganizationCode(String value) {
    this.value = value;
  }

  /**
   * Parses a code, {@code D2143569-X} or {@code D2143569X}; surrounding white space is ignored and
   * lower-case letters are read as upper case.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static OrganizationCode parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.strip();
    String problem = problem(s);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    String upper = IdText.upper(s);
    return new OrganizationCode(
        upper.length() == 10 ? upper.substring(0, 8) + upper.charAt(9) : upper);
  }

  /** Whether {@link #parse} accepts {@code text}. */
  public static boolean isValid(String text) {
    Objects.requireNonNull(text, "text");
    return problem(text.strip()) == null;
  }

  /**
   * What is wrong with {@code text} as an organization code, the message {@link #parse} would
   * throw, or empty if it is valid. Does not throw for invalid input.
   */
  public static Optional<String> whyInvalid(String text) {
    Objects.requireNonNull(text, "text");
    return Optional.ofNullable(problem(text.strip()));
  }

  /**
   * The check character for an 8-character body over {@code 0-9 A-Z} (either case):
   * {@code 11 − (S mod 11)} with 10 written {@code X} and 11 written {@code 0}.
   *
   * @throws IllegalArgumentException if {@code body} is not 8 characters over {@code 0-9 A-Z}
   */
  public static String checkCharacter(String body) {
    Objects.requireNonNull(body, "body");
    String s = IdText.upper(body);
    if (s.length() != 8 || badBodyCharacter(s) >= 0) {
      throw new IllegalArgumentException(
          "body should be 8 characters over 0-9 A-Z but is '" + IdText.shown(body) + "'");
    }
    return String.valueOf(check(s));
  }

  /** The 9-character code without the hyphen, in upper case: {@code D2143569X}. */
  public String value() {
    return value;
  }

  /** The 8-character body, without the check character: {@code D2143569}. */
  public String body() {
    return value.substring(0, 8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrganizationCode && ((OrganizationCode) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The code as written with the hyphen: {@code D2143569-X}. */
  @Override
  public String toString() {
    return value.substring(0, 8) + '-' + value.charAt(8);
  }

  // ---- validation without exceptions ----

  private static String problem(String text) {
    if (text.isEmpty()) {
      return NOUN + " is blank";
    }
    String prefix = NOUN + " " + IdText.shown(text) + ": ";
    if (text.length() != 9 && text.length() != 10) {
      return prefix + "length is " + text.length()
          + " but should be 9 (D2143569X) or 10 with the hyphen (D2143569-X)";
    }
    String s = IdText.upper(text);
    int bad = badBodyCharacter(s);
    if (bad >= 0) {
      return prefix + "character " + IdText.describe(text, bad) + " at position " + (bad + 1)
          + " should be a digit or a letter A-Z";
    }
    int checkAt = 8;
    if (s.length() == 10) {
      if (s.charAt(8) != '-') {
        return prefix + "character " + IdText.describe(text, 8)
            + " at position 9 should be the hyphen before the check character";
      }
      checkAt = 9;
    }
    char last = s.charAt(checkAt);
    if (!IdText.isDigit(last) && last != 'X') {
      return prefix + "check character " + IdText.describe(text, checkAt)
          + " should be a digit or X";
    }
    char expected = check(s);
    if (last != expected) {
      return prefix + "check character is " + text.charAt(checkAt) + " but should be " + expected;
    }
    return null;
  }

  /** Index of the first of the 8 body characters of upper-case {@code s} not in 0-9 A-Z, or -1. */
  private static int badBodyCharacter(String s) {
    for (int i = 0; i < 8; i++) {
      char c = s.charAt(i);
      if (!IdText.isDigit(c) && !IdText.isUpper(c)) {
        return i;
      }
    }
    return -1;
  }

  private static char check(String s) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = s.charAt(i);
      sum += (IdText.isDigit(c) ? c - '0' : c - 'A' + 10) * WEIGHTS[i];
    }
    int c = 11 - sum % 11;
    return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
  }
}
