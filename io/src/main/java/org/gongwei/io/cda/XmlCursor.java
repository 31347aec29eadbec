package org.gongwei.io.cda;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A read-only view of one element of a parsed document with its XPath-like location, for
 * example {@code /ClinicalDocument/component/structuredBody/component[2]/section/entry[1]}.
 *
 * <p>Elements are matched by local name within the root element's namespace (the HL7 namespace,
 * or none for a document without one), so that elements of other namespaces ({@code sdtc:id})
 * are never mistaken for CDA ones. Attributes and text are returned stripped; an empty value is
 * absent.
 */
final class XmlCursor {
  private final Element element;
  private final String namespace;
  private final String path;

  private XmlCursor(Element element, String namespace, String path) {
    this.element = element;
    this.namespace = namespace;
    this.path = path;
  }

  /** A cursor on the root element; its namespace is the namespace elements are matched in. */
  static XmlCursor root(Element root) {
    return new XmlCursor(root, root.getNamespaceURI(), "/" + localName(root));
  }

  private static String localName(Element e) {
    return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
  }

  String localName() {
    return localName(element);
  }

  /** The namespace of the element, or null. */
  String namespace() {
    return element.getNamespaceURI();
  }

  /** The XPath-like location of the element. */
  String path() {
    return path;
  }

  /** The location of an attribute of the element, {@code …/id/@extension}. */
  String path(String attribute) {
    return path + "/@" + attribute;
  }

  private boolean isOurs(Node n, String name) {
    if (n.getNodeType() != Node.ELEMENT_NODE) {
      return false;
    }
    Element e = (Element) n;
    return localName(e).equals(name) && Objects.equals(e.getNamespaceURI(), namespace);
  }

  /** The child elements named {@code name}, in document order. */
  List<XmlCursor> children(String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (isOurs(n, name)) {
        found.add((Element) n);
      }
    }
    List<XmlCursor> cursors = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      String step = found.size() == 1 ? name : name + "[" + (i + 1) + "]";
      cursors.add(new XmlCursor(found.get(i), namespace, path + "/" + step));
    }
    return cursors;
  }

  /** The first child element named {@code name}. */
  Optional<XmlCursor> child(String name) {
    List<XmlCursor> c = children(name);
    return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
  }

  /**
   * The first child element named {@code name} whose {@code attribute} equals {@code value};
   * its location names the attribute ({@code id[@root='2.16.156.10011.1.2']}).
   */
  Optional<XmlCursor> child(String name, String attribute, String value) {
    for (XmlCursor c : children(name)) {
      if (c.attribute(attribute).filter(value::equals).isPresent()) {
        return Optional.of(
            new XmlCursor(
                c.element, namespace, path + "/" + name + "[@" + attribute + "='" + value + "']"));
      }
    }
    return Optional.empty();
  }

  /** Follows a chain of first children: {@code at("recordTarget", "patientRole")}. */
  Optional<XmlCursor> at(String... names) {
    Optional<XmlCursor> c = Optional.of(this);
    for (String name : names) {
      c = c.flatMap(x -> x.child(name));
    }
    return c;
  }

  /** The descendant elements named {@code name}, in document order, with their locations. */
  List<XmlCursor> descendants(String name) {
    List<XmlCursor> found = new ArrayList<>();
    collect(this, name, found);
    return found;
  }

  private static void collect(XmlCursor from, String name, List<XmlCursor> found) {
    for (XmlCursor c : from.allChildren()) {
      if (c.localName().equals(name)) {
        found.add(c);
      }
      collect(c, name, found);
    }
  }

  /** Every child element in our namespace, in document order, with indexed steps. */
  private List<XmlCursor> allChildren() {
    List<Element> elements = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE
          && Objects.equals(((Element) n).getNamespaceURI(), namespace)) {
        elements.add((Element) n);
        counts.merge(localName((Element) n), 1, Integer::sum);
      }
    }
    Map<String, Integer> seen = new HashMap<>();
    List<XmlCursor> cursors = new ArrayList<>(elements.size());
    for (Element e : elements) {
      String name = localName(e);
      int index = seen.merge(name, 1, Integer::sum);
      String step = counts.get(name) == 1 ? name : name + "[" + index + "]";
      cursors.add(new XmlCursor(e, namespace, path + "/" + step));
    }
    return cursors;
  }

  /** A no-namespace attribute, stripped; empty if absent or blank. */
  Optional<String> attribute(String name) {
    if (!element.hasAttributeNS(null, name)) {
      return Optional.empty();
    }
    String v = element.getAttributeNS(null, name).strip();
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  /** The {@code xsi:type} of the element without any prefix ({@code PQ}), if any. */
  Optional<String> xsiType() {
    String v = element.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type").strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    int colon = v.indexOf(':');
    return Optional.of(colon >= 0 ? v.substring(colon + 1) : v);
  }

  /** Whether the element has a {@code nullFlavor}: its value is deliberately absent. */
  boolean isNull() {
    return attribute("nullFlavor").isPresent();
  }

  /** The element's text content, stripped; empty if blank. */
  Optional<String> text() {
    String v = element.getTextContent();
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(v.strip());
  }
}
