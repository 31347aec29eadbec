package org.gongwei.io.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.gongwei.core.code.Ethnicity;
import org.gongwei.core.code.IdDocumentType;
import org.gongwei.core.code.RecordClosureReason;
import org.gongwei.core.code.Sex;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.resident.Resident;

/** Resident ↔ Patient. */
final class PatientMapping {
  private PatientMapping() {}

  private static final String DISABLED = "disabled";
  private static final String POVERTY_ALLEVIATED = "poverty-alleviated";
  private static final String FAMILY_PLANNING_SPECIAL = "family-planning-special";

  static ObjectNode write(Resident r, WriteContext ctx) {
    ObjectNode p = WriteContext.resource("Patient", "Patient", r.residentId());
    r.ethnicity()
        .ifPresent(
            e ->
                Json.addExtension(
                    p,
                    Json.extension(FhirConventions.EXT_ETHNICITY)
                        .set("valueCoding", Json.coding(FhirConventions.ETHNICITY_SYSTEM, e.code(), e.label()))));
    ObjectNode residence = Json.extension(FhirConventions.EXT_RESIDENCE);
    Json.addExtension(residence, Json.extension("permanent").put("valueBoolean", r.permanent()));
    Json.addExtension(residence, Json.extension("householdRegistered").put("valueBoolean", r.householdRegistered()));
    Json.addExtension(p, residence);
    if (r.recordEstablishedDate().isPresent() || r.recordClosedDate().isPresent()
        || r.recordClosedReason().isPresent() || r.electronicRecord() || r.recordStandardized()) {
      ObjectNode record = Json.extension(FhirConventions.EXT_HEALTH_RECORD);
      r.recordEstablishedDate().ifPresent(d -> Json.addExtension(record, Json.dateExtension("established", d)));
      if (r.electronicRecord()) {
        Json.addExtension(record, Json.extension("electronic").put("valueBoolean", true));
      }
      if (r.recordStandardized()) {
        Json.addExtension(record, Json.extension("standardized").put("valueBoolean", true));
      }
      r.recordClosedDate().ifPresent(d -> Json.addExtension(record, Json.dateExtension("closed", d)));
      r.recordClosedReason()
          .ifPresent(c -> Json.addExtension(record, Json.extension("closedReason").put("valueCode", c.code())));
      Json.addExtension(p, record);
    }
    if (r.disabled()) {
      Json.addExtension(p, Json.extension(FhirConventions.EXT_KEY_POPULATION).put("valueCode", DISABLED));
    }
    if (r.povertyAlleviated()) {
      Json.addExtension(p, Json.extension(FhirConventions.EXT_KEY_POPULATION).put("valueCode", POVERTY_ALLEVIATED));
    }
    if (r.familyPlanningSpecial()) {
      Json.addExtension(p, Json.extension(FhirConventions.EXT_KEY_POPULATION).put("valueCode", FAMILY_PLANNING_SPECIAL));
    }
    r.vaccinationCertificateDate()
        .ifPresent(d -> Json.addExtension(p, Json.dateExtension(FhirConventions.EXT_VACCINATION_CERTIFICATE, d)));

    ArrayNode ids = p.putArray("identifier");
    ids.add(Json.identifier(FhirConventions.HEALTH_RECORD_SYSTEM, r.residentId()));
    if (r.idType() == IdDocumentType.RESIDENT_ID_CARD) {
      r.idNumber().ifPresent(n -> ids.add(Json.identifier(FhirConventions.ID_CARD_SYSTEM, n)));
    } else {
      ObjectNode id = Json.object();
      id.set("type", Json.concept(Json.coding(FhirConventions.ID_DOCUMENT_TYPE, r.idType().code(), r.idType().label())));
      r.idNumber().ifPresent(n -> id.put("value", n));
      ids.add(id);
    }
    r.name().ifPresent(n -> p.putArray("name").addObject().put("text", n));
    p.put("gender", gender(r.sex()));
    if (r.sex() == Sex.UNSPECIFIED) {
      Json.addExtension(p.putObject("_gender"), Json.extension(FhirConventions.EXT_SEX_CODE).put("valueCode", r.sex().code()));
    }
    p.put("birthDate", r.birthDate().toString());
    r.deathDate().ifPresent(d -> p.put("deceasedDateTime", d.toString()));
    ObjectNode address = p.putArray("address").addObject();
    Json.addExtension(address, Json.extension(FhirConventions.EXT_REGION_CODE).put("valueCode", r.regionCode().code()));
    address.put("use", "home");
    r.doctorId().ifPresent(d -> p.putArray("generalPractitioner").add(WriteContext.practitioner(d)));
    p.set("managingOrganization", ctx.organization(r.institutionCode()));
    return p;
  }

  private static String gender(Sex sex) {
    switch (sex) {
      case MALE:
        return "male";
      case FEMALE:
        return "female";
      default:
        return "unknown";
    }
  }

  /** The resident id a Patient stands for in references, whether or not it is accepted. */
  static Optional<String> residentIdOf(Entry e) {
    for (JsonNode id : Json.array(e.resource(), "identifier")) {
      if (Json.text(id, "system").filter(FhirConventions.HEALTH_RECORD_SYSTEM::equals).isPresent()) {
        Optional<String> v = Json.text(id, "value");
        if (v.isPresent()) {
          return v;
        }
      }
    }
    return Optional.ofNullable(e.id());
  }

  static Optional<Resident> read(EntryReader in) {
    JsonNode p = in.resource();
    Resident.Builder b = Resident.builder();
    in.recordId(FhirConventions.HEALTH_RECORD_SYSTEM, "resident id (health-record number)").ifPresent(b::residentId);
    readIdentity(in, b);
    names(p).ifPresent(b::name);
    b.sex(sex(in));
    in.requiredDate(p, "birthDate", "birthDate", "birth date").ifPresent(b::birthDate);
    in.date(p, "deceasedDateTime", "deceasedDateTime").ifPresent(b::deathDate);
    if (p.path("deceasedBoolean").asBoolean(false)) {
      in.problem(
          FhirProblemCode.FHIR_VALUE_INVALID,
          "deceasedBoolean",
          "deceased without a date: the death date cannot be carried");
    }
    readRegion(in, b);
    JsonNode org = p.get("managingOrganization");
    if (org == null) {
      in.missing("managingOrganization", "managing organization (管辖机构)");
    } else {
      Optional<String> code = in.ctx.institutionCode(org);
      if (code.isPresent()) {
        b.institutionCode(code.get());
      } else {
        in.reject(FhirProblemCode.FHIR_REFERENCE_UNRESOLVED, "managingOrganization", "managing organization " + describe(org) + " cannot be resolved");
      }
    }
    List<JsonNode> gps = Json.array(p, "generalPractitioner");
    for (int i = 0; i < gps.size(); i++) {
      Optional<String> doctor = in.ctx.doctorId(gps.get(i));
      if (doctor.isPresent()) {
        b.doctorId(doctor.get());
        break;
      }
    }
    boolean assumedPermanent = readExtensions(in, b);
    Optional<Resident> resident = in.isRejected() ? Optional.empty() : Mappings.build(in, b::build);
    if (resident.isPresent() && assumedPermanent) {
      in.ctx.assumedPermanent++;
    }
    return resident;
  }

  static String describe(JsonNode reference) {
    Optional<String> r = Json.text(reference, "reference");
    if (r.isPresent()) {
      return r.get();
    }
    JsonNode id = reference.get("identifier");
    return id == null ? "(no reference)" : Json.text(id, "system").orElse("?") + "|" + Json.text(id, "value").orElse("?");
  }

  private static void readIdentity(EntryReader in, Resident.Builder b) {
    List<JsonNode> ids = Json.array(in.resource(), "identifier");
    for (int i = 0; i < ids.size(); i++) {
      JsonNode id = ids.get(i);
      Optional<String> system = Json.text(id, "system");
      if (system.isPresent()
          && (system.get().equals(FhirConventions.ID_CARD_SYSTEM) || system.get().equals(FhirConventions.ID_CARD_SYSTEM_ALT))) {
        Optional<String> value = Json.text(id, "value");
        if (value.isPresent()) {
          b.idType(IdDocumentType.RESIDENT_ID_CARD).idNumber(value.get());
          return;
        }
      }
      Optional<String> docType = EntryReader.code(id.get("type"), FhirConventions.ID_DOCUMENT_TYPE);
      if (docType.isPresent()) {
        Optional<IdDocumentType> t = Mappings.coded(in, IdDocumentType.class, docType.get(), "identifier[" + i + "].type");
        if (t.isPresent()) {
          b.idType(t.get());
          Json.text(id, "value").ifPresent(b::idNumber);
          return;
        }
      }
    }
  }

  private static Optional<String> names(JsonNode p) {
    for (JsonNode n : Json.array(p, "name")) {
      Optional<String> text = Json.text(n, "text");
      if (text.isPresent()) {
        return text;
      }
      StringBuilder s = new StringBuilder();
      Json.text(n, "family").ifPresent(s::append);
      for (JsonNode g : Json.array(n, "given")) {
        if (g.isTextual()) {
          s.append(g.asText().strip());
        }
      }
      if (s.length() > 0) {
        return Optional.of(s.toString());
      }
    }
    return Optional.empty();
  }

  private static Sex sex(EntryReader in) {
    JsonNode p = in.resource();
    Optional<JsonNode> ext = Json.extensionOf(p.get("_gender"), FhirConventions.EXT_SEX_CODE);
    if (ext.isPresent()) {
      Optional<String> code = Json.text(ext.get(), "valueCode");
      if (code.isPresent()) {
        Optional<Sex> sex = Mappings.coded(in, Sex.class, code.get(), "_gender.extension");
        if (sex.isPresent()) {
          return sex.get();
        }
      }
    }
    Optional<String> gender = Json.text(p, "gender");
    if (gender.isEmpty()) {
      in.problem(FhirProblemCode.FHIR_VALUE_ASSUMED, "gender", "no gender: taken as 9 未说明的性别");
      return Sex.UNSPECIFIED;
    }
    switch (gender.get()) {
      case "male":
        return Sex.MALE;
      case "female":
        return Sex.FEMALE;
      case "unknown":
        return Sex.UNKNOWN;
      case "other":
        return Sex.UNSPECIFIED;
      default:
        in.problem(FhirProblemCode.FHIR_VALUE_INVALID, "gender", "'" + gender.get() + "' is not male, female, other or unknown: taken as 9 未说明的性别");
        return Sex.UNSPECIFIED;
    }
  }

  private static void readRegion(EntryReader in, Resident.Builder b) {
    Optional<RegionCode> region = Mappings.region(in, in.resource());
    if (region.isPresent()) {
      b.regionCode(region.get());
    } else if (!in.isRejected()) {
      in.missing("address", "region code (extension " + FhirConventions.EXT_REGION_CODE + " on an address)");
    }
  }

  /** Reads the extensions; true when the residence extension is missing and permanence assumed. */
  private static boolean readExtensions(EntryReader in, Resident.Builder b) {
    JsonNode p = in.resource();
    Json.extensionOf(p, FhirConventions.EXT_ETHNICITY)
        .flatMap(e -> e.has("valueCoding") ? Json.text(e.get("valueCoding"), "code") : Json.text(e, "valueCode"))
        .flatMap(code -> Mappings.coded(in, Ethnicity.class, code, "extension(ethnicity)"))
        .ifPresent(b::ethnicity);
    Optional<JsonNode> residence = Json.extensionOf(p, FhirConventions.EXT_RESIDENCE);
    Optional<Boolean> permanent = residence.flatMap(r -> Json.extensionOf(r, "permanent"))
        .flatMap(e -> in.bool(e, "valueBoolean", "extension(residence).permanent"));
    b.permanent(permanent.orElse(true));
    residence.flatMap(r -> Json.extensionOf(r, "householdRegistered"))
        .flatMap(e -> in.bool(e, "valueBoolean", "extension(residence).householdRegistered"))
        .ifPresent(b::householdRegistered);
    Optional<JsonNode> record = Json.extensionOf(p, FhirConventions.EXT_HEALTH_RECORD);
    if (record.isPresent()) {
      JsonNode r = record.get();
      String at = "extension(health-record).";
      Json.extensionOf(r, "established").flatMap(e -> in.date(e, "valueDate", at + "established")).ifPresent(b::recordEstablishedDate);
      Json.extensionOf(r, "electronic").flatMap(e -> in.bool(e, "valueBoolean", at + "electronic")).ifPresent(b::electronicRecord);
      Json.extensionOf(r, "standardized").flatMap(e -> in.bool(e, "valueBoolean", at + "standardized")).ifPresent(b::recordStandardized);
      Json.extensionOf(r, "closed").flatMap(e -> in.date(e, "valueDate", at + "closed")).ifPresent(b::recordClosedDate);
      Json.extensionOf(r, "closedReason")
          .flatMap(e -> Json.text(e, "valueCode"))
          .flatMap(code -> Mappings.coded(in, RecordClosureReason.class, code, at + "closedReason"))
          .ifPresent(b::recordClosedReason);
    }
    for (JsonNode e : Json.extensions(p, FhirConventions.EXT_KEY_POPULATION)) {
      String code = Json.text(e, "valueCode").orElse("");
      switch (code) {
        case DISABLED:
          b.disabled(true);
          break;
        case POVERTY_ALLEVIATED:
          b.povertyAlleviated(true);
          break;
        case FAMILY_PLANNING_SPECIAL:
          b.familyPlanningSpecial(true);
          break;
        default:
          in.problem(FhirProblemCode.FHIR_VALUE_INVALID, "extension(key-population)", "'" + code + "' is not a key population code");
      }
    }
    Json.extensionOf(p, FhirConventions.EXT_VACCINATION_CERTIFICATE)
        .flatMap(e -> in.date(e, "valueDate", "extension(vaccination-certificate-date)"))
        .ifPresent(b::vaccinationCertificateDate);
    return permanent.isEmpty();
  }
}
