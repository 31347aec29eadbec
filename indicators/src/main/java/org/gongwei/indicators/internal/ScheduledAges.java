package org.gongwei.indicators.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;
import org.gongwei.core.period.Age;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;

/**
 * The ages in completed months at which a child is due a service (the child check-ups at 3, 6,
 * 8 … 36 months, the child TCM services at 6, 12 … 36 months), which of them a child reaches in a
 * period, and the rule of CH-03 and TCM-02 that a child has at least as many services in the
 * period as ages reached in it.
 *
 * <p>A child reaches <i>n</i> months on {@code birth.plusMonths(n)} ({@link Age#dateOfMonths}), so
 * it reaches age <i>n</i> in {@code [start, end]} when {@code monthsBefore < n ≤ monthsAtEnd},
 * with {@code monthsBefore} the months completed on the day before {@code start} ({@link
 * #monthsBefore}) and {@code monthsAtEnd} those completed at {@code end}. Immutable.
 */
public final class ScheduledAges {
  private final String service;
  private final String name;
  private final int[] ages;

  private ScheduledAges(String service, String name, int[] ages) {
    this.service = service;
    this.name = name;
    this.ages = ages;
  }

  /**
   * The ages {@code months}, in months, of a service.
   *
   * @param service the service in words, singular, for reasons ({@code "child TCM service"})
   * @param name the ages in words, for reasons ({@code "TCM ages"})
   * @throws IllegalArgumentException if there is no age, or they are not positive and increasing
   */
  public static ScheduledAges of(String service, String name, int... months) {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(months, "months");
    if (months.length == 0) {
      throw new IllegalArgumentException("months: none");
    }
    for (int i = 0; i < months.length; i++) {
      if (months[i] <= 0 || (i > 0 && months[i] <= months[i - 1])) {
        throw new IllegalArgumentException("months: not positive and increasing at " + months[i]);
      }
    }
    return new ScheduledAges(service, name, months.clone());
  }

  /**
   * The months completed by a child born on {@code birth} on the day before {@code start}; {@code
   * -1} when born on or after {@code start}.
   */
  public static int monthsBefore(LocalDate birth, LocalDate start) {
    return birth.isBefore(start) ? Age.monthsAt(birth, start.minusDays(1)) : -1;
  }

  /** The months the subject completed on the day before its period starts; -1 when born on or after the start. */
  public static int monthsBefore(Subject subject) {
    return monthsBefore(subject.resident().birthDate(), subject.start());
  }

  /** Whether the age {@code months} is reached in the period: {@code monthsBefore < months ≤ monthsAtEnd}. */
  public static boolean isReached(int months, int monthsBefore, int monthsAtEnd) {
    return months > monthsBefore && months <= monthsAtEnd;
  }

  /** The first (lowest) age. */
  public int first() {
    return ages[0];
  }

  /** The last (highest) age. */
  public int last() {
    return ages[ages.length - 1];
  }

  /** The ages in order, as an unmodifiable list. */
  public List<Integer> toList() {
    List<Integer> list = new ArrayList<>(ages.length);
    for (int age : ages) {
      list.add(age);
    }
    return List.copyOf(list);
  }

  /** How many of the ages are reached in the period ({@link #isReached}). */
  public int countReached(int monthsBefore, int monthsAtEnd) {
    int reached = 0;
    for (int age : ages) {
      if (isReached(age, monthsBefore, monthsAtEnd)) {
        reached++;
      }
    }
    return reached;
  }

  /** The ages the subject reaches in its period, in order, whatever its age at the period end. */
  public List<Integer> reached(Subject subject) {
    int monthsAtEnd = subject.ageMonthsAtEnd();
    if (monthsAtEnd < first()) {
      return List.of();
    }
    int monthsBefore = monthsBefore(subject);
    List<Integer> list = new ArrayList<>(4);
    for (int age : ages) {
      if (isReached(age, monthsBefore, monthsAtEnd)) {
        list.add(age);
      }
    }
    return List.copyOf(list);
  }

  /**
   * Records measure {@code m} of a child who reaches at least one of the ages in the period:
   * numerator when its services in the period ({@code services}, asked only then) number at least
   * the ages reached, else denominator only, with the reason {@code "1 child TCM service in 2024,
   * 2 required (TCM ages reached: 6, 12 months)"}. A child who reaches none is left out.
   */
  public void record(Subject subject, Recorder out, int m, ToIntFunction<Subject> services) {
    int monthsAtEnd = subject.ageMonthsAtEnd();
    if (monthsAtEnd < first()) {
      return;
    }
    int monthsBefore = monthsBefore(subject);
    if (monthsBefore >= last()) {
      return;
    }
    int reached = countReached(monthsBefore, monthsAtEnd);
    if (reached == 0) {
      return;
    }
    int given = services.applyAsInt(subject);
    if (given >= reached) {
      out.numerator(m);
      return;
    }
    ReportingPeriod period = subject.period();
    out.denominatorOnly(
        m,
        () ->
            given
                + " "
                + service
                + (given == 1 ? " in " : "s in ")
                + period
                + ", "
                + reached
                + " required ("
                + name
                + " reached: "
                + reachedWords(monthsBefore, monthsAtEnd)
                + ")");
  }

  /** The ages reached in the period in words, for reasons: {@code "6, 12 months"}. */
  public String reachedWords(int monthsBefore, int monthsAtEnd) {
    StringBuilder b = new StringBuilder();
    for (int age : ages) {
      if (isReached(age, monthsBefore, monthsAtEnd)) {
        b.append(b.length() == 0 ? "" : ", ").append(age);
      }
    }
    return b.append(" months").toString();
  }

  @Override
  public String toString() {
    return "ScheduledAges[" + service + ": " + name + " " + toList() + " months]";
  }
}
