package org.gongwei.core.id;

import java.util.Objects;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters over the alphabet
 * {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (no I, O, S, V, Z), where a character's value is its
 * index in that alphabet. Characters 1–2 are the registration authority and organization type,
 * 3–8 the region code, 9–17 the organization code (GB 11714) and 18 the check character.
 *
 * <p>Check rule: with weights {@code w(i) = 3^(i−1) mod 31} for positions i = 1…17 and S = Σ
 * value(i) × w(i), the check character is the alphabet character of value
 * {@code (31 − S mod 31) mod 31}. Lower-case input is normalized to upper case.
 */
public final class SocialCreditCode {

  /** The 31 characters of the code, each worth its index. */
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final String NOUN = "unified social credit code";
  private static final int[] WEIGHTS = weights();

  private final String value;

  private SocialCreditCode(String value) {
    this.value = value;
  }

  private static int[] weights() {
    int[] weights = new int[17];
    int w = 1;
    for (int i = 0; i < 17; i++) {
      weights[i] = w;
      w = w * 3 % 31;
    }
    return weights;
  }

  /**
   * Parses a code; surrounding white space is ignored and lower-case letters are read as upper
   * case.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static SocialCreditCode parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.strip();
    String problem = problem(s);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return new SocialCreditCode(IdText.upper(s));
  }

  /** Whether {@link #parse} accepts {@code text}. */
  public static boolean isValid(String text) {
    Objects.requireNonNull(text, "text");
    return problem(text.strip()) == null;
  }

  /**
   * What is wrong with {@code text} as a unified social credit code, the message {@link #parse}
   * would throw, or empty if it is valid. Does not throw for invalid input.
   */
  public static Optional<String> whyInvalid(String text) {
    Objects.requireNonNull(text, "text");
    return Optional.ofNullable(problem(text.strip()));
  }

  /**
   * The check character for the first 17 characters of a code (upper or lower case), the
   * alphabet character of value {@code (31 − S mod 31) mod 31} with S = Σ value(i) × 3^(i−1).
   *
   * @throws IllegalArgumentException if {@code first17} is not 17 characters of the alphabet
   */
  public static String checkCharacter(String first17) {
    Objects.requireNonNull(first17, "first17");
    String s = IdText.upper(first17);
    if (s.length() != 17 || badCharacter(s, 17) >= 0) {
      throw new IllegalArgumentException(
          "first17 should be 17 characters of " + ALPHABET + " but is '" + IdText.shown(first17)
              + "'");
    }
    return String.valueOf(check(s));
  }

  /** The 18-character code in upper case. */
  public String value() {
    return value;
  }

  /**
   * The organization code (GB 11714) embedded at positions 9–17, if those characters form a
   * valid one (codes issued without a prior organization code may not).
   */
  public Optional<OrganizationCode> organizationCode() {
    String embedded = value.substring(8, 17);
    return OrganizationCode.isValid(embedded)
        ? Optional.of(OrganizationCode.parse(embedded))
        : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SocialCreditCode && ((SocialCreditCode) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The code, as {@link #value()}. */
  @Override
  public String toString() {
    return value;
  }

  // ---- validation without exceptions ----

  private static String problem(String text) {
    if (text.isEmpty()) {
      return NOUN + " is blank";
    }
    String s = IdText.upper(text);
    String prefix = NOUN + " " + IdText.shown(text) + ": ";
    if (s.length() != 18) {
      return prefix + "length is " + s.length() + " but should be 18";
    }
    int bad = badCharacter(s, 18);
    if (bad >= 0) {
      return prefix + "character " + IdText.describe(text, bad) + " at position " + (bad + 1)
          + " is not allowed (allowed: 0-9 and A-Y except I, O, S, V)";
    }
    char expected = check(s);
    if (s.charAt(17) != expected) {
      return prefix + "check character is " + text.charAt(17) + " but should be " + expected;
    }
    return null;
  }

  /** Index of the first of the first {@code n} characters of {@code s} not in the alphabet, or -1. */
  private static int badCharacter(String s, int n) {
    for (int i = 0; i < n; i++) {
      if (ALPHABET.indexOf(s.charAt(i)) < 0) {
        return i;
      }
    }
    return -1;
  }

  private static char check(String s) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(s.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }
}
