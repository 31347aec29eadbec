package org.gongwei.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import org.gongwei.core.dataset.BundleRecord;

/** The Jackson serializers and deserializers of the record types, built on {@link RecordCodec}s. */
final class RecordSerializers {
  private RecordSerializers() {}

  /** Registers a serializer and a deserializer for every record type, and one for {@link BundleRecord}. */
  static void register(SimpleModule module) {
    for (RecordCodec<?, ?> codec : RecordCodecs.all()) {
      add(module, codec);
    }
    module.addSerializer(BundleRecord.class, new AnyRecordSerializer());
    module.addDeserializer(BundleRecord.class, new AnyRecordDeserializer());
  }

  private static <T extends BundleRecord> void add(SimpleModule module, RecordCodec<T, ?> codec) {
    module.addSerializer(codec.javaType(), new Serializer<>(codec));
    module.addDeserializer(codec.javaType(), new Deserializer<>(codec));
  }

  private static final class Serializer<T extends BundleRecord> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient RecordCodec<T, ?> codec;

    Serializer(RecordCodec<T, ?> codec) {
      super(codec.javaType());
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      codec.write(value, gen);
    }
  }

  /** Writes any record with the codec of its own type (a value declared as {@code BundleRecord}). */
  private static final class AnyRecordSerializer extends StdSerializer<BundleRecord> {
    private static final long serialVersionUID = 1L;

    AnyRecordSerializer() {
      super(BundleRecord.class);
    }

    @Override
    public void serialize(BundleRecord value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      RecordCodecs.of(value.recordType()).write(value, gen);
    }
  }

  private static final class Deserializer<T extends BundleRecord> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient RecordCodec<T, ?> codec;

    Deserializer(RecordCodec<T, ?> codec) {
      super(codec.javaType());
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return codec.read(RecordCodec.readObject(p));
      } catch (InvalidValueException e) {
        return ctxt.reportInputMismatch(this, "invalid %s record: %s", codec.recordType().name(), e.getMessage());
      }
    }
  }

  private static final class AnyRecordDeserializer extends StdDeserializer<BundleRecord> {
    private static final long serialVersionUID = 1L;

    AnyRecordDeserializer() {
      super(BundleRecord.class);
    }

    @Override
    public BundleRecord deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        Map<String, Raw> fields = RecordCodec.readObject(p);
        return RecordCodecs.decode(fields);
      } catch (InvalidValueException e) {
        return ctxt.reportInputMismatch(this, "invalid record: %s", e.getMessage());
      }
    }
  }
}
