package org.gongwei.examples.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.report.IndicatorReport;
import org.gongwei.indicators.report.Indicators;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.io.bundle.BundleRead;
import org.gongwei.io.bundle.BundleReader;

/**
 * What {@code gongwei report} does, as one process to time from the outside: reads a bundle
 * directory, builds the national indicator report for 2024 and prints its table.
 *
 * <p>Usage: {@code ReportProcess directory}. The table goes to standard output; the wall, CPU and
 * collector time of each phase (read, resident views, evaluation and report, printing) and the
 * peak heap go to standard error. Measure the whole process with
 * {@code /usr/bin/time -v java -Xmx2g … ReportProcess dir}.
 *
 * <p>JVM settings measured on the 1M-resident bundle (4.55 M records, 427 MB) on 2 shared cores:
 * {@code -Xmx2g} alone (G1, tiered C2) takes 8.4-9.8 s; {@code -Xms2g -Xmx2g -XX:+UseParallelGC
 * -Xmn512m -XX:-UseAdaptiveSizePolicy -XX:MaxTenuringThreshold=0} (every record lives to the
 * end, so it is promoted at its first collection instead of being copied between survivor
 * spaces) 7.3-7.6 s; adding {@code -XX:TieredStopAtLevel=1} (C2 spent 4-5 s of CPU compiling
 * code that runs for seconds) 6.6-6.9 s; adding an application class-data archive made with
 * {@code -XX:ArchiveClassesAtExit} (class path of jars) 6.2-7.3 s. ParallelGC without the
 * sizing is slower than G1 (11-12 s: full collections while the heap grows).
 */
public final class ReportProcess {
  private ReportProcess() {}

  /** Runs the report. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ReportProcess directory");
      System.exit(2);
    }
    Phase p0 = Phase.now();
    BundleRead read = BundleReader.defaults().read(Path.of(args[0]));
    Dataset data = read.dataset();
    Phase p1 = Phase.now();
    int residents = data.residentViews().size();
    Phase p2 = Phase.now();
    IndicatorReport report =
        Indicators.national().report(data, ReportingPeriod.ofYear(2024), Rulebook.national2017());
    Phase p3 = Phase.now();
    String table = report.toString();
    System.out.println(table);
    System.out.flush();
    Phase p4 = Phase.now();
    System.err.printf(Locale.ROOT, "%-16s %8s %8s %8s%n", "phase", "wall s", "cpu s", "gc s");
    p1.since(p0, "read", data.size() + " records");
    p2.since(p1, "views", residents + " residents");
    p3.since(p2, "evaluate+report", "");
    p4.since(p3, "print", "");
    System.err.printf(Locale.ROOT, "JVM uptime at end %.3f s, peak heap %.0f MB, problems %d%n",
        ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, peakHeapMb(),
        read.account().problemCount());
  }

  /**
   * A point in time: wall clock, the process's CPU time (from {@code /proc/self/stat}, Linux
   * only; else -1) and the collectors' accumulated time.
   */
  private record Phase(long nanos, long cpuMillis, long gcMillis) {
    static Phase now() {
      long gc = 0;
      for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
        gc += Math.max(0, b.getCollectionTime());
      }
      return new Phase(System.nanoTime(), processCpuMillis(), gc);
    }

    void since(Phase start, String name, String what) {
      System.err.printf(Locale.ROOT, "%-16s %8.3f %8.3f %8.3f  %s%n", name,
          (nanos - start.nanos) / 1e9,
          cpuMillis < 0 ? Double.NaN : (cpuMillis - start.cpuMillis) / 1e3,
          (gcMillis - start.gcMillis) / 1e3, what);
    }
  }

  /** User and system CPU time of this process, from /proc/self/stat (clock ticks of 10 ms). */
  private static long processCpuMillis() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
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
