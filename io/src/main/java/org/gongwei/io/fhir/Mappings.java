package org.gongwei.io.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.gongwei.core.code.Coded;
import org.gongwei.core.code.UnknownCodeException;
import org.gongwei.core.id.RegionCode;

/** Reading helpers shared by the resource mappings. */
final class Mappings {
  private Mappings() {}

  /**
   * Builds a record, turning an invariant the builder enforces into a rejection of the resource
   * (bad data never throws).
   */
  static <T> Optional<T> build(EntryReader in, Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (IllegalArgumentException | IllegalStateException ex) {
      in.reject(FhirProblemCode.FHIR_VALUE_INVALID, "", ex.getMessage());
      return Optional.empty();
    }
  }

  /** The constant of a code table for {@code code}, or a problem and nothing. */
  static <E extends Enum<E> & Coded> Optional<E> coded(EntryReader in, Class<E> type, String code, String path) {
    try {
      return Optional.of(Coded.fromCode(type, code));
    } catch (UnknownCodeException ex) {
      in.problem(FhirProblemCode.FHIR_VALUE_INVALID, path, ex.getMessage());
      return Optional.empty();
    }
  }

  /**
   * The region code of the first address of {@code node} that has the region-code extension; an
   * invalid code is reported.
   */
  static Optional<RegionCode> region(EntryReader in, JsonNode node) {
    List<JsonNode> addresses = Json.array(node, "address");
    for (int i = 0; i < addresses.size(); i++) {
      Optional<String> code = Json.extensionOf(addresses.get(i), FhirConventions.EXT_REGION_CODE).flatMap(e -> Json.text(e, "valueCode"));
      if (code.isPresent()) {
        Optional<String> why = RegionCode.whyInvalid(code.get());
        if (why.isPresent()) {
          in.reject(FhirProblemCode.FHIR_VALUE_INVALID, "address[" + i + "].extension(region-code)", why.get());
          return Optional.empty();
        }
        return Optional.of(RegionCode.parse(code.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * The code of a referenced record, or a problem: an ERROR rejecting the resource when {@code
   * required}, else an ERROR dropping the value.
   */
  static Optional<String> referenced(
      EntryReader in, JsonNode reference, String path, String what, Optional<String> resolved, boolean required) {
    if (reference == null || reference.isNull()) {
      if (required) {
        in.missing(path, what);
      }
      return Optional.empty();
    }
    if (resolved.isPresent()) {
      return resolved;
    }
    String message = what + " " + PatientMapping.describe(reference) + " cannot be resolved";
    if (required) {
      in.reject(FhirProblemCode.FHIR_REFERENCE_UNRESOLVED, path, message);
    } else {
      in.problem(FhirProblemCode.FHIR_REFERENCE_UNRESOLVED, path, message + ": dropped");
    }
    return Optional.empty();
  }
}
