package org.gongwei.indicators.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Counts per measure and {@link Cell}: the mergeable result of evaluating indicators over some
 * residents and events.
 *
 * <p>Tallies of different chunks, threads or machines {@linkplain #merge merge} into the tally of
 * the whole: merging is commutative and associative, so results do not depend on how the data
 * was split or in which order it was read. Immutable.
 */
public final class Tally {
  private final List<Measure> measures;
  private final Map<String, Integer> slotById;
  private final List<Cell> cells;
  private final long[][] numerators;
  private final long[][] denominators;

  Tally(List<Measure> measures, List<Cell> cells, long[][] numerators, long[][] denominators) {
    this.measures = measures;
    this.slotById = slots(measures);
    this.cells = cells;
    this.numerators = numerators;
    this.denominators = denominators;
  }

  static Map<String, Integer> slots(List<Measure> measures) {
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < measures.size(); i++) {
      if (map.put(measures.get(i).id(), i) != null) {
        throw new IllegalArgumentException("duplicate measure id " + measures.get(i).id());
      }
    }
    return Collections.unmodifiableMap(map);
  }

  /** An empty tally for these measures. */
  public static Tally empty(List<Measure> measures) {
    List<Measure> copy = List.copyOf(measures);
    return new Tally(copy, List.of(), new long[copy.size()][0], new long[copy.size()][0]);
  }

  /** The measures, in slot order. */
  public List<Measure> measures() {
    return measures;
  }

  /** The measure with this id. */
  public Measure measure(String measureId) {
    return measures.get(slot(measureId));
  }

  /** Whether there is a measure with this id. */
  public boolean hasMeasure(String measureId) {
    return slotById.containsKey(measureId);
  }

  private int slot(String measureId) {
    Integer slot = slotById.get(Objects.requireNonNull(measureId, "measureId"));
    if (slot == null) {
      throw new IllegalArgumentException("no measure " + measureId + " in this tally");
    }
    return slot;
  }

  /** The cells that have counts, in no particular order. */
  public List<Cell> cells() {
    return cells;
  }

  /** The counts of a measure over all cells. */
  public Counts total(String measureId) {
    return total(measureId, c -> true);
  }

  /** The counts of a measure over the cells that pass {@code filter}. */
  public Counts total(String measureId, Predicate<Cell> filter) {
    int s = slot(measureId);
    long n = 0;
    long d = 0;
    for (int c = 0; c < cells.size(); c++) {
      if (filter.test(cells.get(c))) {
        n += numerators[s][c];
        d += denominators[s][c];
      }
    }
    return new Counts(n, d);
  }

  /**
   * The counts of a measure grouped by a key of the cell (institution, region at a level, sex,
   * age band), for cells that pass {@code filter}; groups whose counts are both zero are left out.
   * The groups add up to {@link #total(String, Predicate)}.
   */
  public <K> Map<K, Counts> group(String measureId, Predicate<Cell> filter, Function<Cell, K> key) {
    int s = slot(measureId);
    Map<K, Counts> groups = new LinkedHashMap<>();
    for (int c = 0; c < cells.size(); c++) {
      Cell cell = cells.get(c);
      if (!filter.test(cell) || (numerators[s][c] == 0 && denominators[s][c] == 0)) {
        continue;
      }
      groups.merge(key.apply(cell), new Counts(numerators[s][c], denominators[s][c]), Counts::plus);
    }
    return groups;
  }

  /**
   * The tally of both: counts added cell by cell.
   *
   * @throws IllegalArgumentException if the tallies are of different measures
   */
  public Tally merge(Tally other) {
    Objects.requireNonNull(other, "other");
    if (!measures.equals(other.measures)) {
      throw new IllegalArgumentException("cannot merge tallies of different measures");
    }
    Accumulator acc = new Accumulator(measures, cells.size() + other.cells.size());
    acc.addAll(this);
    acc.addAll(other);
    return acc.toTally();
  }

  long numerator(int slot, int cell) {
    return numerators[slot][cell];
  }

  long denominator(int slot, int cell) {
    return denominators[slot][cell];
  }

  /** For example {@code Tally[54 measures, 312 cells]}. */
  @Override
  public String toString() {
    return "Tally[" + measures.size() + " measures, " + cells.size() + " cells]";
  }

  /** The mutable counterpart of a tally, used by one thread while evaluating. */
  static final class Accumulator {
    private final List<Measure> measures;
    private final Map<Cell, Integer> cellIndex;
    private final List<Cell> cells;
    private long[][] numerators;
    private long[][] denominators;
    private int capacity;

    Accumulator(List<Measure> measures, int expectedCells) {
      this.measures = measures;
      this.capacity = Math.max(16, expectedCells);
      this.cellIndex = new HashMap<>(capacity * 4 / 3 + 1);
      this.cells = new ArrayList<>(capacity);
      this.numerators = new long[measures.size()][capacity];
      this.denominators = new long[measures.size()][capacity];
    }

    int cell(Cell cell) {
      Integer index = cellIndex.get(cell);
      if (index != null) {
        return index;
      }
      int i = cells.size();
      if (i == capacity) {
        grow();
      }
      cells.add(cell);
      cellIndex.put(cell, i);
      return i;
    }

    private void grow() {
      capacity *= 2;
      for (int s = 0; s < numerators.length; s++) {
        numerators[s] = java.util.Arrays.copyOf(numerators[s], capacity);
        denominators[s] = java.util.Arrays.copyOf(denominators[s], capacity);
      }
    }

    void add(int slot, int cell, long numerator, long denominator) {
      numerators[slot][cell] += numerator;
      denominators[slot][cell] += denominator;
    }

    void addAll(Tally tally) {
      for (int c = 0; c < tally.cells.size(); c++) {
        int mine = cell(tally.cells.get(c));
        for (int s = 0; s < numerators.length; s++) {
          numerators[s][mine] += tally.numerators[s][c];
          denominators[s][mine] += tally.denominators[s][c];
        }
      }
    }

    Tally toTally() {
      int n = cells.size();
      long[][] num = new long[numerators.length][];
      long[][] den = new long[numerators.length][];
      for (int s = 0; s < numerators.length; s++) {
        num[s] = java.util.Arrays.copyOf(numerators[s], n);
        den[s] = java.util.Arrays.copyOf(denominators[s], n);
      }
      return new Tally(measures, List.copyOf(cells), num, den);
    }
  }
}
