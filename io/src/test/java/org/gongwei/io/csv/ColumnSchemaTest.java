package org.gongwei.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ColumnSchemaTest {
  @Test
  void factoriesAndToString() {
    ColumnSchema c = ColumnSchema.optional("ethnicity", ValueKind.CODE).withCodeWidth(2);
    assertEquals(OptionalInt.of(2), c.codeWidth());
    assertEquals("ethnicity CODE(2)", c.toString());
    ColumnSchema r = ColumnSchema.required("birth_date", ValueKind.DATE);
    assertTrue(r.isRequired());
    assertEquals("*birth_date DATE", r.toString());
  }

  @Test
  void widthOnlyForCodes() {
    assertThrows(IllegalArgumentException.class,
        () -> ColumnSchema.optional("name", ValueKind.TEXT).withCodeWidth(2));
    assertThrows(IllegalArgumentException.class,
        () -> ColumnSchema.optional("sex", ValueKind.CODE).withCodeWidth(0));
    assertThrows(IllegalArgumentException.class,
        () -> ColumnSchema.optional(" ", ValueKind.CODE));
  }
}
