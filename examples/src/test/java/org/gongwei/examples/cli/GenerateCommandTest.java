package org.gongwei.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.gongwei.io.bundle.BundleRead;
import org.gongwei.io.bundle.BundleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @Test
  void theSameSettingsGiveTheSameFiles(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Path c = dir.resolve("c");
    assertEquals(0, Cli.run("generate", "--residents", "300", "--seed", "3", "--year", "2023", a.toString()).code());
    assertEquals(0, Cli.run("generate", "--residents", "300", "--seed", "3", "--year", "2023", b.toString()).code());
    assertEquals(0, Cli.run("generate", "--residents", "300", "--seed", "4", "--year", "2023", c.toString()).code());
    String[] files = a.toFile().list();
    Arrays.sort(files);
    assertTrue(Arrays.asList(files).contains("residents.csv"));
    for (String f : files) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }
    assertFalse(Arrays.equals(Files.readAllBytes(a.resolve("residents.csv")), Files.readAllBytes(c.resolve("residents.csv"))));
  }

  @Test
  void writesAReadableBundleAndSaysWhat(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("county");
    Cli.Result r = Cli.run("generate", "--residents", "500", out.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.err().startsWith("wrote " + out + ": "), r.err());
    BundleRead read = BundleReader.defaults().read(out);
    assertFalse(read.hasErrors(), read.account().toString());
    assertTrue(read.dataset().residents().size() >= 500);
    assertTrue(Files.exists(out.resolve("populations.csv")));
  }

  @Test
  void chineseHeadersAndGb18030AreReadBack(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("gb");
    Cli.Result r = Cli.run("generate", "--residents", "200", "--encoding", "gb18030", "--chinese-headers", out.toString());
    assertEquals(0, r.code(), r.toString());
    String header = new String(Files.readAllBytes(out.resolve("residents.csv")), "GB18030").lines().findFirst().orElseThrow();
    assertTrue(header.startsWith("居民编号"), header);
    BundleRead read = BundleReader.defaults().read(out);
    assertFalse(read.hasErrors(), read.account().toString());
  }

  @Test
  void withErrorsPlantsBadValues(@TempDir Path dir) throws IOException {
    Path clean = dir.resolve("clean");
    Path bad = dir.resolve("bad");
    Cli.run("generate", "--residents", "2000", "--seed", "7", clean.toString());
    Cli.run("generate", "--residents", "2000", "--seed", "7", "--with-errors", bad.toString());
    assertFalse(Arrays.equals(Files.readAllBytes(clean.resolve("residents.csv")), Files.readAllBytes(bad.resolve("residents.csv")))
        && Arrays.equals(Files.readAllBytes(clean.resolve("followups.csv")), Files.readAllBytes(bad.resolve("followups.csv"))));
  }

  @Test
  void badSettingsAreOneLineAndExitCode2(@TempDir Path dir) {
    for (String[] args : new String[][] {
        {"generate", "--residents", "0", dir.resolve("x").toString()},
        {"generate", "--year", "1990", dir.resolve("x").toString()},
        {"generate", "--county", "4303", dir.resolve("x").toString()}}) {
      Cli.Result r = Cli.run(args);
      assertEquals(ExitCodes.UNUSABLE, r.code(), r.toString());
      assertEquals(1, r.err().lines().count(), r.err());
    }
  }

  @Test
  void anOutputThatCannotBeWrittenIsExitCode3(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Cli.Result r = Cli.run("generate", "--residents", "10", file.resolve("sub").toString());
    assertEquals(ExitCodes.FAILURE, r.code(), r.toString());
    assertTrue(r.err().startsWith("gongwei generate: cannot write the bundle"), r.err());
  }
}
