package org.gongwei.core.internal;

import java.util.Objects;

/** Argument checks shared by the value types of the core module. */
public final class Checks {
  private Checks() {}

  /** Returns {@code value} if it is not blank; otherwise throws naming the field. */
  public static String requireText(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /** Returns {@code value} if it is ≥ 0; otherwise throws naming the field and the value. */
  public static long requireNonNegative(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative: " + value);
    }
    return value;
  }

  /** Returns {@code value} if it is within {@code [min, max]}; otherwise throws naming the field. */
  public static long requireBetween(long value, long min, long max, String field) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be between " + min + " and " + max + ": " + value);
    }
    return value;
  }
}
