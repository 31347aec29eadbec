package org.gongwei.io.fhir;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.contract.Contract;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.immunization.Vaccination;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.resident.Resident;

/**
 * Writes the records of a {@link Dataset} as a FHIR R4 Bundle of type {@code collection} (JSON,
 * UTF-8, indented).
 *
 * <p>Institution → Organization, Resident → Patient, Registration → Condition, FollowUp →
 * Encounter with Observations (blood pressure panel, fasting glucose, HbA1c), Vaccination →
 * Immunization, Contract → EpisodeOfCare with one CareTeam per team id. {@link FhirConventions}
 * lists the systems and extensions; every field of these six record types is carried, and {@link
 * FhirReader} reads it back unchanged. The other record types have no FHIR mapping here and are
 * counted in {@link FhirWriteSummary#recordsNotCarried()}.
 *
 * <p>Each resource's id is a name-based UUID of its record id and its fullUrl {@code urn:uuid:}
 * that UUID, so that the same records always give the same Bundle. A reference to a resident or
 * institution of the dataset is literal (its fullUrl); to one that is not, logical (by its
 * health-record number or institution code); doctors are always logical references by the doctor
 * id. The Bundle carries no timestamp, for the same reason.
 *
 * <p>Records are written as given: a record that breaks a FHIR invariant (a contract that ends
 * before it starts violates {@code per-1}) gives a resource a validator rejects; validate the
 * dataset first.
 *
 * <p>ID card numbers are written in full: a FHIR Bundle is a data exchange between systems
 * entitled to the data, like the full CSV export, not a display. Resources are streamed one by
 * one to the output.
 */
public final class FhirWriter {
  private FhirWriter() {}

  /** The record types the mapping carries. */
  private static final Set<RecordType> CARRIED = Set.of(
      RecordType.INSTITUTION, RecordType.RESIDENT, RecordType.REGISTRATION, RecordType.FOLLOW_UP,
      RecordType.VACCINATION, RecordType.CONTRACT);

  /** Writes the Bundle to {@code out} (not closed). */
  public static FhirWriteSummary write(Dataset data, Writer out) throws IOException {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      return write(data, g);
    }
  }

  /** Writes the Bundle to a file in UTF-8 (replacing it). */
  public static FhirWriteSummary write(Dataset data, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      return write(data, w);
    }
  }

  /** The Bundle as a JSON string. */
  public static String toJson(Dataset data) {
    StringWriter s = new StringWriter();
    try {
      write(data, s);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return s.toString();
  }

  private static FhirWriteSummary write(Dataset data, JsonGenerator g) throws IOException {
    Set<String> residents = new HashSet<>();
    data.residents().forEach(r -> residents.add(r.residentId()));
    Set<String> institutions = new HashSet<>();
    data.institutions().forEach(i -> institutions.add(i.code()));
    WriteContext ctx = new WriteContext(residents, institutions);
    Out out = new Out(g);

    g.writeStartObject();
    g.writeStringField("resourceType", "Bundle");
    g.writeStringField("type", "collection");
    for (Institution i : data.institutions()) {
      out.entry(OrganizationMapping.write(i, ctx));
    }
    for (Resident r : data.residents()) {
      out.entry(PatientMapping.write(r, ctx));
    }
    for (Registration r : data.registrations()) {
      out.entry(ConditionMapping.write(r, ctx));
    }
    for (FollowUp f : data.followUps()) {
      for (ObjectNode resource : FollowUpMapping.write(f, ctx)) {
        out.entry(resource);
      }
    }
    for (Vaccination v : data.vaccinations()) {
      out.entry(ImmunizationMapping.write(v, ctx));
    }
    Set<String> teams = new LinkedHashSet<>();
    for (Contract c : data.contracts()) {
      out.entry(ContractMapping.write(c, ctx));
      c.teamId().ifPresent(teams::add);
    }
    for (String team : teams) {
      out.entry(ContractMapping.writeTeam(team));
    }
    out.end();
    g.writeEndObject();
    g.flush();

    Map<RecordType, Integer> notCarried = new TreeMap<>();
    data.counts().forEach((type, n) -> {
      if (!CARRIED.contains(type) && n > 0) {
        notCarried.put(type, n);
      }
    });
    return new FhirWriteSummary(out.written, notCarried);
  }

  /**
   * Writes entries, keeping fullUrls unique (a repeated record id gets a suffixed one); the {@code
   * entry} array is opened with the first entry (FHIR forbids an empty array).
   */
  private static final class Out {
    private final JsonGenerator g;
    private boolean started;
    private final Set<String> fullUrls = new HashSet<>();
    final Map<String, Integer> written = new TreeMap<>();

    Out(JsonGenerator g) {
      this.g = g;
    }

    void end() throws IOException {
      if (started) {
        g.writeEndArray();
      }
    }

    void entry(ObjectNode resource) throws IOException {
      if (!started) {
        g.writeArrayFieldStart("entry");
        started = true;
      }
      String id = resource.get("id").asText();
      String fullUrl = "urn:uuid:" + id;
      for (int n = 2; !fullUrls.add(fullUrl); n++) {
        id = WriteContext.uuid(resource.get("resourceType").asText() + "#" + n, id);
        resource.put("id", id);
        fullUrl = "urn:uuid:" + id;
      }
      g.writeStartObject();
      g.writeStringField("fullUrl", fullUrl);
      g.writeFieldName("resource");
      Json.MAPPER.writeTree(g, resource);
      g.writeEndObject();
      written.merge(resource.get("resourceType").asText(), 1, Integer::sum);
    }
  }
}
