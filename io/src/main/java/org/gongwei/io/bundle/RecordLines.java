package org.gongwei.io.bundle;

import org.gongwei.core.dataset.BundleRecord;

/**
 * Receives each accepted record with the 1-based line of its file where its row starts, so that
 * findings about records (duplicate ids, unknown references) can be located in the files.
 *
 * <p>With files read in parallel, calls for different files come from different threads; calls
 * for one file come from one thread, in file order.
 */
@FunctionalInterface
public interface RecordLines {

  /** Called for every accepted record. */
  void accept(BundleRecord record, long line);

  /** Ignores every record. */
  RecordLines NONE = (record, line) -> {};
}
