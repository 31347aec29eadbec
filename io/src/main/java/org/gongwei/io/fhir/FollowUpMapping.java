package org.gongwei.io.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.FollowUpClassification;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.MedicationAdherence;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.id.Icd10Code;

/**
 * FollowUp ↔ Encounter with its Observations: a blood pressure panel (LOINC 85354-9 with
 * systolic 8480-6 and diastolic 8462-4 in mm[Hg]), fasting glucose (14771-0, mmol/L) and HbA1c
 * (4548-4, %).
 */
final class FollowUpMapping {
  private FollowUpMapping() {}

  static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
  static final String DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason";

  /** The Encounter first, then its Observations. */
  static List<ObjectNode> write(FollowUp f, WriteContext ctx) {
    List<ObjectNode> out = new ArrayList<>();
    ObjectNode e = WriteContext.resource("Encounter", "Encounter", f.followUpId());
    f.classification()
        .ifPresent(c -> Json.addExtension(e, Json.extension(FhirConventions.EXT_FOLLOWUP_CLASSIFICATION)
            .set("valueCoding", Json.coding(FhirConventions.FOLLOWUP_CLASSIFICATION, c.code(), c.label()))));
    f.adherence()
        .ifPresent(a -> Json.addExtension(e, Json.extension(FhirConventions.EXT_MEDICATION_ADHERENCE)
            .set("valueCoding", Json.coding(FhirConventions.MEDICATION_ADHERENCE, a.code(), a.label()))));
    if (f.adverseReaction()) {
      Json.addExtension(e, Json.extension(FhirConventions.EXT_ADVERSE_REACTION).put("valueBoolean", true));
    }
    if (f.referral()) {
      Json.addExtension(e, Json.extension(FhirConventions.EXT_REFERRAL).put("valueBoolean", true));
    }
    f.nextVisitDate().ifPresent(d -> Json.addExtension(e, Json.dateExtension(FhirConventions.EXT_NEXT_VISIT, d)));
    e.putArray("identifier").add(Json.identifier(FhirConventions.FOLLOWUP_ID, f.followUpId()));
    e.put("status", "finished");
    e.set("class", encounterClass(f.method()));
    e.putArray("type").add(Json.concept(Json.coding(FhirConventions.FOLLOWUP_METHOD, f.method().code(), f.method().label())));
    e.set("subject", ctx.patient(f.residentId()));
    f.doctorId().ifPresent(d -> e.putArray("participant").addObject().set("individual", WriteContext.practitioner(d)));
    e.putObject("period").put("start", f.visitDate().toString());
    e.putArray("reasonCode").add(Json.concept(Json.coding(FhirConventions.MANAGED_CONDITION, f.condition().code(), f.condition().label())));
    f.institutionCode().ifPresent(i -> e.set("serviceProvider", ctx.organization(i)));
    out.add(e);

    String encounter = WriteContext.fullUrl("Encounter", f.followUpId());
    if (f.sbp().isPresent() || f.dbp().isPresent()) {
      ObjectNode o = observation(f, ctx, "bp", encounter, "vital-signs", "Vital Signs",
          FhirConventions.LOINC_BP_PANEL, "Blood pressure panel with all children optional", "血压");
      ArrayNode components = o.putArray("component");
      components.add(bpComponent(FhirConventions.LOINC_SYSTOLIC, "Systolic blood pressure", f.sbp()));
      components.add(bpComponent(FhirConventions.LOINC_DIASTOLIC, "Diastolic blood pressure", f.dbp()));
      out.add(o);
    }
    if (f.fastingGlucose().isPresent()) {
      ObjectNode o = observation(f, ctx, "glucose", encounter, "laboratory", "Laboratory",
          FhirConventions.LOINC_FASTING_GLUCOSE, "Glucose [Moles/volume] in Serum or Plasma --fasting", "空腹血糖");
      o.set("valueQuantity", Json.decimalQuantity(BigDecimal.valueOf(f.fastingGlucose().getAsDouble()), "mmol/L", FhirConventions.UCUM, "mmol/L"));
      out.add(o);
    }
    if (f.hba1c().isPresent()) {
      ObjectNode o = observation(f, ctx, "hba1c", encounter, "laboratory", "Laboratory",
          FhirConventions.LOINC_HBA1C, "Hemoglobin A1c/Hemoglobin.total in Blood", "糖化血红蛋白");
      o.set("valueQuantity", Json.decimalQuantity(BigDecimal.valueOf(f.hba1c().getAsDouble()), "%", FhirConventions.UCUM, "%"));
      out.add(o);
    }
    return out;
  }

  private static ObjectNode encounterClass(FollowUpMethod m) {
    switch (m) {
      case CLINIC:
        return Json.coding(ACT_CODE, "AMB", "ambulatory");
      case HOME:
        return Json.coding(ACT_CODE, "HH", "home health");
      default:
        return Json.coding(ACT_CODE, "VR", "virtual");
    }
  }

  private static ObjectNode observation(
      FollowUp f, WriteContext ctx, String kind, String encounter, String category, String categoryDisplay,
      String loinc, String display, String text) {
    ObjectNode o = WriteContext.resource("Observation", "Observation-" + kind, f.followUpId());
    o.put("status", "final");
    o.putArray("category").add(Json.concept(Json.coding(OBSERVATION_CATEGORY, category, categoryDisplay)));
    o.set("code", Json.concept(Json.coding(FhirConventions.LOINC, loinc, display)).put("text", text));
    o.set("subject", ctx.patient(f.residentId()));
    o.putObject("encounter").put("reference", encounter);
    o.put("effectiveDateTime", f.visitDate().toString());
    return o;
  }

  private static ObjectNode bpComponent(String loinc, String display, OptionalInt value) {
    ObjectNode c = Json.object();
    c.set("code", Json.concept(Json.coding(FhirConventions.LOINC, loinc, display)));
    if (value.isPresent()) {
      c.set("valueQuantity", Json.decimalQuantity(BigDecimal.valueOf(value.getAsInt()), "mmHg", FhirConventions.UCUM, "mm[Hg]"));
    } else {
      c.set("dataAbsentReason", Json.concept(Json.coding(DATA_ABSENT, "unknown", "Unknown")));
    }
    return c;
  }

  // ---- reading ----

  /** What became of an Encounter and the Observations that point to it. */
  record Read(Optional<FollowUp> followUp, boolean ignored, List<Entry> usedObservations, List<Entry> ignoredObservations) {}

  /** The measurements read from the Observations of one encounter. */
  private static final class Measurements {
    OptionalInt sbp = OptionalInt.empty();
    OptionalInt dbp = OptionalInt.empty();
    OptionalDouble glucose = OptionalDouble.empty();
    OptionalDouble hba1c = OptionalDouble.empty();
    final List<Entry> used = new ArrayList<>();
    final List<Entry> ignored = new ArrayList<>();
  }

  static Read read(EntryReader in, List<Entry> observations) {
    JsonNode e = in.resource();
    String status = Json.text(e, "status").orElse("");
    if (status.equals("planned") || status.equals("cancelled") || status.equals("entered-in-error")) {
      in.problem(FhirProblemCode.FHIR_RESOURCE_IGNORED, "status", "an encounter with status " + status + " is not a follow-up done");
      return new Read(Optional.empty(), true, List.of(), observations);
    }
    Measurements m = new Measurements();
    for (Entry o : observations) {
      readObservation(new EntryReader(in.ctx, o, RecordType.FOLLOW_UP), m);
    }
    Optional<Condition> condition = condition(in);
    boolean hasMethod = EntryReader.codeIn(e, "type", FhirConventions.FOLLOWUP_METHOD).isPresent();
    if (condition.isEmpty()) {
      boolean measured = !m.used.isEmpty();
      if (!hasMethod && !measured) {
        in.problem(FhirProblemCode.FHIR_RESOURCE_IGNORED, "reasonCode", "not a hypertension or type 2 diabetes follow-up");
        return new Read(Optional.empty(), true, List.of(), observations);
      }
      Condition guess = m.sbp.isEmpty() && m.dbp.isEmpty() && (m.glucose.isPresent() || m.hba1c.isPresent())
          ? Condition.TYPE2_DIABETES : Condition.HYPERTENSION;
      in.problem(FhirProblemCode.FHIR_VALUE_ASSUMED, "reasonCode",
          "no hypertension or diabetes reason: taken as " + guess + " from the measurements");
      condition = Optional.of(guess);
    } else if (condition.get() != Condition.HYPERTENSION && condition.get() != Condition.TYPE2_DIABETES) {
      in.problem(FhirProblemCode.FHIR_RESOURCE_IGNORED, "reasonCode", "a " + condition.get() + " encounter is not a hypertension or diabetes follow-up");
      return new Read(Optional.empty(), true, List.of(), observations);
    }
    FollowUp.Builder b = FollowUp.builder().condition(condition.get());
    in.recordId(FhirConventions.FOLLOWUP_ID, "follow-up id").ifPresent(b::followUpId);
    Mappings.referenced(in, e.get("subject"), "subject", "patient", ConditionMapping.resident(in, e.get("subject")), true).ifPresent(b::residentId);
    in.requiredDate(e.get("period"), "start", "period.start", "visit date (period.start)").ifPresent(b::visitDate);
    method(in).ifPresent(b::method);
    List<JsonNode> participants = Json.array(e, "participant");
    for (JsonNode p : participants) {
      JsonNode individual = p.get("individual");
      if (individual != null) {
        Optional<String> doctor = in.ctx.doctorId(individual);
        if (doctor.isPresent()) {
          b.doctorId(doctor.get());
          break;
        }
      }
    }
    JsonNode provider = e.get("serviceProvider");
    if (provider != null) {
      Mappings.referenced(in, provider, "serviceProvider", "service provider", in.ctx.institutionCode(provider), false).ifPresent(b::institutionCode);
    }
    Json.extensionOf(e, FhirConventions.EXT_FOLLOWUP_CLASSIFICATION)
        .flatMap(x -> EntryReader.code(x.get("valueCoding"), FhirConventions.FOLLOWUP_CLASSIFICATION))
        .flatMap(c -> Mappings.coded(in, FollowUpClassification.class, c, "extension(followup-classification)"))
        .ifPresent(b::classification);
    Json.extensionOf(e, FhirConventions.EXT_MEDICATION_ADHERENCE)
        .flatMap(x -> EntryReader.code(x.get("valueCoding"), FhirConventions.MEDICATION_ADHERENCE))
        .flatMap(c -> Mappings.coded(in, MedicationAdherence.class, c, "extension(medication-adherence)"))
        .ifPresent(b::adherence);
    Json.extensionOf(e, FhirConventions.EXT_ADVERSE_REACTION)
        .flatMap(x -> in.bool(x, "valueBoolean", "extension(adverse-reaction)")).ifPresent(b::adverseReaction);
    Json.extensionOf(e, FhirConventions.EXT_REFERRAL)
        .flatMap(x -> in.bool(x, "valueBoolean", "extension(referral)")).ifPresent(b::referral);
    Json.extensionOf(e, FhirConventions.EXT_NEXT_VISIT)
        .flatMap(x -> in.date(x, "valueDate", "extension(next-visit-date)")).ifPresent(b::nextVisitDate);
    b.sbp(m.sbp).dbp(m.dbp).fastingGlucose(m.glucose).hba1c(m.hba1c);
    Optional<FollowUp> f = in.isRejected() ? Optional.empty() : Mappings.build(in, b::build);
    return new Read(f, false, m.used, m.ignored);
  }

  private static Optional<Condition> condition(EntryReader in) {
    JsonNode e = in.resource();
    Optional<String> ours = EntryReader.codeIn(e, "reasonCode", FhirConventions.MANAGED_CONDITION);
    if (ours.isPresent()) {
      Optional<Condition> c = Mappings.coded(in, Condition.class, ours.get(), "reasonCode");
      if (c.isPresent()) {
        return c;
      }
    }
    for (JsonNode concept : Json.array(e, "reasonCode")) {
      Optional<Icd10Code> icd = ConditionMapping.icd10(in, concept, "reasonCode");
      if (icd.isPresent() && ConditionMapping.conditionOf(icd.get()).isPresent()) {
        return ConditionMapping.conditionOf(icd.get());
      }
    }
    for (JsonNode ref : Json.array(e, "reasonReference")) {
      Optional<Entry> target = in.ctx.resolve(ref).filter(t -> t.resourceType().equals("Condition"));
      if (target.isPresent()) {
        JsonNode c = target.get().resource();
        Optional<String> category = EntryReader.codeIn(c, "category", FhirConventions.MANAGED_CONDITION);
        if (category.isPresent()) {
          Optional<Condition> cond = Mappings.coded(in, Condition.class, category.get(), "reasonReference");
          if (cond.isPresent()) {
            return cond;
          }
        }
        Optional<Icd10Code> icd = ConditionMapping.icd10(in, c.get("code"), "reasonReference");
        if (icd.isPresent() && ConditionMapping.conditionOf(icd.get()).isPresent()) {
          return ConditionMapping.conditionOf(icd.get());
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<FollowUpMethod> method(EntryReader in) {
    JsonNode e = in.resource();
    Optional<String> type = EntryReader.codeIn(e, "type", FhirConventions.FOLLOWUP_METHOD);
    if (type.isPresent()) {
      Optional<FollowUpMethod> m = Mappings.coded(in, FollowUpMethod.class, type.get(), "type");
      if (m.isPresent()) {
        return m;
      }
    }
    Optional<String> cls = EntryReader.code(e.get("class"), ACT_CODE);
    if (cls.isEmpty()) {
      in.missing("class", "follow-up method (type of system " + FhirConventions.FOLLOWUP_METHOD + ", or class)");
      return Optional.empty();
    }
    switch (cls.get()) {
      case "AMB":
        return Optional.of(FollowUpMethod.CLINIC);
      case "HH":
        return Optional.of(FollowUpMethod.HOME);
      default:
        in.problem(FhirProblemCode.FHIR_VALUE_ASSUMED, "class", "encounter class " + cls.get() + " without a follow-up method: taken as 9 其他");
        return Optional.of(FollowUpMethod.OTHER);
    }
  }

  private static void readObservation(EntryReader in, Measurements m) {
    JsonNode o = in.resource();
    String status = Json.text(o, "status").orElse("");
    if (status.equals("cancelled") || status.equals("entered-in-error")) {
      in.problem(FhirProblemCode.FHIR_RESOURCE_IGNORED, "status", "an observation with status " + status + " is not a measurement");
      m.ignored.add(in.entry);
      return;
    }
    List<String> codes = loincCodes(o.get("code"));
    boolean used = false;
    if (codes.contains(FhirConventions.LOINC_BP_PANEL)) {
      List<JsonNode> components = Json.array(o, "component");
      for (int i = 0; i < components.size(); i++) {
        JsonNode c = components.get(i);
        List<String> cc = loincCodes(c.get("code"));
        if (cc.contains(FhirConventions.LOINC_SYSTOLIC)) {
          OptionalInt v = pressure(in, c, "component[" + i + "]");
          if (v.isPresent()) {
            m.sbp = set(in, m.sbp, v, "component[" + i + "]", "systolic pressure");
            used = true;
          }
        } else if (cc.contains(FhirConventions.LOINC_DIASTOLIC)) {
          OptionalInt v = pressure(in, c, "component[" + i + "]");
          if (v.isPresent()) {
            m.dbp = set(in, m.dbp, v, "component[" + i + "]", "diastolic pressure");
            used = true;
          }
        }
      }
    } else if (codes.contains(FhirConventions.LOINC_SYSTOLIC)) {
      OptionalInt v = pressure(in, o, "");
      if (v.isPresent()) {
        m.sbp = set(in, m.sbp, v, "valueQuantity", "systolic pressure");
        used = true;
      }
    } else if (codes.contains(FhirConventions.LOINC_DIASTOLIC)) {
      OptionalInt v = pressure(in, o, "");
      if (v.isPresent()) {
        m.dbp = set(in, m.dbp, v, "valueQuantity", "diastolic pressure");
        used = true;
      }
    } else if (codes.contains(FhirConventions.LOINC_FASTING_GLUCOSE) || codes.contains(FhirConventions.LOINC_FASTING_GLUCOSE_MASS)) {
      boolean mass = !codes.contains(FhirConventions.LOINC_FASTING_GLUCOSE);
      OptionalDouble v = glucose(in, o, mass);
      if (v.isPresent()) {
        m.glucose = set(in, m.glucose, v, "fasting glucose");
        used = true;
      }
    } else if (codes.contains(FhirConventions.LOINC_HBA1C)) {
      Optional<Quantity> q = quantity(in, o, "valueQuantity");
      if (q.isPresent()) {
        if (q.get().unit.isEmpty() || q.get().unit.equals("%")) {
          m.hba1c = set(in, m.hba1c, OptionalDouble.of(q.get().value.doubleValue()), "HbA1c");
          used = true;
        } else {
          in.problem(FhirProblemCode.FHIR_UNIT_UNSUPPORTED, "valueQuantity", "HbA1c in '" + q.get().unit + "' is not in %: dropped");
        }
      }
    } else {
      in.problem(FhirProblemCode.FHIR_RESOURCE_IGNORED, "code", "an observation of codes " + codes + " is not read");
      m.ignored.add(in.entry);
      return;
    }
    (used ? m.used : m.ignored).add(in.entry);
  }

  private static List<String> loincCodes(JsonNode concept) {
    List<String> codes = new ArrayList<>();
    for (JsonNode c : Json.array(concept, "coding")) {
      if (Json.text(c, "system").filter(FhirConventions.LOINC::equals).isPresent()) {
        Json.text(c, "code").ifPresent(codes::add);
      }
    }
    return codes;
  }

  /** A quantity's value and unit (UCUM code, else the unit text; empty if neither). */
  private record Quantity(BigDecimal value, String unit) {}

  private static Optional<Quantity> quantity(EntryReader in, JsonNode node, String path) {
    JsonNode q = node.get("valueQuantity");
    if (q == null) {
      if (!node.has("dataAbsentReason")) {
        in.problem(FhirProblemCode.FHIR_VALUE_MISSING, path, "no valueQuantity: nothing measured");
      }
      return Optional.empty();
    }
    Optional<BigDecimal> value = in.decimal(q, "value", path + ".value");
    if (value.isEmpty()) {
      if (!q.has("value")) {
        in.problem(FhirProblemCode.FHIR_VALUE_MISSING, path + ".value", "a quantity without a value");
      }
      return Optional.empty();
    }
    Optional<String> unit = Json.text(q, "system").filter(FhirConventions.UCUM::equals).flatMap(s -> Json.text(q, "code"));
    if (unit.isEmpty()) {
      unit = Json.text(q, "unit");
    }
    if (unit.isEmpty()) {
      unit = Json.text(q, "code");
    }
    return Optional.of(new Quantity(value.get(), unit.orElse("")));
  }

  private static OptionalInt pressure(EntryReader in, JsonNode node, String at) {
    String path = at.isEmpty() ? "valueQuantity" : at + ".valueQuantity";
    Optional<Quantity> q = quantity(in, node, path);
    if (q.isEmpty()) {
      return OptionalInt.empty();
    }
    String unit = q.get().unit;
    if (unit.isEmpty()) {
      in.problem(FhirProblemCode.FHIR_VALUE_ASSUMED, path, "blood pressure without a unit: taken as mm[Hg]");
    } else if (!unit.equals("mm[Hg]") && !unit.equals("mmHg")) {
      in.problem(FhirProblemCode.FHIR_UNIT_UNSUPPORTED, path, "blood pressure in '" + unit + "' is not in mm[Hg]: dropped");
      return OptionalInt.empty();
    }
    BigDecimal v = q.get().value;
    BigDecimal rounded = v.setScale(0, RoundingMode.HALF_UP);
    if (rounded.compareTo(v) != 0) {
      in.problem(FhirProblemCode.FHIR_VALUE_ASSUMED, path, "blood pressure " + v.toPlainString() + " rounded to " + rounded.toPlainString() + " mmHg");
    }
    if (rounded.compareTo(BigDecimal.valueOf(1000)) > 0 || rounded.signum() < 0) {
      in.problem(FhirProblemCode.FHIR_VALUE_INVALID, path, "blood pressure " + v.toPlainString() + " is out of range: dropped");
      return OptionalInt.empty();
    }
    return OptionalInt.of(rounded.intValueExact());
  }

  /**
   * Fasting glucose in mmol/L: a value in mg/dL is divided by 18.0 and rounded to 2 decimals
   * (HALF_UP). LOINC 14771-0 without a unit is taken as mmol/L, 1558-6 without a unit as mg/dL.
   */
  private static OptionalDouble glucose(EntryReader in, JsonNode o, boolean massCode) {
    Optional<Quantity> q = quantity(in, o, "valueQuantity");
    if (q.isEmpty()) {
      return OptionalDouble.empty();
    }
    String unit = q.get().unit;
    if (unit.isEmpty()) {
      unit = massCode ? "mg/dL" : "mmol/L";
      in.problem(FhirProblemCode.FHIR_VALUE_ASSUMED, "valueQuantity", "fasting glucose without a unit: taken as " + unit);
    }
    BigDecimal v = q.get().value;
    if (unit.equals("mmol/L")) {
      return OptionalDouble.of(v.doubleValue());
    }
    if (unit.equals("mg/dL")) {
      BigDecimal mmol = v.divide(BigDecimal.valueOf(FhirConventions.GLUCOSE_MG_DL_PER_MMOL_L), 2, RoundingMode.HALF_UP);
      in.problem(FhirProblemCode.FHIR_UNIT_CONVERTED, "valueQuantity",
          "fasting glucose " + v.toPlainString() + " mg/dL converted to " + mmol.toPlainString() + " mmol/L (÷ 18.0)");
      return OptionalDouble.of(mmol.doubleValue());
    }
    in.problem(FhirProblemCode.FHIR_UNIT_UNSUPPORTED, "valueQuantity", "fasting glucose in '" + unit + "' is neither mmol/L nor mg/dL: dropped");
    return OptionalDouble.empty();
  }

  private static OptionalInt set(EntryReader in, OptionalInt old, OptionalInt v, String path, String what) {
    if (old.isPresent()) {
      in.problem(FhirProblemCode.FHIR_VALUE_REPEATED, path, what + " given twice for one encounter: the first is kept");
      return old;
    }
    return v;
  }

  private static OptionalDouble set(EntryReader in, OptionalDouble old, OptionalDouble v, String what) {
    if (old.isPresent()) {
      in.problem(FhirProblemCode.FHIR_VALUE_REPEATED, "valueQuantity", what + " given twice for one encounter: the first is kept");
      return old;
    }
    return v;
  }
}
