package org.gongwei.io.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.Condition;
import org.gongwei.core.id.Icd10Code;

/** Registration ↔ Condition. */
final class ConditionMapping {
  private ConditionMapping() {}

  static final String CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
  static final String VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

  static ObjectNode write(Registration r, WriteContext ctx) {
    ObjectNode c = WriteContext.resource("Condition", "Condition", r.registrationId());
    r.endedReason().ifPresent(reason -> Json.addExtension(c, Json.extension(FhirConventions.EXT_ENDED_REASON).put("valueString", reason)));
    r.institutionCode()
        .ifPresent(i -> Json.addExtension(c, Json.extension(FhirConventions.EXT_MANAGING_ORGANIZATION).set("valueReference", ctx.organization(i))));
    c.putArray("identifier").add(Json.identifier(FhirConventions.REGISTRATION_ID, r.registrationId()));
    boolean ended = r.endedDate().isPresent();
    c.set("clinicalStatus", Json.concept(Json.coding(CLINICAL, ended ? "inactive" : "active", ended ? "Inactive" : "Active")));
    c.set("verificationStatus", Json.concept(Json.coding(VERIFICATION, "confirmed", "Confirmed")));
    c.putArray("category")
        .add(Json.concept(Json.coding(FhirConventions.MANAGED_CONDITION, r.condition().code(), r.condition().label())));
    if (r.icd10().isPresent()) {
      Icd10Code icd = r.icd10().get();
      ObjectNode code = Json.concept(Json.coding(FhirConventions.ICD10, icd.code(), null));
      if (!icd.original().equals(icd.code())) {
        ((ArrayNode) code.get("coding")).add(Json.coding(FhirConventions.ICD10_CN, icd.original(), null));
      }
      c.set("code", code);
    }
    c.set("subject", ctx.patient(r.residentId()));
    r.diagnosedDate().ifPresent(d -> c.put("onsetDateTime", d.toString()));
    r.endedDate().ifPresent(d -> c.put("abatementDateTime", d.toString()));
    c.put("recordedDate", r.enrolledDate().toString());
    return c;
  }

  /**
   * The managed condition of an ICD-10 code (by its 3-character category): I10–I13 hypertension,
   * E11 type 2 diabetes, F00–F99 severe mental disorder, A15–A19 tuberculosis, J44 COPD.
   */
  static Optional<Condition> conditionOf(Icd10Code icd) {
    if (icd.isInRange("I10", "I13")) {
      return Optional.of(Condition.HYPERTENSION);
    }
    if (icd.isInCategory("E11")) {
      return Optional.of(Condition.TYPE2_DIABETES);
    }
    if (icd.isInRange("F00", "F99")) {
      return Optional.of(Condition.SEVERE_MENTAL_DISORDER);
    }
    if (icd.isInRange("A15", "A19")) {
      return Optional.of(Condition.TUBERCULOSIS);
    }
    if (icd.isInCategory("J44")) {
      return Optional.of(Condition.COPD);
    }
    return Optional.empty();
  }

  /**
   * The ICD-10 code of a CodeableConcept: the Chinese-OID coding first (it keeps the national
   * extension), then the FHIR ICD-10 system. An invalid code is reported.
   */
  static Optional<Icd10Code> icd10(EntryReader in, JsonNode concept, String path) {
    Optional<String> code = Optional.empty();
    for (JsonNode c : Json.array(concept, "coding")) {
      Optional<String> system = Json.text(c, "system");
      if (system.isPresent() && isChineseIcd10(system.get())) {
        code = Json.text(c, "code");
        break;
      }
    }
    if (code.isEmpty()) {
      code = EntryReader.code(concept, FhirConventions.ICD10);
    }
    if (code.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> why = Icd10Code.whyInvalid(code.get());
    if (why.isPresent()) {
      in.problem(FhirProblemCode.FHIR_VALUE_INVALID, path, why.get());
      return Optional.empty();
    }
    return Optional.of(Icd10Code.parse(code.get()));
  }

  private static boolean isChineseIcd10(String system) {
    String s = system.startsWith("urn:oid:") ? system : "urn:oid:" + system;
    return s.equals(FhirConventions.ICD10_CN) || s.startsWith(FhirConventions.ICD10_CN + ".");
  }

  static Optional<Registration> read(EntryReader in) {
    JsonNode c = in.resource();
    Optional<Icd10Code> icd = icd10(in, c.get("code"), "code");
    Optional<String> category = EntryReader.codeIn(c, "category", FhirConventions.MANAGED_CONDITION);
    Optional<Condition> condition = Optional.empty();
    if (category.isPresent()) {
      condition = Mappings.coded(in, Condition.class, category.get(), "category");
    }
    if (condition.isEmpty() && icd.isPresent()) {
      condition = conditionOf(icd.get());
    }
    if (condition.isEmpty()) {
      in.problem(
          FhirProblemCode.FHIR_RESOURCE_IGNORED,
          "code",
          "not a managed condition (hypertension I10–I13, type 2 diabetes E11, severe mental disorder F, tuberculosis A15–A19, COPD J44)");
      return Optional.empty();
    }
    Registration.Builder b = Registration.builder().condition(condition.get());
    icd.ifPresent(b::icd10);
    in.recordId(FhirConventions.REGISTRATION_ID, "registration id").ifPresent(b::registrationId);
    Mappings.referenced(in, c.get("subject"), "subject", "patient", resident(in, c.get("subject")), true).ifPresent(b::residentId);
    in.date(c, "onsetDateTime", "onsetDateTime").ifPresent(b::diagnosedDate);
    in.date(c, "abatementDateTime", "abatementDateTime").ifPresent(b::endedDate);
    in.requiredDate(c, "recordedDate", "recordedDate", "enrolment date (纳入管理日期)").ifPresent(b::enrolledDate);
    Json.extensionOf(c, FhirConventions.EXT_ENDED_REASON).flatMap(e -> Json.text(e, "valueString")).ifPresent(b::endedReason);
    Optional<JsonNode> org = Json.extensionOf(c, FhirConventions.EXT_MANAGING_ORGANIZATION).map(e -> e.get("valueReference"));
    if (org.isPresent() && org.get() != null) {
      Mappings.referenced(in, org.get(), "extension(managing-organization)", "managing organization", in.ctx.institutionCode(org.get()), false)
          .ifPresent(b::institutionCode);
    }
    return in.isRejected() ? Optional.empty() : Mappings.build(in, b::build);
  }

  /** The resident id of a subject reference (empty for an absent reference). */
  static Optional<String> resident(EntryReader in, JsonNode subject) {
    return subject == null ? Optional.empty() : in.ctx.residentId(subject);
  }
}
