package org.gongwei.indicators.engine;

import java.time.LocalDate;
import java.util.Objects;
import org.gongwei.core.immunization.NipSchedule;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.rulebook.Rulebook;

/**
 * What every indicator evaluation depends on besides the data: the reporting period, the
 * rulebook and the immunization schedule. Passed explicitly; there is no global state.
 */
public final class EvaluationContext {
  private final ReportingPeriod period;
  private final Rulebook rulebook;
  private final NipSchedule schedule;
  private final double fastingGlucoseTarget;

  private EvaluationContext(ReportingPeriod period, Rulebook rulebook, NipSchedule schedule) {
    this.period = Objects.requireNonNull(period, "period");
    this.rulebook = Objects.requireNonNull(rulebook, "rulebook");
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    this.fastingGlucoseTarget = rulebook.fastingGlucoseTarget().doubleValue();
  }

  /** A context with the national immunization schedule. */
  public static EvaluationContext of(ReportingPeriod period, Rulebook rulebook) {
    return new EvaluationContext(period, rulebook, NipSchedule.national2021());
  }

  /** A context with a custom immunization schedule. */
  public static EvaluationContext of(ReportingPeriod period, Rulebook rulebook, NipSchedule schedule) {
    return new EvaluationContext(period, rulebook, schedule);
  }

  public ReportingPeriod period() {
    return period;
  }

  public Rulebook rulebook() {
    return rulebook;
  }

  public NipSchedule schedule() {
    return schedule;
  }

  /** The first day of the period. */
  public LocalDate start() {
    return period.start();
  }

  /** The last day of the period: the reference date for population groups. */
  public LocalDate end() {
    return period.end();
  }

  /** The rulebook's fasting glucose target in mmol/L, as a double for fast comparisons. */
  public double fastingGlucoseTarget() {
    return fastingGlucoseTarget;
  }

  @Override
  public String toString() {
    return period + " " + rulebook.name();
  }
}
