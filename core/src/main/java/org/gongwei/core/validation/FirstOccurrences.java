package org.gongwei.core.validation;

import java.util.List;
import org.gongwei.core.dataset.BundleRecord;

/**
 * Finds records whose id was already used by an earlier record of the same list, without
 * allocating per record: an open-addressing hash table of positions (linear probing), sized to
 * at most half full.
 */
final class FirstOccurrences {
  private FirstOccurrences() {}

  /** Receives a repeated id: the positions (0-based) of the repeat and of the first record with the id. */
  interface Repeat {
    void found(int position, int firstPosition);
  }

  /** Calls {@code repeat} for every record of {@code records} whose id an earlier record has. */
  static void find(List<? extends BundleRecord> records, Repeat repeat) {
    int n = records.size();
    if (n < 2) {
      return;
    }
    int capacity = Integer.highestOneBit(Math.max(4, n - 1)) << 2; // ≥ 2n
    int mask = capacity - 1;
    int[] slots = new int[capacity]; // position + 1; 0 = empty
    for (int i = 0; i < n; i++) {
      String id = records.get(i).id();
      int slot = spread(id.hashCode()) & mask;
      while (true) {
        int taken = slots[slot];
        if (taken == 0) {
          slots[slot] = i + 1;
          break;
        }
        if (records.get(taken - 1).id().equals(id)) {
          repeat.found(i, taken - 1);
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
