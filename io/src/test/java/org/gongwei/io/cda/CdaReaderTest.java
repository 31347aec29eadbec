package org.gongwei.io.cda;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.gongwei.io.cda.CdaSamples.READER;
import static org.gongwei.io.cda.CdaSamples.WRITER;
import static org.gongwei.io.cda.CdaSamples.read;
import static org.gongwei.io.cda.CdaSamples.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.FollowUpClassification;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.IdDocumentType;
import org.gongwei.core.code.MedicationAdherence;
import org.gongwei.core.code.Sex;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CdaReaderTest {

  @TempDir Path dir;

  private static List<String> codes(CdaDocumentResult r) {
    return r.problems().stream().map(Problem::code).collect(Collectors.toList());
  }

  private static Problem only(CdaDocumentResult r) {
    assertEquals(1, r.problems().size(), r.problems().toString());
    return r.problems().get(0);
  }

  /** The written document with {@code target} replaced by {@code replacement} (which must occur). */
  private static String edit(String xml, String target, String replacement) {
    assertTrue(xml.contains(target), "sample lacks " + target);
    return xml.replace(target, replacement);
  }

  // ------------------------------------------------------------------ round trips

  @Provide
  Arbitrary<Resident> residents() {
    return CdaSamples.residents();
  }

  @Provide
  Arbitrary<Tuple2<Resident, FollowUp>> hypertensionFollowUps() {
    return CdaSamples.residents().flatMap(r ->
        CdaSamples.followUps(r.residentId(), Condition.HYPERTENSION).map(f -> Tuple.of(r, f)));
  }

  @Provide
  Arbitrary<Tuple2<Resident, FollowUp>> diabetesFollowUps() {
    return CdaSamples.residents().flatMap(r ->
        CdaSamples.followUps(r.residentId(), Condition.TYPE2_DIABETES).map(f -> Tuple.of(r, f)));
  }

  @Property(tries = 200)
  void residentRoundTripIsLossless(@ForAll("residents") Resident resident) {
    CdaDocumentResult r = read(WRITER.toXml(resident));
    assertEquals(List.of(), r.problems());
    assertEquals(Optional.of(CdaDocumentType.PERSONAL_BASIC_INFORMATION), r.documentType());
    assertEquals(Optional.of(resident), r.resident());
  }

  @Property(tries = 200)
  void hypertensionFollowUpRoundTripIsLossless(
      @ForAll("hypertensionFollowUps") Tuple2<Resident, FollowUp> pair) {
    CdaDocumentResult r = read(WRITER.toXml(pair.get2(), pair.get1()));
    assertEquals(List.of(), r.problems());
    assertEquals(Optional.of(CdaDocumentType.HYPERTENSION_FOLLOW_UP), r.documentType());
    assertEquals(Optional.of(pair.get2()), r.followUp());
  }

  @Property(tries = 200)
  void diabetesFollowUpRoundTripIsLossless(@ForAll("diabetesFollowUps") Tuple2<Resident, FollowUp> pair) {
    CdaDocumentResult r = read(WRITER.toXml(pair.get2(), pair.get1()));
    assertEquals(List.of(), r.problems());
    assertEquals(Optional.of(CdaDocumentType.DIABETES_FOLLOW_UP), r.documentType());
    assertEquals(Optional.of(pair.get2()), r.followUp());
  }

  @Test
  void residentWithInstitutionNameReadsTheSameResident() {
    Resident resident = CdaSamples.resident();
    CdaDocumentResult r = read(WRITER.toXml(resident, CdaSamples.institution()));
    assertEquals(Optional.of(resident), r.resident());
    assertTrue(r.isAccepted());
  }

  @Test
  void anotherIdentityDocumentTravelsAsExtensionObservations() {
    Resident passport = Resident.builder().from(CdaSamples.resident())
        .idType(IdDocumentType.PASSPORT).idNumber("E12345678").build();
    String xml = WRITER.toXml(passport);
    assertFalse(xml.contains("root=\"" + CdaOids.ID_CARD_NUMBER + "\""));
    assertEquals(Optional.of(passport), read(xml).resident());
  }

  // ------------------------------------------------------------------ vendor variants

  @Test
  void vendorHypertensionFollowUpWithIsoDatesIsRead() {
    CdaDocumentResult r = READER.read(CdaSamples.stream(resource("vendor-htn-iso-dates.xml")), "vendor.xml");
    FollowUp expected = FollowUp.builder()
        .followUpId("SF-2024-000123")
        .residentId("430321101201000123")
        .condition(Condition.HYPERTENSION)
        .visitDate(LocalDate.of(2024, 3, 5))
        .method(FollowUpMethod.CLINIC)
        .sbp(146)
        .dbp(92)
        .fastingGlucose(7.0)
        .classification(FollowUpClassification.UNSATISFACTORY)
        .adherence(MedicationAdherence.INTERMITTENT)
        .adverseReaction(true)
        .referral(false)
        .nextVisitDate(LocalDate.of(2024, 6, 5))
        .doctorId("D007")
        .institutionCode("430321101")
        .build();
    assertEquals(Optional.of(expected), r.followUp(), r.problems().toString());
    assertEquals(
        List.of("CDA_DATE_NONSTANDARD", "CDA_DATE_NONSTANDARD", "CDA_UNIT_CONVERTED"),
        codes(r).stream().sorted().collect(Collectors.toList()));
    assertTrue(r.problems().stream().allMatch(p -> p.severity() == Severity.WARNING));
    assertTrue(r.problems().stream().allMatch(p -> p.recordType().equals(Optional.of(RecordType.FOLLOW_UP))));
  }

  @Test
  void vendorResidentWithIsoBirthDateNameInPartsAndNoNamespaceIsRead() {
    CdaDocumentResult r = READER.read(CdaSamples.stream(resource("vendor-resident-no-namespace.xml")), "v.xml");
    Resident expected = Resident.builder()
        .residentId("430321101201000123")
        .idNumber("11010519491231002X")
        .name("王建国")
        .sex(Sex.MALE)
        .birthDate(LocalDate.of(1949, 12, 31))
        .regionCode(org.gongwei.core.id.RegionCode.parse("430321101201"))
        .institutionCode("430321101")
        .permanent(true)
        .recordEstablishedDate(LocalDate.of(2019, 5, 20))
        .build();
    assertEquals(Optional.of(expected), r.resident(), r.problems().toString());
    assertEquals(
        List.of("CDA_NAMESPACE", "CDA_DATE_NONSTANDARD", "CDA_DATE_NONSTANDARD", "CDA_DEFAULT_ASSUMED"),
        codes(r));
  }

  @Test
  void documentTypeIsRecognisedByTemplateIdWhenTheCodeIsUnknown() {
    String xml = edit(WRITER.toXml(CdaSamples.followUp(Condition.HYPERTENSION), CdaSamples.resident()),
        "code=\"HSDB04.01\"", "code=\"EHR-SD-12\"");
    CdaDocumentResult r = read(xml);
    assertEquals(List.of("CDA_TYPE_FROM_TEMPLATE"), codes(r));
    assertEquals(Optional.of(CdaSamples.followUp(Condition.HYPERTENSION)), r.followUp());
  }

  @Test
  void glucoseUnitIsAssumedWhenMissingAndAWrongUnitIsAnError() {
    String xml = WRITER.toXml(CdaSamples.followUp(Condition.TYPE2_DIABETES), CdaSamples.resident());
    CdaDocumentResult noUnit = read(edit(xml, "unit=\"mmol/L\" ", ""));
    assertEquals(List.of("CDA_UNIT_ASSUMED"), codes(noUnit));
    assertEquals(OptionalDouble.of(8.4), noUnit.followUp().orElseThrow().fastingGlucose());

    CdaDocumentResult wrong = read(edit(xml, "unit=\"mmol/L\"", "unit=\"g/L\""));
    Problem p = only(wrong);
    assertEquals("CDA_BAD_UNIT", p.code());
    assertTrue(p.field().orElseThrow().endsWith("/observation/value/@unit"), p.field().orElseThrow());
    assertFalse(wrong.isAccepted());
  }

  @Test
  void bloodPressureInUcumUnitsAndWholeDecimalsIsRead() {
    String xml = WRITER.toXml(CdaSamples.followUp(Condition.HYPERTENSION), CdaSamples.resident());
    CdaDocumentResult r = read(edit(edit(xml, "unit=\"mmHg\" value=\"146\"", "unit=\"mm[Hg]\" value=\"146.0\""),
        "unit=\"mmHg\" value=\"92\"", "unit=\"mm[Hg]\" value=\"92\""));
    assertEquals(List.of(), r.problems());
    assertEquals(OptionalInt.of(146), r.followUp().orElseThrow().sbp());
  }

  // ------------------------------------------------------------------ XML safety

  @Test
  void externalEntityToALocalFileIsRejectedAndTheFileIsNeverRead() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-3f9a", UTF_8);
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<!DOCTYPE ClinicalDocument [\n"
        + "  <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n"
        + "]>\n"
        + "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><title>&xxe;</title></ClinicalDocument>\n";
    CdaDocumentResult r = read(xml);
    assertFalse(r.isAccepted());
    Problem p = only(r);
    assertEquals("CDA_DOCTYPE_FORBIDDEN", p.code());
    assertEquals(Severity.ERROR, p.severity());
    // The parser stopped at the DOCTYPE (line 2), before the entity declaration (line 3).
    assertEquals(2, p.line().orElseThrow());
    assertFalse(r.toString().contains("TOP-SECRET"));
    assertFalse(p.message().contains("TOP-SECRET"));
  }

  @Test
  void billionLaughsIsRejectedWithoutExpansion() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
    dtd.append(" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
    for (int i = 2; i <= 9; i++) {
      dtd.append(" <!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        dtd.append("&lol").append(i - 1).append(';');
      }
      dtd.append("\">\n");
    }
    dtd.append("]>\n");
    String xml = "<?xml version=\"1.0\"?>\n" + dtd + "<ClinicalDocument xmlns=\"urn:hl7-org:v3\">"
        + "<title>&lol9;</title></ClinicalDocument>";
    Problem p = only(read(xml));
    assertEquals("CDA_DOCTYPE_FORBIDDEN", p.code());
    assertTrue(p.message().contains("DOCTYPE"), p.message());
  }

  @Test
  void externalDtdIsRejected() throws IOException {
    Path dtd = Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY % x SYSTEM \"file:///etc/passwd\">", UTF_8);
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE ClinicalDocument SYSTEM \"" + dtd.toUri() + "\">\n"
        + "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"/>";
    assertEquals("CDA_DOCTYPE_FORBIDDEN", only(read(xml)).code());
  }

  @Test
  void xIncludeIsNotProcessed() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-77c1", UTF_8);
    String xml = edit(WRITER.toXml(CdaSamples.resident()), "<name>张秀英</name>",
        "<name><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + secret.toUri()
            + "\" parse=\"text\"/></name>");
    CdaDocumentResult r = read(xml);
    assertTrue(r.isAccepted(), r.problems().toString());
    assertEquals(Optional.empty(), r.resident().orElseThrow().name());
  }

  // ------------------------------------------------------------------ bad documents

  @Test
  void notWellFormedXmlIsRejectedWithItsLine() {
    Problem p = only(read("<?xml version=\"1.0\"?>\n<ClinicalDocument xmlns=\"urn:hl7-org:v3\">\n<title>x</titel>"));
    assertEquals("CDA_NOT_WELL_FORMED", p.code());
    assertEquals(3, p.line().orElseThrow());
    assertEquals(Optional.of("doc.xml"), p.file());
  }

  @Test
  void anotherRootElementIsRejected() {
    Problem p = only(read("<Bundle xmlns=\"http://hl7.org/fhir\"/>"));
    assertEquals("CDA_NOT_CLINICAL_DOCUMENT", p.code());
    assertEquals(Optional.of("/Bundle"), p.field());
  }

  @Test
  void unknownDocumentTypeIsRejected() {
    String xml = edit(edit(WRITER.toXml(CdaSamples.resident()), "code=\"HSDA00.01\"", "code=\"C0001\""),
        "root=\"2.16.156.10011.2.1.1.1\"", "root=\"2.16.156.10011.2.1.1.21\"");
    CdaDocumentResult r = read(xml);
    Problem p = only(r);
    assertEquals("CDA_UNKNOWN_DOCUMENT_TYPE", p.code());
    assertEquals(Optional.of("/ClinicalDocument/code/@code"), p.field());
    assertTrue(p.message().contains("C0001"));
    assertEquals(Optional.empty(), r.documentType());
  }

  @Test
  void missingRequiredElementsAreReportedWithTheirPaths() {
    String xml = WRITER.toXml(CdaSamples.resident());
    xml = edit(xml, "<birthTime value=\"19491231\"/>", "");
    xml = edit(xml, "root=\"2.16.156.10011.1.2\"", "root=\"1.2.3\"");
    CdaDocumentResult r = read(xml);
    assertFalse(r.isAccepted());
    assertEquals(Optional.of(CdaDocumentType.PERSONAL_BASIC_INFORMATION), r.documentType());
    List<String> fields = r.problems().stream().map(p -> p.field().orElseThrow()).collect(Collectors.toList());
    assertEquals(List.of(
        "/ClinicalDocument/recordTarget/patientRole/id[@root='2.16.156.10011.1.2']/@extension",
        "/ClinicalDocument/recordTarget/patientRole/patient/birthTime/@value"), fields);
    assertTrue(codes(r).stream().allMatch("CDA_MISSING_ELEMENT"::equals));
  }

  @Test
  void missingFollowUpMethodIsReported() {
    String xml = WRITER.toXml(CdaSamples.followUp(Condition.HYPERTENSION), CdaSamples.resident());
    Problem p = only(read(edit(xml, "DE06.00.108.00", "DE06.00.999.00").replace("displayName=\"随访方式\"", "")));
    assertEquals("CDA_MISSING_ELEMENT", p.code());
    assertTrue(p.message().contains("随访方式"));
  }

  @Test
  void badValuesAreReportedWithTheirPathsAndTheDocumentIsRejected() {
    String xml = WRITER.toXml(CdaSamples.followUp(Condition.TYPE2_DIABETES), CdaSamples.resident());
    xml = edit(xml, "value=\"146\"", "value=\"一四六\"");
    xml = edit(xml, "value=\"92\"", "value=\"92.5\"");
    xml = edit(xml, "<effectiveTime value=\"20240305\"/>", "<effectiveTime value=\"20240231\"/>");
    xml = edit(xml, "code=\"2\" codeSystem=\"2.16.156.10011.2.3.1.183\"", "code=\"7\" codeSystem=\"2.16.156.10011.2.3.1.183\"");
    xml = edit(xml, "<value value=\"true\" xsi:type=\"BL\"/>", "<value value=\"maybe\" xsi:type=\"BL\"/>");
    CdaDocumentResult r = read(xml);
    assertFalse(r.isAccepted());
    assertEquals(Optional.empty(), r.record());
    assertEquals(
        List.of("CDA_BAD_CODE", "CDA_BAD_DATE", "CDA_BAD_VALUE", "CDA_BAD_VALUE", "CDA_BAD_VALUE"),
        codes(r).stream().sorted().collect(Collectors.toList()));
    for (Problem p : r.problems()) {
      assertTrue(p.field().orElseThrow().startsWith("/ClinicalDocument/component/structuredBody/component["),
          p.toString());
      assertEquals(Optional.empty(), p.recordType());
    }
  }

  @Test
  void invalidRegionCodeIsABadValue() {
    String xml = edit(WRITER.toXml(CdaSamples.resident()), "<censusTract>430321101201</censusTract>",
        "<censusTract>4303211</censusTract>");
    Problem p = only(read(xml));
    assertEquals("CDA_BAD_VALUE", p.code());
    assertEquals(Optional.of("/ClinicalDocument/recordTarget/patientRole/addr/censusTract"), p.field());
  }

  @Test
  void repeatedDataElementWarnsAndTheFirstIsUsed() {
    String xml = WRITER.toXml(CdaSamples.followUp(Condition.HYPERTENSION), CdaSamples.resident());
    String sbp = "<entry>\n            <observation classCode=\"OBS\" moodCode=\"EVN\">\n"
        + "              <code code=\"DE04.10.174.00\"";
    int at = xml.indexOf(sbp);
    int end = xml.indexOf("</entry>", at) + "</entry>".length();
    String entry = xml.substring(at, end);
    xml = xml.substring(0, end) + entry.replace("value=\"146\"", "value=\"150\"") + xml.substring(end);
    CdaDocumentResult r = read(xml);
    assertEquals(List.of("CDA_DUPLICATE_ELEMENT"), codes(r));
    assertEquals(OptionalInt.of(146), r.followUp().orElseThrow().sbp());
  }

  @Test
  void blankIdentifierIsMissing() {
    CdaDocumentResult r = read(edit(WRITER.toXml(CdaSamples.resident()),
        "extension=\"430321101\" root=\"2.16.156.10011.1.5\"", "extension=\" \" root=\"2.16.156.10011.1.5\""));
    assertEquals(List.of("CDA_MISSING_ELEMENT"), codes(r));
    assertEquals(
        Optional.of("/ClinicalDocument/custodian/assignedCustodian/representedCustodianOrganization"
            + "/id[@root='2.16.156.10011.1.5']/@extension"),
        r.problems().get(0).field());
  }

  @Test
  void unreadableFileIsARejectedDocument() {
    CdaDocumentResult r = READER.read(dir.resolve("absent.xml"));
    assertEquals("CDA_UNREADABLE", only(r).code());
    assertEquals("absent.xml", r.source());
  }

  // ------------------------------------------------------------------ directories

  @Test
  void directoryAccountsForEveryDocument() throws IOException {
    Resident resident = CdaSamples.resident();
    Files.writeString(dir.resolve("a-resident.xml"), WRITER.toXml(resident), UTF_8);
    Files.writeString(dir.resolve("b-htn.xml"), WRITER.toXml(CdaSamples.followUp(Condition.HYPERTENSION), resident), UTF_8);
    Files.writeString(dir.resolve("c-dm.XML"), WRITER.toXml(CdaSamples.followUp(Condition.TYPE2_DIABETES), resident), UTF_8);
    Files.writeString(dir.resolve("d-broken.xml"), "<ClinicalDocument", UTF_8);
    Files.writeString(dir.resolve("e-notes.txt"), "not a document", UTF_8);
    Files.createDirectory(dir.resolve("f-sub.xml"));

    CdaBatch batch = READER.readDirectory(dir);
    assertEquals(4, batch.documentsRead());
    assertEquals(3, batch.documentsAccepted());
    assertEquals(1, batch.documentsRejected());
    assertEquals(List.of(resident), batch.residents());
    assertEquals(List.of(Condition.HYPERTENSION, Condition.TYPE2_DIABETES),
        batch.followUps().stream().map(FollowUp::condition).collect(Collectors.toList()));
    assertEquals(List.of("a-resident.xml", "b-htn.xml", "c-dm.XML", "d-broken.xml"),
        batch.documents().stream().map(CdaDocumentResult::source).collect(Collectors.toList()));
    assertEquals(1, batch.problems().size());
  }

  @Test
  void missingDirectoryThrows() {
    assertThrows(UncheckedIOException.class, () -> READER.readDirectory(dir.resolve("none")));
  }

  @Test
  void nullArgumentsThrow() {
    assertThrows(NullPointerException.class, () -> READER.read((Path) null));
    assertThrows(NullPointerException.class, () -> READER.read(CdaSamples.stream("<a/>"), null));
    assertThrows(NullPointerException.class, () -> READER.readDirectory(null));
  }
}
