package org.gongwei.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.code.Ethnicity;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.dataset.RecordType;
import org.junit.jupiter.api.Test;

class ValueCodecTest {

  private static <V> String written(ValueCodec<V> codec, V value) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = GongweiJson.shared().getFactory().createGenerator(out)) {
      codec.write(g, value);
    }
    return out.toString();
  }

  private static Raw string(String s) {
    return new Raw(JsonToken.VALUE_STRING, s);
  }

  @Test
  void enumsAreReadByNameCodeOrNameInAnyCase() throws InvalidValueException {
    ValueCodec<FollowUpMethod> c = ValueCodec.ofEnum(FollowUpMethod.class);
    assertEquals(FollowUpMethod.HOME, c.read(string("HOME")));
    assertEquals(FollowUpMethod.HOME, c.read(string("2")));
    assertEquals(FollowUpMethod.HOME, c.read(new Raw(JsonToken.VALUE_NUMBER_INT, "2")));
    assertEquals(FollowUpMethod.HOME, c.read(string("home")));
    assertEquals(Ethnicity.HAN, ValueCodec.ofEnum(Ethnicity.class).read(string("01")));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> c.read(string("VISIT")));
    assertTrue(e.getMessage().contains("CLINIC (1)"), e.getMessage());
    assertTrue(e.getMessage().endsWith("found \"VISIT\""), e.getMessage());
  }

  @Test
  void enumsWithoutNationalCodesTakeNoNumbers() {
    assertThrows(InvalidValueException.class, () -> ValueCodec.ofEnum(RecordType.class).read(new Raw(JsonToken.VALUE_NUMBER_INT, "1")));
  }

  @Property
  void doublesReadBackEqual(@ForAll double d) throws IOException, InvalidValueException {
    if (Double.isFinite(d)) {
      String text = written(ValueCodec.DOUBLE, d);
      JsonToken token = text.matches("-?[0-9]+") ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_NUMBER_FLOAT;
      assertEquals(Double.valueOf(d), ValueCodec.DOUBLE.read(new Raw(token, text)));
    }
  }

  @Test
  void nonFiniteDoublesCannotBeWritten() {
    assertThrows(IllegalArgumentException.class, () -> written(ValueCodec.DOUBLE, Double.NaN));
  }

  @Test
  void decimalsKeepTheirScaleAndExponent() throws IOException, InvalidValueException {
    for (String s : new String[] {"12.50", "0", "1E+3", "1E-7", "0.000"}) {
      BigDecimal d = new BigDecimal(s);
      String text = written(ValueCodec.DECIMAL, d);
      BigDecimal back = ValueCodec.DECIMAL.read(new Raw(JsonToken.VALUE_NUMBER_FLOAT, text));
      assertEquals(d, back);
      assertEquals(d.scale(), back.scale());
    }
  }

  @Test
  void wholeNumbersRejectFractionsAndOverflow() {
    assertThrows(InvalidValueException.class, () -> ValueCodec.INT.read(new Raw(JsonToken.VALUE_NUMBER_FLOAT, "1.0")));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ValueCodec.INT.read(new Raw(JsonToken.VALUE_NUMBER_INT, "3000000000")));
    assertTrue(e.getMessage().contains("out of range"));
  }

  @Test
  void dateTimesAreIsoWithSecondsAndFractions() throws IOException, InvalidValueException {
    LocalDateTime t = LocalDateTime.of(2024, 3, 1, 10, 0, 0, 500_000_000);
    assertEquals("\"2024-03-01T10:00:00.5\"", written(ValueCodec.DATE_TIME, t));
    assertEquals(t, ValueCodec.DATE_TIME.read(string("2024-03-01T10:00:00.5")));
    assertEquals(LocalDateTime.of(2024, 3, 1, 10, 0), ValueCodec.DATE_TIME.read(string("2024-03-01T10:00")));
    assertThrows(InvalidValueException.class, () -> ValueCodec.DATE_TIME.read(string("2024-03-01 10:00")));
  }

  @Test
  void textMustBeAJsonString() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ValueCodec.TEXT.read(new Raw(JsonToken.VALUE_NUMBER_INT, "42")));
    assertEquals("expected a string, found 42", e.getMessage());
  }
}
