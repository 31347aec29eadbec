package org.gongwei.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses the character set of a CSV file of the bundle (exchange format §1): a byte order mark
 * decides first (UTF-8, UTF-16 LE, UTF-16 BE); without one, the file is UTF-8 when all of it
 * decodes as strict UTF-8, and GB18030 otherwise (GB18030 is a superset of GBK and GB2312, the
 * encodings Chinese Excel and older systems write).
 *
 * <p>The UTF-8 check streams the file in 64 KiB chunks through a decoder that reports malformed
 * input; it never loads the whole file.
 */
public final class CharsetDetection {
  /** GB18030, China's mandatory character set, a superset of GBK and GB2312. */
  public static final Charset GB18030 = Charset.forName("GB18030");

  private static final Set<String> GB_FAMILY = Set.of("gbk", "gb2312", "x-mswin-936", "windows-936",
      "cp936", "euc-cn", "x-euc-cn", "gb18030");
  private static final int CHUNK = 64 * 1024;

  private CharsetDetection() {}

  /**
   * Detects the character set of a file: byte order mark, else strict UTF-8, else GB18030.
   *
   * @throws IOException if the file cannot be read
   */
  public static CharsetChoice detect(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    CharsetChoice bom = sniffBom(file);
    if (bom != null) {
      return bom;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return isValidUtf8(in)
          ? new CharsetChoice(StandardCharsets.UTF_8, 0, CharsetChoice.Basis.VALID_UTF8)
          : new CharsetChoice(GB18030, 0, CharsetChoice.Basis.GB18030_FALLBACK);
    }
  }

  /**
   * The given character set for a file (GBK and GB2312 become GB18030), with the file's byte
   * order mark skipped when it is the mark of that character set.
   *
   * @throws IOException if the file cannot be read
   */
  public static CharsetChoice explicit(Path file, Charset charset) throws IOException {
    Objects.requireNonNull(file, "file");
    Charset cs = widen(Objects.requireNonNull(charset, "charset"));
    CharsetChoice bom = sniffBom(file);
    int skip = bom != null && bom.charset().equals(cs) ? bom.bomLength() : 0;
    return new CharsetChoice(cs, skip, CharsetChoice.Basis.EXPLICIT);
  }

  /** The character set GBK-family names are read with: GB18030 for GBK, GB2312 and CP936; else itself. */
  public static Charset widen(Charset charset) {
    Objects.requireNonNull(charset, "charset");
    if (GB_FAMILY.contains(charset.name().toLowerCase(Locale.ROOT))) {
      return GB18030;
    }
    for (String alias : charset.aliases()) {
      if (GB_FAMILY.contains(alias.toLowerCase(Locale.ROOT))) {
        return GB18030;
      }
    }
    return charset;
  }

  /**
   * Whether the rest of the stream decodes as strict UTF-8 (malformed or unmappable input is an
   * error, not replaced). Reads in chunks to the end or to the first invalid byte; does not close
   * the stream.
   *
   * @throws IOException if the stream cannot be read
   */
  public static boolean isValidUtf8(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] bytes = new byte[CHUNK];
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CharBuffer output = CharBuffer.allocate(CHUNK);
    boolean eof = false;
    while (!eof) {
      int n = in.read(bytes, input.position(), bytes.length - input.position());
      if (n < 0) {
        eof = true;
      } else {
        input.position(input.position() + n);
      }
      input.flip();
      while (true) {
        CoderResult result = decoder.decode(input, output, eof);
        if (result.isError()) {
          return false;
        }
        if (result.isOverflow()) {
          output.clear();
        } else {
          break;
        }
      }
      input.compact();
    }
    output.clear();
    return !decoder.flush(output).isError();
  }

  private static CharsetChoice sniffBom(Path file) throws IOException {
    byte[] head = new byte[3];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, 3);
    }
    if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      return new CharsetChoice(StandardCharsets.UTF_8, 3, CharsetChoice.Basis.BYTE_ORDER_MARK);
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return new CharsetChoice(StandardCharsets.UTF_16LE, 2, CharsetChoice.Basis.BYTE_ORDER_MARK);
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return new CharsetChoice(StandardCharsets.UTF_16BE, 2, CharsetChoice.Basis.BYTE_ORDER_MARK);
    }
    return null;
  }
}
