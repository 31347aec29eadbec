package org.gongwei.core.dataset;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;

/**
 * The position of the first item with each id in a list: an open-addressing hash table of
 * positions (linear probing, the ids' hash codes kept beside them), built once and then only read.
 * For a million residents it takes a third of the memory of a {@code HashMap<String, Resident>}
 * and finds an id with fewer cache misses. Immutable once built; safe to read from any thread.
 */
final class IdIndex {
  private static final IdIndex EMPTY =
      new IdIndex(new String[1], new int[1], new int[] {-1}, 0, new BitSet());

  private final String[] ids;
  private final int[] hashes;
  private final int[] positions;
  private final int size;
  /** Whether the item at a position is the first with its id. */
  private final BitSet first;

  private IdIndex(String[] ids, int[] hashes, int[] positions, int size, BitSet first) {
    this.ids = ids;
    this.hashes = hashes;
    this.positions = positions;
    this.size = size;
    this.first = first;
  }

  /** The index of the ids of {@code items} (a repeated id keeps its first position). */
  static <T> IdIndex of(List<T> items, Function<T, String> id) {
    if (items.isEmpty()) {
      return EMPTY;
    }
    int capacity = Integer.highestOneBit(Math.max(2, items.size()) * 2 - 1) * 2;
    String[] ids = new String[capacity];
    int[] hashes = new int[capacity];
    int[] positions = new int[capacity];
    Arrays.fill(positions, -1);
    int mask = capacity - 1;
    int size = 0;
    BitSet first = new BitSet(items.size());
    for (int p = 0; p < items.size(); p++) {
      String key = id.apply(items.get(p));
      int h = spread(key.hashCode());
      int slot = h & mask;
      while (positions[slot] >= 0 && !(hashes[slot] == h && ids[slot].equals(key))) {
        slot = (slot + 1) & mask;
      }
      if (positions[slot] < 0) {
        ids[slot] = key;
        hashes[slot] = h;
        positions[slot] = p;
        first.set(p);
        size++;
      }
    }
    return new IdIndex(ids, hashes, positions, size, first);
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The position of the first item with this id, or -1. */
  int position(String key) {
    int h = spread(key.hashCode());
    int mask = positions.length - 1;
    int slot = h & mask;
    while (positions[slot] >= 0) {
      if (hashes[slot] == h && ids[slot].equals(key)) {
        return positions[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** Whether the item at this position is the first with its id. */
  boolean isFirst(int position) {
    return first.get(position);
  }

  /** The number of distinct ids. */
  int size() {
    return size;
  }
}
