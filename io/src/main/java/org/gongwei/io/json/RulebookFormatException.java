package org.gongwei.io.json;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * A rulebook file that cannot be read: not JSON, or with unknown keys or bad values. The message
 * names the file and every offending key with its value, for example {@code province.json:
 * followUpRequirement: followUpRequirement must be PRORATED_QUARTERS or FIXED(n) with n >= 0:
 * QUARTERLY}, so that a command line can print it as it is.
 *
 * <p>A checked {@link IOException}: reading a rulebook file can fail on the file or on its
 * content, and a caller handles both in one place.
 */
public final class RulebookFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final List<String> errors;

  /**
   * An exception for {@code source} (a file name or another description) with one message per
   * error, each starting with the key it is about.
   *
   * @throws IllegalArgumentException if {@code errors} is empty
   */
  public RulebookFormatException(String source, List<String> errors) {
    super(message(source, errors));
    this.source = source;
    this.errors = List.copyOf(errors);
  }

  private static String message(String source, List<String> errors) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(errors, "errors");
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("errors must not be empty");
    }
    return errors.size() == 1
        ? source + ": " + errors.get(0)
        : source + ": " + errors.size() + " errors: " + String.join("; ", errors);
  }

  /** Where the rulebook came from, for example its file name. */
  public String source() {
    return source;
  }

  /** Every error, each starting with the key it is about (or {@code JSON} for a syntax error). */
  public List<String> errors() {
    return errors;
  }
}
