package org.gongwei.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFormatTest {
  @Test
  void detectsEachFormat(@TempDir Path dir) throws IOException {
    assertEquals(DataFormat.CSV, DataFormat.detect(Cli.sample()));
    Path cda = Files.createDirectories(dir.resolve("cda"));
    Files.writeString(cda.resolve("a.XML"), "<ClinicalDocument/>");
    assertEquals(DataFormat.CDA, DataFormat.detect(cda));
    assertEquals(DataFormat.NDJSON, DataFormat.detect(Files.writeString(dir.resolve("a.ndjson"), "")));
    assertEquals(DataFormat.NDJSON, DataFormat.detect(Files.writeString(dir.resolve("a.JSONL"), "")));
    assertEquals(DataFormat.FHIR, DataFormat.detect(
        Files.writeString(dir.resolve("b.json"), "{\n  \"resourceType\" :  \"Bundle\", \"type\": \"collection\"}")));
  }

  @Test
  void refusesWhatItCannotTell(@TempDir Path dir) throws IOException {
    assertThrows(UserException.class, () -> DataFormat.detect(dir.resolve("missing")));
    assertThrows(UserException.class, () -> DataFormat.detect(Files.createDirectories(dir.resolve("empty"))));
    assertThrows(UserException.class,
        () -> DataFormat.detect(Files.writeString(dir.resolve("p.json"), "{\"resourceType\": \"Patient\"}")));
    UserException e = assertThrows(UserException.class, () -> DataFormat.detect(Files.writeString(dir.resolve("x.csv"), "")));
    assertEquals(ExitCodes.UNUSABLE, e.exitCode());
  }
}
