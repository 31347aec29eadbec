package org.gongwei.io.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The encodings bundle writers emit (exchange format §1): UTF-8 with a byte order mark by default,
 * so that Excel opens the file as UTF-8, or GB18030 on request, for older Chinese systems.
 */
public enum CsvOutputEncoding {
  /** UTF-8 preceded by the byte order mark {@code EF BB BF}. */
  UTF8_WITH_BOM(StandardCharsets.UTF_8),
  /** GB18030, no byte order mark. */
  GB18030(CharsetDetection.GB18030);

  private final Charset charset;

  CsvOutputEncoding(Charset charset) {
    this.charset = charset;
  }

  /** The character set of the text. */
  public Charset charset() {
    return charset;
  }

  /**
   * A buffered writer on the stream that has already written the byte order mark, if this
   * encoding has one. Closing the writer closes the stream.
   *
   * @throws IOException if the byte order mark cannot be written
   */
  public Writer newWriter(OutputStream out) throws IOException {
    Writer w = new BufferedWriter(
        new OutputStreamWriter(Objects.requireNonNull(out, "out"), charset), 64 * 1024);
    if (this == UTF8_WITH_BOM) {
      w.write('\uFEFF');
    }
    return w;
  }

  /**
   * A buffered writer creating (or replacing) a file, byte order mark written.
   *
   * @throws IOException if the file cannot be created
   */
  public Writer newWriter(Path file) throws IOException {
    OutputStream out = Files.newOutputStream(Objects.requireNonNull(file, "file"));
    try {
      return newWriter(out);
    } catch (IOException | RuntimeException e) {
      out.close();
      throw e;
    }
  }
}
