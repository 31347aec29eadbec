package org.gongwei.core.id;

import java.util.Locale;

/**
 * Text helpers shared by the identifier types of this package: ASCII character classes and the
 * pieces of validation messages.
 */
final class IdText {

  /** Longest input shown verbatim in a message; longer input is cut and marked with an ellipsis. */
  private static final int SHOWN_MAX = 40;

  private IdText() {}

  /** Whether {@code c} is one of the ASCII digits {@code 0-9} (other Unicode digits are not). */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether {@code c} is an ASCII upper-case letter {@code A-Z}. */
  static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** Whether {@code c} is an ASCII lower-case letter {@code a-z}. */
  static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** {@code c} in upper case if it is an ASCII lower-case letter, otherwise {@code c} itself. */
  static char toUpper(char c) {
    return isLower(c) ? (char) (c - 'a' + 'A') : c;
  }

  /** Whether every character of {@code s} is an ASCII digit (true for the empty string). */
  static boolean allDigits(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Index of the first character of {@code s} that is not an ASCII digit, or -1. */
  static int firstNonDigit(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The character of {@code s} at {@code index} as a message shows it: quoted when printable
   * ASCII or a letter, as {@code U+XXXX} otherwise (white space, control and format characters).
   */
  static String describe(String s, int index) {
    int cp = s.codePointAt(index);
    if (cp > ' ' && cp != 0x7f && !Character.isWhitespace(cp) && !Character.isISOControl(cp)
        && Character.getType(cp) != Character.FORMAT && Character.getType(cp) != Character.SPACE_SEPARATOR) {
      return "'" + new String(Character.toChars(cp)) + "'";
    }
    return String.format(Locale.ROOT, "U+%04X", cp);
  }

  /** {@code s} as a message shows it: verbatim, or cut after {@value #SHOWN_MAX} characters. */
  static String shown(String s) {
    if (s.length() <= SHOWN_MAX) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(SHOWN_MAX - 1)) ? SHOWN_MAX - 1 : SHOWN_MAX;
    return s.substring(0, end) + "…";
  }

  /** {@code s} with ASCII lower-case letters in upper case (locale-independent); {@code s} itself if it has none. */
  static String upper(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isLower(c)) {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, toUpper(c));
      }
    }
    return sb == null ? s : sb.toString();
  }
}
