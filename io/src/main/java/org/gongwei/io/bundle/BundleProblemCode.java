package org.gongwei.io.bundle;

import java.util.Objects;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;

/**
 * The codes of the {@link Problem}s the bundle reader reports on top of the CSV layer's
 * ({@link org.gongwei.io.csv.CsvProblemCode}), each with its usual severity. The
 * {@link Problem#code()} is the constant's name.
 */
public enum BundleProblemCode {
  /** The bundle has no {@code residents.csv}, the one required file: it holds no residents. */
  BUNDLE_RESIDENTS_MISSING(Severity.ERROR),
  /** A {@code .csv} file whose name is not a file of the bundle: ignored. */
  BUNDLE_UNKNOWN_FILE(Severity.INFO),
  /** A bundle file written with an upper-case extension ({@code residents.CSV}): read all the same. */
  BUNDLE_FILE_NAME_CASE(Severity.WARNING),
  /** Two files hold the same record type ({@code residents.csv} and {@code residents.CSV}): the second is ignored. */
  BUNDLE_DUPLICATE_FILE(Severity.WARNING),
  /** A code cell holds a value that is not a code of its code table. */
  CODE_UNKNOWN(Severity.ERROR),
  /** A region code (行政区划代码) cell is not 2, 4, 6, 9 or 12 digits. */
  REGION_CODE_INVALID(Severity.ERROR),
  /** An ICD-10 cell is not an ICD-10 code. */
  ICD10_INVALID(Severity.ERROR),
  /** A whole-number measurement was written with a fraction ({@code 138.5} mmHg): rounded. */
  NUMBER_ROUNDED(Severity.WARNING),
  /** The row's values break an invariant of the record (a negative count, say): the row is rejected. */
  RECORD_INVALID(Severity.ERROR);

  private final Severity severity;

  BundleProblemCode(Severity severity) {
    this.severity = severity;
  }

  /** The usual severity of problems with this code. */
  public Severity severity() {
    return severity;
  }

  /** A problem with this code, its usual severity and the given message. */
  public Problem problem(String message) {
    return Problem.of(severity, name(), Objects.requireNonNull(message, "message"));
  }
}
