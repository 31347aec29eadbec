package org.gongwei.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.gongwei.indicators.definition.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theDefaultIsAReadableTableOfTheLatestYearWithServices() {
    Cli.Result r = Cli.run("report", Cli.sample().toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("Indicator report 2024, scope all, rulebook national-2017\n"), r.out());
    assertTrue(r.out().contains("HTN-01"), r.out());
    assertTrue(r.out().contains("高血压患者规范管理率"), r.out());
    assertTrue(r.err().contains("period 2024: the latest year with service records"), r.err());
    assertTrue(r.err().contains("2,012 residents"), r.err());
    // every headline of the catalogue is a line of the table
    for (String id : List.of("EHR-01", "IMM-02", "MAT-04", "DM-01", "SMD-01", "TB-01", "FD-04")) {
      assertTrue(r.out().contains("\n" + id + " "), id);
    }
  }

  @Test
  void jsonHasThePeriodScopeRulebookAndTheKeysOfEachIndicator() throws IOException {
    Cli.Result r = Cli.run("report", Cli.sample().toString(), "--year", "2024", "--format", "json");
    assertEquals(0, r.code(), r.toString());
    JsonNode root = JSON.readTree(r.out());
    assertEquals("2024-01-01", root.path("period").path("start").asText());
    assertEquals("2024-12-31", root.path("period").path("end").asText());
    assertEquals("all", root.path("scope").asText());
    assertEquals("national-2017", root.path("rulebook").asText());
    JsonNode indicators = root.path("indicators");
    assertTrue(indicators.isArray() && indicators.size() > 30, r.out());
    Set<String> ids = new HashSet<>();
    for (JsonNode i : indicators) {
      for (String key : List.of("id", "numerator", "denominator", "value", "percent", "status", "denominatorSource")) {
        assertTrue(i.has(key), key + " in " + i);
      }
      assertTrue(i.path("numerator").isIntegralNumber());
      ids.add(i.path("id").asText());
    }
    assertTrue(ids.contains("HTN-01"));
    JsonNode htn = find(indicators, "HTN-01");
    assertTrue(htn.path("denominator").asLong() > 0);
    assertTrue(htn.has("target"), htn.toString());
  }

  @Test
  void stratifiedJsonHasStrataThatAddUpForAPartition() throws IOException {
    Cli.Result r = Cli.run("report", Cli.sample().toString(), "--stratify", "sex", "--format", "json");
    assertEquals(0, r.code(), r.toString());
    JsonNode root = JSON.readTree(r.out());
    assertEquals("SEX", root.path("stratification").asText());
    JsonNode htn = find(root.path("indicators"), "HTN-01");
    long numerator = 0;
    for (JsonNode s : htn.path("strata")) {
      numerator += s.path("numerator").asLong();
    }
    assertEquals(htn.path("numerator").asLong(), numerator);
  }

  @Test
  void csvHasTheHeaderOfTheReportColumnsAndOneRowPerIndicator(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.csv");
    Cli.Result r = Cli.run("report", Cli.sample().toString(), "--format", "csv", "--out", file.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().isEmpty(), r.out());
    assertTrue(r.err().contains("wrote " + file), r.err());
    byte[] bytes = Files.readAllBytes(file);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
    List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
    assertTrue(lines.get(0).startsWith("id,part,name,stratification,stratumKey,stratumLabel,numerator,denominator,value,"
        + "percent,unit,status,denominatorSource"), lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("HTN-01,")));
    // to the console too
    Cli.Result console = Cli.run("report", Cli.sample().toString(), "--format", "csv");
    assertTrue(console.out().startsWith("id,part,name,"), console.out());
  }

  @Test
  void xlsxIsAWorkbookAndNeedsOut(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out/report.xlsx");
    Cli.Result r = Cli.run("report", Cli.sample().toString(), "--stratify", "institution", "--format", "xlsx",
        "-o", file.toString());
    assertEquals(0, r.code(), r.toString());
    Set<String> parts = new HashSet<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        parts.add(e.getName());
        try (InputStream in = zip.getInputStream(e)) {
          in.readAllBytes();
        }
      }
    }
    assertTrue(parts.contains("xl/workbook.xml"), parts.toString());
    Cli.Result noOut = Cli.run("report", Cli.sample().toString(), "--format", "xlsx");
    assertEquals(ExitCodes.UNUSABLE, noOut.code());
    assertTrue(noOut.err().contains("--format xlsx needs --out"), noOut.err());
  }

  @Test
  void htmlIsOnePageToTheConsoleOrAFile(@TempDir Path dir) throws IOException {
    Cli.Result r = Cli.run("report", Cli.sample().toString(), "--format", "html");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("<html"), r.out());
    assertTrue(r.out().contains("HTN-01"));
    assertTrue(r.out().contains("<svg"), "charts per institution");
    Path file = dir.resolve("report.html");
    Cli.Result f = Cli.run("report", Cli.sample().toString(), "--format", "html", "--stratify", "sex", "-o", file.toString());
    assertEquals(0, f.code(), f.toString());
    assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("</html>"));
  }

  @Test
  void periodsScopesAndDetail() throws IOException {
    Cli.Result q = Cli.run("report", Cli.sample().toString(), "--quarter", "2024-Q2", "--format", "json");
    assertEquals(0, q.code(), q.toString());
    JsonNode root = JSON.readTree(q.out());
    assertEquals("2024-04-01", root.path("period").path("start").asText());
    assertEquals("2024-06-30", root.path("period").path("end").asText());
    Cli.Result range = Cli.run("report", Cli.sample().toString(), "--from", "2024-03-01", "--to", "2024-08-31",
        "--scope", "430321101", "--detail", "all", "--format", "json");
    assertEquals(0, range.code(), range.toString());
    JsonNode r2 = JSON.readTree(range.out());
    assertEquals("2024-03-01", r2.path("period").path("start").asText());
    assertEquals("institution 430321101", r2.path("scope").asText());
    assertEquals("ALL", r2.path("detail").asText());
    assertTrue(r2.path("indicators").size() > JSON.readTree(q.out()).path("indicators").size());
    Cli.Result region = Cli.run("report", Cli.sample().toString(), "--scope", "430321102", "--year", "2024");
    assertEquals(0, region.code(), region.toString());
    assertTrue(region.out().startsWith("Indicator report 2024, scope "), region.out());
  }

  @Test
  void badOptionValuesAreOneLineAndExitCode2(@TempDir Path dir) throws IOException {
    String sample = Cli.sample().toString();
    Path badRulebook = Files.writeString(dir.resolve("rules.json"), "{\"followUpRequirment\": 4}");
    for (String[] args : List.of(
        new String[] {"report", sample, "--stratify", "colour"},
        new String[] {"report", sample, "--scope", "nowhere"},
        new String[] {"report", sample, "--year", "2024", "--period", "2024-Q1"},
        new String[] {"report", sample, "--from", "2024-01-01"},
        new String[] {"report", sample, "--quarter", "Q7"},
        new String[] {"report", sample, "--rulebook", dir.resolve("none.json").toString()},
        new String[] {"report", sample, "--rulebook", badRulebook.toString()})) {
      Cli.Result r = Cli.run(args);
      assertEquals(ExitCodes.UNUSABLE, r.code(), String.join(" ", args) + ": " + r);
      assertEquals(1, r.err().lines().filter(l -> l.startsWith("gongwei report: ")).count(), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
    assertTrue(Cli.run("report", sample, "--rulebook", badRulebook.toString()).err().contains("followUpRequirment"));
  }

  @Test
  void aRulebookFileChangesTheTargets(@TempDir Path dir) throws IOException {
    Path rules = Files.writeString(dir.resolve("rules.json"),
        "{\"name\": \"county-x\", \"targets\": {\"HTN-01\": {\"atLeast\": 0.99}}}");
    Cli.Result r = Cli.run("report", Cli.sample().toString(), "--rulebook", rules.toString(), "--format", "json");
    assertEquals(0, r.code(), r.toString());
    JsonNode root = JSON.readTree(r.out());
    assertEquals("county-x", root.path("rulebook").asText());
    assertEquals("NOT_MET", find(root.path("indicators"), "HTN-01").path("attainment").path("outcome").asText());
  }

  @Test
  void theTableListsEveryHeadlineOfTheCatalogueThatTheEngineComputes() {
    Cli.Result r = Cli.run("report", Cli.sample().toString());
    long rows = r.out().lines().filter(l -> l.matches("[A-Z]+-[0-9]+ .*")).count();
    assertTrue(rows >= 30 && rows <= Catalogue.national().size(), rows + "\n" + r.out());
  }

  private static JsonNode find(JsonNode indicators, String id) {
    for (JsonNode i : indicators) {
      if (i.path("id").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no " + id);
  }
}
