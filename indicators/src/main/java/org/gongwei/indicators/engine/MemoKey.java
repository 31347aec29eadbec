package org.gongwei.indicators.engine;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A key for a value computed once per {@link Subject} and shared by several indicators (for
 * example the hypertension management window, used by HTN-01, HTN-02, HTN-03 and the key groups
 * of FD-02). Declare keys as constants.
 *
 * @param <T> the type of the value
 */
public final class MemoKey<T> {
  private static final AtomicInteger NEXT = new AtomicInteger();
  static final int MAX = 64;

  private final int index;
  private final String name;

  private MemoKey(String name) {
    this.name = Objects.requireNonNull(name, "name");
    this.index = NEXT.getAndIncrement();
    if (index >= MAX) {
      throw new IllegalStateException("too many memo keys (at most " + MAX + ")");
    }
  }

  /** A new key, named for {@link #toString()}. */
  public static <T> MemoKey<T> named(String name) {
    return new MemoKey<>(name);
  }

  int index() {
    return index;
  }

  /** The number of keys made so far: a memo array of this size holds every key yet made. */
  static int count() {
    return Math.min(NEXT.get(), MAX);
  }

  @Override
  public String toString() {
    return name;
  }
}
