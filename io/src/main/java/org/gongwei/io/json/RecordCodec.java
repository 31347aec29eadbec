package org.gongwei.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;

/**
 * The JSON form of one record type: its properties in order, how each is written from a record
 * and read into a builder, and how the builder becomes the record.
 *
 * <p>Written form: an object whose first property is {@code "recordType"} (the {@link
 * RecordType} name), followed by the record's properties in camelCase, as named by its accessors; an absent
 * optional value is left out. Read form: the same, in any order; {@code "recordType"} may be left out
 * when the type is known from elsewhere, an optional property may also be {@code null}, and an
 * unknown property is an error.
 *
 * @param <T> the record type
 * @param <B> the builder it is read into
 */
final class RecordCodec<T extends BundleRecord, B> {
  /**
   * The discriminator property, named after {@link BundleRecord#recordType()}; not {@code "type"},
   * which is a property of {@code Institution} (and a column of {@code institutions.csv}).
   */
  static final String TYPE = "recordType";

  private final RecordType recordType;
  private final Class<T> javaType;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<Property<T, B, ?>> properties;
  private final Map<String, Property<T, B, ?>> byName;

  private RecordCodec(
      RecordType recordType,
      Class<T> javaType,
      Supplier<B> newBuilder,
      Function<B, T> build,
      List<Property<T, B, ?>> properties) {
    this.recordType = recordType;
    this.javaType = javaType;
    this.newBuilder = newBuilder;
    this.build = build;
    this.properties = List.copyOf(properties);
    Map<String, Property<T, B, ?>> m = new HashMap<>();
    for (Property<T, B, ?> p : properties) {
      if (m.put(p.name, p) != null || p.name.equals(TYPE)) {
        throw new IllegalStateException(recordType + ": duplicate property " + p.name);
      }
    }
    this.byName = Collections.unmodifiableMap(m);
  }

  /** A codec for a type built through a builder. */
  static <T extends BundleRecord, B> Definer<T, B> define(
      RecordType recordType, Class<T> javaType, Supplier<B> newBuilder, Function<B, T> build) {
    return new Definer<>(recordType, javaType, newBuilder, build);
  }

  /** A codec for a Java record, read into {@link Slots} first. */
  static <T extends BundleRecord> Definer<T, Slots> defineRecord(
      RecordType recordType, Class<T> javaType, Function<Slots, T> build) {
    return new Definer<>(recordType, javaType, Slots::new, build);
  }

  RecordType recordType() {
    return recordType;
  }

  Class<T> javaType() {
    return javaType;
  }

  /** The property names in order, {@code type} excluded. */
  List<String> propertyNames() {
    List<String> names = new ArrayList<>();
    properties.forEach(p -> names.add(p.name));
    return names;
  }

  /** The record's id as written in {@code fields} (its first property, a string), if there. */
  Optional<String> idOf(Map<String, Raw> fields) {
    Raw raw = fields.get(properties.get(0).name);
    return raw != null && raw.token() == JsonToken.VALUE_STRING ? Optional.of(raw.text()) : Optional.empty();
  }

  /** Writes {@code record} as one JSON object. */
  void write(BundleRecord record, JsonGenerator g) throws IOException {
    T value = javaType.cast(record);
    g.writeStartObject();
    g.writeStringField(TYPE, recordType.name());
    for (Property<T, B, ?> p : properties) {
      p.write(value, g);
    }
    g.writeEndObject();
  }

  /**
   * Reads a record from the scalar properties of an object.
   *
   * @throws InvalidValueException naming every unknown, missing or invalid property, or the
   *     record's own invariant that fails
   */
  T read(Map<String, Raw> fields) throws InvalidValueException {
    List<String> errors = new ArrayList<>();
    Raw type = fields.get(TYPE);
    if (type != null && !type.isNull()) {
      if (type.token() != JsonToken.VALUE_STRING || !type.text().equals(recordType.name())) {
        errors.add(TYPE + ": expected \"" + recordType.name() + "\", found " + type.shown());
      }
    }
    for (String name : fields.keySet()) {
      if (!name.equals(TYPE) && !byName.containsKey(name)) {
        errors.add("unknown property '" + name + "' (" + recordType.name() + " has " + String.join(", ", propertyNames()) + ")");
      }
    }
    B builder = newBuilder.get();
    for (Property<T, B, ?> p : properties) {
      Raw raw = fields.get(p.name);
      if (raw == null || raw.isNull()) {
        if (p.required) {
          errors.add(p.name + ": missing");
        }
        continue;
      }
      try {
        p.read(raw, builder);
      } catch (InvalidValueException e) {
        errors.add(p.name + ": " + e.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidValueException(String.join("; ", errors));
    }
    try {
      return build.apply(builder);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw new InvalidValueException(String.valueOf(e.getMessage()));
    }
  }

  /**
   * Reads the scalar properties of one JSON object, the parser on its {@code START_OBJECT} or on
   * its first property name; leaves the parser on the object's {@code END_OBJECT}. A nested object
   * or array, or a repeated property, is remembered as an error and reported by {@link #read}.
   *
   * @throws InvalidValueException if the value is not an object, or has nested or repeated
   *     properties
   */
  static Map<String, Raw> readObject(JsonParser p) throws IOException, InvalidValueException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      t = p.nextToken();
    }
    if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
      throw new InvalidValueException("expected a JSON object, found " + (t == null ? "nothing" : p.getText()));
    }
    Map<String, Raw> fields = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    while (t == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
        errors.add(name + ": expected a single value, found " + (v == JsonToken.START_OBJECT ? "an object" : "an array"));
        p.skipChildren();
      } else if (fields.put(name, new Raw(v, p.getText())) != null) {
        errors.add(name + ": repeated");
      }
      t = p.nextToken();
    }
    if (!errors.isEmpty()) {
      throw new InvalidValueException(String.join("; ", errors));
    }
    return fields;
  }

  /** One property of the written form. */
  static final class Property<T, B, V> {
    final String name;
    final boolean required;
    private final ValueCodec<V> codec;
    private final Function<T, Optional<V>> getter;
    private final BiConsumer<B, V> setter;

    Property(String name, boolean required, ValueCodec<V> codec, Function<T, Optional<V>> getter, BiConsumer<B, V> setter) {
      this.name = name;
      this.required = required;
      this.codec = codec;
      this.getter = getter;
      this.setter = setter;
    }

    void write(T record, JsonGenerator g) throws IOException {
      Optional<V> v = getter.apply(record);
      if (v.isPresent()) {
        g.writeFieldName(name);
        codec.write(g, v.get());
      }
    }

    void read(Raw raw, B builder) throws InvalidValueException {
      setter.accept(builder, codec.read(raw));
    }
  }

  /** The values read for a Java record, by property name, until the record is constructed. */
  static final class Slots {
    private final Map<String, Object> values = new HashMap<>();

    void put(String name, Object value) {
      values.put(name, value);
    }

    /** The value of a required property (present: {@link RecordCodec#read} checked it). */
    <V> V get(String name, Class<V> type) {
      return type.cast(Objects.requireNonNull(values.get(name), name));
    }

    <V> Optional<V> optional(String name, Class<V> type) {
      return Optional.ofNullable(type.cast(values.get(name)));
    }

    int getInt(String name) {
      return get(name, Integer.class);
    }
  }

  /** Collects the properties of a codec in order. */
  static final class Definer<T extends BundleRecord, B> {
    private final RecordType recordType;
    private final Class<T> javaType;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Property<T, B, ?>> properties = new ArrayList<>();

    private Definer(RecordType recordType, Class<T> javaType, Supplier<B> newBuilder, Function<B, T> build) {
      this.recordType = recordType;
      this.javaType = javaType;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /** A required property. */
    <V> Definer<T, B> req(String name, ValueCodec<V> codec, Function<T, V> getter, BiConsumer<B, V> setter) {
      properties.add(new Property<>(name, true, codec, t -> Optional.of(getter.apply(t)), setter));
      return this;
    }

    /** A property with a default: always written, optional when read. */
    <V> Definer<T, B> dflt(String name, ValueCodec<V> codec, Function<T, V> getter, BiConsumer<B, V> setter) {
      properties.add(new Property<>(name, false, codec, t -> Optional.of(getter.apply(t)), setter));
      return this;
    }

    /** An optional property: left out when empty. */
    <V> Definer<T, B> opt(String name, ValueCodec<V> codec, Function<T, Optional<V>> getter, BiConsumer<B, V> setter) {
      properties.add(new Property<>(name, false, codec, getter, setter));
      return this;
    }

    Definer<T, B> optInt(String name, Function<T, OptionalInt> getter, BiConsumer<B, Integer> setter) {
      return opt(name, ValueCodec.INT, t -> boxed(getter.apply(t)), setter);
    }

    Definer<T, B> optLong(String name, Function<T, OptionalLong> getter, BiConsumer<B, Long> setter) {
      return opt(
          name,
          ValueCodec.LONG,
          t -> {
            OptionalLong o = getter.apply(t);
            return o.isPresent() ? Optional.of(o.getAsLong()) : Optional.empty();
          },
          setter);
    }

    Definer<T, B> optDouble(String name, Function<T, OptionalDouble> getter, BiConsumer<B, Double> setter) {
      return opt(
          name,
          ValueCodec.DOUBLE,
          t -> {
            OptionalDouble o = getter.apply(t);
            return o.isPresent() ? Optional.of(o.getAsDouble()) : Optional.empty();
          },
          setter);
    }

    /** A required property of a Java record, kept in its {@link Slots} until construction. */
    <V> Definer<T, B> reqSlot(String name, ValueCodec<V> codec, Function<T, V> getter) {
      return req(name, codec, getter, (b, v) -> ((Slots) b).put(name, v));
    }

    /** An optional property of a Java record, kept in its {@link Slots} until construction. */
    <V> Definer<T, B> optSlot(String name, ValueCodec<V> codec, Function<T, Optional<V>> getter) {
      return opt(name, codec, getter, (b, v) -> ((Slots) b).put(name, v));
    }

    private static Optional<Integer> boxed(OptionalInt o) {
      return o.isPresent() ? Optional.of(o.getAsInt()) : Optional.empty();
    }

    RecordCodec<T, B> build() {
      return new RecordCodec<>(recordType, javaType, newBuilder, build, properties);
    }
  }
}
