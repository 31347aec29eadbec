package org.gongwei.io.standard;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A node of a JSON tree with its path, and the checks the readers of this package share: the
 * node's type, unknown and missing keys; every failure is a {@link JsonContentException} naming
 * the path.
 */
final class JsonTree {
  /** Decimals exact, duplicate keys and trailing content rejected, BigDecimal written plain. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private final String path;
  private final JsonNode node;

  private JsonTree(String path, JsonNode node) {
    this.path = path;
    this.node = node;
  }

  /** The root of the document read from {@code reader}. */
  static JsonTree read(Reader reader) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(reader);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw JsonContentException.of("$", "not valid JSON" + where + ": " + e.getOriginalMessage(), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new JsonContentException("$", "the document is empty");
    }
    return new JsonTree("$", root);
  }

  /** Reads the file with {@code parse}, naming the file in any {@link JsonContentException}. */
  static <T> T readFile(Path file, ReaderFunction<T> parse) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse.apply(reader);
    } catch (JsonContentException e) {
      throw e.inSource(file.getFileName() == null ? file.toString() : file.getFileName().toString());
    }
  }

  /** Reads a resource of this package with {@code parse}. */
  static <T> T readResource(String name, ReaderFunction<T> parse) {
    try (InputStream in = JsonTree.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from org.gongwei.io.standard");
      }
      return parse.apply(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (JsonContentException e) {
      throw e.inSource(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A parse from a reader. */
  @FunctionalInterface
  interface ReaderFunction<T> {
    T apply(Reader reader) throws IOException;
  }

  String path() {
    return path;
  }

  JsonContentException error(String problem) {
    return new JsonContentException(path, problem);
  }

  /**
   * Runs {@code build} and turns an {@link IllegalArgumentException} of the domain into a problem
   * at this node.
   */
  <T> T build(Supplier<T> build) {
    try {
      return build.get();
    } catch (JsonContentException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw JsonContentException.of(path, e.getMessage(), e);
    }
  }

  private static String describe(JsonNode n) {
    if (n.isTextual()) {
      return "string " + n.toString();
    }
    if (n.isNumber()) {
      return "number " + n.asText();
    }
    if (n.isBoolean()) {
      return "boolean " + n.asText();
    }
    if (n.isNull()) {
      return "null";
    }
    return n.isArray() ? "an array" : "an object";
  }

  /** This node as an object whose keys are all among {@code allowed}. */
  JsonTree object(List<String> allowed) {
    if (!node.isObject()) {
      throw error("must be an object, found " + describe(node));
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw error("unknown key '" + name + "' (expected: " + String.join(", ", allowed) + ")");
      }
    }
    return this;
  }

  /** The keys of this object, in document order. */
  List<String> keys() {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  boolean has(String key) {
    return node.has(key);
  }

  /** The value of a required key. */
  JsonTree field(String key) {
    JsonNode child = node.get(key);
    if (child == null) {
      throw error("missing field '" + key + "'");
    }
    return new JsonTree(path + "." + key, child);
  }

  /** The value of an optional key; a JSON null counts as absent. */
  Optional<JsonTree> optional(String key) {
    JsonNode child = node.get(key);
    return child == null || child.isNull() ? Optional.empty() : Optional.of(new JsonTree(path + "." + key, child));
  }

  /** A non-blank string. */
  String text() {
    if (!node.isTextual()) {
      throw error("must be a string, found " + describe(node));
    }
    if (node.textValue().isBlank()) {
      throw error("must not be blank");
    }
    return node.textValue();
  }

  /** A number, exactly. */
  BigDecimal decimal() {
    if (!node.isNumber()) {
      throw error("must be a number, found " + describe(node));
    }
    return node.decimalValue();
  }

  /** The elements of an array. */
  List<JsonTree> elements() {
    if (!node.isArray()) {
      throw error("must be an array, found " + describe(node));
    }
    List<JsonTree> list = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      list.add(new JsonTree(path + "[" + i + "]", node.get(i)));
    }
    return list;
  }

  /** The values of an object, by key in document order, each mapped by {@code value}. */
  <T> Map<String, T> entries(Function<JsonTree, T> value) {
    if (!node.isObject()) {
      throw error("must be an object, found " + describe(node));
    }
    Map<String, T> map = new LinkedHashMap<>();
    node.properties().forEach(e -> map.put(e.getKey(), value.apply(new JsonTree(path + "." + e.getKey(), e.getValue()))));
    return map;
  }

  /** The name of a constant of {@code type}, exactly as written in Java. */
  <E extends Enum<E>> E constant(Class<E> type) {
    String text = text();
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    TreeSet<String> names = new TreeSet<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    throw error("unknown value '" + text + "' (expected: " + String.join(", ", names) + ")");
  }
}
