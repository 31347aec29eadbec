package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks shared by the tests of the code tables; not a test class itself. */
final class CodeTableChecks {

  private CodeTableChecks() {}

  /** Every code and label is non-blank and has no surrounding white space, and codes are unique. */
  static <E extends Enum<E> & Coded> void assertWellFormed(Class<E> type) {
    E[] constants = type.getEnumConstants();
    Set<String> codes = new HashSet<>();
    for (E c : constants) {
      assertAll(
          c.name(),
          () -> assertFalse(c.code().isBlank(), "blank code"),
          () -> assertEquals(c.code().strip(), c.code(), "code with white space"),
          () -> assertFalse(c.label().isBlank(), "blank label"),
          () -> assertEquals(c.label().strip(), c.label(), "label with white space"));
      assertTrue(codes.add(c.code()), () -> "duplicate code " + c.code() + " in " + type.getSimpleName());
    }
  }

  /** The codes of {@code type} in declaration order, joined by spaces. */
  static <E extends Enum<E> & Coded> String codes(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(" "));
  }

  /**
   * {@code fromCode} rejects {@code value} with an {@link UnknownCodeException} whose message,
   * {@code table()} and {@code value()} name the table and the value.
   */
  static <E extends Enum<E> & Coded> void assertRejects(
      Class<E> type, Function<String, E> fromCode, String value) {
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> fromCode.apply(value));
    String table = type.getSimpleName();
    assertAll(
        () -> assertEquals(table, e.table()),
        () -> assertEquals(value, e.value()),
        () -> assertTrue(e.getMessage().contains(table), () -> "table missing: " + e.getMessage()),
        () -> assertTrue(e.getMessage().contains("'" + value + "'"), () -> "value missing: " + e.getMessage()));
  }
}
