package org.gongwei.indicators.engine;

import java.util.List;

/**
 * An event-based indicator: counts infectious cases, emergency events, supervision records,
 * education activities (per institution) or surveys, in the same shape as person-based ones.
 *
 * <p>Implementations must be stateless and thread-safe and must not depend on the order of
 * events.
 */
public interface EventIndicator {

  /** The measures this indicator reports, headline first; the list never changes. */
  List<Measure> measures();

  /** Reports what each event (or institution) adds to each measure. */
  void evaluate(EventSource events, EvaluationContext context, EventRecorder out);
}
