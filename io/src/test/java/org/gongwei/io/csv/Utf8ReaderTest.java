package org.gongwei.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class Utf8ReaderTest {

  @Test
  void readsAsciiAndChinese() throws IOException {
    String text = "resident_id,name\r\n1,孙凤琴\r\n2,徐卫\r\n";
    assertEquals(text, readAll(new Utf8Reader(stream(text.getBytes(StandardCharsets.UTF_8))), 8192));
  }

  @Test
  void handsOutSurrogatePairsOneCharacterAtATime() throws IOException {
    String text = "😀a";
    Reader r = new Utf8Reader(stream(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(0xD83D, r.read());
    assertEquals(0xDE00, r.read());
    assertEquals('a', r.read());
    assertEquals(-1, r.read());
  }

  @Test
  void replacesMalformedInputLikeInputStreamReader() throws IOException {
    byte[] bytes = {'a', (byte) 0xE5, ',', (byte) 0xE5, (byte) 0xA5, ',', (byte) 0xF0, (byte) 0x9F,
        'b', (byte) 0x80, (byte) 0xFF, (byte) 0xE5};
    assertEquals(reference(bytes), readAll(new Utf8Reader(stream(bytes)), 8192));
  }

  @Test
  void refusesReadingWhenClosed() throws IOException {
    Reader r = new Utf8Reader(stream(new byte[] {'a'}));
    r.close();
    assertThrows(IOException.class, () -> r.read(new char[4], 0, 4));
  }

  /**
   * Whatever the bytes (ASCII, Chinese, emoji, stray and truncated sequences), however they
   * arrive (short reads) and however many characters are asked for at a time, the characters
   * are those of an {@code InputStreamReader} for UTF-8.
   */
  @Property(tries = 150)
  void sameCharactersAsInputStreamReader(
      @ForAll("texts") byte[] bytes,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 70_000) Integer> asks,
      @ForAll @IntRange(min = 1, max = 100_000) int chunk) throws IOException {
    Reader r = new Utf8Reader(new Trickle(stream(bytes), chunk));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; ; i++) {
      int ask = asks.get(i % asks.size());
      char[] buf = new char[ask + 3];
      int n = r.read(buf, 3, ask);
      if (n < 0) {
        break;
      }
      sb.append(buf, 3, n);
    }
    assertEquals(reference(bytes), sb.toString());
  }

  @Provide
  Arbitrary<byte[]> texts() {
    Arbitrary<byte[]> piece = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40)
            .map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.strings().withCharRange('一', '龥').ofMaxLength(30)
            .map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.of("😀", "é", "\u0800", "\uFFFD", "\r\n")
            .map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(4),
        Arbitraries.strings().withCharRange('一', '龥').ofMinLength(20_000).ofMaxLength(30_000)
            .map(s -> s.getBytes(StandardCharsets.UTF_8)));
    return piece.list().ofMaxSize(30).map(pieces -> {
      int size = pieces.stream().mapToInt(p -> p.length).sum();
      byte[] all = new byte[size];
      int at = 0;
      for (byte[] p : pieces) {
        System.arraycopy(p, 0, all, at, p.length);
        at += p.length;
      }
      return all;
    });
  }

  private static String reference(byte[] bytes) throws IOException {
    return readAll(new InputStreamReader(stream(bytes), StandardCharsets.UTF_8), 8192);
  }

  private static String readAll(Reader r, int ask) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[ask];
    int n;
    while ((n = r.read(buf, 0, ask)) >= 0) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  private static InputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  /** Hands out at most {@code chunk} bytes per read, like a slow device. */
  private static final class Trickle extends FilterInputStream {
    private final int chunk;

    Trickle(InputStream in, int chunk) {
      super(in);
      this.chunk = chunk;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return super.read(b, off, Math.min(len, chunk));
    }
  }
}
