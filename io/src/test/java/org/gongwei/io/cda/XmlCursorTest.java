package org.gongwei.io.cda;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class XmlCursorTest {
  private static XmlCursor root(String xml) throws Exception {
    return XmlCursor.root(SecureXml.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(UTF_8))).getDocumentElement());
  }

  private static final String DOC = "<r xmlns='urn:hl7-org:v3' xmlns:s='urn:hl7-org:sdtc'"
      + " xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'>"
      + "<s:id root='x'/><id root='a' extension=' A1 '/><id root='b' extension=''/>"
      + "<c><e><o><v xsi:type='hl7:PQ' nullFlavor='UNK'/></o></e><e><o>  t  </o></e></c></r>";

  @Test
  void childrenAreIndexedWhenRepeatedAndOtherNamespacesIgnored() throws Exception {
    XmlCursor r = root(DOC);
    assertEquals("/r", r.path());
    assertEquals(List.of("/r/id[1]", "/r/id[2]"),
        r.children("id").stream().map(XmlCursor::path).collect(Collectors.toList()));
    assertEquals("/r/c", r.child("c").orElseThrow().path());
    assertEquals("/r/id[@root='b']", r.child("id", "root", "b").orElseThrow().path());
    assertEquals(Optional.empty(), r.child("id", "root", "x"));
    assertEquals("/r/id[1]/@extension", r.children("id").get(0).path("extension"));
  }

  @Test
  void attributesAndTextAreStrippedAndBlankIsAbsent() throws Exception {
    XmlCursor r = root(DOC);
    assertEquals(Optional.of("A1"), r.child("id").orElseThrow().attribute("extension"));
    assertEquals(Optional.empty(), r.child("id", "root", "b").orElseThrow().attribute("extension"));
    assertEquals(Optional.of("t"), r.at("c").orElseThrow().children("e").get(1).at("o").orElseThrow().text());
    assertEquals(Optional.empty(), r.at("c", "e", "o", "v").orElseThrow().text());
  }

  @Test
  void descendantsCarryTheirPathsAndXsiTypeLosesItsPrefix() throws Exception {
    XmlCursor r = root(DOC);
    List<XmlCursor> os = r.descendants("o");
    assertEquals(List.of("/r/c/e[1]/o", "/r/c/e[2]/o"), os.stream().map(XmlCursor::path).collect(Collectors.toList()));
    XmlCursor v = os.get(0).child("v").orElseThrow();
    assertEquals(Optional.of("PQ"), v.xsiType());
    assertTrue(v.isNull());
    assertFalse(os.get(1).isNull());
    assertEquals(Optional.empty(), r.at("c", "x"));
  }
}
