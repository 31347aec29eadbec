package org.gongwei.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.gongwei.core.dataset.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvOutputEncodingTest {
  private static final String TEXT = "服务编号,居民编号,服务日期,类别\nS1,R1,2024-01-01,CHILD\n";

  @TempDir Path dir;

  @Test
  void utf8WithBomReadsBack() throws IOException {
    Path file = dir.resolve("tcm_services.csv");
    try (Writer w = CsvOutputEncoding.UTF8_WITH_BOM.newWriter(file)) {
      w.write(TEXT);
    }
    byte[] bytes = Files.readAllBytes(file);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        Arrays.copyOf(bytes, 3));
    try (CsvTable t = CsvTable.open(file, RecordType.TCM_SERVICE)) {
      assertEquals(CharsetChoice.Basis.BYTE_ORDER_MARK, t.charsetChoice().orElseThrow().basis());
      assertEquals(Optional.of("S1"), t.iterator().next().text("service_id"));
    }
  }

  @Test
  void gb18030ReadsBack() throws IOException {
    Path file = dir.resolve("tcm_services.csv");
    try (Writer w = CsvOutputEncoding.GB18030.newWriter(file)) {
      w.write(TEXT);
    }
    try (CsvTable t = CsvTable.open(file, RecordType.TCM_SERVICE)) {
      assertEquals(CharsetDetection.GB18030, t.charsetChoice().orElseThrow().charset());
      assertEquals(Optional.of("CHILD"), t.iterator().next().code("kind"));
    }
  }
}
