package org.gongwei.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongwei.core.child.ChildVisit;
import org.gongwei.core.code.ChildVisitKind;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NdjsonReaderTest {
  private static final String GOOD =
      "{\"recordType\":\"CHILD_VISIT\",\"visitId\":\"V1\",\"residentId\":\"R1\",\"visitDate\":\"2024-01-02\",\"kind\":\"CHECKUP\"}";
  private static final ChildVisit GOOD_RECORD = new ChildVisit("V1", "R1", LocalDate.of(2024, 1, 2), ChildVisitKind.CHECKUP);

  @Provide
  Arbitrary<List<BundleRecord>> recordLists() {
    return RecordArbitraries.anyRecord().list().ofMaxSize(30);
  }

  @Property(tries = 200)
  void readsBackExactlyWhatTheWriterWrote(@ForAll("recordLists") List<BundleRecord> records) throws IOException {
    StringWriter out = new StringWriter();
    try (NdjsonWriter w = NdjsonWriter.of(out)) {
      w.writeAll(records);
    }
    try (NdjsonReader r = NdjsonReader.of(new StringReader(out.toString()), "test.ndjson")) {
      assertEquals(records, r.records().toList());
      assertEquals(List.of(), r.problems());
      assertEquals(records.size(), r.linesRead());
      assertEquals(records.size(), r.recordsAccepted());
    }
  }

  @Property(tries = 100)
  void roundTripsThroughAFile(@ForAll("recordLists") List<BundleRecord> records) throws IOException {
    Path file = Files.createTempFile("gongwei", ".ndjson");
    try {
      NdjsonWriter.write(file, records);
      NdjsonReader.Result result = NdjsonReader.readAll(file);
      assertEquals(records, result.records());
      assertEquals(records.size(), result.toDataset().size());
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void reportsEveryBadLineWithItsNumberAndGoesOn() throws IOException {
    String text = String.join(
        "\n",
        GOOD,
        "{not json",
        "",
        "[1, 2]",
        "{\"recordType\":\"PATIENT\",\"id\":\"P1\"}",
        "{\"recordType\":\"CHILD_VISIT\",\"visitId\":\"V2\",\"residentId\":\"R1\",\"visitDate\":\"2024-02-30\",\"kind\":\"CHECKUP\"}",
        GOOD + " {}",
        "   ",
        GOOD.replace("V1", "V3"));
    try (NdjsonReader r = NdjsonReader.of(new StringReader(text), "kids.ndjson")) {
      List<BundleRecord> records = r.records().toList();
      assertEquals(List.of(GOOD_RECORD, new ChildVisit("V3", "R1", LocalDate.of(2024, 1, 2), ChildVisitKind.CHECKUP)), records);
      List<Problem> problems = r.problems();
      assertEquals(5, problems.size());
      assertEquals(List.of(2L, 4L, 5L, 6L, 7L), problems.stream().map(p -> p.line().getAsLong()).toList());
      assertEquals(
          List.of("JSON_SYNTAX", "JSON_SYNTAX", "JSON_RECORD_TYPE", "JSON_RECORD_INVALID", "JSON_SYNTAX"),
          problems.stream().map(Problem::code).toList());
      problems.forEach(p -> assertEquals(Severity.ERROR, p.severity()));
      problems.forEach(p -> assertEquals(Optional.of("kids.ndjson"), p.file()));
      Problem invalid = problems.get(3);
      assertEquals(Optional.of(RecordType.CHILD_VISIT), invalid.recordType());
      assertEquals(Optional.of("V2"), invalid.recordId());
      assertTrue(invalid.message().contains("visitDate"), invalid.message());
      assertEquals(7, r.linesRead());
      assertEquals(2, r.recordsAccepted());
      assertEquals(5, r.linesRejected());
      assertEquals(2, r.blankLines());
      assertEquals(r.linesRead(), r.recordsAccepted() + r.linesRejected());
    }
  }

  @Test
  void handsProblemsToAConsumerWhenGivenOne() throws IOException {
    List<Problem> seen = new ArrayList<>();
    try (NdjsonReader r = NdjsonReader.of(new StringReader("x\n" + GOOD + "\n"), "s", seen::add)) {
      assertEquals(Optional.of(GOOD_RECORD), r.next().map(b -> b));
      assertEquals(Optional.empty(), r.next());
      assertEquals(List.of(), r.problems());
    }
    assertEquals(1, seen.size());
    assertEquals(1L, seen.get(0).line().getAsLong());
  }

  @Test
  void skipsAByteOrderMarkAndCarriageReturns(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bom.ndjson");
    Files.write(file, ("\uFEFF" + GOOD + "\r\n" + GOOD + "\r\n").getBytes(StandardCharsets.UTF_8));
    NdjsonReader.Result result = NdjsonReader.readAll(file);
    assertEquals(List.of(GOOD_RECORD, GOOD_RECORD), result.records());
    assertEquals(List.of(), result.problems());
    assertEquals("2 records, 0 lines rejected", result.toString());
  }

  @Test
  void locatesProblemsInTheFileName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.ndjson");
    Files.writeString(file, "42\n");
    NdjsonReader.Result result = NdjsonReader.readAll(file);
    assertEquals(Optional.of("bad.ndjson"), result.problems().get(0).file());
    assertEquals(1, result.linesRejected());
  }
}
