package org.gongwei.examples.generator;

import org.gongwei.core.dataset.BundleRecord;

/**
 * A receiver of generated records, one at a time, so that a caller can write or count records
 * without holding them all (a {@code java.util.function.Consumer} of {@link BundleRecord}).
 */
@FunctionalInterface
public interface RecordSink {

  /** Receives the next record. */
  void accept(BundleRecord record);
}
