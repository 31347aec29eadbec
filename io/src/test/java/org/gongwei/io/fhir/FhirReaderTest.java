package org.gongwei.io.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.IdDocumentType;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.code.Sex;
import org.gongwei.core.code.Vaccine;
import org.gongwei.core.contract.Contract;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.immunization.Vaccination;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FhirReaderTest {

  private static FhirReadResult foreign() throws IOException, URISyntaxException {
    Path file = Path.of(FhirReaderTest.class.getResource("/fhir/foreign-transaction.json").toURI());
    return FhirReader.read(file);
  }

  private static List<Problem> problems(FhirReadResult r, FhirProblemCode code) {
    return r.problems().stream().filter(p -> p.code().equals(code.name())).toList();
  }

  @Test
  void foreignTransactionBundleIsMapped() throws Exception {
    FhirReadResult r = foreign();
    Institution org = r.dataset().institution("430321101").orElseThrow();
    assertEquals(InstitutionType.OTHER, org.type());
    assertEquals("430321101", org.regionCode().code());

    Resident p1 = r.dataset().resident("43032110120100001").orElseThrow();
    assertEquals(IdDocumentType.RESIDENT_ID_CARD, p1.idType());
    assertEquals(Optional.of("11010519491231002X"), p1.idNumber(), "the second ID-card OID is accepted");
    assertEquals(Optional.of("王小明"), p1.name());
    assertEquals(Sex.MALE, p1.sex());
    assertEquals("430321101", p1.institutionCode());
    assertTrue(p1.permanent(), "no residence extension: taken as permanent");

    Registration c1 = r.dataset().registrations().get(0);
    assertEquals(1, r.dataset().registrations().size(), "J45.9 is not a managed condition");
    assertEquals("c1", c1.registrationId());
    assertEquals(Condition.TYPE2_DIABETES, c1.condition());
    assertEquals("E11.900", c1.icd10().orElseThrow().original(), "the Chinese OID keeps the national extension");
    assertEquals(Optional.of(LocalDate.of(2019, 5, 10)), c1.diagnosedDate(), "the date part of a dateTime, unshifted");
    assertEquals(LocalDate.of(2019, 6, 1), c1.enrolledDate());

    FollowUp f = r.dataset().followUps().get(0);
    assertEquals(Condition.TYPE2_DIABETES, f.condition(), "from the referenced Condition");
    assertEquals(FollowUpMethod.CLINIC, f.method(), "from class AMB");
    assertEquals(LocalDate.of(2024, 3, 5), f.visitDate());
    assertEquals(OptionalDouble.of(7.0), f.fastingGlucose(), "126 mg/dL ÷ 18.0");
    assertEquals(OptionalInt.of(142), f.sbp());
    assertEquals(OptionalInt.of(91), f.dbp());
    assertEquals(Optional.of("430321101"), f.institutionCode());

    Vaccination v = r.dataset().vaccinations().get(0);
    assertEquals(Vaccine.MMR, v.vaccine(), "by the Chinese name in vaccineCode.text");
    assertEquals(1, v.dose());
    assertEquals(Optional.of("430321101"), v.institutionCode());

    Contract k = r.dataset().contracts().get(0);
    assertEquals(Optional.of("TEAM-A"), k.teamId());
    assertEquals(Optional.of("D01"), k.doctorId());
    assertEquals(LocalDate.of(2024, 12, 31), k.endDate());
  }

  @Test
  void unknownResourcesAreCountedAndReportedOncePerType() throws Exception {
    FhirReadResult r = foreign();
    assertEquals(Map.of("AllergyIntolerance", 2, "MedicationRequest", 1), r.unknownResources());
    List<Problem> unknown = problems(r, FhirProblemCode.FHIR_UNKNOWN_RESOURCE);
    assertEquals(2, unknown.size());
    assertTrue(unknown.stream().allMatch(p -> p.severity() == Severity.INFO));
    assertTrue(unknown.get(0).message().startsWith("2 AllergyIntolerance resources"), unknown.get(0).message());
    assertEquals(new ResourceCount(2, 0, 0, 2), r.count("AllergyIntolerance"));
  }

  @Test
  void mgPerDecilitreGlucoseIsConvertedAndSaidSo() throws Exception {
    List<Problem> converted = problems(foreign(), FhirProblemCode.FHIR_UNIT_CONVERTED);
    assertEquals(1, converted.size());
    assertTrue(converted.get(0).message().contains("126 mg/dL converted to 7.00 mmol/L"), converted.get(0).message());
    assertEquals(Optional.of("http://his.example.cn/fhir/Observation/o1"), converted.get(0).recordId());
  }

  @Test
  void aPatientWithoutBirthDateIsRejectedWithItsFullUrlAndPath() throws Exception {
    FhirReadResult r = foreign();
    assertTrue(r.dataset().resident("43032110120100002").isEmpty());
    Problem p = problems(r, FhirProblemCode.FHIR_VALUE_MISSING).get(0);
    assertEquals(Severity.ERROR, p.severity());
    assertEquals(Optional.of(RecordType.RESIDENT), p.recordType());
    assertEquals(Optional.of("http://his.example.cn/fhir/Patient/p2"), p.recordId());
    assertEquals(Optional.of("Bundle.entry[2].resource.birthDate"), p.field());
    assertEquals(Optional.of("foreign-transaction.json"), p.file());
    assertEquals(new ResourceCount(2, 1, 1, 0), r.count("Patient"));
  }

  @Test
  void everyResourceIsAccountedFor() throws Exception {
    FhirReadResult r = foreign();
    assertEquals(new ResourceCount(3, 2, 0, 1), r.count("Observation"), "glucose and BP used, body weight ignored");
    assertEquals(new ResourceCount(1, 1, 0, 0), r.count("Encounter"));
    assertEquals(new ResourceCount(1, 1, 0, 0), r.count("Practitioner"));
    for (ResourceCount c : r.resources().values()) {
      assertEquals(c.read(), c.used() + c.rejected() + c.ignored());
    }
  }

  @Test
  void accountsBalanceAndTheEmptyEntryIsReported() throws Exception {
    FhirReadResult r = foreign();
    assertEquals(16, r.entriesRead(), "17 entries, one without a resource");
    assertEquals(1, problems(r, FhirProblemCode.FHIR_ENTRY_EMPTY).size());
    assertEquals(new ResourceCount(2, 1, 0, 1), r.count("Condition"));
    assertEquals(new ResourceCount(1, 1, 0, 0), r.count("CareTeam"));
    assertEquals(new ResourceCount(1, 1, 0, 0), r.count("EpisodeOfCare"));
    assertEquals(1, problems(r, FhirProblemCode.FHIR_VALUE_ASSUMED).stream()
        .filter(p -> p.message().contains("permanent")).count(), "one summary for the accepted patient");
  }

  @Test
  void aDocumentsCompositionIsUnknownAndARepeatedFullUrlIsReported() {
    String json = """
        {"resourceType": "Bundle", "type": "document", "entry": [
          {"fullUrl": "urn:uuid:c", "resource": {"resourceType": "Composition", "status": "final"}},
          {"fullUrl": "urn:uuid:o", "resource": {"resourceType": "Organization", "id": "T9", "name": "站",
            "address": [{"extension": [{"url": "https://gongwei.org/fhir/StructureDefinition/region-code", "valueCode": "430321"}]}]}},
          {"fullUrl": "urn:uuid:o", "resource": {"resourceType": "Organization", "id": "T8", "name": "站"}}
        ]}
        """;
    FhirReadResult r = FhirReader.parse(json);
    assertEquals(Map.of("Composition", 1), r.unknownResources());
    assertEquals(1, problems(r, FhirProblemCode.FHIR_DUPLICATE_FULL_URL).size());
    assertEquals(Optional.of("Bundle.entry[2].fullUrl"), problems(r, FhirProblemCode.FHIR_DUPLICATE_FULL_URL).get(0).field());
    Institution t9 = r.dataset().institution("T9").orElseThrow();
    assertEquals(InstitutionType.OTHER, t9.type());
    assertEquals(2, problems(r, FhirProblemCode.FHIR_ID_FROM_RESOURCE).size(), "no institution-code identifier: the resource ids");
    assertEquals(new ResourceCount(2, 1, 1, 0), r.count("Organization"), "the second has no region code");
  }

  @Test
  void notJsonIsOneErrorNeverAnException() throws IOException {
    FhirReadResult r = FhirReader.read(new StringReader("{\"resourceType\": \"Bundle\", "), "broken.json");
    assertEquals(0, r.dataset().size());
    assertEquals(1, r.problems().size());
    assertEquals(FhirProblemCode.FHIR_JSON_INVALID.name(), r.problems().get(0).code());
    assertTrue(r.hasErrors());
  }

  @Test
  void duplicatedKeysAreInvalidJson() {
    FhirReadResult r = FhirReader.parse("{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"type\": \"batch\"}");
    assertEquals(FhirProblemCode.FHIR_JSON_INVALID.name(), r.problems().get(0).code());
  }

  @Test
  void aResourceThatIsNotABundleIsOneError() {
    FhirReadResult r = FhirReader.parse("{\"resourceType\": \"Patient\"}");
    assertEquals(FhirProblemCode.FHIR_NOT_A_BUNDLE.name(), r.problems().get(0).code());
    assertEquals(0, r.entriesRead());
  }

  @Test
  void badValuesAreProblemsAtTheirPath() {
    String json = """
        {"resourceType": "Bundle", "type": "collection", "entry": [
          {"fullUrl": "urn:uuid:1", "resource": {"resourceType": "Patient",
            "identifier": [{"system": "urn:oid:2.16.156.10011.1.2", "value": "R1"}],
            "birthDate": "1950-13-01", "gender": "x",
            "address": [{"extension": [{"url": "https://gongwei.org/fhir/StructureDefinition/region-code", "valueCode": "43"}]}],
            "managingOrganization": {"reference": "Organization/nowhere"}}},
          {"fullUrl": "urn:uuid:2", "resource": {"resourceType": "Immunization", "status": "completed",
            "identifier": [{"system": "https://gongwei.org/fhir/NamingSystem/vaccination-id", "value": "V1"}],
            "vaccineCode": {"coding": [{"system": "https://gongwei.org/fhir/CodeSystem/nip-vaccine", "code": "FLU"}]},
            "patient": {"identifier": {"system": "urn:oid:2.16.156.10011.1.2", "value": "R1"}},
            "occurrenceDateTime": "2024-03", "protocolApplied": [{"doseNumberPositiveInt": 1}]}}
        ]}
        """;
    FhirReadResult r = FhirReader.parse(json);
    assertEquals(0, r.dataset().size());
    assertEquals(new ResourceCount(1, 0, 1, 0), r.count("Patient"));
    assertEquals(new ResourceCount(1, 0, 1, 0), r.count("Immunization"));
    assertTrue(has(r, "Bundle.entry[0].resource.birthDate", "1950-13-01"));
    assertTrue(has(r, "Bundle.entry[0].resource.gender", "'x'"));
    assertTrue(has(r, "Bundle.entry[0].resource.managingOrganization", "Organization/nowhere"));
    assertTrue(has(r, "Bundle.entry[1].resource.vaccineCode", "FLU"));
    assertTrue(has(r, "Bundle.entry[1].resource.occurrenceDateTime", "not a full date"));
  }

  private static boolean has(FhirReadResult r, String path, String inMessage) {
    return r.problems().stream().anyMatch(p -> p.field().equals(Optional.of(path)) && p.message().contains(inMessage));
  }

  @Test
  void readsFromAStreamInUtf8() throws IOException {
    String json = FhirWriter.toJson(FhirSamples.dataset());
    InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    FhirReadResult r = FhirReader.read(in, "samples.json");
    assertEquals(FhirSamples.dataset().residents(), r.dataset().residents());
    assertFalse(r.hasErrors());
  }

  /**
   * Bad data never throws: the sample Bundle with random elements replaced by values of the wrong
   * kind (or removed) is read without an exception, and every resource is accounted for.
   */
  @Property(tries = 300)
  void mangledBundlesNeverThrow(
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 100_000) Integer> where,
      @ForAll @Size(min = 6, max = 6) List<@IntRange(min = 0, max = 7) Integer> what) throws IOException {
    JsonNode bundle = Json.MAPPER.readTree(FhirWriter.toJson(FhirSamples.dataset()));
    for (int i = 0; i < where.size(); i++) {
      List<JsonNode[]> slots = new ArrayList<>();
      slots(bundle, slots);
      if (slots.isEmpty()) {
        break; // earlier changes removed everything below the root: nothing left to mangle
      }
      JsonNode[] slot = slots.get(where.get(i) % slots.size());
      replace(slot[0], slot[1], what.get(i));
    }
    FhirReadResult r = FhirReader.parse(Json.MAPPER.writeValueAsString(bundle));
    int accounted = 0;
    for (ResourceCount c : r.resources().values()) {
      accounted += c.read();
    }
    assertEquals(r.entriesRead(), accounted + r.unknownResources().values().stream().mapToInt(Integer::intValue).sum());
    assertTrue(r.dataset().size() <= r.entriesRead());
  }

  /** Every (container, key-or-index) pair of the tree below the root. */
  private static void slots(JsonNode node, List<JsonNode[]> into) {
    if (node.isObject()) {
      node.properties().forEach(p -> {
        into.add(new JsonNode[] {node, Json.MAPPER.getNodeFactory().textNode(p.getKey())});
        slots(p.getValue(), into);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        into.add(new JsonNode[] {node, Json.MAPPER.getNodeFactory().numberNode(i)});
        slots(node.get(i), into);
      }
    }
  }

  private static void replace(JsonNode container, JsonNode at, int kind) {
    JsonNode value;
    switch (kind) {
      case 0: value = Json.MAPPER.getNodeFactory().textNode("x"); break;
      case 1: value = Json.MAPPER.getNodeFactory().numberNode(-1); break;
      case 2: value = Json.MAPPER.getNodeFactory().booleanNode(true); break;
      case 3: value = Json.MAPPER.getNodeFactory().nullNode(); break;
      case 4: value = Json.MAPPER.createObjectNode(); break;
      case 5: value = Json.MAPPER.createArrayNode(); break;
      case 6: value = Json.MAPPER.getNodeFactory().textNode("2024-02-30"); break;
      default: value = null; break;
    }
    if (container.isObject()) {
      if (value == null) {
        ((ObjectNode) container).remove(at.asText());
      } else {
        ((ObjectNode) container).set(at.asText(), value);
      }
    } else if (value == null) {
      ((ArrayNode) container).remove(at.asInt());
    } else {
      ((ArrayNode) container).set(at.asInt(), value);
    }
  }
}
