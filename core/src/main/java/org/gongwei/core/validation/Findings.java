package org.gongwei.core.validation;

import java.util.Locale;
import java.util.function.Consumer;
import org.gongwei.core.dataset.BundleRecord;

/**
 * Where the validators put their findings: a sink of problems that knows which rules are
 * enabled, with the small formatting helpers the messages share.
 */
final class Findings {
  private final Consumer<? super Problem> sink;
  private final boolean[] enabled;

  Findings(Consumer<? super Problem> sink, boolean[] enabled) {
    this.sink = sink;
    this.enabled = enabled;
  }

  /** Whether {@code rule} is enabled; check before building an expensive message. */
  boolean on(Rule rule) {
    return enabled[rule.ordinal()];
  }

  /** Reports a problem of {@code rule} about {@code record}, in {@code field} (may be null). */
  void report(Rule rule, BundleRecord record, String field, String message) {
    if (enabled[rule.ordinal()]) {
      sink.accept(problem(rule, record, field, message));
    }
  }

  static Problem problem(Rule rule, BundleRecord record, String field, String message) {
    Problem p =
        Problem.of(rule.severity(), rule.code(), message).withRecord(record.recordType(), record.id());
    return field == null ? p : p.withField(field);
  }

  /**
   * A number as a message shows it, locale-independent: whole numbers without a fraction
   * ({@code 126}), others as {@link Double#toString} ({@code 7.25}); never throws (NaN, infinity).
   */
  static String number(double value) {
    if (Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /** {@code value} with one decimal, locale-independent ({@code 7.0}). */
  static String oneDecimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
