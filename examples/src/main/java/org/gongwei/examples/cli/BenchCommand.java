package org.gongwei.examples.cli;

import org.gongwei.indicators.report.TextTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.examples.generator.SyntheticCounty;
import org.gongwei.indicators.report.IndicatorReport;
import org.gongwei.indicators.report.Indicators;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.io.bundle.BundleRead;
import org.gongwei.io.bundle.BundleReader;
import org.gongwei.io.bundle.BundleWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gongwei bench}: for each size, generates a synthetic county, writes it as a bundle, reads
 * it back and evaluates the whole catalogue, printing the time of each phase, residents and
 * records per second, and the peak heap of reading and evaluating (the work of a {@code report}).
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Measures the speed of generating, writing, reading and evaluating.",
    description = {
      "For each size, generates a synthetic county, writes the bundle, reads it and evaluates every "
          + "indicator, printing seconds, residents/s and records/s per phase and the peak heap of "
          + "read + evaluate. Several sizes show how time grows with the number of residents.",
      "",
      "Example: gongwei bench --residents 100000,200000,400000"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.UNUSABLE_LINE, ExitCodes.FAILURE_LINE})
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--residents", split = ",", paramLabel = "N",
      description = "The sizes, comma-separated. Default: 100000,200000,400000.")
  List<Integer> sizes = new ArrayList<>(List.of(100_000, 200_000, 400_000));

  @Option(names = "--seed", paramLabel = "S", description = "The generator's seed. Default: ${DEFAULT-VALUE}.")
  long seed = 42;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "Where to write the bundles. Default: a temporary directory, deleted afterwards.")
  Path dir;

  @Option(names = "--keep", description = "Keep the bundles written.")
  boolean keep;

  @Option(names = "--no-warmup",
      description = "Skip the unreported warm-up run (the smallest size, at most 100,000 residents) that lets the JIT compiler settle first.")
  boolean noWarmup;

  BenchCommand() {}

  /** The measurements of one size. */
  record Run(int size, long residents, long records, long bytes, double generate, double write, double read,
      double evaluate, double peakHeapMb) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (int n : sizes) {
      if (n < 1 || n > SyntheticCounty.MAX_RESIDENTS) {
        throw new UserException("--residents: sizes must be 1 to " + SyntheticCounty.MAX_RESIDENTS + ": " + n);
      }
    }
    out.printf(Locale.ROOT, "Java %s, %d processors, max heap %,d MB%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1_000_000);
    out.flush();
    Path root;
    try {
      root = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("gongwei-bench");
    } catch (IOException e) {
      throw new UserException(ExitCodes.FAILURE, "cannot create " + (dir == null ? "a temporary directory" : dir)
          + ": " + e, e);
    }
    List<Run> runs = new ArrayList<>();
    TextTable grid = TextTable.of("Residents>", "Records>", "Phase", "Seconds>", "Residents/s>", "Records/s>",
        "CSV MB>", "Peak heap MB>");
    try {
      if (!noWarmup) {
        int smallest = Math.min(100_000, sizes.stream().min(Integer::compare).orElseThrow());
        Path warm = root.resolve("warm-up");
        measure(smallest, warm, err);
        delete(warm);
      }
      for (int n : sizes) {
        Path bundle = root.resolve("county-" + n);
        Run run = measure(n, bundle, err);
        runs.add(run);
        if (!keep) {
          delete(bundle);
        }
        row(grid, run, "generate", run.generate(), "", "");
        row(grid, run, "write", run.write(), String.format(Locale.ROOT, "%.1f", run.bytes() / 1e6), "");
        row(grid, run, "read", run.read(), "", "");
        row(grid, run, "evaluate", run.evaluate(), "", "");
        row(grid, run, "read + evaluate", run.read() + run.evaluate(), "",
            String.format(Locale.ROOT, "%,.0f", run.peakHeapMb()));
      }
    } finally {
      if (!keep && dir == null) {
        delete(root);
      }
    }
    out.print(grid);
    out.println();
    out.println("Read + evaluate, milliseconds per 1,000 residents (equal figures: time grows linearly):");
    for (Run r : runs) {
      out.printf(Locale.ROOT, "  %,12d residents: %7.2f ms%n", r.residents(),
          (r.read() + r.evaluate()) * 1e6 / r.residents());
    }
    if (keep) {
      out.println("Bundles kept in " + root);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private Run measure(int n, Path bundle, PrintWriter err) {
    SyntheticCounty county = SyntheticCounty.builder().residents(n).seed(seed).build();
    long t0 = System.nanoTime();
    Dataset.Builder builder = Dataset.builder();
    try (Progress p = Progress.start(err, "generate " + shortSize(n), n)) {
      county.generate(record -> {
        builder.add(record);
        if (record.recordType() == RecordType.RESIDENT) {
          p.advance(1);
        }
      });
    }
    Dataset generated = builder.build();
    long residents = generated.residents().size();
    long records = generated.size();
    long t1 = System.nanoTime();
    Dataset toWrite = generated;
    try {
      Progress.during(err, "write " + shortSize(n), () -> {
        BundleWriter.defaults().write(toWrite, bundle);
        return null;
      });
    } catch (IOException | UncheckedIOException e) {
      throw new UserException(ExitCodes.FAILURE, "cannot write " + bundle + ": " + e.getMessage(), e);
    }
    long t2 = System.nanoTime();
    long bytes = size(bundle);
    System.gc();
    resetPeaks();
    long t3 = System.nanoTime();
    BundleRead read;
    try {
      read = Progress.during(err, "read " + shortSize(n), () -> BundleReader.defaults().read(bundle));
    } catch (IOException e) {
      throw new UserException(ExitCodes.FAILURE, "cannot read " + bundle + ": " + e.getMessage(), e);
    }
    long t4 = System.nanoTime();
    IndicatorReport report = Progress.during(err, "evaluate " + shortSize(n), () -> Indicators.national()
        .report(read.dataset(), ReportingPeriod.ofYear(county.year()), Rulebook.national2017()));
    long t5 = System.nanoTime();
    if (report.results().isEmpty()) {
      throw new IllegalStateException("the report of the benchmark is empty");
    }
    return new Run(n, residents, records, bytes, seconds(t1 - t0), seconds(t2 - t1), seconds(t4 - t3),
        seconds(t5 - t4), peakHeapMb());
  }

  private static void row(TextTable grid, Run run, String phase, double seconds, String csv, String heap) {
    grid.row(String.format(Locale.ROOT, "%,d", run.residents()), String.format(Locale.ROOT, "%,d", run.records()),
        phase, String.format(Locale.ROOT, "%.3f", seconds),
        String.format(Locale.ROOT, "%,.0f", run.residents() / seconds),
        String.format(Locale.ROOT, "%,.0f", run.records() / seconds), csv, heap);
  }

  private static String shortSize(int n) {
    return n >= 1_000_000 && n % 1_000_000 == 0 ? n / 1_000_000 + "M" : n >= 1000 && n % 1000 == 0 ? n / 1000 + "k" : Integer.toString(n);
  }

  private static double seconds(long nanos) {
    return Math.max(nanos, 1) / 1e9;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks since the last reset, in MB (an upper bound of the peak heap). */
  private static double peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / 1e6;
  }

  private static long size(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    } catch (IOException e) {
      return 0;
    }
  }

  private static void delete(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> all = Files.walk(path)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary file left behind is not worth failing the benchmark
    }
  }
}
