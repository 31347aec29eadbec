package org.gongwei.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvReadOptionsTest {
  @Test
  void defaultsDetectAndKeep() {
    CsvReadOptions o = CsvReadOptions.defaults();
    assertEquals(Optional.empty(), o.charset());
    assertEquals(Optional.empty(), o.problemSink());
    assertEquals(ColumnAliases.builtIn(), o.aliases());
    assertEquals("CsvReadOptions[charset=detected, ColumnAliases[built-in], problems=kept]",
        o.toString());
  }

  @Test
  void gbkIsWidened() {
    CsvReadOptions o = CsvReadOptions.defaults().withCharset(Charset.forName("GBK"));
    assertEquals(Optional.of(CharsetDetection.GB18030), o.charset());
    assertTrue(o.withProblemSink(p -> { }).problemSink().isPresent());
    assertEquals(Optional.empty(), CsvReadOptions.defaults().charset(), "defaults unchanged");
  }
}
