package org.gongwei.io.json;

import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;

/**
 * The codes of the {@link Problem}s the NDJSON reader reports; the {@link Problem#code()} is the
 * constant's name. Every one rejects its line.
 */
public enum JsonProblemCode {
  /** The line is not one JSON object (a syntax error, another kind of value, or trailing text). */
  JSON_SYNTAX,
  /** The object has no {@code recordType}, or one that is not a record type of the bundle. */
  JSON_RECORD_TYPE,
  /**
   * The object is not a valid record: an unknown property, a value of the wrong JSON type, a
   * missing required property, or a broken invariant of the record.
   */
  JSON_RECORD_INVALID;

  /** The severity of the problem: always {@link Severity#ERROR} (the line is rejected). */
  public Severity severity() {
    return Severity.ERROR;
  }

  /** A problem with this code and the message. */
  public Problem problem(String message) {
    return Problem.of(severity(), name(), message);
  }
}
