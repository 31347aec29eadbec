package org.gongwei.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.examples.generator.SyntheticCounty;
import org.gongwei.indicators.engine.Engine;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.Tally;
import org.gongwei.indicators.report.IndicatorReport;
import org.gongwei.indicators.report.Indicators;
import org.gongwei.indicators.rulebook.Rulebook;

/**
 * Times the whole catalogue over a synthetic county already in memory: residents per second on
 * one thread and on all cores.
 *
 * <p>Usage: {@code EvaluationThroughput [residents] [rounds]} (defaults 1,000,000 and 5). Prints
 * one line per phase and round; the last round is the warm figure.
 */
public final class EvaluationThroughput {
  private EvaluationThroughput() {}

  /** Runs the measurement. */
  public static void main(String[] args) {
    int residents = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    SyntheticCounty county = SyntheticCounty.builder().residents(residents).seed(42).year(2024).build();
    long t0 = System.nanoTime();
    Dataset data = county.toDataset();
    long t1 = System.nanoTime();
    int views = data.residentViews().size();
    long t2 = System.nanoTime();
    print("generate", data.size(), t1 - t0, "records");
    print("views", views, t2 - t1, "residents");
    Indicators nbphs = Indicators.national();
    Engine engine = nbphs.engine();
    EvaluationContext ctx = nbphs.context(ReportingPeriod.ofYear(2024), Rulebook.national2017());
    int cores = Runtime.getRuntime().availableProcessors();
    for (int round = 1; round <= rounds; round++) {
      long s = System.nanoTime();
      Tally single = engine.evaluateResidents(data.residentViews(), ctx);
      long e = System.nanoTime();
      Tally parallel = engine.evaluate(data, ctx);
      long f = System.nanoTime();
      print("round " + round + " one thread", views, e - s, "residents");
      print("round " + round + " " + cores + " cores", views, f - e, "residents");
      if (!single.total("HTN-01").equals(parallel.total("HTN-01"))) {
        throw new IllegalStateException("single and parallel evaluations differ");
      }
    }
    IndicatorReport report = nbphs.report(data, ReportingPeriod.ofYear(2024), Rulebook.national2017());
    System.out.println(report);
    System.out.printf(Locale.ROOT, "peak heap %.0f MB%n", peakHeapMb());
  }

  private static void print(String phase, long count, long nanos, String unit) {
    double seconds = nanos / 1e9;
    System.out.printf(Locale.ROOT, "%-22s %,12d %s in %7.3f s = %,12.0f %s/s%n", phase, count, unit, seconds, count / seconds, unit);
  }

  private static double peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / 1e6;
  }
}
