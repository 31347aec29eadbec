package org.gongwei.io.csv;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The character set a CSV file is read with, how it was chosen, and how many bytes of byte order
 * mark precede the text (skipped, never part of the first header name).
 *
 * @param charset the character set the bytes are decoded with
 * @param bomLength the length in bytes of the byte order mark at the start of the file (0, 2 or 3)
 * @param basis how the character set was chosen
 */
public record CharsetChoice(Charset charset, int bomLength, CharsetChoice.Basis basis) {

  /** How a character set was chosen, in the order detection tries them. */
  public enum Basis {
    /** Given by the caller (GBK and GB2312 are read as GB18030, their superset). */
    EXPLICIT,
    /** A byte order mark: UTF-8 ({@code EF BB BF}), UTF-16 LE ({@code FF FE}) or BE ({@code FE FF}). */
    BYTE_ORDER_MARK,
    /** No byte order mark, and the whole file decodes as strict UTF-8. */
    VALID_UTF8,
    /** No byte order mark, and the file is not valid UTF-8: read as GB18030. */
    GB18030_FALLBACK
  }

  /** Checks the parts. */
  public CharsetChoice {
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(basis, "basis");
    if (bomLength < 0 || bomLength > 4) {
      throw new IllegalArgumentException("bomLength must be 0 to 4: " + bomLength);
    }
  }

  /** For example {@code UTF-8 (byte order mark)} or {@code GB18030 (not valid UTF-8)}. */
  @Override
  public String toString() {
    String how;
    switch (basis) {
      case EXPLICIT:
        how = "given";
        break;
      case BYTE_ORDER_MARK:
        how = "byte order mark";
        break;
      case VALID_UTF8:
        how = "valid UTF-8";
        break;
      default:
        how = "not valid UTF-8";
        break;
    }
    return charset.name() + " (" + how + ")";
  }
}
