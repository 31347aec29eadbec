package org.gongwei.io.report;

/**
 * The formula guard of text cells. A spreadsheet evaluates a cell whose text starts with {@code
 * =}, {@code +}, {@code -} or {@code @} as a formula (and some also after a tab or carriage
 * return), which lets data such as an institution name {@code =HYPERLINK(…)} run in the reader's
 * spreadsheet ("CSV injection"). Such text is written with a leading apostrophe {@code '}, which
 * spreadsheets show as text.
 *
 * <p>The guard applies to text columns only ({@link ReportColumn.Kind#TEXT}): numbers are written
 * as numbers from numeric values, never guarded, so a negative gap {@code -15.00} stays a number.
 */
final class Cells {
  private Cells() {}

  /** {@code text} with a leading {@code '} if it starts with {@code = + - @}, a tab or a CR. */
  static String guard(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char c = text.charAt(0);
    boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return risky ? "'" + text : text;
  }
}
