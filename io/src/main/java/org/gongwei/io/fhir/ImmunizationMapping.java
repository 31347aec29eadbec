package org.gongwei.io.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.gongwei.core.code.Vaccine;
import org.gongwei.core.immunization.Vaccination;

/**
 * Vaccination ↔ Immunization. The vaccine is coded in {@link FhirConventions#NIP_VACCINE} by the
 * {@link Vaccine} names ({@code HEPB}, {@code MMR}, …) with the Chinese name as display; on reading,
 * a {@code vaccineCode.text} equal to a Chinese name ({@code 麻腮风疫苗}) is accepted too.
 */
final class ImmunizationMapping {
  private ImmunizationMapping() {}

  static ObjectNode write(Vaccination v, WriteContext ctx) {
    ObjectNode i = WriteContext.resource("Immunization", "Immunization", v.vaccinationId());
    i.putArray("identifier").add(Json.identifier(FhirConventions.VACCINATION_ID, v.vaccinationId()));
    i.put("status", "completed");
    i.set("vaccineCode", Json.concept(Json.coding(FhirConventions.NIP_VACCINE, v.vaccine().code(), v.vaccine().label())).put("text", v.vaccine().label()));
    i.set("patient", ctx.patient(v.residentId()));
    i.put("occurrenceDateTime", v.vaccinationDate().toString());
    v.institutionCode().ifPresent(c -> i.putArray("performer").addObject().set("actor", ctx.organization(c)));
    i.putArray("protocolApplied").addObject().put("doseNumberPositiveInt", v.dose());
    return i;
  }

  static Optional<Vaccination> read(EntryReader in) {
    JsonNode i = in.resource();
    String status = Json.text(i, "status").orElse("");
    if (!status.equals("completed") && !status.isEmpty()) {
      in.problem(FhirProblemCode.FHIR_RESOURCE_IGNORED, "status", "an immunization with status " + status + " is not a dose given");
      return Optional.empty();
    }
    Vaccination.Builder b = Vaccination.builder();
    in.recordId(FhirConventions.VACCINATION_ID, "vaccination id").ifPresent(b::vaccinationId);
    vaccine(in, i.get("vaccineCode")).ifPresent(b::vaccine);
    Mappings.referenced(in, i.get("patient"), "patient", "patient", ConditionMapping.resident(in, i.get("patient")), true).ifPresent(b::residentId);
    in.requiredDate(i, "occurrenceDateTime", "occurrenceDateTime", "vaccination date (occurrenceDateTime)").ifPresent(b::vaccinationDate);
    dose(in).ifPresent(b::dose);
    List<JsonNode> performers = Json.array(i, "performer");
    for (int k = 0; k < performers.size(); k++) {
      JsonNode actor = performers.get(k).get("actor");
      if (actor != null && (in.ctx.resolve(actor).map(e -> e.resourceType().equals("Organization")).orElse(false)
          || ReadContext.logicalId(actor, FhirConventions.INSTITUTION_SYSTEM).isPresent()
          || Json.text(actor, "type").filter("Organization"::equals).isPresent())) {
        Mappings.referenced(in, actor, "performer[" + k + "].actor", "performing organization", in.ctx.institutionCode(actor), false)
            .ifPresent(b::institutionCode);
        break;
      }
    }
    return in.isRejected() ? Optional.empty() : Mappings.build(in, b::build);
  }

  private static Optional<Vaccine> vaccine(EntryReader in, JsonNode concept) {
    if (concept == null) {
      in.missing("vaccineCode", "vaccine code");
      return Optional.empty();
    }
    Optional<String> code = EntryReader.code(concept, FhirConventions.NIP_VACCINE);
    if (code.isPresent()) {
      Optional<Vaccine> v = Mappings.coded(in, Vaccine.class, code.get(), "vaccineCode");
      if (v.isEmpty()) {
        in.reject(FhirProblemCode.FHIR_VALUE_INVALID, "vaccineCode", "vaccine code " + code.get() + " is not a programme vaccine");
      }
      return v;
    }
    Optional<String> text = Json.text(concept, "text");
    if (text.isPresent()) {
      for (Vaccine v : Vaccine.values()) {
        if (v.label().equals(text.get())) {
          return Optional.of(v);
        }
      }
    }
    in.reject(FhirProblemCode.FHIR_VALUE_INVALID, "vaccineCode",
        "no coding of system " + FhirConventions.NIP_VACCINE + " nor a known vaccine name: the vaccine cannot be mapped");
    return Optional.empty();
  }

  private static Optional<Integer> dose(EntryReader in) {
    List<JsonNode> applied = Json.array(in.resource(), "protocolApplied");
    for (int k = 0; k < applied.size(); k++) {
      JsonNode p = applied.get(k);
      JsonNode n = p.get("doseNumberPositiveInt");
      if (n != null) {
        if (n.canConvertToInt() && n.isIntegralNumber()) {
          return Optional.of(n.intValue());
        }
        in.reject(FhirProblemCode.FHIR_VALUE_INVALID, "protocolApplied[" + k + "].doseNumberPositiveInt", "'" + n.asText() + "' is not a dose number");
        return Optional.empty();
      }
      Optional<String> s = Json.text(p, "doseNumberString");
      if (s.isPresent()) {
        try {
          return Optional.of(Integer.parseInt(s.get()));
        } catch (NumberFormatException ex) {
          in.reject(FhirProblemCode.FHIR_VALUE_INVALID, "protocolApplied[" + k + "].doseNumberString", "'" + s.get() + "' is not a dose number");
          return Optional.empty();
        }
      }
    }
    in.missing("protocolApplied", "dose number (protocolApplied.doseNumber[x])");
    return Optional.empty();
  }
}
