package org.gongwei.io.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gongwei.core.validation.DatasetValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionReportWriterTest {
  private static SubmissionReport duplicates() throws Exception {
    return SubmissionValidator.defaults()
        .withValidator(DatasetValidator.builder().asOf(LocalDate.of(2025, 6, 30)).build())
        .validate(Path.of(SubmissionReportWriterTest.class.getResource("/bundles/duplicate-ids").toURI()));
  }

  @Test
  void jsonCarriesTheVerdictFilesAndLocatedProblems(@TempDir Path dir) throws Exception {
    SubmissionReport r = duplicates();
    Path file = dir.resolve("problems.json");
    SubmissionReportWriter.writeJson(r, file);
    JsonNode root = new ObjectMapper().readTree(Files.readString(file));
    assertEquals("ERRORS", root.get("verdict").asText());
    assertEquals(1, root.get("exitCode").asInt());
    assertEquals(r.read(), root.get("counts").get("read").asLong());
    JsonNode first = root.get("problems").get(0);
    for (String key : List.of("file", "line", "column", "code", "severity", "message")) {
      assertTrue(first.has(key), key);
    }
    assertEquals(r.problems().size(), root.get("problems").size());
  }

  @Test
  void csvHasTheContractColumnsAndABom(@TempDir Path dir) throws Exception {
    SubmissionReport r = duplicates();
    Path file = dir.resolve("problems.csv");
    SubmissionReportWriter.writeCsv(r, file);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFFfile,line,column,code,severity,message,record_type,record_id\r\n"), text);
    assertEquals(r.problems().size() + 1, text.split("\r\n").length);
    assertTrue(text.contains("residents.csv,3,"), text);
  }
}
