package org.gongwei.io.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gongwei.core.contract.Contract;

/**
 * Contract ↔ EpisodeOfCare (+ CareTeam): the contract term is the episode's period, the doctor its
 * care manager, the family-doctor team a CareTeam identified by the team id.
 */
final class ContractMapping {
  private ContractMapping() {}

  static final String CONTRACT_TYPE = "family-doctor-contract";

  static ObjectNode write(Contract c, WriteContext ctx) {
    ObjectNode e = WriteContext.resource("EpisodeOfCare", "EpisodeOfCare", c.contractId());
    c.terminatedDate().ifPresent(d -> Json.addExtension(e, Json.dateExtension(FhirConventions.EXT_TERMINATED, d)));
    c.servicePackage().ifPresent(p -> Json.addExtension(e, Json.extension(FhirConventions.EXT_SERVICE_PACKAGE).put("valueString", p)));
    c.feeYuan().ifPresent(fee -> {
      ObjectNode money = Json.object().put("value", fee).put("currency", "CNY");
      Json.addExtension(e, Json.extension(FhirConventions.EXT_CONTRACT_FEE).set("valueMoney", money));
    });
    e.putArray("identifier").add(Json.identifier(FhirConventions.CONTRACT_ID, c.contractId()));
    e.put("status", c.terminatedDate().isPresent() ? "finished" : "active");
    e.putArray("type").add(Json.concept(Json.coding(FhirConventions.EPISODE_TYPE, CONTRACT_TYPE, "家庭医生签约服务")));
    e.set("patient", ctx.patient(c.residentId()));
    c.institutionCode().ifPresent(i -> e.set("managingOrganization", ctx.organization(i)));
    e.putObject("period").put("start", c.startDate().toString()).put("end", c.endDate().toString());
    c.doctorId().ifPresent(d -> e.set("careManager", WriteContext.practitioner(d)));
    c.teamId().ifPresent(t -> e.putArray("team").addObject().put("reference", WriteContext.fullUrl("CareTeam", t)));
    return e;
  }

  /** The CareTeam of a family-doctor team. */
  static ObjectNode writeTeam(String teamId) {
    ObjectNode t = WriteContext.resource("CareTeam", "CareTeam", teamId);
    t.putArray("identifier").add(Json.identifier(FhirConventions.TEAM_ID, teamId));
    t.put("status", "active");
    t.put("name", "家庭医生团队 " + teamId);
    return t;
  }

  static Optional<Contract> read(EntryReader in) {
    JsonNode e = in.resource();
    Contract.Builder b = Contract.builder();
    in.recordId(FhirConventions.CONTRACT_ID, "contract id").ifPresent(b::contractId);
    Mappings.referenced(in, e.get("patient"), "patient", "patient", ConditionMapping.resident(in, e.get("patient")), true).ifPresent(b::residentId);
    JsonNode period = e.get("period");
    in.requiredDate(period, "start", "period.start", "contract start (period.start)").ifPresent(b::startDate);
    in.requiredDate(period, "end", "period.end", "contract end (period.end)").ifPresent(b::endDate);
    JsonNode org = e.get("managingOrganization");
    if (org != null) {
      Mappings.referenced(in, org, "managingOrganization", "managing organization", in.ctx.institutionCode(org), false).ifPresent(b::institutionCode);
    }
    JsonNode manager = e.get("careManager");
    if (manager != null) {
      Mappings.referenced(in, manager, "careManager", "care manager", in.ctx.doctorId(manager), false).ifPresent(b::doctorId);
    }
    List<JsonNode> teams = Json.array(e, "team");
    if (!teams.isEmpty()) {
      Mappings.referenced(in, teams.get(0), "team[0]", "care team", in.ctx.teamId(teams.get(0)), false).ifPresent(b::teamId);
    }
    Json.extensionOf(e, FhirConventions.EXT_TERMINATED)
        .flatMap(x -> in.date(x, "valueDate", "extension(terminated-date)")).ifPresent(b::terminatedDate);
    Json.extensionOf(e, FhirConventions.EXT_SERVICE_PACKAGE).flatMap(x -> Json.text(x, "valueString")).ifPresent(b::servicePackage);
    Optional<JsonNode> fee = Json.extensionOf(e, FhirConventions.EXT_CONTRACT_FEE).map(x -> x.get("valueMoney"));
    if (fee.isPresent()) {
      Optional<String> currency = Json.text(fee.get(), "currency");
      if (currency.isPresent() && !currency.get().equals("CNY")) {
        in.problem(FhirProblemCode.FHIR_UNIT_UNSUPPORTED, "extension(contract-fee)", "a fee in " + currency.get() + " is not in CNY: dropped");
      } else {
        Optional<BigDecimal> value = in.decimal(fee.get(), "value", "extension(contract-fee).valueMoney.value");
        value.ifPresent(b::feeYuan);
      }
    }
    return in.isRejected() ? Optional.empty() : Mappings.build(in, b::build);
  }
}
