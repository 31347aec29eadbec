package org.gongwei.indicators.engine;

import java.util.Objects;

/**
 * Why a subject is in a denominator but not the numerator, or outside the denominator, in words
 * ("3 face-to-face follow-ups in 2024, 4 required").
 *
 * <p>Reasons are formatted only when someone asks (drill-down, explanations), never while
 * counting: pass a constant with {@link #of(String)} or a lambda that builds the text.
 */
@FunctionalInterface
public interface Reason {

  /** The reason in words. */
  String text();

  /** A reason with a fixed text. */
  static Reason of(String text) {
    Objects.requireNonNull(text, "text");
    return () -> text;
  }

  /** The reason given for a subject in the numerator. */
  Reason COUNTED = of("counted");
}
