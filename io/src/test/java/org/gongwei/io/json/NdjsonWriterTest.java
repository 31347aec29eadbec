package org.gongwei.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongwei.core.child.ChildVisit;
import org.gongwei.core.code.ChildVisitKind;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.tcm.TcmService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NdjsonWriterTest {

  @Provide
  Arbitrary<List<BundleRecord>> recordLists() {
    return RecordArbitraries.anyRecord().list().ofMaxSize(30);
  }

  @Property(tries = 200)
  void writesOneLinePerRecordEachTheRecordsJson(@ForAll("recordLists") List<BundleRecord> records) throws IOException {
    StringWriter out = new StringWriter();
    try (NdjsonWriter w = NdjsonWriter.of(out)) {
      w.writeAll(records);
      assertEquals(records.size(), w.count());
    }
    String text = out.toString();
    assertTrue(text.isEmpty() || text.endsWith("\n"));
    String[] lines = text.isEmpty() ? new String[0] : text.split("\n", -1);
    assertEquals(records.size() + (text.isEmpty() ? 0 : 1), lines.length);
    for (int i = 0; i < records.size(); i++) {
      assertEquals(GongweiJson.toJson(records.get(i)), lines[i]);
    }
  }

  @Test
  void textWithLineBreaksStaysOnOneLine() throws IOException {
    StringWriter out = new StringWriter();
    try (NdjsonWriter w = NdjsonWriter.of(out)) {
      w.write(new TcmService("S1", "R\n1\r\n\u2028", LocalDate.of(2024, 5, 6), TcmKind.ELDERLY));
    }
    String text = out.toString();
    assertEquals(1, text.chars().filter(c -> c == '\n').count());
    assertFalse(text.contains("\r"));
  }

  @Test
  void writesUtf8FilesWithoutByteOrderMark(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bundle.ndjson");
    NdjsonWriter.write(file, List.of(new ChildVisit("V1", "儿童𠮷", LocalDate.of(2024, 1, 2), ChildVisitKind.NEWBORN_HOME)));
    byte[] bytes = Files.readAllBytes(file);
    assertEquals('{', bytes[0]);
    assertEquals(
        "{\"recordType\":\"CHILD_VISIT\",\"visitId\":\"V1\",\"residentId\":\"儿童𠮷\",\"visitDate\":\"2024-01-02\",\"kind\":\"NEWBORN_HOME\"}\n",
        new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void toStringCountsTheRecords() throws IOException {
    NdjsonWriter w = NdjsonWriter.of(new StringWriter());
    w.write(new ChildVisit("V1", "R1", LocalDate.of(2024, 1, 2), ChildVisitKind.CHECKUP));
    assertEquals("NdjsonWriter[1 records]", w.toString());
    w.close();
  }
}
