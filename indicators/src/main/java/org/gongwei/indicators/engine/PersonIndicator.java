package org.gongwei.indicators.engine;

import java.util.List;

/**
 * A person-based indicator: a pure function of one resident, the period and the rulebook that
 * reports the resident's membership in each of its measures.
 *
 * <p>Implementations must be stateless and thread-safe (one instance serves all threads), must
 * not depend on the order of residents, and must report a resident only through the recorder.
 */
public interface PersonIndicator {

  /** The measures this indicator reports, headline first; the list never changes. */
  List<Measure> measures();

  /** Reports what {@code subject} adds to each measure. */
  void evaluate(Subject subject, Recorder out);
}
