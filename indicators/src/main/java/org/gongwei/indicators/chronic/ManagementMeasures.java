package org.gongwei.indicators.chronic;

import org.gongwei.indicators.engine.Reason;
import org.gongwei.indicators.engine.Recorder;

/** Records a {@link ChronicManagement} in the three measures of HTN-01…03 or DM-01…03. */
final class ManagementMeasures {
  static final int STANDARDIZED = 0;
  static final int CONTROLLED = 1;
  static final int MANAGED = 2;

  private ManagementMeasures() {}

  static void record(ChronicManagement m, Recorder out) {
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
}
