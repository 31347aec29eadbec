package org.gongwei.io.csv;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One column of a bundle file: its canonical (English) name, whether it is required and the kind
 * of value it holds, as listed in exchange format §1.
 *
 * @param name the canonical column name, for example {@code birth_date}
 * @param requirement whether the column is required
 * @param kind the kind of value
 * @param codeWidth for a {@link ValueKind#CODE} of fixed digit width (e.g. 2 for {@code ethnicity}),
 *     the width to which a code that lost its leading zeros is padded; empty otherwise
 */
public record ColumnSchema(
    String name, Requirement requirement, ValueKind kind, OptionalInt codeWidth) {

  /** Checks the parts: a non-blank name, and a positive width only on a code column. */
  public ColumnSchema {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(codeWidth, "codeWidth");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (codeWidth.isPresent() && (kind != ValueKind.CODE || codeWidth.getAsInt() < 1)) {
      throw new IllegalArgumentException(
          "codeWidth must be positive and only given for a CODE column: " + name);
    }
  }

  /** A required column. */
  public static ColumnSchema required(String name, ValueKind kind) {
    return new ColumnSchema(name, Requirement.REQUIRED, kind, OptionalInt.empty());
  }

  /** An optional column. */
  public static ColumnSchema optional(String name, ValueKind kind) {
    return new ColumnSchema(name, Requirement.OPTIONAL, kind, OptionalInt.empty());
  }

  /** This code column with a fixed digit width. */
  public ColumnSchema withCodeWidth(int width) {
    return new ColumnSchema(name, requirement, kind, OptionalInt.of(width));
  }

  /** Whether the column is {@link Requirement#REQUIRED}. */
  public boolean isRequired() {
    return requirement == Requirement.REQUIRED;
  }

  /** For example {@code *birth_date DATE} ({@code *} = required) or {@code ethnicity CODE(2)}. */
  @Override
  public String toString() {
    return (isRequired() ? "*" : "")
        + name
        + ' '
        + kind
        + (codeWidth.isPresent() ? "(" + codeWidth.getAsInt() + ")" : "");
  }
}
