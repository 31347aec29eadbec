package org.gongwei.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.Ethnicity;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.Sex;
import org.gongwei.core.contract.Contract;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.surveillance.EmergencyEvent;
import org.gongwei.indicators.rulebook.FollowUpRequirement;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class GongweiJsonTest {
  private static final ObjectMapper MAPPER = GongweiJson.newMapper();

  private static Resident resident() {
    return Resident.builder()
        .residentId("R0001")
        .idNumber("11010519491231002X")
        .name("张𠮷")
        .sex(Sex.FEMALE)
        .birthDate(LocalDate.of(1949, 12, 31))
        .ethnicity(Ethnicity.HAN)
        .regionCode(RegionCode.parse("110105001001"))
        .institutionCode("110105001")
        .permanent(true)
        .build();
  }

  @Provide
  Arbitrary<BundleRecord> records() {
    return RecordArbitraries.anyRecord();
  }

  @Property(tries = 600)
  void everyRecordRoundTripsAsBundleRecord(@ForAll("records") BundleRecord record) throws IOException {
    String json = MAPPER.writeValueAsString(record);
    assertFalse(json.contains("\n"), json);
    BundleRecord back = MAPPER.readValue(json, BundleRecord.class);
    assertEquals(record, back);
    assertEquals(record.getClass(), back.getClass());
    assertEquals(json, MAPPER.writeValueAsString(back));
  }

  @Property(tries = 300)
  void everyRecordRoundTripsAsItsOwnType(@ForAll("records") BundleRecord record) throws IOException {
    String json = GongweiJson.toJson(record);
    Class<? extends BundleRecord> type = RecordCodecs.of(record.recordType()).javaType();
    assertEquals(record, MAPPER.readValue(json, type));
    assertEquals(record, GongweiJson.fromJson(json));
  }

  @Test
  void everyRecordTypeHasACodecForItsJavaType() {
    Set<RecordType> seen = EnumSet.noneOf(RecordType.class);
    for (RecordCodec<?, ?> c : RecordCodecs.all()) {
      seen.add(c.recordType());
      assertTrue(BundleRecord.class.isAssignableFrom(c.javaType()));
    }
    assertEquals(EnumSet.allOf(RecordType.class), seen);
  }

  @Test
  void writesTheTypeFirstNamesInCamelCaseEnumsByNameAndLeavesAbsentValuesOut() throws IOException {
    String json = GongweiJson.toJson(resident());
    assertEquals(
        "{\"recordType\":\"RESIDENT\",\"residentId\":\"R0001\",\"idType\":\"RESIDENT_ID_CARD\","
            + "\"idNumber\":\"11010519491231002X\",\"name\":\"张𠮷\",\"sex\":\"FEMALE\",\"birthDate\":\"1949-12-31\","
            + "\"ethnicity\":\"HAN\",\"regionCode\":\"110105001001\",\"institutionCode\":\"110105001\",\"permanent\":true,"
            + "\"householdRegistered\":false,\"electronicRecord\":false,\"recordStandardized\":false,\"disabled\":false,"
            + "\"povertyAlleviated\":false,\"familyPlanningSpecial\":false}",
        json);
  }

  @Test
  void theIdNumberIsWrittenInFull() {
    assertTrue(GongweiJson.toJson(resident()).contains("11010519491231002X"));
  }

  @Test
  void readsEnumsByNationalCodeAndByNameInAnyCase() throws IOException {
    String json = "{\"residentId\":\"R1\",\"sex\":\"2\",\"birthDate\":\"2000-01-01\",\"ethnicity\":\"01\","
        + "\"idType\":\"resident_id_card\",\"regionCode\":\"430321\",\"institutionCode\":\"I1\",\"permanent\":true}";
    Resident r = MAPPER.readValue(json, Resident.class);
    assertEquals(Sex.FEMALE, r.sex());
    assertEquals(Optional.of(Ethnicity.HAN), r.ethnicity());
    String followUp = "{\"recordType\":\"FOLLOW_UP\",\"followUpId\":\"F1\",\"residentId\":\"R1\",\"condition\":\"HYPERTENSION\","
        + "\"visitDate\":\"2024-03-05\",\"method\":1}";
    assertEquals(FollowUpMethod.CLINIC, ((FollowUp) GongweiJson.fromJson(followUp)).method());
  }

  @Test
  void nullMeansAbsentForOptionalProperties() throws IOException {
    String json = "{\"recordType\":\"EMERGENCY_EVENT\",\"eventId\":\"E1\",\"institutionCode\":\"I1\","
        + "\"discoveredAt\":\"2024-03-01T10:00:00\",\"reportedAt\":null}";
    EmergencyEvent e = MAPPER.readValue(json, EmergencyEvent.class);
    assertEquals(Optional.empty(), e.reportedAt());
    assertEquals(LocalDateTime.of(2024, 3, 1, 10, 0), e.discoveredAt());
  }

  @Test
  void dateTimesAlwaysCarrySeconds() {
    EmergencyEvent e = new EmergencyEvent("E1", "I1", LocalDateTime.of(2024, 3, 1, 10, 0), Optional.empty());
    assertTrue(GongweiJson.toJson(e).contains("\"discoveredAt\":\"2024-03-01T10:00:00\""), GongweiJson.toJson(e));
  }

  @Test
  void decimalsKeepTheirScale() throws IOException {
    Contract c = Contract.builder()
        .contractId("C1")
        .residentId("R1")
        .startDate(LocalDate.of(2024, 1, 1))
        .endDate(LocalDate.of(2024, 12, 31))
        .feeYuan(new BigDecimal("12.50"))
        .build();
    String json = GongweiJson.toJson(c);
    assertTrue(json.contains("\"feeYuan\":12.50"), json);
    assertEquals(new BigDecimal("12.50"), ((Contract) GongweiJson.fromJson(json)).feeYuan().orElseThrow());
  }

  @Test
  void anInstitutionKeepsItsOwnTypeBesideTheRecordType() throws IOException {
    String json = "{\"recordType\":\"INSTITUTION\",\"code\":\"430321101\",\"name\":\"某某镇卫生院\","
        + "\"type\":\"TOWNSHIP_HEALTH_CENTER\",\"regionCode\":\"430321101\"}";
    Institution i = (Institution) GongweiJson.fromJson(json);
    assertEquals("某某镇卫生院", i.name());
    assertEquals(json, GongweiJson.toJson(i));
  }

  @Test
  void propertiesMayComeInAnyOrderWithTheTypeLast() throws IOException {
    String json = "{\"condition\":\"HYPERTENSION\",\"followUpId\":\"F1\",\"visitDate\":\"2024-03-05\",\"method\":\"HOME\","
        + "\"residentId\":\"R1\",\"recordType\":\"FOLLOW_UP\"}";
    assertEquals(Condition.HYPERTENSION, ((FollowUp) GongweiJson.fromJson(json)).condition());
  }

  @Test
  void anUnknownPropertyIsAnErrorNamingIt() {
    String json = "{\"recordType\":\"CHILD_VISIT\",\"visitId\":\"V1\",\"residentId\":\"R1\",\"visitDate\":\"2024-01-02\","
        + "\"kind\":\"CHECKUP\",\"colour\":\"red\"}";
    IOException e = assertThrows(IOException.class, () -> GongweiJson.fromJson(json));
    assertTrue(e.getMessage().contains("unknown property 'colour'"), e.getMessage());
  }

  @Test
  void missingAndInvalidPropertiesAreAllNamed() {
    String json = "{\"recordType\":\"FOLLOW_UP\",\"followUpId\":\"F1\",\"residentId\":\"R1\",\"condition\":\"HYPERTENSION\","
        + "\"visitDate\":\"2024-13-05\",\"sbp\":\"138\"}";
    IOException e = assertThrows(IOException.class, () -> GongweiJson.fromJson(json));
    assertTrue(e.getMessage().contains("visitDate: expected a date yyyy-MM-dd, found \"2024-13-05\""), e.getMessage());
    assertTrue(e.getMessage().contains("method: missing"), e.getMessage());
    assertTrue(e.getMessage().contains("sbp: expected a whole number, found \"138\""), e.getMessage());
  }

  @Test
  void aBrokenInvariantOfTheRecordIsReported() {
    String json = "{\"recordType\":\"VACCINATION\",\"vaccinationId\":\"V1\",\"residentId\":\"R1\",\"vaccine\":\"MMR\","
        + "\"dose\":12,\"vaccinationDate\":\"2024-01-02\"}";
    IOException e = assertThrows(IOException.class, () -> GongweiJson.fromJson(json));
    assertTrue(e.getMessage().contains("dose"), e.getMessage());
  }

  @Test
  void anUnknownOrMissingRecordTypeIsAnError() {
    IOException unknown = assertThrows(IOException.class, () -> GongweiJson.fromJson("{\"recordType\":\"PATIENT\"}"));
    assertTrue(unknown.getMessage().contains("recordType: expected one of INSTITUTION, RESIDENT"), unknown.getMessage());
    IOException missing = assertThrows(IOException.class, () -> GongweiJson.fromJson("{\"residentId\":\"R1\"}"));
    assertTrue(missing.getMessage().contains("recordType: missing"), missing.getMessage());
  }

  @Test
  void aConcreteTypeChecksTheRecordTypeWhenGiven() {
    String json = "{\"recordType\":\"TCM_SERVICE\",\"visitId\":\"V1\",\"residentId\":\"R1\",\"visitDate\":\"2024-01-02\",\"kind\":\"CHECKUP\"}";
    IOException e = assertThrows(IOException.class, () -> MAPPER.readValue(json, org.gongwei.core.child.ChildVisit.class));
    assertTrue(e.getMessage().contains("recordType: expected \"CHILD_VISIT\", found \"TCM_SERVICE\""), e.getMessage());
  }

  @Test
  void nestedValuesAndRepeatedPropertiesAreErrors() {
    IOException nested = assertThrows(IOException.class, () -> GongweiJson.fromJson("{\"recordType\":\"CHILD_VISIT\",\"visitId\":{\"a\":1}}"));
    assertTrue(nested.getMessage().contains("visitId: expected a single value, found an object"), nested.getMessage());
    IOException repeated = assertThrows(IOException.class,
        () -> GongweiJson.fromJson("{\"recordType\":\"CHILD_VISIT\",\"visitId\":\"a\",\"visitId\":\"b\"}"));
    assertTrue(repeated.getMessage().toLowerCase(java.util.Locale.ROOT).contains("visitid"), repeated.getMessage());
  }

  @Test
  void listsOfMixedRecordsRoundTrip() throws IOException {
    List<BundleRecord> records = List.of(resident(), new EmergencyEvent("E1", "I1", LocalDateTime.of(2024, 3, 1, 10, 0, 5, 7), Optional.empty()));
    String json = MAPPER.writeValueAsString(records);
    assertEquals(records, MAPPER.readValue(json, new TypeReference<List<BundleRecord>>() {}));
  }

  @Test
  void codesPeriodsAndRulebooksAreValuesToo() throws IOException {
    assertEquals("\"430321\"", MAPPER.writeValueAsString(RegionCode.parse("430321")));
    assertEquals("\"I10.x00\"", MAPPER.writeValueAsString(Icd10Code.parse("I10.x00")));
    assertEquals("\"2024-Q2\"", MAPPER.writeValueAsString(ReportingPeriod.ofQuarter(2024, 2)));
    assertEquals(ReportingPeriod.ofQuarter(2024, 2), MAPPER.readValue("\"2024-Q2\"", ReportingPeriod.class));
    Rulebook r = Rulebook.national2017().withFollowUpRequirement(FollowUpRequirement.fixed(4));
    assertEquals(r, MAPPER.readValue(MAPPER.writeValueAsString(r), Rulebook.class));
    IOException bad = assertThrows(IOException.class, () -> MAPPER.readValue("{\"elderlyBpTarget\":\"no\"}", Rulebook.class));
    assertTrue(bad.getMessage().contains("elderlyBpTarget"), bad.getMessage());
  }

  @Test
  void theModuleWorksOnAMapperOfYourOwn() throws IOException {
    ObjectMapper own = JsonMapper.builder().addModule(GongweiJson.module()).build();
    JsonNode node = own.readTree(own.writeValueAsString(resident()));
    assertEquals("RESIDENT", node.get("recordType").asText());
    assertEquals(resident(), own.readValue(node.toString(), BundleRecord.class));
  }

  @Test
  void theSharedWriterAndReaderAreConfigured() throws IOException {
    String json = GongweiJson.writer().writeValueAsString(resident());
    assertInstanceOf(Resident.class, GongweiJson.reader().forType(BundleRecord.class).readValue(json));
  }
}
