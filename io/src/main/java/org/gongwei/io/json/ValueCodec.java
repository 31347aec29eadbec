package org.gongwei.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import org.gongwei.core.code.Coded;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.id.RegionCode;

/**
 * How one kind of field value is written to JSON and read back from a {@link Raw} scalar.
 *
 * <p>Text is a JSON string; whole numbers and decimals are JSON numbers written exactly ({@code
 * BigDecimal} by {@link BigDecimal#toString()}, so its scale survives; {@code double} by the
 * shortest text that reads back to the same value); dates are ISO strings ({@code 2024-03-05},
 * {@code 2024-03-05T10:15:00}); enums are their constant names; region and ICD-10 codes are
 * strings.
 *
 * @param <V> the Java type of the value
 */
abstract class ValueCodec<V> {

  /** What the codec expects, for error messages: {@code "a string"}, {@code "a date yyyy-MM-dd"}. */
  private final String expected;

  ValueCodec(String expected) {
    this.expected = expected;
  }

  abstract void write(JsonGenerator g, V value) throws IOException;

  abstract V read(Raw raw) throws InvalidValueException;

  final InvalidValueException invalid(Raw raw) {
    return new InvalidValueException("expected " + expected + ", found " + raw.shown());
  }

  final InvalidValueException invalid(Raw raw, String why) {
    return new InvalidValueException("expected " + expected + ", found " + raw.shown() + " (" + why + ")");
  }

  static final ValueCodec<String> TEXT =
      new ValueCodec<>("a string") {
        @Override
        void write(JsonGenerator g, String value) throws IOException {
          g.writeString(value);
        }

        @Override
        String read(Raw raw) throws InvalidValueException {
          if (raw.token() != JsonToken.VALUE_STRING) {
            throw invalid(raw);
          }
          return raw.text();
        }
      };

  static final ValueCodec<Integer> INT =
      new ValueCodec<>("a whole number") {
        @Override
        void write(JsonGenerator g, Integer value) throws IOException {
          g.writeNumber(value.intValue());
        }

        @Override
        Integer read(Raw raw) throws InvalidValueException {
          if (raw.token() != JsonToken.VALUE_NUMBER_INT) {
            throw invalid(raw);
          }
          try {
            return Integer.valueOf(raw.text());
          } catch (NumberFormatException e) {
            throw invalid(raw, "out of range");
          }
        }
      };

  static final ValueCodec<Long> LONG =
      new ValueCodec<>("a whole number") {
        @Override
        void write(JsonGenerator g, Long value) throws IOException {
          g.writeNumber(value.longValue());
        }

        @Override
        Long read(Raw raw) throws InvalidValueException {
          if (raw.token() != JsonToken.VALUE_NUMBER_INT) {
            throw invalid(raw);
          }
          try {
            return Long.valueOf(raw.text());
          } catch (NumberFormatException e) {
            throw invalid(raw, "out of range");
          }
        }
      };

  static final ValueCodec<Double> DOUBLE =
      new ValueCodec<>("a number") {
        @Override
        void write(JsonGenerator g, Double value) throws IOException {
          if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a JSON number must be finite: " + value);
          }
          g.writeNumber(value.doubleValue());
        }

        @Override
        Double read(Raw raw) throws InvalidValueException {
          if (!raw.token().isNumeric()) {
            throw invalid(raw);
          }
          double d = Double.parseDouble(raw.text());
          if (!Double.isFinite(d)) {
            throw invalid(raw, "out of range");
          }
          return d;
        }
      };

  static final ValueCodec<BigDecimal> DECIMAL =
      new ValueCodec<>("a decimal number") {
        @Override
        void write(JsonGenerator g, BigDecimal value) throws IOException {
          // toString keeps the scale (12.50 stays 12.50) and is a valid JSON number
          g.writeNumber(value.toString());
        }

        @Override
        BigDecimal read(Raw raw) throws InvalidValueException {
          if (!raw.token().isNumeric()) {
            throw invalid(raw);
          }
          try {
            return new BigDecimal(raw.text());
          } catch (NumberFormatException e) {
            throw invalid(raw, "out of range");
          }
        }
      };

  static final ValueCodec<Boolean> BOOLEAN =
      new ValueCodec<>("true or false") {
        @Override
        void write(JsonGenerator g, Boolean value) throws IOException {
          g.writeBoolean(value);
        }

        @Override
        Boolean read(Raw raw) throws InvalidValueException {
          if (raw.token() == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
          }
          if (raw.token() == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
          }
          throw invalid(raw);
        }
      };

  static final ValueCodec<LocalDate> DATE =
      new ValueCodec<>("a date yyyy-MM-dd") {
        @Override
        void write(JsonGenerator g, LocalDate value) throws IOException {
          g.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(value));
        }

        @Override
        LocalDate read(Raw raw) throws InvalidValueException {
          if (raw.token() != JsonToken.VALUE_STRING) {
            throw invalid(raw);
          }
          try {
            return LocalDate.parse(raw.text(), DateTimeFormatter.ISO_LOCAL_DATE);
          } catch (DateTimeParseException e) {
            throw invalid(raw);
          }
        }
      };

  static final ValueCodec<LocalDateTime> DATE_TIME =
      new ValueCodec<>("a date-time yyyy-MM-ddTHH:mm:ss") {
        @Override
        void write(JsonGenerator g, LocalDateTime value) throws IOException {
          g.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value));
        }

        @Override
        LocalDateTime read(Raw raw) throws InvalidValueException {
          if (raw.token() != JsonToken.VALUE_STRING) {
            throw invalid(raw);
          }
          try {
            return LocalDateTime.parse(raw.text(), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
          } catch (DateTimeParseException e) {
            throw invalid(raw);
          }
        }
      };

  static final ValueCodec<RegionCode> REGION =
      new ValueCodec<>("a region code of 2, 4, 6, 9 or 12 digits") {
        @Override
        void write(JsonGenerator g, RegionCode value) throws IOException {
          g.writeString(value.code());
        }

        @Override
        RegionCode read(Raw raw) throws InvalidValueException {
          if (raw.token() != JsonToken.VALUE_STRING) {
            throw invalid(raw);
          }
          try {
            return RegionCode.parse(raw.text());
          } catch (IllegalArgumentException e) {
            throw invalid(raw, e.getMessage());
          }
        }
      };

  static final ValueCodec<Icd10Code> ICD10 =
      new ValueCodec<>("an ICD-10 code") {
        @Override
        void write(JsonGenerator g, Icd10Code value) throws IOException {
          // the code as given, national extension included; it reads back equal
          g.writeString(value.original());
        }

        @Override
        Icd10Code read(Raw raw) throws InvalidValueException {
          if (raw.token() != JsonToken.VALUE_STRING) {
            throw invalid(raw);
          }
          try {
            return Icd10Code.parse(raw.text());
          } catch (IllegalArgumentException e) {
            throw invalid(raw, e.getMessage());
          }
        }
      };

  /**
   * The codec of an enum: written by constant name ({@code "HYPERTENSION"}, {@code "CLINIC"});
   * read by name, or for a national code table ({@link Coded}) also by its code ({@code "1"} or
   * {@code 1} for {@code CLINIC}), or by name in any case.
   */
  static <E extends Enum<E>> ValueCodec<E> ofEnum(Class<E> type) {
    Objects.requireNonNull(type, "type");
    return new EnumCodec<>(type);
  }

  private static final class EnumCodec<E extends Enum<E>> extends ValueCodec<E> {
    private final Class<E> type;

    EnumCodec(Class<E> type) {
      super("one of " + names(type));
      this.type = type;
    }

    private static String names(Class<? extends Enum<?>> type) {
      StringBuilder b = new StringBuilder();
      for (Enum<?> e : type.getEnumConstants()) {
        if (b.length() > 0) {
          b.append(", ");
        }
        b.append(e.name());
        if (e instanceof Coded) {
          b.append(" (").append(((Coded) e).code()).append(')');
        }
      }
      return b.toString();
    }

    @Override
    void write(JsonGenerator g, E value) throws IOException {
      g.writeString(value.name());
    }

    @Override
    E read(Raw raw) throws InvalidValueException {
      boolean text = raw.token() == JsonToken.VALUE_STRING;
      boolean number = raw.token() == JsonToken.VALUE_NUMBER_INT && Coded.class.isAssignableFrom(type);
      if (!text && !number) {
        throw invalid(raw);
      }
      String s = raw.text().strip();
      E[] constants = type.getEnumConstants();
      for (E e : constants) {
        if (e.name().equals(s)) {
          return e;
        }
      }
      for (E e : constants) {
        if (e instanceof Coded && ((Coded) e).code().equals(s)) {
          return e;
        }
      }
      String upper = s.toUpperCase(Locale.ROOT);
      for (E e : constants) {
        if (e.name().equals(upper)) {
          return e;
        }
      }
      throw invalid(raw);
    }
  }
}
