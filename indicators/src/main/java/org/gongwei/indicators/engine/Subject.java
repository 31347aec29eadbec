package org.gongwei.indicators.engine;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.core.period.Age;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.resident.Resident;
import org.gongwei.indicators.rulebook.Rulebook;

/**
 * One resident being evaluated: the {@link ResidentView} with the context and the facts every
 * indicator needs (age at the period end, in population at the period end), computed once.
 *
 * <p>Not thread-safe: a subject is evaluated by one thread.
 */
public final class Subject {
  private final ResidentView view;
  private final EvaluationContext context;
  private final int ageYearsAtEnd;
  private final int ageMonthsAtEnd;
  private final boolean inPopulationAtEnd;
  private Object[] memo;

  /** The subject for {@code view} in {@code context}. */
  public Subject(ResidentView view, EvaluationContext context) {
    this.view = Objects.requireNonNull(view, "view");
    this.context = Objects.requireNonNull(context, "context");
    Resident r = view.resident();
    LocalDate end = context.end();
    boolean born = !r.birthDate().isAfter(end);
    this.ageYearsAtEnd = born ? Age.yearsAt(r.birthDate(), end) : -1;
    this.ageMonthsAtEnd = born ? Age.monthsAt(r.birthDate(), end) : -1;
    this.inPopulationAtEnd = r.isInPopulationOn(end);
  }

  public ResidentView view() {
    return view;
  }

  public Resident resident() {
    return view.resident();
  }

  public EvaluationContext context() {
    return context;
  }

  public ReportingPeriod period() {
    return context.period();
  }

  public Rulebook rulebook() {
    return context.rulebook();
  }

  /** The last day of the period. */
  public LocalDate end() {
    return context.end();
  }

  /** The first day of the period. */
  public LocalDate start() {
    return context.start();
  }

  /** Age in completed years at the period end; -1 when born after it. */
  public int ageYearsAtEnd() {
    return ageYearsAtEnd;
  }

  /** Age in completed months at the period end; -1 when born after it. */
  public int ageMonthsAtEnd() {
    return ageMonthsAtEnd;
  }

  /**
   * Whether the resident is in the population at the period end: permanent, born, neither dead
   * nor closed on or before it.
   */
  public boolean isInPopulationAtEnd() {
    return inPopulationAtEnd;
  }

  /**
   * The value for {@code key}, computed by {@code compute} on first use and kept for this
   * subject. The same key must always be computed by the same function.
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(MemoKey<T> key, Function<Subject, T> compute) {
    int i = key.index();
    if (memo == null) {
      memo = new Object[Math.max(i + 1, MemoKey.count())]; // as many slots as keys, not MAX
    } else if (i >= memo.length) {
      memo = Arrays.copyOf(memo, i + 1); // a key made after this subject's first memo
    }
    Object v = memo[i];
    if (v == null) {
      v = Objects.requireNonNull(compute.apply(this), "memo value");
      memo[i] = v;
    }
    return (T) v;
  }

  @Override
  public String toString() {
    return "Subject[" + view.residentId() + ", " + context + "]";
  }
}
