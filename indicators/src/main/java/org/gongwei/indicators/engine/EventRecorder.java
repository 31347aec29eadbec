package org.gongwei.indicators.engine;

import org.gongwei.core.dataset.BundleRecord;

/**
 * Receives what one event (or institution) adds to each measure of an {@link EventIndicator}.
 * Each call names the subject and the cell it is counted in; the returned {@link Recorder}
 * takes the counts for that subject.
 */
public interface EventRecorder {

  /** The recorder for {@code subject}, counted in {@code cell}. */
  Recorder at(BundleRecord subject, Cell cell);
}
