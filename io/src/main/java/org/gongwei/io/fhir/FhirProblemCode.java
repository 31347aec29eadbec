package org.gongwei.io.fhir;

import java.util.Objects;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;

/**
 * The codes of the {@link Problem}s {@link FhirReader} reports, each with its usual severity. The
 * {@link Problem#code()} is the constant's name, for example {@code FHIR_UNKNOWN_RESOURCE}.
 */
public enum FhirProblemCode {
  /** The input is not JSON (or has a duplicated key): nothing is read. */
  FHIR_JSON_INVALID(Severity.ERROR),
  /** The JSON is not a FHIR Bundle: nothing is read. */
  FHIR_NOT_A_BUNDLE(Severity.ERROR),
  /** The Bundle's type is not collection, transaction, batch, document or searchset; read anyway. */
  FHIR_BUNDLE_TYPE(Severity.WARNING),
  /** An entry has no resource (a DELETE of a transaction, say) or no resourceType: skipped. */
  FHIR_ENTRY_EMPTY(Severity.WARNING),
  /** Two entries have the same fullUrl: references resolve to the first. */
  FHIR_DUPLICATE_FULL_URL(Severity.WARNING),
  /** Resources of a type this mapping does not read, counted per type (one problem per type). */
  FHIR_UNKNOWN_RESOURCE(Severity.INFO),
  /** A resource of a known type that does not belong to a mapped record (an asthma Condition, say). */
  FHIR_RESOURCE_IGNORED(Severity.INFO),
  /** A required element is missing: the resource is rejected. */
  FHIR_VALUE_MISSING(Severity.ERROR),
  /** An element's value is malformed or outside its code system: rejected or dropped. */
  FHIR_VALUE_INVALID(Severity.ERROR),
  /** A reference resolves neither within the Bundle nor by a known identifier system. */
  FHIR_REFERENCE_UNRESOLVED(Severity.ERROR),
  /** A quantity has a unit this mapping does not convert: the value is dropped. */
  FHIR_UNIT_UNSUPPORTED(Severity.ERROR),
  /** A glucose value in mg/dL was converted to mmol/L (÷ 18.0). */
  FHIR_UNIT_CONVERTED(Severity.INFO),
  /** A resource has no identifier of the record-id system: its resource id is the record id. */
  FHIR_ID_FROM_RESOURCE(Severity.INFO),
  /** A value was taken from a fallback (a resource id for a missing identifier, say). */
  FHIR_VALUE_ASSUMED(Severity.WARNING),
  /** A value was given twice (two blood pressure panels in one encounter, say): the first is kept. */
  FHIR_VALUE_REPEATED(Severity.WARNING);

  private final Severity severity;

  FhirProblemCode(Severity severity) {
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
