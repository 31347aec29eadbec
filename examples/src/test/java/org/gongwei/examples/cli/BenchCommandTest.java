package org.gongwei.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  @Test
  void printsEachPhaseOfEachSizeWithRatesAndPeakHeap(@TempDir Path dir) {
    Cli.Result r = Cli.run("bench", "--residents", "200,400", "--dir", dir.toString(), "--keep");
    assertEquals(0, r.code(), r.toString());
    for (String phase : new String[] {"generate", "write", "read", "evaluate", "read + evaluate"}) {
      assertTrue(r.out().contains("  " + phase), phase + "\n" + r.out());
    }
    assertTrue(r.out().contains("Residents/s"), r.out());
    assertTrue(r.out().contains("Records/s"), r.out());
    assertTrue(r.out().contains("Peak heap MB"), r.out());
    assertTrue(r.out().contains("milliseconds per 1,000 residents"), r.out());
    assertTrue(Files.isRegularFile(dir.resolve("county-200/residents.csv")));
    assertTrue(Files.isRegularFile(dir.resolve("county-400/residents.csv")));
    assertTrue(Files.notExists(dir.resolve("warm-up")));
  }

  @Test
  void temporaryBundlesAreDeletedAndSizesAreChecked() {
    Cli.Result r = Cli.run("bench", "--residents", "100", "--no-warmup");
    assertEquals(0, r.code(), r.toString());
    Cli.Result bad = Cli.run("bench", "--residents", "0");
    assertEquals(ExitCodes.UNUSABLE, bad.code(), bad.toString());
  }
}
