package org.gongwei.io.fhir;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Jackson set-up of the FHIR mapping and small helpers over its tree model. */
final class Json {
  private Json() {}

  /**
   * The mapper: decimals as {@code BigDecimal} (no precision lost), duplicated keys rejected (FHIR
   * JSON forbids them), big decimals written plain ({@code 1200}, never {@code 1.2E+3}).
   */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ObjectNode resource(String resourceType) {
    return object().put("resourceType", resourceType);
  }

  static ObjectNode coding(String system, String code, String display) {
    ObjectNode c = object().put("system", system).put("code", code);
    if (display != null && !display.isEmpty()) {
      c.put("display", display);
    }
    return c;
  }

  static ObjectNode concept(ObjectNode... codings) {
    ObjectNode c = object();
    ArrayNode a = c.putArray("coding");
    for (ObjectNode coding : codings) {
      a.add(coding);
    }
    return c;
  }

  static ObjectNode identifier(String system, String value) {
    return object().put("system", system).put("value", value);
  }

  static ObjectNode extension(String url) {
    return object().put("url", url);
  }

  /** Appends {@code ext} to {@code node.extension}. */
  static void addExtension(ObjectNode node, ObjectNode ext) {
    ArrayNode a = node.has("extension") ? (ArrayNode) node.get("extension") : node.putArray("extension");
    a.add(ext);
  }

  static ObjectNode dateExtension(String url, LocalDate date) {
    return extension(url).put("valueDate", date.toString());
  }

  static ObjectNode decimalQuantity(BigDecimal value, String unit, String system, String code) {
    ObjectNode q = object().put("value", value);
    if (unit != null) {
      q.put("unit", unit);
    }
    if (system != null) {
      q.put("system", system);
    }
    if (code != null) {
      q.put("code", code);
    }
    return q;
  }

  // ---- reading ----

  /** The text of a string field, if present and a non-blank string. */
  static Optional<String> text(JsonNode node, String field) {
    if (node == null) {
      return Optional.empty();
    }
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(v.asText().strip());
  }

  /** The elements of an array field (a single object is taken as an array of one). */
  static List<JsonNode> array(JsonNode node, String field) {
    if (node == null) {
      return List.of();
    }
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      return List.of(v);
    }
    List<JsonNode> list = new ArrayList<>(v.size());
    v.forEach(list::add);
    return list;
  }

  /** The extensions of {@code node} with {@code url}. */
  static List<JsonNode> extensions(JsonNode node, String url) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode e : array(node, "extension")) {
      if (url.equals(e.path("url").asText(null))) {
        found.add(e);
      }
    }
    return found;
  }

  /** The first extension of {@code node} with {@code url}. */
  static Optional<JsonNode> extensionOf(JsonNode node, String url) {
    List<JsonNode> found = extensions(node, url);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** The index of {@code element} in {@code node.field} (identity), for paths. */
  static int indexIn(JsonNode node, String field, JsonNode element) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || !v.isArray()) {
      return 0;
    }
    for (int i = 0; i < v.size(); i++) {
      if (v.get(i) == element) {
        return i;
      }
    }
    return 0;
  }
}
