package org.gongwei.indicators.surveillance;

import java.time.Duration;

/** Report delays in words, for the reasons of ID-02 and ID-03. */
final class Delays {
  private Delays() {}

  /** For example {@code 2 h 1 min}, {@code 25 h}, {@code 2 h 0 min 30 s}, {@code -1 h} (reported before). */
  static String words(Duration delay) {
    if (delay.isNegative()) {
      return "-" + words(delay.negated());
    }
    long hours = delay.toHours();
    int minutes = delay.toMinutesPart();
    int seconds = delay.toSecondsPart();
    StringBuilder text = new StringBuilder().append(hours).append(" h");
    if (minutes > 0 || seconds > 0) {
      text.append(' ').append(minutes).append(" min");
    }
    if (seconds > 0) {
      text.append(' ').append(seconds).append(" s");
    }
    return text.toString();
  }
}
