package org.gongwei.core.validation;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.gongwei.core.dataset.RecordType;

/**
 * One finding about input data: what is wrong (code and message), how serious it is, and where
 * (record type and id, field, file and line, as far as they are known).
 *
 * <p>Problems are values: build one with {@link #error}, {@link #warning} or {@link #info} and
 * add the location with the {@code with…} methods.
 *
 * <pre>{@code
 * Problem.error("ID_CHECK_DIGIT", "check character 3 should be X")
 *     .withRecord(RecordType.RESIDENT, "R0001").withField("id_number");
 * }</pre>
 */
public final class Problem {
  private final Severity severity;
  private final String code;
  private final String message;
  private final RecordType recordType;
  private final String recordId;
  private final String field;
  private final String file;
  private final long line;

  private Problem(
      Severity severity,
      String code,
      String message,
      RecordType recordType,
      String recordId,
      String field,
      String file,
      long line) {
    this.severity = Objects.requireNonNull(severity, "severity");
    this.code = requireText(code, "code");
    this.message = requireText(message, "message");
    this.recordType = recordType;
    this.recordId = recordId;
    this.field = field;
    this.file = file;
    if (line < 0) {
      throw new IllegalArgumentException("line must be 0 (unknown) or positive: " + line);
    }
    this.line = line;
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** A problem of the given severity. */
  public static Problem of(Severity severity, String code, String message) {
    return new Problem(severity, code, message, null, null, null, null, 0);
  }

  /** An {@link Severity#ERROR} problem. */
  public static Problem error(String code, String message) {
    return of(Severity.ERROR, code, message);
  }

  /** A {@link Severity#WARNING} problem. */
  public static Problem warning(String code, String message) {
    return of(Severity.WARNING, code, message);
  }

  /** An {@link Severity#INFO} problem. */
  public static Problem info(String code, String message) {
    return of(Severity.INFO, code, message);
  }

  /** This problem located at a record. */
  public Problem withRecord(RecordType type, String id) {
    return new Problem(severity, code, message, Objects.requireNonNull(type, "type"), id, field, file, line);
  }

  /** This problem located at a field (the exchange-format column name, e.g. {@code id_number}). */
  public Problem withField(String fieldName) {
    return new Problem(severity, code, message, recordType, recordId, fieldName, file, line);
  }

  /** This problem located in a file, at a 1-based line (0 if unknown). */
  public Problem withLocation(String fileName, long lineNumber) {
    return new Problem(severity, code, message, recordType, recordId, field, fileName, lineNumber);
  }

  /** This problem with another severity. */
  public Problem withSeverity(Severity newSeverity) {
    return new Problem(newSeverity, code, message, recordType, recordId, field, file, line);
  }

  public Severity severity() {
    return severity;
  }

  /** A stable machine-readable code in upper case, for example {@code ID_CHECK_DIGIT}. */
  public String code() {
    return code;
  }

  /** The finding in plain words, naming the value and the rule. */
  public String message() {
    return message;
  }

  public Optional<RecordType> recordType() {
    return Optional.ofNullable(recordType);
  }

  public Optional<String> recordId() {
    return Optional.ofNullable(recordId);
  }

  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  public Optional<String> file() {
    return Optional.ofNullable(file);
  }

  /** The 1-based line where the record starts, if known. */
  public OptionalLong line() {
    return line == 0 ? OptionalLong.empty() : OptionalLong.of(line);
  }

  /** Whether this is an {@link Severity#ERROR}. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Problem)) {
      return false;
    }
    Problem p = (Problem) o;
    return severity == p.severity
        && line == p.line
        && code.equals(p.code)
        && message.equals(p.message)
        && recordType == p.recordType
        && Objects.equals(recordId, p.recordId)
        && Objects.equals(field, p.field)
        && Objects.equals(file, p.file);
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, code, message, recordType, recordId, field, file, line);
  }

  /** For example {@code ERROR ID_CHECK_DIGIT residents.csv:12 RESIDENT R0001 id_number: …}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(severity).append(' ').append(code);
    if (file != null) {
      b.append(' ').append(file);
      if (line > 0) {
        b.append(':').append(line);
      }
    }
    if (recordType != null) {
      b.append(' ').append(recordType);
      if (recordId != null) {
        b.append(' ').append(recordId);
      }
    }
    if (field != null) {
      b.append(' ').append(field);
    }
    return b.append(": ").append(message).toString();
  }
}
