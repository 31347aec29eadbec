package org.gongwei.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.gongwei.io.worklist.WorklistCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorklistCommandTest {
  @Test
  void aTableWithOneLinePerDueService() {
    Cli.Result r = Cli.run("worklist", Cli.sample().toString(), "--date", "2024-11-15");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("Worklist 2024-11-15: "), r.out());
    assertTrue(r.out().contains("OVERDUE") || r.out().contains("DUE"), r.out());
    assertTrue(r.out().lines().count() > 10, r.out());
  }

  @Test
  void csvToTheConsoleAndToAFile(@TempDir Path dir) throws IOException {
    Cli.Result r = Cli.run("worklist", Cli.sample().toString(), "--date", "2024-11-15", "--format", "csv");
    assertEquals(0, r.code(), r.toString());
    assertEquals(String.join(",", WorklistCsvWriter.COLUMNS), r.out().lines().findFirst().orElseThrow());
    Path file = dir.resolve("w.csv");
    Cli.Result f = Cli.run("worklist", Cli.sample().toString(), "--date", "2024-11-15", "--format", "csv", "-o", file.toString());
    assertEquals(0, f.code(), f.toString());
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(r.out().lines().count(), lines.size());
  }

  @Test
  void xlsxNeedsOutAndIsAWorkbook(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("w.xlsx");
    Cli.Result r = Cli.run("worklist", Cli.sample().toString(), "--date", "2024-11-15", "--format", "xlsx", "--out", file.toString());
    assertEquals(0, r.code(), r.toString());
    try (ZipFile zip = new ZipFile(file.toFile())) {
      assertTrue(zip.getEntry("xl/workbook.xml") != null);
    }
    assertEquals(ExitCodes.UNUSABLE, Cli.run("worklist", Cli.sample().toString(), "--date", "2024-11-15", "--format", "xlsx").code());
  }

  @Test
  void filtersByInstitutionAndDoctor() {
    String sample = Cli.sample().toString();
    long all = csvRows(Cli.run("worklist", sample, "--date", "2024-11-15", "--format", "csv"));
    Cli.Result township = Cli.run("worklist", sample, "--date", "2024-11-15", "--format", "csv", "--institution", "430321101");
    assertEquals(0, township.code(), township.toString());
    long some = csvRows(township);
    assertTrue(some > 0 && some < all, some + " of " + all);
    assertTrue(township.out().lines().skip(1).allMatch(l -> l.contains(",430321101")), township.out());
    Cli.Result doctor = Cli.run("worklist", sample, "--date", "2024-11-15", "--format", "csv", "--doctor", "430321101201-D1");
    assertEquals(0, doctor.code(), doctor.toString());
    assertTrue(doctor.out().lines().skip(1).allMatch(l -> l.contains(",430321101201-D1,")), doctor.out());
    assertTrue(csvRows(doctor) > 0);
  }

  @Test
  void aMissingDateOrUnknownInstitutionIsExitCode2() {
    assertEquals(ExitCodes.UNUSABLE, Cli.run("worklist", Cli.sample().toString()).code());
    Cli.Result r = Cli.run("worklist", Cli.sample().toString(), "--date", "2024-11-15", "--institution", "999");
    assertEquals(ExitCodes.UNUSABLE, r.code());
    assertTrue(r.err().contains("no institution '999'"), r.err());
    assertEquals(ExitCodes.UNUSABLE, Cli.run("worklist", Cli.sample().toString(), "--date", "15/11/2024").code());
  }

  private static long csvRows(Cli.Result r) {
    return r.out().lines().count() - 1;
  }
}
