package org.gongwei.io.cda;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.SAXParseException;

class SecureXmlTest {
  @TempDir Path dir;

  private static Document parse(String xml) throws Exception {
    return SecureXml.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(UTF_8)));
  }

  @Test
  void parserIsNamespaceAwareAndDoesNotIncludeOrValidate() {
    DocumentBuilder b = SecureXml.newDocumentBuilder();
    assertTrue(b.isNamespaceAware());
    assertFalse(b.isXIncludeAware());
    assertFalse(b.isValidating());
    assertNotSame(b, SecureXml.newDocumentBuilder());
  }

  @Test
  void internalEntityDeclarationIsRefused() {
    SAXParseException e = assertThrows(SAXParseException.class,
        () -> parse("<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>"));
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
  }

  @Test
  void externalFileEntityIsRefusedBeforeTheFileIsOpened() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-91b2", UTF_8);
    SAXParseException e = assertThrows(SAXParseException.class,
        () -> parse("<?xml version=\"1.0\"?>\n<!DOCTYPE a [\n<!ENTITY x SYSTEM \"" + secret.toUri() + "\">\n]>\n<a>&x;</a>"));
    assertEquals(2, e.getLineNumber());
    assertFalse(String.valueOf(e.getMessage()).contains("TOP-SECRET"));
  }

  @Test
  void plainDocumentsParse() throws Exception {
    Document d = parse("<a xmlns=\"urn:hl7-org:v3\"><b x=\"1\">t</b></a>");
    assertEquals("urn:hl7-org:v3", d.getDocumentElement().getNamespaceURI());
    assertEquals("t", d.getDocumentElement().getTextContent());
  }

  @Test
  void malformedDocumentsThrowWithoutPrinting() {
    assertThrows(SAXParseException.class, () -> parse("<a><b></a>"));
  }

  @Test
  void transformerOmitsTheDeclarationAndIndents() throws Exception {
    java.io.StringWriter out = new java.io.StringWriter();
    SecureXml.newTransformer().transform(new javax.xml.transform.dom.DOMSource(parse("<a><b/></a>")),
        new javax.xml.transform.stream.StreamResult(out));
    assertEquals("<a>\n  <b/>\n</a>", out.toString().strip().replace("\r\n", "\n"));
  }
}
