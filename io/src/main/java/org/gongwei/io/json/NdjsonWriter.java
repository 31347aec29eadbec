package org.gongwei.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.gongwei.core.dataset.BundleRecord;

/**
 * Writes records as NDJSON (newline-delimited JSON, also called JSON Lines): one record per line
 * in the compact form of {@link GongweiJson}, each line ended by {@code \n}, streaming (nothing is
 * kept in memory). Line breaks inside text are escaped as {@code \n}, so a line is always one
 * record. Files are UTF-8 without a byte order mark.
 *
 * <pre>{@code
 * try (NdjsonWriter out = NdjsonWriter.open(Path.of("bundle.ndjson"))) {
 *   out.writeAll(dataset.stream().toList());
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class NdjsonWriter implements Closeable, Flushable {
  private final Writer out;
  private final JsonGenerator generator;
  private long count;

  private NdjsonWriter(Writer out) throws IOException {
    this.out = out;
    this.generator = GongweiJson.shared().getFactory().createGenerator(out);
    generator.setRootValueSeparator(null);
  }

  /** A writer on {@code out}; closing it closes {@code out}. */
  public static NdjsonWriter of(Writer out) throws IOException {
    return new NdjsonWriter(Objects.requireNonNull(out, "out"));
  }

  /** A writer creating or replacing {@code file}, UTF-8. */
  public static NdjsonWriter open(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return new NdjsonWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }

  /** Writes {@code records} to {@code file} (created or replaced), one per line. */
  public static void write(Path file, Iterable<? extends BundleRecord> records) throws IOException {
    Objects.requireNonNull(records, "records");
    try (NdjsonWriter w = open(file)) {
      w.writeAll(records);
    }
  }

  /** Writes one record as one line. */
  public void write(BundleRecord record) throws IOException {
    Objects.requireNonNull(record, "record");
    RecordCodecs.of(record.recordType()).write(record, generator);
    generator.writeRaw('\n');
    count++;
  }

  /** Writes every record, one per line, in order. */
  public void writeAll(Iterable<? extends BundleRecord> records) throws IOException {
    Objects.requireNonNull(records, "records");
    for (BundleRecord r : records) {
      write(r);
    }
  }

  /** The number of records written so far. */
  public long count() {
    return count;
  }

  @Override
  public void flush() throws IOException {
    generator.flush();
  }

  /** Flushes and closes the underlying writer. */
  @Override
  public void close() throws IOException {
    generator.close();
    out.close();
  }

  @Override
  public String toString() {
    return "NdjsonWriter[" + count + " records]";
  }
}
