package org.gongwei.io.cda;

import java.util.Objects;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;

/**
 * The codes of the {@link Problem}s the CDA reader reports, each with its severity. The {@link
 * Problem#code()} is the constant's name. A document with any ERROR is rejected; warnings and
 * information keep it.
 */
public enum CdaProblemCode {
  /** The file could not be read (I/O error). */
  CDA_UNREADABLE(Severity.ERROR),
  /** The document is not well-formed XML. */
  CDA_NOT_WELL_FORMED(Severity.ERROR),
  /**
   * The document has a DOCTYPE declaration: refused, as DTDs carry external entities and entity
   * expansion (XXE, billion laughs). Nothing it references is read.
   */
  CDA_DOCTYPE_FORBIDDEN(Severity.ERROR),
  /** The root element is not {@code ClinicalDocument}. */
  CDA_NOT_CLINICAL_DOCUMENT(Severity.ERROR),
  /** The root element is not in the {@code urn:hl7-org:v3} namespace: read by local names. */
  CDA_NAMESPACE(Severity.WARNING),
  /** The document type code is none of HSDA00.01, HSDB04.01 and HSDB04.02. */
  CDA_UNKNOWN_DOCUMENT_TYPE(Severity.ERROR),
  /** The document type was recognised by its template id, its code being absent or unknown. */
  CDA_TYPE_FROM_TEMPLATE(Severity.WARNING),
  /** An element or attribute the record needs is missing. */
  CDA_MISSING_ELEMENT(Severity.ERROR),
  /** A value is not of its type (a number, a yes/no, an identifier). */
  CDA_BAD_VALUE(Severity.ERROR),
  /** A coded value is not a code of its table. */
  CDA_BAD_CODE(Severity.ERROR),
  /** A date is not a date in any accepted form. */
  CDA_BAD_DATE(Severity.ERROR),
  /** A date was read from a form other than {@code yyyyMMdd[HHmmss]}, such as ISO {@code yyyy-MM-dd}. */
  CDA_DATE_NONSTANDARD(Severity.WARNING),
  /** A measurement has a unit that cannot be converted to the expected one. */
  CDA_BAD_UNIT(Severity.ERROR),
  /** A measurement has no unit: the expected unit was assumed. */
  CDA_UNIT_ASSUMED(Severity.WARNING),
  /** A measurement was converted to the expected unit (glucose in mg/dL: ÷ 18.0). */
  CDA_UNIT_CONVERTED(Severity.WARNING),
  /** A data element occurs more than once: the first occurrence was used. */
  CDA_DUPLICATE_ELEMENT(Severity.WARNING),
  /** A field the domain requires is absent and a stated default was used. */
  CDA_DEFAULT_ASSUMED(Severity.WARNING),
  /** The values read do not make a valid record (the domain's own checks refused them). */
  CDA_INVALID_RECORD(Severity.ERROR);

  private final Severity severity;

  CdaProblemCode(Severity severity) {
    this.severity = severity;
  }

  /** The severity of problems with this code. */
  public Severity severity() {
    return severity;
  }

  /** A problem with this code, its severity and the given message. */
  public Problem problem(String message) {
    return Problem.of(severity, name(), Objects.requireNonNull(message, "message"));
  }
}
