package org.gongwei.indicators.chronic;

import java.util.List;
import org.gongwei.core.code.Condition;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.engine.PopulationBase;
import org.gongwei.indicators.engine.Reason;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;

/**
 * A chronic-disease management indicator, HTN-01…03 or DM-01…03: the resident's {@link
 * ChronicManagement} of one condition recorded in three measures, standardized management and
 * control (proportions of the managed patients) and management (managed patients over the
 * estimated patients, whose denominator only the estimate gives). Stateless.
 */
abstract sealed class ChronicIndicator implements PersonIndicator permits HypertensionManagement, DiabetesManagement {
  private static final int STANDARDIZED = 0;
  private static final int CONTROLLED = 1;
  private static final int MANAGED = 2;

  private final Condition condition;
  private final List<Measure> measures;

  /**
   * @param prefix the prefix of the measure ids ({@code "HTN"} for HTN-01…03)
   * @param estimate the population base of the management measure
   */
  ChronicIndicator(Condition condition, String prefix, PopulationBase estimate) {
    this.condition = condition;
    this.measures = List.of(Measure.of(prefix + "-01"), Measure.of(prefix + "-02"), Measure.of(prefix + "-03", estimate));
  }

  /** The measures of standardized management, control and management: HTN-01…03 or DM-01…03. */
  @Override
  public List<Measure> measures() {
    return measures;
  }

  @Override
  public void evaluate(Subject subject, Recorder out) {
    if (subject.view().registrations().isEmpty()) {
      return;
    }
    record(ChronicManagement.of(subject, condition), out);
  }

  private static void record(ChronicManagement m, Recorder out) {
    if (m.registrations() == 0 && m.excludedRegistration().isEmpty()) {
      return;
    }
    if (!m.isManaged()) {
      Reason why = m::notManagedText;
      out.excluded(STANDARDIZED, why);
      out.excluded(CONTROLLED, why);
      out.excluded(MANAGED, why);
      return;
    }
    if (m.isStandardized()) {
      out.numerator(STANDARDIZED);
    } else {
      out.denominatorOnly(STANDARDIZED, m::notStandardizedText);
    }
    if (m.isControlled()) {
      out.numerator(CONTROLLED);
    } else {
      out.denominatorOnly(CONTROLLED, m::notControlledText);
    }
    out.add(MANAGED, 1, 0, Reason.COUNTED);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + measures.get(0).id() + ", " + measures.get(1).id() + ", "
        + measures.get(2).id() + "]";
  }
}
