package org.gongwei.io.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongwei.indicators.capability.Assessment;
import org.gongwei.indicators.capability.CapabilityLevel;
import org.gongwei.indicators.capability.CapabilityStandard;
import org.gongwei.indicators.capability.ItemLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapabilityStandardJsonTest {
  private static final String ITEM = "{\"id\": \"1.1\", \"text\": \"有诊室\", \"level\": \"BASIC\", \"score\": 5}";

  private static String standard(String item) {
    return "{\"name\": \"示例\", \"basicThreshold\": 0, \"recommendedThreshold\": 0,"
        + " \"chapters\": [{\"id\": \"1\", \"title\": \"资源\", \"items\": [" + item + "]}]}";
  }

  private static CapabilityStandard read(String json) throws IOException {
    return CapabilityStandardJson.read(new StringReader(json));
  }

  private static JsonContentException problem(String json) {
    return assertThrows(JsonContentException.class, () -> read(json));
  }

  @Test
  void illustrationHasThreeChaptersOfBothLevels() {
    CapabilityStandard s = CapabilityStandardJson.illustration();
    assertTrue(s.name().contains("示例"), s.name());
    assertEquals(3, s.chapters().size());
    assertEquals(12, s.items().size());
    assertEquals(7, s.items(ItemLevel.BASIC).size());
    assertEquals(5, s.items(ItemLevel.RECOMMENDED).size());
    assertEquals(0, new BigDecimal("100").compareTo(s.fullScore()));
    assertEquals(0, new BigDecimal("60").compareTo(s.basicThreshold()));
    assertEquals(0, new BigDecimal("80").compareTo(s.recommendedThreshold()));
    // ★ and ☆ symbols are read as levels
    assertEquals(ItemLevel.BASIC, s.item("B.3").orElseThrow().level());
    assertEquals(ItemLevel.RECOMMENDED, s.item("B.4").orElseThrow().level());
    // every ★ met: 10 + 8 + 10 + 10 + 8 + 10 + 10 = 66 ≥ 60
    Assessment basic = Assessment.of("T1", List.of("A.1", "A.2", "B.1", "B.2", "B.3", "C.1", "C.2"));
    assertEquals(CapabilityLevel.BASIC_STANDARD, s.assess(basic).level());
  }

  @Test
  void aSmallStandard() throws IOException {
    CapabilityStandard s = read(standard(ITEM));
    assertEquals("有诊室", s.item("1.1").orElseThrow().text());
    assertEquals(new BigDecimal("5"), s.item("1.1").orElseThrow().score());
  }

  @Test
  void unknownKeyIsNamedWithItsPath() {
    JsonContentException e = problem(standard("{\"id\": \"1.1\", \"text\": \"t\", \"level\": \"BASIC\", \"points\": 5}"));
    assertEquals("$.chapters[0].items[0]", e.jsonPath());
    assertEquals("unknown key 'points' (expected: id, text, level, score)", e.problem());
    assertEquals("$.chapters[0].items[0]: unknown key 'points' (expected: id, text, level, score)", e.getMessage());
  }

  @Test
  void missingField() {
    JsonContentException e = problem("{\"name\": \"x\", \"basicThreshold\": 0, \"recommendedThreshold\": 0, \"chapters\": [{\"id\": \"1\", \"items\": []}]}");
    assertEquals("$.chapters[0]: missing field 'title'", e.getMessage());
    assertEquals("$: missing field 'chapters'", problem("{\"name\": \"x\", \"basicThreshold\": 0, \"recommendedThreshold\": 0}").getMessage());
  }

  @Test
  void badLevel() {
    JsonContentException e = problem(standard(ITEM.replace("BASIC", "GOLD")));
    assertEquals("$.chapters[0].items[0].level: unknown item level 'GOLD' (BASIC, RECOMMENDED, ★ or ☆)", e.getMessage());
  }

  @Test
  void wrongTypes() {
    assertEquals(
        "$.chapters[0].items[0].score: must be a number, found string \"5\"",
        problem(standard(ITEM.replace("\"score\": 5", "\"score\": \"5\""))).getMessage());
    assertEquals(
        "$.chapters: must be an array, found an object",
        problem("{\"name\": \"x\", \"basicThreshold\": 0, \"recommendedThreshold\": 0, \"chapters\": {}}").getMessage());
    assertEquals("$: must be an object, found an array", problem("[]").getMessage());
    assertEquals("$.chapters[0].items[0].text: must not be blank", problem(standard(ITEM.replace("有诊室", " "))).getMessage());
  }

  @Test
  void domainProblemsAreNamedWithThePathOfTheirObject() {
    JsonContentException dup = problem(standard(ITEM + ", " + ITEM));
    assertEquals("$: 示例: duplicate item id 1.1", dup.getMessage());
    JsonContentException negative = problem(standard(ITEM.replace("\"score\": 5", "\"score\": -5")));
    assertEquals("$.chapters[0].items[0]: item 1.1: score must be >= 0: -5", negative.getMessage());
    JsonContentException threshold = problem(standard(ITEM).replace("\"recommendedThreshold\": 0", "\"recommendedThreshold\": 6"));
    assertEquals("$: 示例: recommendedThreshold 6 is above the full score 5", threshold.getMessage());
    JsonContentException empty = problem(standard(""));
    assertEquals("$.chapters[0]: chapter 1: items must not be empty", empty.getMessage());
  }

  @Test
  void notJson() {
    JsonContentException e = problem("{\"name\": ");
    assertEquals("$", e.jsonPath());
    assertTrue(e.problem().startsWith("not valid JSON at line 1"), e.problem());
    assertTrue(problem("{\"name\": \"a\", \"name\": \"b\"}").problem().contains("Duplicate field 'name'"));
    assertEquals("$: the document is empty", problem("  ").getMessage());
    assertTrue(problem("{} {}").problem().startsWith("not valid JSON"));
  }

  @Test
  void aFileIsNamedInTheMessage(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("standard.json");
    Files.writeString(file, standard(ITEM.replace("BASIC", "GOLD")), StandardCharsets.UTF_8);
    JsonContentException e = assertThrows(JsonContentException.class, () -> CapabilityStandardJson.read(file));
    assertEquals("standard.json", e.source().orElseThrow());
    assertTrue(e.getMessage().startsWith("standard.json: $.chapters[0].items[0].level: "), e.getMessage());
    Files.writeString(file, standard(ITEM), StandardCharsets.UTF_8);
    assertEquals(1, CapabilityStandardJson.read(file).items().size());
  }
}
