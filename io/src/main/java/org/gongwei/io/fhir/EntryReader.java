package org.gongwei.io.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongwei.core.dataset.RecordType;

/**
 * Reads the values of one resource for one record type, reporting each bad value as a problem
 * located at the resource and the element, and remembering whether the resource is rejected.
 */
final class EntryReader {
  private static final Pattern PARTIAL_DATE = Pattern.compile("[0-9]{4}(-[0-9]{2})?");

  final ReadContext ctx;
  final Entry entry;
  final RecordType type;
  private boolean rejected;

  EntryReader(ReadContext ctx, Entry entry, RecordType type) {
    this.ctx = ctx;
    this.entry = entry;
    this.type = type;
  }

  JsonNode resource() {
    return entry.resource();
  }

  boolean isRejected() {
    return rejected;
  }

  void problem(FhirProblemCode code, String path, String message) {
    ctx.report(code, entry, type, path, message);
  }

  /** Reports an ERROR that rejects the resource. */
  void reject(FhirProblemCode code, String path, String message) {
    problem(code, path, message);
    rejected = true;
  }

  /** Rejects the resource for a missing required element. */
  void missing(String path, String what) {
    reject(FhirProblemCode.FHIR_VALUE_MISSING, path, what + " is missing");
  }

  /**
   * The record id: the value of the identifier of {@code system}, else the resource id (reported
   * as INFO), else nothing (the resource is rejected).
   */
  Optional<String> recordId(String system, String what) {
    for (JsonNode id : Json.array(resource(), "identifier")) {
      if (Json.text(id, "system").filter(system::equals).isPresent()) {
        Optional<String> value = Json.text(id, "value");
        if (value.isPresent()) {
          return value;
        }
      }
    }
    if (entry.id() != null) {
      problem(
          FhirProblemCode.FHIR_ID_FROM_RESOURCE,
          "identifier",
          "no identifier of system " + system + ": the resource id " + entry.id() + " is the " + what);
      return Optional.of(entry.id());
    }
    missing("identifier", what + " (identifier of system " + system + " or resource id)");
    return Optional.empty();
  }

  /**
   * The date of a FHIR {@code date} or {@code dateTime} element: the calendar date as written
   * (the time and zone of a dateTime are ignored, the date is not shifted). A partial date
   * ({@code 2024}, {@code 2024-03}) or a malformed one is reported and read as absent.
   */
  Optional<LocalDate> date(JsonNode node, String field, String path) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    String s = v.isTextual() ? v.asText().strip() : v.toString();
    if (s.length() >= 10 && (s.length() == 10 || s.charAt(10) == 'T')) {
      try {
        return Optional.of(LocalDate.parse(s.substring(0, 10)));
      } catch (DateTimeParseException ex) {
        // reported below
      }
    }
    if (PARTIAL_DATE.matcher(s).matches()) {
      problem(FhirProblemCode.FHIR_VALUE_INVALID, path, "'" + s + "' is not a full date (year, month and day)");
    } else {
      problem(FhirProblemCode.FHIR_VALUE_INVALID, path, "'" + s + "' is not a FHIR date or dateTime");
    }
    return Optional.empty();
  }

  /**
   * A required date: {@link #date}, rejecting the resource when the element is missing or not a
   * full date.
   */
  Optional<LocalDate> requiredDate(JsonNode node, String field, String path, String what) {
    if (node == null || !node.has(field) || node.get(field).isNull()) {
      missing(path, what);
      return Optional.empty();
    }
    Optional<LocalDate> d = date(node, field, path);
    if (d.isEmpty()) {
      rejected = true;
    }
    return d;
  }

  /** A boolean element; a non-boolean value is reported and read as absent. */
  Optional<Boolean> bool(JsonNode node, String field, String path) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isBoolean()) {
      problem(FhirProblemCode.FHIR_VALUE_INVALID, path, "'" + v.asText() + "' is not true or false");
      return Optional.empty();
    }
    return Optional.of(v.booleanValue());
  }

  /** A decimal element; a non-number is reported and read as absent. */
  Optional<BigDecimal> decimal(JsonNode node, String field, String path) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isNumber()) {
      problem(FhirProblemCode.FHIR_VALUE_INVALID, path, "'" + v.asText() + "' is not a number");
      return Optional.empty();
    }
    return Optional.of(v.decimalValue());
  }

  /** The code of the first coding of {@code system} in a CodeableConcept (or a Coding). */
  static Optional<String> code(JsonNode concept, String system) {
    if (concept == null) {
      return Optional.empty();
    }
    if (concept.has("system")) {
      return Json.text(concept, "system").filter(system::equals).flatMap(s -> Json.text(concept, "code"));
    }
    for (JsonNode c : Json.array(concept, "coding")) {
      if (Json.text(c, "system").filter(system::equals).isPresent()) {
        Optional<String> code = Json.text(c, "code");
        if (code.isPresent()) {
          return code;
        }
      }
    }
    return Optional.empty();
  }

  /** The code of the first coding of {@code system} in any CodeableConcept of an array. */
  static Optional<String> codeIn(JsonNode node, String field, String system) {
    for (JsonNode concept : Json.array(node, field)) {
      Optional<String> code = code(concept, system);
      if (code.isPresent()) {
        return code;
      }
    }
    return Optional.empty();
  }
}
