package org.gongwei.core.id;

import java.util.Objects;
import java.util.Optional;

/**
 * A resident health record number (居民健康档案编号). The national form is 17 digits: the
 * 6-digit county code (GB/T 2260), 3 township digits and 3 village digits (together the
 * 12-digit statistical division code of the village) and a 5-digit sequence number.
 *
 * <p>Vendors use other forms, so numbers are validated {@linkplain Strictness#STRICT strictly}
 * only when asked: {@link Strictness#LENIENT} (the default of {@link #parse(String)}) accepts
 * 1–64 characters of {@code 0-9 A-Z a-z _ -}, kept as given (letters are not case-folded).
 */
public final class HealthRecordNumber {

  /** Longest number accepted by {@link Strictness#LENIENT}. */
  public static final int MAX_LENIENT_LENGTH = 64;

  private static final String NOUN = "health record number";

  private final String value;

  private HealthRecordNumber(String value) {
    this.value = value;
  }

  /**
   * Parses a number {@linkplain Strictness#LENIENT leniently}; surrounding white space is
   * ignored.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static HealthRecordNumber parse(String text) {
    return parse(text, Strictness.LENIENT);
  }

  /**
   * Parses a number: {@link Strictness#STRICT} accepts exactly 17 digits, {@link
   * Strictness#LENIENT} 1–64 characters of {@code 0-9 A-Z a-z _ -}. Surrounding white space is
   * ignored.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static HealthRecordNumber parse(String text, Strictness strictness) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(strictness, "strictness");
    String s = text.strip();
    String problem = problem(s, strictness);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return new HealthRecordNumber(s);
  }

  /** Whether {@link #parse(String)} (lenient) accepts {@code text}. */
  public static boolean isValid(String text) {
    return isValid(text, Strictness.LENIENT);
  }

  /** Whether {@link #parse(String, Strictness)} accepts {@code text}. */
  public static boolean isValid(String text, Strictness strictness) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(strictness, "strictness");
    return problem(text.strip(), strictness) == null;
  }

  /** What is wrong with {@code text} as a number read {@linkplain Strictness#LENIENT leniently}, or empty. */
  public static Optional<String> whyInvalid(String text) {
    return whyInvalid(text, Strictness.LENIENT);
  }

  /**
   * What is wrong with {@code text} as a health record number, the message {@link
   * #parse(String, Strictness)} would throw, or empty if it is valid. Does not throw for invalid
   * input.
   */
  public static Optional<String> whyInvalid(String text, Strictness strictness) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(strictness, "strictness");
    return Optional.ofNullable(problem(text.strip(), strictness));
  }

  /** The number as given, without surrounding white space. */
  public String value() {
    return value;
  }

  /** Whether the number has the national form of 17 digits. */
  public boolean isNationalForm() {
    return value.length() == 17 && IdText.allDigits(value);
  }

  /**
   * The 12-digit village code (positions 1–12) of a number in the national form; empty for
   * other forms, or if the code is not a region code (province part {@code 00}).
   */
  public Optional<RegionCode> region() {
    return embeddedRegion(12);
  }

  /** The 6-digit county code (positions 1–6) of a number in the national form; otherwise empty. */
  public Optional<RegionCode> county() {
    return embeddedRegion(6);
  }

  /** The 5-digit sequence number (positions 13–17) of a number in the national form; otherwise empty. */
  public Optional<String> sequence() {
    return isNationalForm() ? Optional.of(value.substring(12)) : Optional.empty();
  }

  private Optional<RegionCode> embeddedRegion(int length) {
    if (!isNationalForm()) {
      return Optional.empty();
    }
    String code = value.substring(0, length);
    return RegionCode.isValid(code) ? Optional.of(RegionCode.parse(code)) : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HealthRecordNumber && ((HealthRecordNumber) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The number, as {@link #value()}. */
  @Override
  public String toString() {
    return value;
  }

  // ---- validation without exceptions ----

  private static String problem(String s, Strictness strictness) {
    if (s.isEmpty()) {
      return NOUN + " is blank";
    }
    String prefix = NOUN + " " + IdText.shown(s) + ": ";
    if (strictness == Strictness.STRICT) {
      int bad = IdText.firstNonDigit(s);
      if (bad >= 0) {
        return prefix + "character " + IdText.describe(s, bad) + " at position " + (bad + 1)
            + " should be a digit (strict form: 17 digits)";
      }
      if (s.length() != 17) {
        return prefix + "length is " + s.length() + " but should be 17 digits (6 county + 3 "
            + "township + 3 village + 5 sequence)";
      }
      return null;
    }
    if (s.length() > MAX_LENIENT_LENGTH) {
      return prefix + "length is " + s.length() + " but should be at most " + MAX_LENIENT_LENGTH;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!IdText.isDigit(c) && !IdText.isUpper(c) && !IdText.isLower(c) && c != '_' && c != '-') {
        return prefix + "character " + IdText.describe(s, i) + " at position " + (i + 1)
            + " is not allowed (allowed: 0-9 A-Z a-z _ -)";
      }
    }
    return null;
  }
}
