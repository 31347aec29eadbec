package org.gongwei.core.id;

import java.util.Objects;
import java.util.Optional;

/**
 * A diagnosis code of ICD-10 (GB/T 14396 疾病分类与代码), possibly with the extensions of the
 * Chinese national clinical edition (国家临床版) such as {@code I10.x00}, {@code I10.x00x002} or
 * {@code E11.900}.
 *
 * <p>The {@linkplain #code() normalized code} is the category (a letter and 2 digits, upper case)
 * followed, when the first character after it is a digit, by a dot and that digit:
 * {@code E11.900} → {@code E11.9}, {@code I10.x00x002} → {@code I10}, {@code f20.001} →
 * {@code F20.0}. The dot after the category may be left out ({@code E119}). Everything after the
 * normalized code is an extension kept only in {@link #original()}; it may contain letters,
 * digits and {@code . * + † -}. Equality compares normalized codes, so {@code I10.x00} equals
 * {@code I10}. Codes are not looked up in the classification.
 */
public final class Icd10Code {

  private static final String NOUN = "ICD-10 code";

  private final String code;
  private final String original;

  private Icd10Code(String code, String original) {
    this.code = code;
    this.original = original;
  }

  /**
   * Parses a code such as {@code I10}, {@code i10}, {@code E11.9}, {@code E11.900} or
   * {@code I10.x00x002}; surrounding white space is ignored.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static Icd10Code parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.strip();
    String problem = problem(s);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    String category = IdText.upper(s.substring(0, 3));
    int subcodeAt = s.length() > 3 && s.charAt(3) == '.' ? 4 : 3;
    String code =
        subcodeAt < s.length() && IdText.isDigit(s.charAt(subcodeAt))
            ? category + '.' + s.charAt(subcodeAt)
            : category;
    return new Icd10Code(code, s);
  }

  /** Whether {@link #parse} accepts {@code text}. */
  public static boolean isValid(String text) {
    Objects.requireNonNull(text, "text");
    return problem(text.strip()) == null;
  }

  /**
   * What is wrong with {@code text} as an ICD-10 code, the message {@link #parse} would throw, or
   * empty if it is valid. Does not throw for invalid input.
   */
  public static Optional<String> whyInvalid(String text) {
    Objects.requireNonNull(text, "text");
    return Optional.ofNullable(problem(text.strip()));
  }

  /** The normalized code: category plus at most one subcategory digit ({@code E11.9}, {@code I10}). */
  public String code() {
    return code;
  }

  /** The code as given, without surrounding white space, extensions included. */
  public String original() {
    return original;
  }

  /** The 3-character category, a letter and 2 digits ({@code E11}). */
  public String category() {
    return code.substring(0, 3);
  }

  /**
   * Whether this code lies in {@code category} (a letter and 2 digits, either case).
   *
   * @throws IllegalArgumentException if {@code category} is not a letter and 2 digits
   */
  public boolean isInCategory(String category) {
    return category().equals(requireCategory(category, "category"));
  }

  /**
   * Whether the category of this code lies between {@code fromCategory} and {@code toCategory},
   * both inclusive, ordering categories by letter and then by number ({@code I10}–{@code I13}
   * contains {@code I11.x00} but not {@code I15}).
   *
   * @throws IllegalArgumentException if a bound is not a letter and 2 digits, or {@code
   *     fromCategory} comes after {@code toCategory}
   */
  public boolean isInRange(String fromCategory, String toCategory) {
    String from = requireCategory(fromCategory, "fromCategory");
    String to = requireCategory(toCategory, "toCategory");
    if (from.compareTo(to) > 0) {
      throw new IllegalArgumentException(
          "fromCategory " + from + " comes after toCategory " + to);
    }
    String category = category();
    return category.compareTo(from) >= 0 && category.compareTo(to) <= 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Icd10Code && ((Icd10Code) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The normalized code, as {@link #code()}. */
  @Override
  public String toString() {
    return code;
  }

  /** {@code category} stripped and in upper case; the letter-then-number order is then the string order. */
  private static String requireCategory(String category, String name) {
    Objects.requireNonNull(category, name);
    String s = IdText.upper(category.strip());
    if (s.length() != 3 || !IdText.isUpper(s.charAt(0)) || !IdText.isDigit(s.charAt(1))
        || !IdText.isDigit(s.charAt(2))) {
      throw new IllegalArgumentException(
          name + " should be a letter and 2 digits, like E11, but is '" + IdText.shown(category)
              + "'");
    }
    return s;
  }

  // ---- validation without exceptions ----

  private static String problem(String s) {
    if (s.isEmpty()) {
      return NOUN + " is blank";
    }
    String prefix = NOUN + " " + IdText.shown(s) + ": ";
    char first = s.charAt(0);
    if (!IdText.isUpper(first) && !IdText.isLower(first)) {
      return prefix + "first character " + IdText.describe(s, 0) + " should be a letter A-Z";
    }
    for (int i = 1; i < 3; i++) {
      if (i >= s.length()) {
        return prefix + "should start with a letter and 2 digits (like I10)";
      }
      if (!IdText.isDigit(s.charAt(i))) {
        return prefix + "character " + IdText.describe(s, i) + " at position " + (i + 1)
            + " should be a digit (a category is a letter and 2 digits, like I10)";
      }
    }
    if (s.length() == 4 && s.charAt(3) == '.') {
      return prefix + "nothing follows the dot";
    }
    for (int i = 3; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!IdText.isDigit(c) && !IdText.isUpper(c) && !IdText.isLower(c)
          && c != '.' && c != '*' && c != '+' && c != '†' && c != '-') {
        return prefix + "character " + IdText.describe(s, i) + " at position " + (i + 1)
            + " is not allowed in an extension (allowed: letters, digits and . * + † -)";
      }
    }
    return null;
  }
}
