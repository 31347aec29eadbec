package org.gongwei.io.fhir;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

/**
 * What the resource writers need to know about the whole dataset: which residents and
 * institutions become resources of the Bundle (so that references to them are literal) and the
 * deterministic fullUrls.
 */
final class WriteContext {
  private final Set<String> residents;
  private final Set<String> institutions;

  WriteContext(Set<String> residents, Set<String> institutions) {
    this.residents = Set.copyOf(residents);
    this.institutions = Set.copyOf(institutions);
  }

  /**
   * The id of the resource for a record: a name-based UUID (RFC 4122 version 3) of {@code
   * gongwei:<kind>:<record id>}, so that the same record always gets the same id.
   */
  static String uuid(String kind, String recordId) {
    return UUID.nameUUIDFromBytes(("gongwei:" + kind + ":" + recordId).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** The fullUrl of the resource for a record: {@code urn:uuid:} and {@link #uuid}. */
  static String fullUrl(String kind, String recordId) {
    return "urn:uuid:" + uuid(kind, recordId);
  }

  /** A resource of {@code resourceType} with its id set for a record. */
  static ObjectNode resource(String resourceType, String kind, String recordId) {
    return Json.resource(resourceType).put("id", uuid(kind, recordId));
  }

  /**
   * A reference to the resident's Patient: literal when the resident is in the dataset, else
   * logical by the health-record number.
   */
  ObjectNode patient(String residentId) {
    if (residents.contains(residentId)) {
      return Json.object().put("reference", fullUrl("Patient", residentId));
    }
    ObjectNode r = Json.object().put("type", "Patient");
    r.set("identifier", Json.identifier(FhirConventions.HEALTH_RECORD_SYSTEM, residentId));
    return r;
  }

  /** A reference to the institution's Organization, literal or logical by the institution code. */
  ObjectNode organization(String code) {
    if (institutions.contains(code)) {
      return Json.object().put("reference", fullUrl("Organization", code));
    }
    ObjectNode r = Json.object().put("type", "Organization");
    r.set("identifier", Json.identifier(FhirConventions.INSTITUTION_SYSTEM, code));
    return r;
  }

  /** A logical reference to the doctor's Practitioner, by the doctor id. */
  static ObjectNode practitioner(String doctorId) {
    ObjectNode r = Json.object().put("type", "Practitioner");
    r.set("identifier", Json.identifier(FhirConventions.DOCTOR_ID, doctorId));
    return r;
  }
}
