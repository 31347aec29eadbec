package org.gongwei.io.csv;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CharsetDetectionTest {
  private static final String CHINESE = "居民编号,姓名\nR1,张三𠮷\n";

  @TempDir Path dir;

  private Path file(byte[] content) throws IOException {
    return Files.write(dir.resolve("f.csv"), content);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  @Test
  void validUtf8WithoutBom() throws IOException {
    assertEquals(new CharsetChoice(UTF_8, 0, CharsetChoice.Basis.VALID_UTF8),
        CharsetDetection.detect(file(CHINESE.getBytes(UTF_8))));
  }

  @Test
  void byteOrderMarks() throws IOException {
    byte[] text = CHINESE.getBytes(UTF_8);
    assertEquals(new CharsetChoice(UTF_8, 3, CharsetChoice.Basis.BYTE_ORDER_MARK),
        CharsetDetection.detect(file(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            text))));
    assertEquals(new CharsetChoice(UTF_16LE, 2, CharsetChoice.Basis.BYTE_ORDER_MARK),
        CharsetDetection.detect(file(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
            CHINESE.getBytes(UTF_16LE)))));
    assertEquals(Charset.forName("UTF-16BE"),
        CharsetDetection.detect(file(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'})).charset());
  }

  @Test
  void notUtf8IsGb18030() throws IOException {
    assertEquals(new CharsetChoice(CharsetDetection.GB18030, 0,
            CharsetChoice.Basis.GB18030_FALLBACK),
        CharsetDetection.detect(file(CHINESE.getBytes(CharsetDetection.GB18030))));
  }

  @Test
  void emptyFileIsUtf8() throws IOException {
    assertEquals(CharsetChoice.Basis.VALID_UTF8, CharsetDetection.detect(file(new byte[0])).basis());
  }

  /** The check streams in chunks: a character split across two chunks is still valid. */
  @Test
  void multiByteCharacterAcrossChunkBoundaryIsValid() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 65_535; i++) {
      b.append('a');
    }
    b.append("张三𠮷\n".repeat(40_000));
    assertTrue(CharsetDetection.isValidUtf8(new ByteArrayInputStream(b.toString().getBytes(UTF_8))));
  }

  @Test
  void invalidByteFarIntoTheFileIsFound() throws IOException {
    byte[] ascii = "a,b\n".repeat(100_000).getBytes(UTF_8);
    byte[] bad = concat(ascii, "张".getBytes(CharsetDetection.GB18030));
    assertFalse(CharsetDetection.isValidUtf8(new ByteArrayInputStream(bad)));
    assertEquals(CharsetChoice.Basis.GB18030_FALLBACK, CharsetDetection.detect(file(bad)).basis());
  }

  @Test
  void truncatedSequenceAtTheEndIsInvalid() throws IOException {
    byte[] zhang = "张".getBytes(UTF_8);
    assertFalse(CharsetDetection.isValidUtf8(
        new ByteArrayInputStream(Arrays.copyOf(zhang, zhang.length - 1))));
  }

  @Test
  void explicitCharsetSkipsItsOwnByteOrderMark() throws IOException {
    Path withBom = file(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        CHINESE.getBytes(UTF_8)));
    assertEquals(new CharsetChoice(UTF_8, 3, CharsetChoice.Basis.EXPLICIT),
        CharsetDetection.explicit(withBom, UTF_8));
    assertEquals(0, CharsetDetection.explicit(withBom, CharsetDetection.GB18030).bomLength());
  }

  @Test
  void gbkFamilyIsWidenedToGb18030() {
    assertEquals(CharsetDetection.GB18030, CharsetDetection.widen(Charset.forName("GBK")));
    assertEquals(CharsetDetection.GB18030, CharsetDetection.widen(Charset.forName("GB2312")));
    assertEquals(CharsetDetection.GB18030, CharsetDetection.widen(Charset.forName("GB18030")));
    assertEquals(UTF_8, CharsetDetection.widen(UTF_8));
  }
}
