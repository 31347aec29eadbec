package org.gongwei.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir static Path dir;
  private static Path bad;

  /** A bundle with a few deliberately bad rows. */
  @BeforeAll
  static void generateABundleWithErrors() {
    bad = dir.resolve("bad");
    Cli.Result r = Cli.run("generate", "--residents", "2000", "--seed", "7", "--with-errors", bad.toString());
    assertEquals(0, r.code(), r.toString());
  }

  @Test
  void theSampleHasNoErrors() {
    Cli.Result r = Cli.run("validate", Cli.sample().toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("no errors"), r.out());
    assertTrue(r.out().contains("residents.csv"), r.out());
  }

  @Test
  void errorsGiveExitCode1AndTheFullListsInJsonAndCsv() throws IOException {
    Path json = dir.resolve("problems.json");
    Path csv = dir.resolve("problems.csv");
    Cli.Result r = Cli.run("validate", bad.toString(), "--json", json.toString(), "--csv", csv.toString());
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.out().contains("errors found"), r.out());
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertEquals("ERRORS", root.path("verdict").asText());
    JsonNode problems = root.path("problems");
    assertTrue(problems.isArray() && problems.size() > 0, root.toString());
    for (JsonNode p : problems) {
      for (String key : List.of("file", "line", "column", "code", "severity", "message")) {
        assertTrue(p.has(key), key + " in " + p);
      }
    }
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertTrue(lines.get(0).replace("\uFEFF", "").startsWith("file,line,column,code,severity,message"), lines.get(0));
    assertEquals(problems.size() + 1, lines.size());
  }

  @Test
  void aProblemAboutARecordNamesTheLineWhereItsRowStarts() throws IOException {
    Path json = dir.resolve("lines.json");
    assertEquals(1, Cli.run("validate", bad.toString(), "--json", json.toString()).code());
    int checked = 0;
    for (JsonNode p : new ObjectMapper().readTree(json.toFile()).path("problems")) {
      String id = p.path("recordId").asText(p.path("record_id").asText(""));
      long line = p.path("line").asLong(0);
      if (id.isEmpty() || line < 2 || !p.path("code").asText().equals("UNKNOWN_RESIDENT")) {
        continue;
      }
      List<String> rows = Files.readAllLines(bad.resolve(p.path("file").asText()), StandardCharsets.UTF_8);
      assertTrue(rows.get((int) line - 1).startsWith(id + ","), p + " / " + rows.get((int) line - 1));
      checked++;
    }
    assertTrue(checked > 0, "an UNKNOWN_RESIDENT finding with a line");
  }

  @Test
  void idNumbersAreMaskedInTheSummaryAndTheFiles() throws IOException {
    Path json = dir.resolve("masked.json");
    Path csv = dir.resolve("masked.csv");
    Cli.Result r = Cli.run("validate", bad.toString(), "--json", json.toString(), "--csv", csv.toString(),
        "--max-problems", "1000");
    assertTrue(r.out().contains("ID_NUMBER_INVALID"), r.out());
    String everything = r.out() + Files.readString(json) + Files.readString(csv);
    for (String row : Files.readAllLines(bad.resolve("residents.csv"), StandardCharsets.UTF_8).subList(1, 2013)) {
      String idNumber = row.split(",", -1)[2];
      if (idNumber.length() == 18) {
        assertFalse(everything.contains(idNumber), "unmasked " + idNumber.substring(0, 6) + "…");
      }
    }
  }

  @Test
  void anUnusableInputGivesExitCode2() {
    Cli.Result r = Cli.run("validate", dir.resolve("no-such-dir").toString());
    assertEquals(2, r.code(), r.toString());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("gongwei validate: no such file or directory"), r.err());
  }

  @Test
  void theReferenceDateCanBeSet() {
    // as of 2020, the services of 2024 are in the future: errors or warnings, never a crash
    Cli.Result r = Cli.run("validate", Cli.sample().toString(), "--as-of", "2020-01-01", "--max-problems", "0");
    assertTrue(r.code() == 0 || r.code() == 1, r.toString());
    assertFalse(r.out().contains("first "), r.out());
  }
}
