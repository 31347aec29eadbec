package org.gongwei.io.csv;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The guard against spreadsheet formulas in written text ("CSV injection"): a spreadsheet
 * evaluates a cell whose text starts with {@code =}, {@code +}, {@code -} or {@code @} (some also
 * after a tab or a carriage return) as a formula, so data such as a name {@code =HYPERLINK(…)}
 * could run in the reader's spreadsheet. Such text is written with a leading apostrophe {@code '},
 * which spreadsheets show as text. A plain number ({@code -15.00}, {@code +3}) is left alone: a
 * spreadsheet reads it as a number, which cannot run anything.
 *
 * <p>Used by every writer of CSV and xlsx output meant for people: reports, worklists and
 * validation results.
 */
public final class FormulaGuard {
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private FormulaGuard() {}

  /** {@code text}, with a leading {@code '} when a spreadsheet would evaluate it. */
  public static String guard(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return text;
    }
    char c = text.charAt(0);
    boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return risky && !NUMBER.matcher(text).matches() ? "'" + text : text;
  }
}
