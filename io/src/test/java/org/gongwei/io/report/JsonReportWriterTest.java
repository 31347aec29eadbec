package org.gongwei.io.report;

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
import org.gongwei.indicators.report.Detail;
import org.gongwei.indicators.report.IndicatorReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportWriterTest {
  private static final String GOLDEN = "small-report-2024.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode tree(IndicatorReport report, Detail detail) throws IOException {
    return MAPPER.readTree(JsonReportWriter.toJson(report, detail));
  }

  private static JsonNode indicator(JsonNode root, String id) {
    for (JsonNode i : root.get("indicators")) {
      if (i.get("id").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no indicator " + id);
  }

  @Test
  void matchesTheGoldenFile() throws IOException {
    String actual = JsonReportWriter.toJson(SmallDataset.report(), Detail.HEADLINES);
    String expected;
    try (InputStream in = getClass().getResourceAsStream(GOLDEN)) {
      if (in == null) {
        Path out = Path.of("target", GOLDEN);
        Files.writeString(out, actual);
        throw new AssertionError("golden file missing; the actual output is in " + out.toAbsolutePath());
      }
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!expected.equals(actual)) {
      Files.writeString(Path.of("target", GOLDEN), actual);
    }
    assertEquals(expected, actual, "see target/" + GOLDEN);
  }

  @Test
  void hasTheShapeOfExchangeFormatSection2() throws IOException {
    JsonNode root = tree(SmallDataset.report(), Detail.HEADLINES);
    assertEquals("2024-01-01", root.at("/period/start").asText());
    assertEquals("2024-12-31", root.at("/period/end").asText());
    assertEquals("all", root.get("scope").asText());
    assertEquals("national-2017", root.get("rulebook").asText());
    assertFalse(root.has("stratification"));
    JsonNode htn = indicator(root, "HTN-01");
    assertEquals("高血压患者规范管理率", htn.get("name").asText());
    assertEquals(1, htn.get("numerator").asLong());
    assertEquals(2, htn.get("denominator").asLong());
    assertEquals(0.5, htn.get("value").doubleValue());
    assertTrue(JsonReportWriter.toJson(SmallDataset.report(), Detail.HEADLINES).contains("\"value\" : 0.500000,"));
    assertTrue(htn.get("percent").isTextual());
    assertEquals("50.00", htn.get("percent").asText());
    assertEquals("PERCENT", htn.get("unit").asText());
    assertEquals("OK", htn.get("status").asText());
    assertEquals("RECORDS", htn.get("denominatorSource").asText());
    assertEquals(0.6, htn.at("/target/atLeast").doubleValue());
    assertEquals("NOT_MET", htn.at("/attainment/outcome").asText());
    assertEquals(-10.0, htn.at("/attainment/gap").doubleValue());
    assertFalse(htn.has("strata"));
    assertFalse(htn.has("part"));
  }

  @Test
  void aRateWithoutDenominatorHasNullValueAndPercent() throws IOException {
    JsonNode root = tree(SmallDataset.report(), Detail.HEADLINES);
    JsonNode mat = indicator(root, "MAT-01");
    assertEquals(0, mat.get("denominator").asLong());
    assertTrue(mat.get("value").isNull());
    assertTrue(mat.get("percent").isNull());
    assertEquals("NO_DENOMINATOR", mat.get("status").asText());
  }

  @Test
  void aTargetlessIndicatorHasNeitherTargetNorAttainment() throws IOException {
    JsonNode ehr = indicator(tree(SmallDataset.report(), Detail.HEADLINES), "EHR-01");
    assertFalse(ehr.has("target"));
    assertFalse(ehr.has("attainment"));
  }

  @Test
  void detailAllAddsThePartsWithTheirLabels() throws IOException {
    JsonNode headlines = tree(SmallDataset.report(), Detail.HEADLINES);
    JsonNode all = tree(SmallDataset.report(), Detail.ALL);
    assertTrue(all.get("indicators").size() > headlines.get("indicators").size());
    boolean sawPart = false;
    Set<String> ids = new HashSet<>();
    for (JsonNode i : all.get("indicators")) {
      assertTrue(ids.add(i.get("id").asText()));
      if (i.has("part")) {
        sawPart = true;
        assertTrue(i.get("id").asText().contains("("), i.toString());
        assertFalse(i.get("part").asText().isBlank());
      }
    }
    assertTrue(sawPart);
    for (JsonNode i : headlines.get("indicators")) {
      assertFalse(i.has("part"));
    }
  }

  @Test
  void aStratifiedReportListsTheStrataThatAddUpToTheTotal() throws IOException {
    JsonNode root = tree(SmallDataset.byInstitution(), Detail.HEADLINES);
    assertEquals("INSTITUTION", root.get("stratification").asText());
    JsonNode htn = indicator(root, "HTN-01");
    List<String> keys = List.of(htn.get("strata").get(0).get("key").asText(), htn.get("strata").get(1).get("key").asText());
    assertEquals(List.of(SmallDataset.TOWNSHIP, SmallDataset.VILLAGE), keys);
    long numerators = 0;
    long denominators = 0;
    for (JsonNode s : htn.get("strata")) {
      numerators += s.get("numerator").asLong();
      denominators += s.get("denominator").asLong();
      assertTrue(s.has("attainment"));
      assertFalse(s.has("target"));
    }
    assertEquals(htn.get("numerator").asLong(), numerators);
    assertEquals(htn.get("denominator").asLong(), denominators);
    assertEquals(SmallDataset.VILLAGE_NAME, htn.get("strata").get(1).get("label").asText());
  }

  @Test
  void isStableAndUsesLineFeeds() {
    String a = JsonReportWriter.toJson(SmallDataset.report(), Detail.ALL);
    String b = JsonReportWriter.toJson(SmallDataset.report(), Detail.ALL);
    assertEquals(a, b);
    assertFalse(a.contains("\r"));
    assertTrue(a.endsWith("}\n"));
  }

  @Test
  void writesUtf8Files(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.json");
    JsonReportWriter.write(SmallDataset.report(), Detail.HEADLINES, file);
    assertEquals(JsonReportWriter.toJson(SmallDataset.report(), Detail.HEADLINES), Files.readString(file, StandardCharsets.UTF_8));
  }
}
