package org.gongwei.io.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.rulebook.Rulebook;

/**
 * Jackson configured for Gongwei's domain types: every record type of the bundle, the {@link
 * Rulebook}, region and ICD-10 codes and reporting periods.
 *
 * <p>The JSON form of a record ({@link org.gongwei.core.dataset.BundleRecord}) is an object whose
 * first property {@code "recordType"} names its {@link org.gongwei.core.dataset.RecordType} (the
 * discriminator for polymorphic reading as {@code BundleRecord}; optional when a concrete type is
 * asked for, and then checked; named after {@code BundleRecord.recordType()} rather than {@code
 * "type"}, which is a property of an institution), followed by the record's properties named exactly as its
 * accessors ({@code residentId}, {@code birthDate}, {@code fastingGlucose}):
 *
 * <pre>{@code
 * {"recordType":"FOLLOW_UP","followUpId":"F01","residentId":"R0001","condition":"HYPERTENSION",
 *  "visitDate":"2024-03-05","method":"CLINIC","sbp":138,"dbp":86,"adverseReaction":false,
 *  "referral":false}
 * }</pre>
 *
 * <ul>
 *   <li>Absent optional values are left out; a property with a default ({@code idType}, the yes/no
 *       flags) is always written. When reading, an optional property may also be {@code null}.
 *   <li>Dates are ISO {@code yyyy-MM-dd}, date-times ISO {@code yyyy-MM-ddTHH:mm:ss} (seconds
 *       always written, fractions when present).
 *   <li>Codes of national tables are written by constant name ({@code "FEMALE"}, {@code
 *       "CLINIC"}, {@code "HAN"}) and read by name or by national code ({@code "2"}, {@code 1},
 *       {@code "01"}); names are also accepted in any case.
 *   <li>Decimals keep their scale ({@code 12.50}); doubles are written so they read back equal
 *       (a NaN or infinite double cannot be written: JSON has no such number, and writing fails
 *       with {@link IllegalArgumentException}).
 *   <li>ID numbers and names are written in full: JSON is a data export, not a display.
 *   <li>Reading is strict: an unknown property, a value of the wrong JSON type, a missing
 *       required property or a broken invariant of the record fails with a message naming every
 *       offending property.
 * </ul>
 *
 * <p>The records are written and read by explicit code, not by reflection, so no package of the
 * core module needs to be open to Jackson.
 *
 * <p>Mappers are mutable: {@link #newMapper()} makes a new one each time; the shared {@link
 * #writer()} and {@link #reader()} are immutable and thread-safe.
 */
public final class GongweiJson {
  private static final JsonMapper SHARED = newMapper();

  private GongweiJson() {}

  /**
   * The Jackson module with the serializers and deserializers of every record type (each
   * concrete type and {@code BundleRecord}), {@link Rulebook} (as a rulebook file, {@link
   * RulebookJson}), {@link RegionCode}, {@link Icd10Code} and {@link ReportingPeriod} (as
   * strings). Register it on a mapper of your own, or use {@link #newMapper()}.
   */
  public static Module module() {
    SimpleModule m = new SimpleModule("gongwei");
    RecordSerializers.register(m);
    m.addSerializer(Rulebook.class, new RulebookSerializer());
    m.addDeserializer(Rulebook.class, new RulebookDeserializer());
    addText(m, RegionCode.class, RegionCode::code, RegionCode::parse);
    addText(m, Icd10Code.class, Icd10Code::original, Icd10Code::parse);
    addText(m, ReportingPeriod.class, ReportingPeriod::toString, ReportingPeriod::parse);
    return m;
  }

  /**
   * A new mapper with {@link #module()}, the JDK 8 ({@code Optional}) and java.time modules, ISO
   * dates (not timestamps), absent values left out, plain (not scientific) decimals, exact
   * decimals when reading floating-point numbers into trees, and strict detection of repeated
   * properties.
   */
  public static JsonMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
  }

  /** A shared writer of the configured mapper (compact output). */
  public static ObjectWriter writer() {
    return SHARED.writer();
  }

  /** A shared reader of the configured mapper. */
  public static ObjectReader reader() {
    return SHARED.reader();
  }

  /** A record as one line of compact JSON, for example for a log or a test. */
  public static String toJson(BundleRecord record) {
    Objects.requireNonNull(record, "record");
    try {
      return SHARED.writeValueAsString(record);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + record.recordType() + " " + record.id(), e);
    }
  }

  /**
   * The record of the type its {@code "recordType"} property names.
   *
   * @throws IOException if the text is not JSON or not a valid record; the message names the
   *     offending properties
   */
  public static BundleRecord fromJson(String json) throws IOException {
    Objects.requireNonNull(json, "json");
    return SHARED.readValue(json, BundleRecord.class);
  }

  /** The shared mapper, for the classes of this package only (it must not be reconfigured). */
  static JsonMapper shared() {
    return SHARED;
  }

  private static <T> void addText(SimpleModule m, Class<T> type, Function<T, String> toText, Function<String, T> parse) {
    m.addSerializer(type, new TextSerializer<>(type, toText));
    m.addDeserializer(type, new TextDeserializer<>(type, parse));
  }

  private static final class TextSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<T, String> toText;

    TextSerializer(Class<T> type, Function<T, String> toText) {
      super(type);
      this.toText = toText;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(toText.apply(value));
    }
  }

  private static final class TextDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> parse;

    TextDeserializer(Class<T> type, Function<String, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.reportInputMismatch(this, "expected a string for %s, found %s", handledType().getSimpleName(), p.currentToken());
      }
      try {
        return parse.apply(p.getText());
      } catch (IllegalArgumentException e) {
        return ctxt.reportInputMismatch(this, "%s", e.getMessage());
      }
    }
  }

  private static final class RulebookSerializer extends StdSerializer<Rulebook> {
    private static final long serialVersionUID = 1L;

    RulebookSerializer() {
      super(Rulebook.class);
    }

    @Override
    public void serialize(Rulebook value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      RulebookJson.write(value, gen);
    }
  }

  private static final class RulebookDeserializer extends StdDeserializer<Rulebook> {
    private static final long serialVersionUID = 1L;

    RulebookDeserializer() {
      super(Rulebook.class);
    }

    @Override
    public Rulebook deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = ctxt.readTree(p);
      try {
        return RulebookJson.read(node, Rulebook.national2017(), "rulebook");
      } catch (RulebookFormatException e) {
        return ctxt.reportInputMismatch(this, "%s", e.getMessage());
      }
    }
  }
}
