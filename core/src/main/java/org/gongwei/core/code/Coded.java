package org.gongwei.core.code;

import java.util.Locale;
import java.util.Objects;

/**
 * A value of a national code table: its code as written in the exchange formats and its
 * Chinese label.
 */
public interface Coded {

  /** The national code, exactly as written in files (for example {@code "01"}). */
  String code();

  /** The Chinese label of the national table (for example {@code "汉族"}). */
  String label();

  /**
   * Finds the constant of {@code type} whose {@link #code()} equals {@code code}.
   *
   * <p>Surrounding white space is ignored; codes are otherwise compared exactly (a code that
   * lost a leading zero is repaired by the readers, with a warning, not here).
   *
   * @throws UnknownCodeException naming the table, the code and the accepted codes
   */
  static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(code, "code");
    String wanted = code.strip();
    for (E constant : type.getEnumConstants()) {
      if (constant.code().equals(wanted)) {
        return constant;
      }
    }
    throw new UnknownCodeException(type, code);
  }

  /**
   * Finds the constant of {@code type} by its code or, failing that, by its enum name
   * (case-insensitive), as the exchange format writes some fields by name
   * ({@code HYPERTENSION}) and others by number ({@code 1}).
   *
   * @throws UnknownCodeException naming the table, the value and the accepted codes
   */
  static <E extends Enum<E> & Coded> E fromCodeOrName(Class<E> type, String value) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    String wanted = value.strip();
    for (E constant : type.getEnumConstants()) {
      if (constant.code().equals(wanted) || constant.name().equals(wanted.toUpperCase(Locale.ROOT))) {
        return constant;
      }
    }
    throw new UnknownCodeException(type, value);
  }
}
