package org.gongwei.io.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.validation.Problem;

/**
 * The state of one read: the Bundle's entries indexed for references, the problems found, the
 * per-type account, and the record ids that references to Patient, Organization, Practitioner and
 * CareTeam resources resolve to.
 */
final class ReadContext {
  /** Resource types that are read for references only. */
  static final Set<String> SUPPORTING = Set.of("Practitioner", "PractitionerRole", "CareTeam");

  final String source;
  final List<Entry> entries = new ArrayList<>();
  private final Map<String, Entry> byFullUrl = new HashMap<>();
  private final Map<String, Entry> byTypeAndId = new HashMap<>();
  final List<Problem> problems = new ArrayList<>();
  /** Per known type: read, used, rejected, ignored. */
  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private final Map<Entry, String> residentIds = new IdentityHashMap<>();
  private final Map<Entry, String> institutionCodes = new IdentityHashMap<>();
  /** Patients read without the residence extension, taken as permanent residents. */
  int assumedPermanent;

  ReadContext(String source) {
    this.source = source;
  }

  void add(Entry e) {
    entries.add(e);
    if (e.fullUrl() != null && byFullUrl.putIfAbsent(e.fullUrl(), e) != null) {
      report(
          FhirProblemCode.FHIR_DUPLICATE_FULL_URL
              .problem("fullUrl " + e.fullUrl() + " is used by an earlier entry: references resolve to that one")
              .withField(e.path("").replace(".resource", ".fullUrl")));
    }
    if (e.id() != null) {
      byTypeAndId.putIfAbsent(e.resourceType() + "/" + e.id(), e);
    }
  }

  void report(Problem p) {
    problems.add(source == null ? p : p.withLocation(source, 0));
  }

  /** A problem located at an element of an entry, for a record type. */
  void report(FhirProblemCode code, Entry e, RecordType type, String path, String message) {
    Problem p = code.problem(message).withField(e.path(path));
    report(type == null ? p : p.withRecord(type, e.label()));
  }

  // ---- accounting ----

  private int[] count(String type) {
    return counts.computeIfAbsent(type, t -> new int[4]);
  }

  void read(Entry e) {
    count(e.resourceType())[0]++;
  }

  void used(Entry e) {
    count(e.resourceType())[1]++;
  }

  void rejected(Entry e) {
    count(e.resourceType())[2]++;
  }

  void ignored(Entry e) {
    count(e.resourceType())[3]++;
  }

  Map<String, ResourceCount> accounts() {
    Map<String, ResourceCount> m = new LinkedHashMap<>();
    counts.forEach((t, c) -> m.put(t, new ResourceCount(c[0], c[1], c[2], c[3])));
    return m;
  }

  // ---- references ----

  void residentId(Entry patient, String residentId) {
    residentIds.put(patient, residentId);
  }

  void institutionCode(Entry organization, String code) {
    institutionCodes.put(organization, code);
  }

  /**
   * The entry a Reference points to: by fullUrl, else by its last two segments as {@code
   * Type/id} (a relative reference, or an absolute one with that tail; a {@code _history} suffix
   * is ignored). Empty for a logical reference or one that points outside the Bundle.
   */
  Optional<Entry> resolve(JsonNode reference) {
    Optional<String> ref = Json.text(reference, "reference");
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    String r = ref.get();
    Entry e = byFullUrl.get(r);
    if (e != null) {
      return Optional.of(e);
    }
    int history = r.indexOf("/_history/");
    String plain = history >= 0 ? r.substring(0, history) : r;
    String[] parts = plain.split("/");
    if (parts.length >= 2) {
      e = byTypeAndId.get(parts[parts.length - 2] + "/" + parts[parts.length - 1]);
    }
    return Optional.ofNullable(e);
  }

  /** Whether a Reference has a {@code reference} string (a literal reference). */
  static boolean isLiteral(JsonNode reference) {
    return Json.text(reference, "reference").isPresent();
  }

  /** The value of {@code reference.identifier} when its system is one of {@code systems}. */
  static Optional<String> logicalId(JsonNode reference, String... systems) {
    JsonNode id = reference == null ? null : reference.get("identifier");
    if (id == null) {
      return Optional.empty();
    }
    Optional<String> system = Json.text(id, "system");
    for (String s : systems) {
      if (system.isPresent() && system.get().equals(s)) {
        return Json.text(id, "value");
      }
    }
    return Optional.empty();
  }

  /** The resident id a reference to a Patient stands for. */
  Optional<String> residentId(JsonNode reference) {
    Optional<Entry> target = resolve(reference);
    if (target.isPresent()) {
      return Optional.ofNullable(residentIds.get(target.get()));
    }
    return logicalId(reference, FhirConventions.HEALTH_RECORD_SYSTEM);
  }

  /** The institution code a reference to an Organization stands for. */
  Optional<String> institutionCode(JsonNode reference) {
    Optional<Entry> target = resolve(reference);
    if (target.isPresent()) {
      return Optional.ofNullable(institutionCodes.get(target.get()));
    }
    return logicalId(reference, FhirConventions.INSTITUTION_SYSTEM);
  }

  /**
   * The doctor id a reference to a Practitioner (or PractitionerRole) stands for: its identifier
   * of the doctor-id system, else its first identifier, else its id.
   */
  Optional<String> doctorId(JsonNode reference) {
    Optional<Entry> target = resolve(reference);
    if (target.isPresent()) {
      return idOf(target.get(), FhirConventions.DOCTOR_ID);
    }
    return logicalId(reference, FhirConventions.DOCTOR_ID);
  }

  /** The team id a reference to a CareTeam stands for. */
  Optional<String> teamId(JsonNode reference) {
    Optional<Entry> target = resolve(reference);
    if (target.isPresent()) {
      return idOf(target.get(), FhirConventions.TEAM_ID);
    }
    return logicalId(reference, FhirConventions.TEAM_ID);
  }

  private static Optional<String> idOf(Entry e, String system) {
    Optional<String> first = Optional.empty();
    for (JsonNode id : Json.array(e.resource(), "identifier")) {
      Optional<String> value = Json.text(id, "value");
      if (value.isPresent() && Json.text(id, "system").filter(system::equals).isPresent()) {
        return value;
      }
      if (first.isEmpty()) {
        first = value;
      }
    }
    return first.isPresent() ? first : Optional.ofNullable(e.id());
  }
}
