package org.gongwei.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress line on standard error for long work: a bar with the percentage when the amount of
 * work is known ({@code reading   [#########...........]  45%  1.2 s}), the count and the time
 * otherwise. It is drawn only when the process runs in a terminal ({@link System#console()} is
 * not null), redrawn four times a second from a daemon thread, not at all for work that ends
 * within a quarter of a second, and erased when closed. Counting is thread-safe and cheap.
 */
final class Progress implements AutoCloseable {
  private static final int BAR_WIDTH = 24;
  private static final long TICK_MILLIS = 250;

  private final PrintWriter err;
  private final String label;
  private final long total;
  private final AtomicLong done = new AtomicLong();
  private final long start = System.nanoTime();
  private final ScheduledExecutorService ticker;
  private int drawnWidth;
  private boolean closed;

  private Progress(PrintWriter err, String label, long total, boolean visible) {
    this.err = err;
    this.label = label;
    this.total = total;
    if (visible) {
      ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gongwei-progress");
        t.setDaemon(true);
        return t;
      });
      ticker.scheduleAtFixedRate(this::draw, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    } else {
      ticker = null;
    }
  }

  /**
   * Progress of {@code label} over {@code total} units (0 or less: unknown), shown on {@code err}
   * when the process runs in a terminal.
   */
  static Progress start(PrintWriter err, String label, long total) {
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(label, "label");
    return new Progress(err, label, total, isTerminal());
  }

  /** Work whose amount is not known, run by {@link #during}. */
  @FunctionalInterface
  interface Work<T, E extends Exception> {
    /** Does the work. */
    T run() throws E;
  }

  /** Runs {@code work} with a progress line showing {@code label} and the time spent. */
  static <T, E extends Exception> T during(PrintWriter err, String label, Work<T, E> work) throws E {
    Progress p = start(err, label, 0);
    try {
      return work.run();
    } finally {
      p.close();
    }
  }

  /** Whether progress is shown: the process runs in a terminal. */
  static boolean isTerminal() {
    return System.console() != null;
  }

  /** Counts {@code units} more units done. */
  void advance(long units) {
    done.addAndGet(units);
  }

  /** Sets the units done. */
  void set(long units) {
    done.set(units);
  }

  /** The units done so far. */
  long done() {
    return done.get();
  }

  private synchronized void draw() {
    if (closed) {
      return;
    }
    String line = render(label, done.get(), total, System.nanoTime() - start);
    int pad = Math.max(0, drawnWidth - line.length());
    err.print("\r" + line + " ".repeat(pad));
    err.flush();
    drawnWidth = line.length();
  }

  /** Stops drawing and erases the line. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (ticker != null) {
      ticker.shutdownNow();
      if (drawnWidth > 0) {
        err.print("\r" + " ".repeat(drawnWidth) + "\r");
        err.flush();
      }
    }
  }

  /**
   * The progress line: {@code label [####....]  45%  1.2 s} with a known total (at most 99 % until
   * the work is closed, since totals may be estimates), {@code label  12,345  1.2 s} otherwise (without
   * the count while it is 0).
   */
  static String render(String label, long done, long total, long elapsedNanos) {
    String time = String.format(Locale.ROOT, "%.1f s", elapsedNanos / 1e9);
    if (total <= 0) {
      return done == 0
          ? String.format(Locale.ROOT, "%-12s %s", label, time)
          : String.format(Locale.ROOT, "%-12s %,d  %s", label, done, time);
    }
    int percent = (int) Math.min(99, done * 100 / total);
    int filled = percent * BAR_WIDTH / 100;
    return String.format(Locale.ROOT, "%-12s [%s%s] %3d%%  %s", label, "#".repeat(filled),
        ".".repeat(BAR_WIDTH - filled), percent, time);
  }
}
