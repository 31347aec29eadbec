package org.gongwei.io.bundle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.io.csv.CsvOutputEncoding;

/**
 * Writes records as a CSV bundle (exchange format §1): one file per record type present, and
 * {@code residents.csv} always (with only its header when there are no residents).
 *
 * <p>Each file has a header row with every column of its §1 table in §1's order (the contract
 * names, or the Chinese labels with {@link HeaderStyle#CHINESE}), then one row per record in the
 * order given: dates {@code yyyy-MM-dd}, date-times {@code yyyy-MM-dd HH:mm[:ss]}, yes/no
 * {@code 1}/{@code 0}, codes as §1 writes them (sex {@code 1}, condition {@code HYPERTENSION},
 * method {@code 1}, ethnicity {@code 01}), decimals without exponent, and absent values as empty
 * cells. Quoting follows RFC 4180 (FastCSV's writer): a cell with a comma, a quote or a line
 * break is quoted, quotes doubled; lines end in CRLF. UTF-8 with a byte order mark by default (so
 * Excel opens it), GB18030 on request.
 *
 * <p><b>A bundle is a full export:</b> ID numbers (身份证号) and names are written in full, not
 * masked; treat the files as personal data.
 *
 * <p>Reading what was written gives equal records, with two limits of the format: text is read
 * without surrounding white space, and an empty text is read as absent.
 *
 * <p>Files of the directory that §1 names but that are not written (say an old
 * {@code tb_courses.csv} when there are no TB courses) are deleted when the output is closed, so
 * that the directory holds exactly the bundle written; other files are left alone. A writer is
 * immutable and thread-safe; the {@code with…} methods return changed copies.
 */
public final class BundleWriter {
  private static final BundleWriter DEFAULTS =
      new BundleWriter(CsvOutputEncoding.UTF8_WITH_BOM, HeaderStyle.CONTRACT);

  private final CsvOutputEncoding encoding;
  private final HeaderStyle headers;

  private BundleWriter(CsvOutputEncoding encoding, HeaderStyle headers) {
    this.encoding = encoding;
    this.headers = headers;
  }

  /** A writer of UTF-8 files with a byte order mark and the contract column names. */
  public static BundleWriter defaults() {
    return DEFAULTS;
  }

  /** This writer with another encoding ({@link CsvOutputEncoding#GB18030} for older systems). */
  public BundleWriter withEncoding(CsvOutputEncoding newEncoding) {
    return new BundleWriter(Objects.requireNonNull(newEncoding, "newEncoding"), headers);
  }

  /** This writer with another header style. */
  public BundleWriter withHeaders(HeaderStyle newHeaders) {
    return new BundleWriter(encoding, Objects.requireNonNull(newHeaders, "newHeaders"));
  }

  /** The encoding of the files. */
  public CsvOutputEncoding encoding() {
    return encoding;
  }

  /** The names in the header rows. */
  public HeaderStyle headers() {
    return headers;
  }

  /**
   * Writes a dataset as a bundle into a directory (created if needed), replacing its bundle files.
   *
   * @throws IOException if a file cannot be written
   */
  public void write(Dataset dataset, Path directory) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(directory, "directory");
    try (BundleOutput out = open(directory)) {
      dataset.stream().forEach(out::add);
    }
  }

  /**
   * Writes records of any types as a bundle into a directory (created if needed), replacing its
   * bundle files.
   *
   * @throws IOException if a file cannot be written
   */
  public void write(Iterable<? extends BundleRecord> records, Path directory) throws IOException {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(directory, "directory");
    try (BundleOutput out = open(directory)) {
      out.addAll(records);
    }
  }

  /**
   * Opens a bundle directory (created if needed) for writing records one at a time, for data that
   * is not in memory as a whole. Close the output to finish the files.
   *
   * @throws IOException if the directory cannot be created
   */
  public BundleOutput open(Path directory) throws IOException {
    return new BundleOutput(Objects.requireNonNull(directory, "directory"), encoding, headers);
  }

  /** For example {@code BundleWriter[UTF8_WITH_BOM, CONTRACT]}. */
  @Override
  public String toString() {
    return "BundleWriter[" + encoding + ", " + headers + "]";
  }
}
