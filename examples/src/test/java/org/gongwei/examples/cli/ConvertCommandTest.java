package org.gongwei.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.io.bundle.BundleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  private static final Set<RecordType> FHIR_TYPES = EnumSet.of(RecordType.INSTITUTION, RecordType.RESIDENT,
      RecordType.REGISTRATION, RecordType.FOLLOW_UP, RecordType.VACCINATION, RecordType.CONTRACT);

  private static Dataset sample;

  @BeforeAll
  static void readTheSample() throws IOException {
    sample = BundleReader.defaults().read(Cli.sample()).dataset();
  }

  private static Dataset bundle(Path dir) throws IOException {
    return BundleReader.defaults().read(dir).dataset();
  }

  private static void assertSameRecords(Dataset expected, Dataset actual, Set<RecordType> types) {
    for (RecordType t : types) {
      assertEquals(expected.records(t), actual.records(t), t.toString());
    }
  }

  @Test
  void bundleToNdjsonAndBackGivesEqualDatasets(@TempDir Path dir) throws IOException {
    Path ndjson = dir.resolve("sample.ndjson");
    Cli.Result there = Cli.run("convert", Cli.sample().toString(), "--to", "ndjson", "--out", ndjson.toString());
    assertEquals(0, there.code(), there.toString());
    assertTrue(there.err().contains("nothing dropped"), there.err());
    Path back = dir.resolve("back");
    Cli.Result again = Cli.run("convert", ndjson.toString(), "--to", "csv", "--out", back.toString());
    assertEquals(0, again.code(), again.toString());
    Dataset read = bundle(back);
    assertEquals(sample.size(), read.size());
    assertSameRecords(sample, read, EnumSet.allOf(RecordType.class));
  }

  @Test
  void bundleToFhirAndBackKeepsTheCarriedTypesAndCountsTheDropped(@TempDir Path dir) throws IOException {
    Path fhir = dir.resolve("sample.json");
    Cli.Result there = Cli.run("convert", Cli.sample().toString(), "--to", "fhir", "--out", fhir.toString());
    assertEquals(0, there.code(), there.toString());
    assertTrue(Files.readString(fhir).contains("\"resourceType\" : \"Bundle\"")
        || Files.readString(fhir).contains("\"resourceType\":\"Bundle\""));
    int checkups = sample.counts().get(RecordType.CHECKUP);
    assertTrue(there.err().contains("dropped"), there.err());
    assertTrue(there.err().lines().anyMatch(l -> l.contains("checkups.csv") && l.endsWith(String.format("%,d", checkups))),
        there.err());
    Path back = dir.resolve("back");
    Cli.Result again = Cli.run("convert", fhir.toString(), "--to", "csv", "--out", back.toString());
    assertEquals(0, again.code(), again.toString());
    Dataset read = bundle(back);
    assertSameRecords(sample, read, FHIR_TYPES);
    assertTrue(read.checkups().isEmpty());
  }

  @Test
  void bundleToCdaAndBackKeepsResidentsAndFollowUps(@TempDir Path dir) throws IOException {
    Path small = dir.resolve("small");
    assertEquals(0, Cli.run("generate", "--residents", "150", "--seed", "5", small.toString()).code());
    Dataset original = bundle(small);
    Path cda = dir.resolve("cda");
    Cli.Result there = Cli.run("convert", small.toString(), "--to", "cda", "--out", cda.toString());
    assertEquals(0, there.code(), there.toString());
    try (Stream<Path> docs = Files.list(cda)) {
      assertEquals(original.residents().size() + original.followUps().size(), docs.count());
    }
    assertTrue(there.err().contains("CDA carries residents and hypertension/diabetes follow-ups; dropped"), there.err());
    Path ndjson = dir.resolve("cda.ndjson");
    Cli.Result again = Cli.run("convert", cda.toString(), "--to", "ndjson", "-o", ndjson.toString());
    assertEquals(0, again.code(), again.toString());
    Path back = dir.resolve("back");
    assertEquals(0, Cli.run("convert", ndjson.toString(), "--to", "csv", "-o", back.toString()).code());
    // the documents are read in file-name order: the same records, in another order
    Dataset read = bundle(back);
    for (RecordType t : EnumSet.of(RecordType.RESIDENT, RecordType.FOLLOW_UP)) {
      assertEquals(byId(original.records(t)), byId(read.records(t)), t.toString());
    }
    assertTrue(read.checkups().isEmpty());
  }

  private static Map<String, BundleRecord> byId(List<? extends BundleRecord> records) {
    Map<String, BundleRecord> map = new TreeMap<>();
    records.forEach(r -> assertNull(map.put(r.id(), r), r.id()));
    return map;
  }

  @Test
  void anInputOfUnknownKindOrMissingIsExitCode2(@TempDir Path dir) throws IOException {
    Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
    Cli.Result r = Cli.run("convert", text.toString(), "--to", "csv", "--out", dir.resolve("x").toString());
    assertEquals(ExitCodes.UNUSABLE, r.code(), r.toString());
    assertTrue(r.err().contains("cannot tell what"), r.err());
    Cli.Result missing = Cli.run("convert", dir.resolve("none.ndjson").toString(), "--to", "csv", "--out", dir.resolve("y").toString());
    assertEquals(ExitCodes.UNUSABLE, missing.code());
    assertEquals(ExitCodes.UNUSABLE, Cli.run("convert", Cli.sample().toString(), "--out", dir.resolve("z").toString()).code());
    assertFalse(Files.exists(dir.resolve("x")));
  }
}
