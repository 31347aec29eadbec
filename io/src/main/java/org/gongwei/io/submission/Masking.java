package org.gongwei.io.submission;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwei.core.id.IdCardNumber;

/**
 * The last line of defence for personal data in outputs: every valid ID card number (18
 * characters, or a legacy 15-digit one) inside a text is masked as {@code 110105********002X}.
 * Other numbers (resident ids, health-record numbers) are left as they are: they are needed to find
 * the record.
 */
final class Masking {
  private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[\\dXx]|\\d{15})(?![0-9A-Za-z])");

  private Masking() {}

  static String mask(String text) {
    if (text == null || text.length() < 15) {
      return text;
    }
    Matcher m = CANDIDATE.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      if (IdCardNumber.isValid(m.group(1))) {
        if (out == null) {
          out = new StringBuilder(text.length());
        }
        out.append(text, last, m.start(1)).append(IdCardNumber.mask(m.group(1)));
        last = m.end(1);
      }
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }
}
