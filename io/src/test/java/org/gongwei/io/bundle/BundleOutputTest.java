package org.gongwei.io.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongwei.core.dataset.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleOutputTest {
  @TempDir Path dir;

  @Test
  void writesRecordsOneAtATimeAndCountsThem() throws IOException {
    BundleOutput out = BundleWriter.defaults().open(dir);
    out.add(BundleWriterTest.followUp()).add(BundleWriterTest.followUp());
    out.addAll(List.of(BundleWriterTest.resident()));
    assertEquals(Map.of(RecordType.FOLLOW_UP, 2L, RecordType.RESIDENT, 1L), out.counts());
    assertEquals(dir, out.directory());
    assertEquals("BundleOutput[" + dir + ", 2 files, 3 records]", out.toString());
    out.close();
    out.close(); // closing again does nothing

    BundleRead read = BundleReader.defaults().read(dir);
    assertEquals(2, read.dataset().followUps().size());
    assertEquals(List.of(BundleWriterTest.resident()), read.dataset().residents());
  }

  @Test
  void closingWritesResidentsWhenNoResidentCame() throws IOException {
    try (BundleOutput out = BundleWriter.defaults().open(dir)) {
      out.add(BundleWriterTest.followUp());
    }
    assertTrue(Files.exists(dir.resolve("residents.csv")));
    BundleRead read = BundleReader.defaults().read(dir);
    assertEquals(0, read.dataset().residents().size());
    assertTrue(read.problems().isEmpty(), read.problems()::toString);
  }

  @Test
  void addingAfterCloseIsAProgrammingError() throws IOException {
    BundleOutput out = BundleWriter.defaults().open(dir);
    out.close();
    assertThrows(IllegalStateException.class, () -> out.add(BundleWriterTest.resident()));
    assertThrows(NullPointerException.class, () -> out.add(null));
  }
}
