package org.gongwei.io.csv;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;

/**
 * What became of one bundle file: the character set it was read with, how many rows were read,
 * accepted and rejected, and its problems counted by severity and by code.
 *
 * <p>The invariant of the design ("errors and bad input"): rows read = rows accepted + rows
 * rejected. Blank lines (no cell with any text) are not rows: they are counted apart in
 * {@link #blankLines()} and are neither read nor rejected. The header line is not a row.
 *
 * @param fileName the file name, for example {@code residents.csv}
 * @param recordType the record type of the file
 * @param charset the character set the file was read with; empty when read from a {@code Reader}
 * @param status how far reading has come
 * @param rowsRead data rows read
 * @param rowsAccepted rows counted as accepted
 * @param rowsRejected rows counted as rejected
 * @param blankLines blank lines skipped
 * @param problemsBySeverity problem counts per severity (every severity present, maybe 0)
 * @param problemsByCode problem counts per code, sorted by code
 * @param problems every problem of the file in the order found, unless the table was opened with a
 *     problem sink (then they went to the sink and this list is empty)
 */
public record FileAccount(
    String fileName,
    RecordType recordType,
    Optional<Charset> charset,
    FileStatus status,
    long rowsRead,
    long rowsAccepted,
    long rowsRejected,
    long blankLines,
    Map<Severity, Long> problemsBySeverity,
    Map<String, Long> problemsByCode,
    List<Problem> problems) {

  /** Checks the counts (none negative; read = accepted + rejected) and copies the collections. */
  public FileAccount {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(recordType, "recordType");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(status, "status");
    if (rowsRead < 0 || rowsAccepted < 0 || rowsRejected < 0 || blankLines < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    if (rowsRead != rowsAccepted + rowsRejected) {
      throw new IllegalArgumentException("rows read (" + rowsRead + ") must equal rows accepted ("
          + rowsAccepted + ") + rows rejected (" + rowsRejected + ")");
    }
    Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      bySeverity.put(s, 0L);
    }
    bySeverity.putAll(Objects.requireNonNull(problemsBySeverity, "problemsBySeverity"));
    problemsBySeverity = Collections.unmodifiableMap(bySeverity);
    problemsByCode = Collections.unmodifiableMap(
        new TreeMap<>(Objects.requireNonNull(problemsByCode, "problemsByCode")));
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }

  /** The number of problems of a severity. */
  public long problemCount(Severity severity) {
    return problemsBySeverity.get(Objects.requireNonNull(severity, "severity"));
  }

  /** The number of problems with a code, for example {@code DATE_EXCEL_SERIAL}. */
  public long problemCount(String code) {
    return problemsByCode.getOrDefault(Objects.requireNonNull(code, "code"), 0L);
  }

  /** Whether the file as a whole was rejected. */
  public boolean isRejected() {
    return status == FileStatus.REJECTED;
  }

  /**
   * For example {@code residents.csv [UTF-8, COMPLETE]: 1000 read, 990 accepted, 10 rejected;
   * 12 errors, 3 warnings, 1 info}.
   */
  @Override
  public String toString() {
    return fileName + " [" + charset.map(Charset::name).orElse("text") + ", " + status + "]: "
        + rowsRead + " read, " + rowsAccepted + " accepted, " + rowsRejected + " rejected; "
        + problemCount(Severity.ERROR) + " error" + (problemCount(Severity.ERROR) == 1 ? "" : "s")
        + ", " + problemCount(Severity.WARNING) + " warning"
        + (problemCount(Severity.WARNING) == 1 ? "" : "s")
        + ", " + problemCount(Severity.INFO) + " info";
  }
}
