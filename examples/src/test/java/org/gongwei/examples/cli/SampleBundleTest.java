package org.gongwei.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gongwei.io.bundle.BundleRead;
import org.gongwei.io.bundle.BundleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample bundle committed in {@code examples/sample-bundle} is exactly what {@code gongwei
 * generate --residents 2000 --seed 7 --year 2024} writes, so it never goes stale: when the
 * generator or the writer changes, regenerate it with that command.
 */
class SampleBundleTest {
  static final String[] COMMAND = {"generate", "--residents", "2000", "--seed", "7", "--year", "2024"};

  @Test
  void theCommittedSampleIsWhatTheGeneratorWrites(@TempDir Path dir) throws IOException {
    Path fresh = dir.resolve("sample-bundle");
    String[] args = Stream.concat(Stream.of(COMMAND), Stream.of(fresh.toString())).toArray(String[]::new);
    assertEquals(0, Cli.run(args).code());
    Set<String> expected = names(fresh);
    assertEquals(expected, names(Cli.sample()),
        "regenerate the sample: ./gongwei " + String.join(" ", COMMAND) + " examples/sample-bundle");
    for (String f : expected) {
      assertArrayEquals(Files.readAllBytes(fresh.resolve(f)), Files.readAllBytes(Cli.sample().resolve(f)),
          f + " is stale: regenerate the sample with ./gongwei " + String.join(" ", COMMAND) + " examples/sample-bundle");
    }
  }

  @Test
  void theSampleIsSmallCompleteAndClean() throws IOException {
    long bytes = 0;
    for (String f : names(Cli.sample())) {
      bytes += Files.size(Cli.sample().resolve(f));
    }
    assertTrue(bytes < 1_000_000, bytes + " bytes");
    assertTrue(names(Cli.sample()).contains("populations.csv"));
    BundleRead read = BundleReader.defaults().read(Cli.sample());
    assertFalse(read.hasErrors(), read.account().toString());
    assertTrue(read.dataset().residents().size() >= 2000);
  }

  private static Set<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }
}
