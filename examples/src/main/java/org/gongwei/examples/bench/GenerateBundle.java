package org.gongwei.examples.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.gongwei.examples.generator.SyntheticCounty;
import org.gongwei.io.bundle.BundleOutput;
import org.gongwei.io.bundle.BundleWriter;

/**
 * Writes a synthetic county (seed 42, year 2024) as a CSV bundle, the input of {@link
 * ReportProcess}.
 *
 * <p>Usage: {@code GenerateBundle directory [residents]} (default 1,000,000 residents). The
 * records are streamed to the files as they are generated, never held in memory as a whole.
 */
public final class GenerateBundle {
  private GenerateBundle() {}

  /** Writes the bundle. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: GenerateBundle directory [residents]");
      System.exit(2);
    }
    Path directory = Path.of(args[0]);
    int residents = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    SyntheticCounty county =
        SyntheticCounty.builder().residents(residents).seed(42).year(2024).build();
    long start = System.nanoTime();
    long[] count = new long[1];
    try (BundleOutput out = BundleWriter.defaults().open(directory)) {
      county.generate(r -> {
        out.add(r);
        count[0]++;
      });
    }
    System.out.printf(Locale.ROOT, "%,d records of %,d residents written to %s in %.1f s%n",
        count[0], residents, directory, (System.nanoTime() - start) / 1e9);
  }
}
