package org.gongwei.io.cda;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one place XML parsers and serializers are made, hardened against XML external entity (XXE)
 * and entity-expansion attacks (OWASP XXE Prevention Cheat Sheet, "JAXP DocumentBuilderFactory").
 *
 * <p>Every parser: refuses any DOCTYPE declaration ({@code disallow-doctype-decl}), so no DTD,
 * internal or external, and no entity is ever declared; external general and parameter entities
 * and external DTD loading are off; {@code ACCESS_EXTERNAL_DTD} and {@code ACCESS_EXTERNAL_SCHEMA}
 * allow no protocol; XInclude is off and entity references are not expanded; secure processing is
 * on (JDK entity and size limits); an entity resolver refuses every external reference; errors are
 * thrown, never printed to standard error.
 */
final class SecureXml {
  private SecureXml() {}

  private static final DocumentBuilderFactory PARSERS = parserFactory();
  private static final TransformerFactory SERIALIZERS = serializerFactory();

  private static final ErrorHandler STRICT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // warnings (none expected without validation) are ignored, never printed
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };

  private static DocumentBuilderFactory parserFactory() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance(); // the JDK's own, whatever is on the class path
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the XML parser cannot be configured safely", e);
    }
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setNamespaceAware(true);
    f.setValidating(false);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    return f;
  }

  /** A new namespace-aware DOM parser with every protection above; not thread-safe, like any. */
  static DocumentBuilder newDocumentBuilder() {
    DocumentBuilder builder;
    synchronized (PARSERS) {
      try {
        builder = PARSERS.newDocumentBuilder();
      } catch (ParserConfigurationException e) {
        throw new IllegalStateException("the XML parser cannot be configured safely", e);
      }
    }
    builder.setEntityResolver(
        (publicId, systemId) -> {
          throw new SAXException("external reference refused: " + systemId);
        });
    builder.setErrorHandler(STRICT);
    return builder;
  }

  /**
   * A new serializer for DOM documents: UTF-8, indented by 2, no XML declaration (the writer adds
   * its own), secure processing on and no external DTD or stylesheet access.
   */
  static Transformer newTransformer() {
    Transformer t;
    synchronized (SERIALIZERS) {
      try {
        t = SERIALIZERS.newTransformer();
      } catch (TransformerConfigurationException e) {
        throw new IllegalStateException("the XML serializer cannot be configured", e);
      }
    }
    t.setOutputProperty(OutputKeys.METHOD, "xml");
    t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
    t.setOutputProperty(OutputKeys.INDENT, "yes");
    t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
    return t;
  }

  private static TransformerFactory serializerFactory() {
    TransformerFactory f = TransformerFactory.newDefaultInstance(); // the JDK's own
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    } catch (TransformerConfigurationException e) {
      throw new IllegalStateException("the XML serializer cannot be configured", e);
    }
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    return f;
  }
}
