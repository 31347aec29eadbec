package org.gongwei.io.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.code.CheckupKind;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.tcm.TcmService;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FhirWriterTest {

  private static JsonNode tree(String json) throws IOException {
    return Json.MAPPER.readTree(json);
  }

  private static List<JsonNode> resources(JsonNode bundle, String type) {
    List<JsonNode> list = new ArrayList<>();
    for (JsonNode e : bundle.get("entry")) {
      if (e.get("resource").get("resourceType").asText().equals(type)) {
        list.add(e.get("resource"));
      }
    }
    return list;
  }

  @Test
  void everyResourceTypeWrittenIsValidR4() {
    String json = FhirWriter.toJson(FhirSamples.dataset());
    Bundle parsed = R4Validation.parseStrictly(json);
    Set<String> types = new HashSet<>();
    parsed.getEntry().forEach(e -> types.add(e.getResource().fhirType()));
    assertEquals(Set.of("Organization", "Patient", "Condition", "Encounter", "Observation", "Immunization", "EpisodeOfCare", "CareTeam"), types);
    assertEquals("", R4Validation.errors(json));
  }

  @Test
  void theValidatorDoesCatchErrors() {
    String broken = FhirWriter.toJson(FhirSamples.dataset()).replace("\"gender\" : \"female\"", "\"gender\" : \"f\"")
        .replace("\"status\" : \"final\"", "\"status\" : \"done\"");
    assertThrows(DataFormatException.class, () -> R4Validation.parseStrictly(broken));
    String errors = R4Validation.errors(broken);
    assertTrue(errors.contains("Patient") && errors.contains("gender"), errors);
    assertTrue(errors.contains("Observation") && errors.contains("status"), errors);
  }

  @Test
  void fullUrlsAreDeterministicUniqueAndEveryLiteralReferenceResolves() throws IOException {
    String json = FhirWriter.toJson(FhirSamples.dataset());
    assertEquals(json, FhirWriter.toJson(FhirSamples.dataset()));
    JsonNode bundle = tree(json);
    assertEquals("collection", bundle.get("type").asText());
    Set<String> fullUrls = new HashSet<>();
    for (JsonNode e : bundle.get("entry")) {
      String fullUrl = e.get("fullUrl").asText();
      assertTrue(fullUrl.startsWith("urn:uuid:"), fullUrl);
      assertEquals(fullUrl, "urn:uuid:" + e.get("resource").get("id").asText());
      assertTrue(fullUrls.add(fullUrl), "unique " + fullUrl);
    }
    List<String> references = new ArrayList<>();
    collectReferences(bundle, references);
    assertFalse(references.isEmpty());
    for (String r : references) {
      assertTrue(fullUrls.contains(r), "reference " + r + " resolves within the Bundle");
    }
  }

  private static void collectReferences(JsonNode node, List<String> into) {
    if (node.isObject()) {
      node.properties().forEach(f -> {
        if (f.getKey().equals("reference") && f.getValue().isTextual()) {
          into.add(f.getValue().asText());
        } else {
          collectReferences(f.getValue(), into);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> collectReferences(n, into));
    }
  }

  @Test
  void patientCarriesTheIdCardInFullAndTheRegionCode() throws IOException {
    JsonNode p = resources(tree(FhirWriter.toJson(FhirSamples.dataset())), "Patient").get(0);
    assertEquals("urn:oid:2.16.156.10011.1.2", p.at("/identifier/0/system").asText());
    assertEquals("43032110120100001", p.at("/identifier/0/value").asText());
    assertEquals("urn:oid:2.16.156.10011.1.3", p.at("/identifier/1/system").asText());
    assertEquals("11010519491231002X", p.at("/identifier/1/value").asText(), "written in full: a data exchange");
    assertEquals(FhirConventions.EXT_REGION_CODE, p.at("/address/0/extension/0/url").asText());
    assertEquals("430321101201", p.at("/address/0/extension/0/valueCode").asText());
    assertEquals("female", p.get("gender").asText());
  }

  @Test
  void bloodPressureAndGlucoseUseLoincAndUcum() throws IOException {
    List<JsonNode> obs = resources(tree(FhirWriter.toJson(FhirSamples.dataset())), "Observation");
    JsonNode bp = obs.get(0);
    assertEquals("85354-9", bp.at("/code/coding/0/code").asText());
    assertEquals("vital-signs", bp.at("/category/0/coding/0/code").asText());
    assertEquals("8480-6", bp.at("/component/0/code/coding/0/code").asText());
    assertEquals(138, bp.at("/component/0/valueQuantity/value").intValue());
    assertEquals("mm[Hg]", bp.at("/component/0/valueQuantity/code").asText());
    assertEquals("8462-4", bp.at("/component/1/code/coding/0/code").asText());
    JsonNode glucose = obs.get(1);
    assertEquals("14771-0", glucose.at("/code/coding/0/code").asText());
    assertEquals("mmol/L", glucose.at("/valueQuantity/code").asText());
    assertEquals("7.1", glucose.at("/valueQuantity/value").asText());
    JsonNode systolicOnly = obs.get(3);
    assertEquals("unknown", systolicOnly.at("/component/1/dataAbsentReason/coding/0/code").asText(), "a missing diastolic is data-absent");
  }

  @Test
  void referencesOutsideTheDatasetAreLogical() throws IOException {
    List<BundleRecord> only = new ArrayList<>(FhirSamples.dataset().vaccinations());
    JsonNode imm = resources(tree(FhirWriter.toJson(Dataset.of(only))), "Immunization").get(0);
    assertEquals("Patient", imm.at("/patient/type").asText());
    assertEquals("urn:oid:2.16.156.10011.1.2", imm.at("/patient/identifier/system").asText());
    assertEquals("urn:oid:2.16.156.10011.1.5", imm.at("/performer/0/actor/identifier/system").asText());
    assertEquals("T1", imm.at("/performer/0/actor/identifier/value").asText());
  }

  @Test
  void summaryCountsResourcesAndRecordsNotCarried(@TempDir Path dir) throws IOException {
    List<BundleRecord> records = new ArrayList<>(FhirSamples.records());
    records.add(new TcmService("S1", "43032110120100001", LocalDate.of(2024, 5, 1), TcmKind.ELDERLY));
    records.add(Checkup.builder().checkupId("C1").residentId("43032110120100001").checkupDate(LocalDate.of(2024, 5, 2))
        .kind(CheckupKind.ELDERLY_ANNUAL).build());
    Path file = dir.resolve("bundle.json");
    FhirWriteSummary s = FhirWriter.write(Dataset.of(records), file);
    assertEquals(Map.of(RecordType.CHECKUP, 1, RecordType.TCM_SERVICE, 1), s.recordsNotCarried());
    assertEquals(4, s.resourcesWritten().get("Observation"), "BP + glucose + HbA1c + BP");
    assertEquals(1, s.resourcesWritten().get("CareTeam"), "one per team id");
    assertEquals(s.total(), tree(Files.readString(file)).get("entry").size());
  }

  @Test
  void repeatedRecordIdsStillGetUniqueFullUrls() throws IOException {
    List<BundleRecord> twice = new ArrayList<>(FhirSamples.dataset().vaccinations());
    twice.addAll(FhirSamples.dataset().vaccinations());
    JsonNode bundle = tree(FhirWriter.toJson(Dataset.of(twice)));
    assertFalse(bundle.at("/entry/0/fullUrl").asText().equals(bundle.at("/entry/1/fullUrl").asText()));
  }
}
