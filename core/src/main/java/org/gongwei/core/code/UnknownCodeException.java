package org.gongwei.core.code;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Thrown when a value is not a code of a national code table; the message names the table, the value and the accepted codes. */
public final class UnknownCodeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String table;
  private final String value;

  <E extends Enum<E> & Coded> UnknownCodeException(Class<E> type, String value) {
    super(message(type, value));
    this.table = type.getSimpleName();
    this.value = value;
  }

  private static <E extends Enum<E> & Coded> String message(Class<E> type, String value) {
    E[] constants = type.getEnumConstants();
    String accepted =
        Arrays.stream(constants)
            .limit(12)
            .map(c -> c.code() + " " + c.label())
            .collect(Collectors.joining(", "));
    if (constants.length > 12) {
      accepted += ", … (" + constants.length + " codes)";
    }
    return "'" + value + "' is not a code of " + type.getSimpleName() + " (accepted: " + accepted + ")";
  }

  /** The simple name of the code table (for example {@code Sex}). */
  public String table() {
    return table;
  }

  /** The value that was not recognised, as given. */
  public String value() {
    return value;
  }
}
