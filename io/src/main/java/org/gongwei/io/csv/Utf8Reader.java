package org.gongwei.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads UTF-8 bytes as characters, like {@code new InputStreamReader(in, UTF_8)} (malformed input
 * becomes U+FFFD the same way) but faster on text that is mostly ASCII with some Chinese on every
 * line: ASCII bytes are widened in a plain loop, and only each run of non-ASCII bytes, with the
 * ASCII byte that ends it, goes through the JDK's decoder. (The JDK's decoder leaves its fast
 * ASCII path at the first non-ASCII byte of a buffer and does not come back to it.) Not
 * thread-safe.
 */
final class Utf8Reader extends Reader {
  private static final int SIZE = 64 * 1024;

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPLACE)
      .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final byte[] bytes = new byte[SIZE];
  private int pos;
  private int limit;
  private boolean eof;
  private boolean closed;
  /** A character decoded but not yet handed out (the second half of a surrogate pair), or -1. */
  private int pending = -1;

  private final ByteBuffer source = ByteBuffer.wrap(bytes);
  private char[] targetArray;
  private CharBuffer target;

  Utf8Reader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  /** A buffer over the caller's array, made once per array (callers read into the same one). */
  private CharBuffer target(char[] cbuf) {
    if (cbuf != targetArray) {
      targetArray = cbuf;
      target = CharBuffer.wrap(cbuf);
    }
    return target.clear();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    if (closed) {
      throw new IOException("reader closed");
    }
    if (len == 0) {
      return 0;
    }
    int n = 0;
    if (pending >= 0) {
      cbuf[off] = (char) pending;
      pending = -1;
      n = 1;
    } else if (len == 1) {
      // one character asked for, which may be half of a surrogate pair: read two, keep one
      char[] two = new char[2];
      int k = read(two, 0, 2);
      if (k <= 0) {
        return k;
      }
      cbuf[off] = two[0];
      if (k == 2) {
        pending = two[1];
      }
      return 1;
    }
    while (n < len) {
      if (pos == limit) {
        if (eof || (n > 0 && in.available() <= 0)) {
          break;
        }
        fill();
        continue;
      }
      // ASCII: widen
      int end = Math.min(limit, pos + len - n);
      int p = pos;
      int o = off + n;
      while (p < end) {
        byte b = bytes[p];
        if (b < 0) {
          break;
        }
        cbuf[o++] = (char) b;
        p++;
      }
      n += p - pos;
      pos = p;
      if (n == len || pos == limit) {
        continue;
      }
      // a run of non-ASCII bytes: decode it with the ASCII byte after it, if in the buffer
      int j = pos;
      while (j < limit && bytes[j] < 0) {
        j++;
      }
      if (j == limit && !eof && (pos > 0 || limit < bytes.length)) {
        fill(); // the run may go on past the bytes read so far
        continue;
      }
      int runEnd = j < limit ? j + 1 : limit;
      boolean last = eof && runEnd == limit;
      ByteBuffer src = source.limit(runEnd).position(pos);
      CharBuffer dst = target(cbuf).limit(off + len).position(off + n);
      decoder.reset();
      CoderResult r = decoder.decode(src, dst, last);
      if (last && !r.isOverflow()) {
        decoder.flush(dst);
      }
      int decoded = dst.position() - (off + n);
      n += decoded;
      if (src.position() == pos && decoded == 0) {
        if (r.isOverflow()) {
          break; // no room for the next character (a surrogate pair): the caller comes back
        }
        // an incomplete sequence at the end of a full buffer: read on
        fill();
        continue;
      }
      pos = src.position();
      if (r.isOverflow()) {
        break;
      }
    }
    return n == 0 && eof && pos == limit && pending < 0 ? -1 : n;
  }

  /** Moves the unread bytes to the front and reads more; sets {@link #eof} at the end. */
  private void fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(bytes, pos, bytes, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    if (limit == bytes.length) {
      throw new IllegalStateException("buffer full"); // cannot happen: runs are decoded first
    }
    int r = in.read(bytes, limit, bytes.length - limit);
    if (r < 0) {
      eof = true;
    } else {
      limit += r;
    }
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      in.close();
    }
  }
}
