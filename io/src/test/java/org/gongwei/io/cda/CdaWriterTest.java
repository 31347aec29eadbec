package org.gongwei.io.cda;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.gongwei.io.cda.CdaSamples.WRITER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.code.Condition;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.resident.Resident;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Structure checks of written documents. No official CDA R2 or WS/T 483 schema is available as a
 * Maven artifact here, so the checks are written by hand: well-formedness, the namespace, the
 * order of the header elements of CDA R2 ({@code POCD_MT000040.ClinicalDocument}), the required
 * header elements with their OIDs, and the coding of every body observation.
 */
class CdaWriterTest {
  private static final String HL7 = CdaOids.HL7_NAMESPACE;

  private static Document parse(String xml) throws Exception {
    return SecureXml.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(UTF_8)));
  }

  private static XPath xpath() {
    XPath x = XPathFactory.newInstance().newXPath();
    x.setNamespaceContext(new NamespaceContext() {
      @Override
      public String getNamespaceURI(String prefix) {
        switch (prefix) {
          case "h":
            return HL7;
          case "xsi":
            return XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
          default:
            return XMLConstants.NULL_NS_URI;
        }
      }

      @Override
      public String getPrefix(String uri) {
        return null;
      }

      @Override
      public Iterator<String> getPrefixes(String uri) {
        return null;
      }
    });
    return x;
  }

  private static String at(Document d, String path) throws XPathExpressionException {
    return xpath().evaluate(path, d);
  }

  private static int count(Document d, String path) throws XPathExpressionException {
    return ((NodeList) xpath().evaluate(path, d, XPathConstants.NODESET)).getLength();
  }

  private static List<String> childNames(Element e) {
    List<String> names = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        assertEquals(HL7, n.getNamespaceURI(), "namespace of " + n.getLocalName());
        names.add(n.getLocalName());
      }
    }
    return names;
  }

  /** The header every document must have, with the §5 OIDs. */
  private static void assertHeader(Document d, CdaDocumentType type, String documentId) throws Exception {
    Element root = d.getDocumentElement();
    assertEquals(HL7, root.getNamespaceURI());
    assertEquals("ClinicalDocument", root.getLocalName());
    assertEquals(
        List.of("realmCode", "typeId", "templateId", "id", "code", "title", "effectiveTime",
            "confidentialityCode", "languageCode", "recordTarget", "author", "custodian", "component"),
        childNames(root));
    assertEquals("CN", at(d, "/h:ClinicalDocument/h:realmCode/@code"));
    assertEquals(CdaOids.CDA_TYPE_ID, at(d, "/h:ClinicalDocument/h:typeId/@root"));
    assertEquals("POCD_MT000040", at(d, "/h:ClinicalDocument/h:typeId/@extension"));
    assertEquals(type.templateId(), at(d, "/h:ClinicalDocument/h:templateId/@root"));
    assertEquals("2.16.156.10011.1.1", at(d, "/h:ClinicalDocument/h:id/@root"));
    assertEquals(documentId, at(d, "/h:ClinicalDocument/h:id/@extension"));
    assertEquals(type.code(), at(d, "/h:ClinicalDocument/h:code/@code"));
    assertEquals("2.16.156.10011.2.4", at(d, "/h:ClinicalDocument/h:code/@codeSystem"));
    assertEquals(type.label(), at(d, "/h:ClinicalDocument/h:title"));
    assertEquals("20240305101500", at(d, "/h:ClinicalDocument/h:effectiveTime/@value"));
    assertEquals("N", at(d, "/h:ClinicalDocument/h:confidentialityCode/@code"));
    assertEquals("zh-CN", at(d, "/h:ClinicalDocument/h:languageCode/@code"));
    String role = "/h:ClinicalDocument/h:recordTarget/h:patientRole";
    assertEquals(List.of("id", "addr", "patient"), childNames((Element) xpath().evaluate(role, d, XPathConstants.NODE)));
    assertEquals("2.16.156.10011.1.2", at(d, role + "/h:id/@root"));
    assertEquals("2.16.156.10011.2.3.3.4", at(d, role + "/h:patient/h:administrativeGenderCode/@codeSystem"));
    assertEquals(1, count(d, "/h:ClinicalDocument/h:author/h:time"));
    assertEquals(1, count(d, "/h:ClinicalDocument/h:author/h:assignedAuthor/h:id"));
    assertEquals("2.16.156.10011.1.5", at(d,
        "/h:ClinicalDocument/h:custodian/h:assignedCustodian/h:representedCustodianOrganization/h:id/@root"));
    // Every body observation is coded in a known code system and has a typed value.
    String observations = "/h:ClinicalDocument/h:component/h:structuredBody/h:component/h:section/h:entry/h:observation";
    int n = count(d, observations);
    assertTrue(n > 0);
    assertEquals(n, count(d, observations + "/h:code[@code and @displayName and (@codeSystem='2.16.156.10011.2.2.1'"
        + " or @codeSystem='2.16.840.1.113883.6.1' or @codeSystem='" + CdaOids.GONGWEI_EXTENSION + "')]"));
    assertEquals(n, count(d, observations + "/h:value[@xsi:type]"));
    // Each section has a title and a narrative before its entries.
    String sections = "/h:ClinicalDocument/h:component/h:structuredBody/h:component/h:section";
    assertEquals(count(d, sections), count(d, sections + "[h:title and h:text/h:list/h:item]"));
  }

  private static String observation(String code) {
    return "/h:ClinicalDocument/h:component/h:structuredBody/h:component/h:section/h:entry/h:observation[h:code/@code='"
        + code + "']";
  }

  @Test
  void residentDocumentHasTheHeaderAndTheRecordTarget() throws Exception {
    Resident r = CdaSamples.resident();
    String xml = WRITER.toXml(r, CdaSamples.institution());
    assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ClinicalDocument xmlns=\"urn:hl7-org:v3\""));
    assertFalse(xml.contains("<!DOCTYPE"));
    Document d = parse(xml);
    assertHeader(d, CdaDocumentType.PERSONAL_BASIC_INFORMATION, r.residentId());
    String role = "/h:ClinicalDocument/h:recordTarget/h:patientRole";
    assertEquals(r.residentId(), at(d, role + "/h:id[@root='2.16.156.10011.1.2']/@extension"));
    assertEquals("430321101201", at(d, role + "/h:addr/h:censusTract"));
    // A document exchange: the ID number is written in full.
    assertEquals("11010519491231002X", at(d, role + "/h:patient/h:id[@root='2.16.156.10011.1.3']/@extension"));
    assertEquals("张秀英", at(d, role + "/h:patient/h:name"));
    assertEquals("2", at(d, role + "/h:patient/h:administrativeGenderCode/@code"));
    assertEquals("19491231", at(d, role + "/h:patient/h:birthTime/@value"));
    assertEquals("01", at(d, role + "/h:patient/h:ethnicGroupCode/@code"));
    assertEquals("2.16.156.10011.2.3.3.3", at(d, role + "/h:patient/h:ethnicGroupCode/@codeSystem"));
    assertEquals("20180402", at(d, "/h:ClinicalDocument/h:author/h:time/@value"));
    assertEquals("2.16.156.10011.1.7", at(d, "/h:ClinicalDocument/h:author/h:assignedAuthor/h:id/@root"));
    assertEquals("D007", at(d, "/h:ClinicalDocument/h:author/h:assignedAuthor/h:id/@extension"));
    String org = "/h:ClinicalDocument/h:custodian/h:assignedCustodian/h:representedCustodianOrganization";
    assertEquals("430321101", at(d, org + "/h:id/@extension"));
    assertEquals("某某镇卫生院", at(d, org + "/h:name"));
    assertEquals("true", at(d, observation("permanent") + "/h:value/@value"));
    assertEquals("BL", at(d, observation("permanent") + "/h:value/@xsi:type"));
  }

  @Test
  void residentWithoutNameOrRecordUsesNullFlavors() throws Exception {
    Resident r = Resident.builder().from(CdaSamples.resident()).name(Optional.empty())
        .recordEstablishedDate(Optional.empty()).doctorId(Optional.empty()).build();
    Document d = parse(WRITER.toXml(r));
    assertEquals("UNK", at(d, "/h:ClinicalDocument/h:recordTarget/h:patientRole/h:patient/h:name/@nullFlavor"));
    assertEquals("UNK", at(d, "/h:ClinicalDocument/h:author/h:time/@nullFlavor"));
    assertEquals("NI", at(d, "/h:ClinicalDocument/h:author/h:assignedAuthor/h:id/@nullFlavor"));
    assertEquals(0, count(d, "/h:ClinicalDocument/h:custodian//h:name"));
  }

  @Test
  void hypertensionFollowUpIsHsdb0401WithCodedObservations() throws Exception {
    FollowUp f = CdaSamples.followUp(Condition.HYPERTENSION);
    Document d = parse(WRITER.toXml(f, CdaSamples.resident()));
    assertHeader(d, CdaDocumentType.HYPERTENSION_FOLLOW_UP, f.followUpId());
    assertEquals("HSDB04.01", at(d, "/h:ClinicalDocument/h:code/@code"));
    assertEquals("20240305", at(d, "/h:ClinicalDocument/h:author/h:time/@value"));
    assertEquals("430321101", at(d,
        "/h:ClinicalDocument/h:author/h:assignedAuthor/h:representedOrganization/h:id[@root='2.16.156.10011.1.5']/@extension"));

    String sbp = observation("DE04.10.174.00");
    assertEquals("2.16.156.10011.2.2.1", at(d, sbp + "/h:code/@codeSystem"));
    assertEquals("收缩压", at(d, sbp + "/h:code/@displayName"));
    assertEquals("PQ", at(d, sbp + "/h:value/@xsi:type"));
    assertEquals("146", at(d, sbp + "/h:value/@value"));
    assertEquals("mmHg", at(d, sbp + "/h:value/@unit"));
    assertEquals("92", at(d, observation("DE04.10.176.00") + "/h:value/@value"));

    String method = observation("DE06.00.108.00");
    assertEquals("20240305", at(d, method + "/h:effectiveTime/@value"));
    assertEquals("CD", at(d, method + "/h:value/@xsi:type"));
    assertEquals("2", at(d, method + "/h:value/@code"));
    assertEquals(CdaOids.FOLLOW_UP_METHOD_CODES, at(d, method + "/h:value/@codeSystem"));
    assertEquals("2", at(d, observation("DE05.10.066.00") + "/h:value/@code"));
    assertEquals("无", at(d, observation("DE06.00.129.00") + "/h:value"));
    assertEquals("20240405", at(d, observation("next_visit_date") + "/h:value/@value"));
    assertEquals(0, count(d, observation("DE04.50.102.00")));
    assertEquals("8716-3", at(d, "//h:section[h:entry/h:observation/h:code/@code='DE04.10.174.00']/h:code/@code"));
  }

  @Test
  void diabetesFollowUpIsHsdb0402WithGlucoseAndHba1c() throws Exception {
    FollowUp f = CdaSamples.followUp(Condition.TYPE2_DIABETES);
    Document d = parse(WRITER.toXml(f, CdaSamples.resident()));
    assertHeader(d, CdaDocumentType.DIABETES_FOLLOW_UP, f.followUpId());
    assertEquals("HSDB04.02", at(d, "/h:ClinicalDocument/h:code/@code"));
    String fpg = observation("DE04.50.102.00");
    assertEquals("8.4", at(d, fpg + "/h:value/@value"));
    assertEquals("mmol/L", at(d, fpg + "/h:value/@unit"));
    String hba1c = observation("4548-4");
    assertEquals(CdaOids.LOINC, at(d, hba1c + "/h:code/@codeSystem"));
    assertEquals("7.2", at(d, hba1c + "/h:value/@value"));
    assertEquals("%", at(d, hba1c + "/h:value/@unit"));
  }

  @Test
  void followUpWithoutInstitutionHasTheResidentsInstitutionAsCustodian() throws Exception {
    FollowUp f = FollowUp.builder().from(CdaSamples.followUp(Condition.HYPERTENSION))
        .institutionCode(Optional.empty()).build();
    Document d = parse(WRITER.toXml(f, CdaSamples.resident()));
    assertEquals(0, count(d, "/h:ClinicalDocument/h:author/h:assignedAuthor/h:representedOrganization"));
    assertEquals("430321101", at(d,
        "/h:ClinicalDocument/h:custodian/h:assignedCustodian/h:representedCustodianOrganization/h:id/@extension"));
  }

  @Provide
  Arbitrary<Resident> residents() {
    return CdaSamples.residents();
  }

  @Property(tries = 100)
  void everyWrittenResidentDocumentHasTheRequiredStructure(@ForAll("residents") Resident r) throws Exception {
    assertHeader(parse(WRITER.toXml(r)), CdaDocumentType.PERSONAL_BASIC_INFORMATION, r.residentId());
  }

  @Test
  void specialCharactersAreEscaped() {
    Resident r = Resident.builder().from(CdaSamples.resident()).name("O'Brien & <Sons> \"x\"").build();
    String xml = WRITER.toXml(r);
    assertTrue(xml.contains("&amp;") && xml.contains("&lt;Sons&gt;"));
    assertEquals(Optional.of(r), CdaSamples.read(xml).resident());
  }

  @Test
  void aCharacterXmlCannotCarryIsRefused() {
    Resident r = Resident.builder().from(CdaSamples.resident()).name("张\u0001三").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WRITER.toXml(r));
    assertTrue(e.getMessage().startsWith("name has character U+1"), e.getMessage());
  }

  @Test
  void mismatchedArgumentsAreProgrammingErrors() {
    Resident r = CdaSamples.resident();
    Institution other = Institution.builder().from(CdaSamples.institution()).code("999").build();
    assertThrows(IllegalArgumentException.class, () -> WRITER.toXml(r, other));
    FollowUp f = FollowUp.builder().from(CdaSamples.followUp(Condition.HYPERTENSION)).residentId("R9").build();
    assertThrows(IllegalArgumentException.class, () -> WRITER.toXml(f, r));
    assertThrows(NullPointerException.class, () -> WRITER.toXml((Resident) null));
    assertThrows(NullPointerException.class, () -> WRITER.toXml(r, (Institution) null));
    assertThrows(NullPointerException.class, () -> CdaWriter.withClock(null));
    FollowUp nan = FollowUp.builder().from(CdaSamples.followUp(Condition.TYPE2_DIABETES))
        .fastingGlucose(Double.NaN).build();
    assertThrows(IllegalArgumentException.class, () -> WRITER.toXml(nan, r));
  }

  @Test
  void defaultWriterStampsTheCurrentTime() throws Exception {
    String before = CdaDates.format(java.time.LocalDateTime.now(Clock.system(java.time.ZoneId.of("Asia/Shanghai"))));
    Document d = parse(CdaWriter.create().toXml(CdaSamples.resident()));
    String stamped = at(d, "/h:ClinicalDocument/h:effectiveTime/@value");
    assertEquals(14, stamped.length());
    assertTrue(stamped.compareTo(before) >= 0);
  }
}
