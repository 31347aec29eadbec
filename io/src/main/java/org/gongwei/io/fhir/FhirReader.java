package org.gongwei.io.fhir;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.RecordType;

/**
 * Reads a FHIR R4 Bundle (JSON; type collection, transaction, batch, document or searchset) into
 * domain records, the inverse of {@link FhirWriter}.
 *
 * <p>Organization → Institution, Patient → Resident, Condition → Registration (the managed
 * condition from our category coding, else from the ICD-10 code: I10–I13 hypertension, E11 type 2
 * diabetes, F severe mental disorder, A15–A19 tuberculosis, J44 COPD; other Conditions are
 * ignored), Encounter with the Observations that reference it → FollowUp, Immunization →
 * Vaccination, EpisodeOfCare (with its CareTeam) → Contract. Practitioner, PractitionerRole and
 * CareTeam resources are read to resolve references. Every other resource type is counted and
 * reported once per type as INFO ({@link FhirProblemCode#FHIR_UNKNOWN_RESOURCE}).
 *
 * <p>Bad data never throws: a malformed or missing value is a {@link
 * org.gongwei.core.validation.Problem} naming the resource (its fullUrl, else {@code Type/id})
 * and the JSON path of the element ({@code Bundle.entry[3].resource.birthDate}); a resource
 * missing a required value is rejected and counted; input that is not JSON or not a Bundle gives
 * an empty dataset and one ERROR. Only an I/O failure of the input throws.
 *
 * <p>What a foreign Bundle may lack is taken as documented: a Patient without the residence
 * extension is a permanent resident (one WARNING for all), a Patient without a gender 9 未说明,
 * an Organization without our type coding {@code OTHER}, a resource without our record-id
 * identifier takes its resource id (INFO). Glucose in mg/dL (or LOINC 1558-6) is converted to
 * mmol/L (÷ 18.0, 2 decimals). Dates are taken as written: the date part of a dateTime, without
 * shifting time zones. The whole Bundle is held in memory while it is read.
 */
public final class FhirReader {
  private FhirReader() {}

  private static final Set<String> BUNDLE_TYPES = Set.of("collection", "transaction", "batch", "document", "searchset");

  /** Reads a Bundle file (UTF-8). */
  public static FhirReadResult read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.getFileName() == null ? file.toString() : file.getFileName().toString());
    }
  }

  /** Reads a Bundle from a byte stream in UTF-8 (not closed); {@code sourceName} locates problems. */
  public static FhirReadResult read(InputStream json, String sourceName) throws IOException {
    Objects.requireNonNull(json, "json");
    return read(new InputStreamReader(json, StandardCharsets.UTF_8), sourceName);
  }

  /** Reads a Bundle from text (not closed); {@code sourceName} (may be null) locates problems. */
  public static FhirReadResult read(Reader json, String sourceName) throws IOException {
    Objects.requireNonNull(json, "json");
    ReadContext ctx = new ReadContext(sourceName);
    JsonNode bundle;
    try {
      bundle = Json.MAPPER.readTree(json);
    } catch (JacksonException ex) {
      ctx.report(FhirProblemCode.FHIR_JSON_INVALID.problem("not valid JSON: " + ex.getOriginalMessage()
          + (ex.getLocation() == null ? "" : " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")")));
      return new FhirReadResult(Dataset.empty(), ctx.problems, Map.of(), Map.of());
    }
    return read(bundle, ctx);
  }

  /** Reads a Bundle from a JSON string. */
  public static FhirReadResult parse(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return read(new StringReader(json), null);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static FhirReadResult read(JsonNode bundle, ReadContext ctx) {
    if (bundle == null || !bundle.isObject() || !"Bundle".equals(bundle.path("resourceType").asText(null))) {
      String found = bundle != null && bundle.isObject() ? Json.text(bundle, "resourceType").orElse("(no resourceType)") : "(not an object)";
      ctx.report(FhirProblemCode.FHIR_NOT_A_BUNDLE.problem("expected a FHIR Bundle, found " + found).withField("resourceType"));
      return new FhirReadResult(Dataset.empty(), ctx.problems, Map.of(), Map.of());
    }
    String type = Json.text(bundle, "type").orElse("");
    if (!BUNDLE_TYPES.contains(type)) {
      ctx.report(FhirProblemCode.FHIR_BUNDLE_TYPE.problem("Bundle type '" + type + "' is not collection, transaction, batch, document or searchset: read anyway").withField("Bundle.type"));
    }
    Map<String, Integer> unknown = new TreeMap<>();
    Map<String, List<Entry>> byType = new TreeMap<>();
    List<JsonNode> entries = Json.array(bundle, "entry");
    for (int i = 0; i < entries.size(); i++) {
      JsonNode e = entries.get(i);
      JsonNode resource = e.get("resource");
      Optional<String> resourceType = Json.text(resource, "resourceType");
      if (resource == null || !resource.isObject() || resourceType.isEmpty()) {
        ctx.report(FhirProblemCode.FHIR_ENTRY_EMPTY.problem("entry without a resource (or its resourceType): skipped").withField("Bundle.entry[" + i + "]"));
        continue;
      }
      Entry entry = new Entry(i, Json.text(e, "fullUrl").orElse(null), resourceType.get(), Json.text(resource, "id").orElse(null), resource);
      ctx.add(entry);
      if (isKnown(resourceType.get())) {
        ctx.read(entry);
        byType.computeIfAbsent(resourceType.get(), t -> new ArrayList<>()).add(entry);
      } else {
        unknown.merge(resourceType.get(), 1, Integer::sum);
      }
    }
    List<BundleRecord> records = new ArrayList<>();
    for (Entry e : byType.getOrDefault("Organization", List.of())) {
      OrganizationMapping.codeOf(e).ifPresent(code -> ctx.institutionCode(e, code));
    }
    for (Entry e : byType.getOrDefault("Patient", List.of())) {
      PatientMapping.residentIdOf(e).ifPresent(id -> ctx.residentId(e, id));
    }
    for (String supporting : ReadContext.SUPPORTING) {
      byType.getOrDefault(supporting, List.of()).forEach(ctx::used);
    }
    readEach(ctx, byType, "Organization", RecordType.INSTITUTION, OrganizationMapping::read, records);
    readEach(ctx, byType, "Patient", RecordType.RESIDENT, PatientMapping::read, records);
    readEach(ctx, byType, "Condition", RecordType.REGISTRATION, ConditionMapping::read, records);
    readFollowUps(ctx, byType, records);
    readEach(ctx, byType, "Immunization", RecordType.VACCINATION, ImmunizationMapping::read, records);
    readEach(ctx, byType, "EpisodeOfCare", RecordType.CONTRACT, ContractMapping::read, records);

    unknown.forEach((t, n) -> ctx.report(FhirProblemCode.FHIR_UNKNOWN_RESOURCE.problem(
        n + " " + t + " resource" + (n == 1 ? "" : "s") + " not read: the mapping has no record for " + t)));
    if (ctx.assumedPermanent > 0) {
      ctx.report(FhirProblemCode.FHIR_VALUE_ASSUMED.problem(ctx.assumedPermanent + " Patient resource"
          + (ctx.assumedPermanent == 1 ? " has" : "s have") + " no extension " + FhirConventions.EXT_RESIDENCE
          + ": taken as permanent residents (常住)").withRecord(RecordType.RESIDENT, null).withField("extension(residence).permanent"));
    }
    return new FhirReadResult(Dataset.of(records), ctx.problems, ctx.accounts(), unknown);
  }

  private static boolean isKnown(String type) {
    switch (type) {
      case "Organization":
      case "Patient":
      case "Condition":
      case "Encounter":
      case "Observation":
      case "Immunization":
      case "EpisodeOfCare":
        return true;
      default:
        return ReadContext.SUPPORTING.contains(type);
    }
  }

  /** One mapping of a resource to a record. */
  private interface Mapping<T extends BundleRecord> {
    Optional<T> read(EntryReader in);
  }

  private static <T extends BundleRecord> void readEach(
      ReadContext ctx, Map<String, List<Entry>> byType, String resourceType, RecordType recordType, Mapping<T> mapping,
      List<BundleRecord> records) {
    for (Entry e : byType.getOrDefault(resourceType, List.of())) {
      EntryReader in = new EntryReader(ctx, e, recordType);
      Optional<T> record = mapping.read(in);
      if (record.isPresent()) {
        records.add(record.get());
        ctx.used(e);
      } else if (in.isRejected()) {
        ctx.rejected(e);
      } else {
        ctx.ignored(e);
      }
    }
  }

  private static void readFollowUps(ReadContext ctx, Map<String, List<Entry>> byType, List<BundleRecord> records) {
    Map<Entry, List<Entry>> observationsOf = new IdentityHashMap<>();
    List<Entry> encounters = byType.getOrDefault("Encounter", List.of());
    for (Entry e : encounters) {
      observationsOf.put(e, new ArrayList<>());
    }
    for (Entry o : byType.getOrDefault("Observation", List.of())) {
      JsonNode ref = o.resource().get("encounter");
      Optional<Entry> encounter = ref == null ? Optional.empty() : ctx.resolve(ref).filter(observationsOf::containsKey);
      if (encounter.isPresent()) {
        observationsOf.get(encounter.get()).add(o);
      } else {
        ctx.report(FhirProblemCode.FHIR_RESOURCE_IGNORED, o, RecordType.FOLLOW_UP, "encounter",
            ref == null ? "an observation without an encounter is not part of a follow-up"
                : "the encounter " + PatientMapping.describe(ref) + " is not in the Bundle");
        ctx.ignored(o);
      }
    }
    for (Entry e : encounters) {
      EntryReader in = new EntryReader(ctx, e, RecordType.FOLLOW_UP);
      FollowUpMapping.Read read = FollowUpMapping.read(in, observationsOf.get(e));
      if (read.followUp().isPresent()) {
        records.add(read.followUp().get());
        ctx.used(e);
        read.usedObservations().forEach(ctx::used);
      } else if (read.ignored()) {
        ctx.ignored(e);
        read.usedObservations().forEach(ctx::ignored);
      } else {
        ctx.rejected(e);
        read.usedObservations().forEach(ctx::rejected);
      }
      read.ignoredObservations().forEach(ctx::ignored);
    }
  }
}
