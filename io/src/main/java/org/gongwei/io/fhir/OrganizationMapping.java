package org.gongwei.io.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.code.UnknownCodeException;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.institution.Institution;

/** Institution ↔ Organization. */
final class OrganizationMapping {
  private OrganizationMapping() {}

  private static final String HL7_ORGANIZATION_TYPE = "http://terminology.hl7.org/CodeSystem/organization-type";

  static ObjectNode write(Institution i, WriteContext ctx) {
    ObjectNode o = WriteContext.resource("Organization", "Organization", i.code());
    ArrayNode ids = o.putArray("identifier");
    ids.add(Json.identifier(FhirConventions.INSTITUTION_SYSTEM, i.code()));
    i.uscc().ifPresent(u -> ids.add(Json.identifier(FhirConventions.USCC_SYSTEM, u)));
    o.put("active", true);
    ArrayNode types = o.putArray("type");
    types.add(Json.concept(Json.coding(FhirConventions.INSTITUTION_TYPE, i.type().code(), i.type().label())));
    types.add(Json.concept(Json.coding(HL7_ORGANIZATION_TYPE, "prov", "Healthcare Provider")));
    o.put("name", i.name());
    ObjectNode address = o.putArray("address").addObject();
    Json.addExtension(address, Json.extension(FhirConventions.EXT_REGION_CODE).put("valueCode", i.regionCode().code()));
    i.parentCode().ifPresent(p -> o.set("partOf", ctx.organization(p)));
    return o;
  }

  /** The institution code an Organization stands for in references, whether or not it is accepted. */
  static Optional<String> codeOf(Entry e) {
    for (JsonNode id : Json.array(e.resource(), "identifier")) {
      if (Json.text(id, "system").filter(FhirConventions.INSTITUTION_SYSTEM::equals).isPresent()) {
        Optional<String> v = Json.text(id, "value");
        if (v.isPresent()) {
          return v;
        }
      }
    }
    return Optional.ofNullable(e.id());
  }

  static Optional<Institution> read(EntryReader in) {
    JsonNode o = in.resource();
    Institution.Builder b = Institution.builder();
    in.recordId(FhirConventions.INSTITUTION_SYSTEM, "institution code").ifPresent(b::code);
    for (JsonNode id : Json.array(o, "identifier")) {
      if (Json.text(id, "system").filter(FhirConventions.USCC_SYSTEM::equals).isPresent()) {
        Json.text(id, "value").ifPresent(b::uscc);
      }
    }
    Optional<String> name = Json.text(o, "name");
    if (name.isPresent()) {
      b.name(name.get());
    } else {
      in.missing("name", "name");
    }
    Optional<String> type = EntryReader.codeIn(o, "type", FhirConventions.INSTITUTION_TYPE);
    InstitutionType t = InstitutionType.OTHER;
    if (type.isPresent()) {
      try {
        t = InstitutionType.fromCode(type.get());
      } catch (UnknownCodeException ex) {
        in.problem(FhirProblemCode.FHIR_VALUE_INVALID, "type", ex.getMessage() + ": taken as OTHER");
      }
    } else {
      in.problem(FhirProblemCode.FHIR_VALUE_ASSUMED, "type", "no type of system " + FhirConventions.INSTITUTION_TYPE + ": taken as OTHER");
    }
    b.type(t);
    Optional<RegionCode> region = Mappings.region(in, o);
    if (region.isPresent()) {
      b.regionCode(region.get());
    } else if (!in.isRejected()) {
      in.missing("address", "region code (extension " + FhirConventions.EXT_REGION_CODE + " on an address)");
    }
    JsonNode partOf = o.get("partOf");
    Mappings.referenced(in, partOf, "partOf", "parent organization", partOf == null ? Optional.empty() : in.ctx.institutionCode(partOf), false)
        .ifPresent(b::parentCode);
    return in.isRejected() ? Optional.empty() : Mappings.build(in, b::build);
  }
}
