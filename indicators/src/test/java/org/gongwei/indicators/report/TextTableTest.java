package org.gongwei.indicators.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextTableTest {
  @Test
  void alignsColumnsCountingChineseCharactersAsTwo() {
    String table = TextTable.of("Id", "指标", "N>").row("HTN-01", "高血压", 12).row("X", "ab", 3).toString();
    assertEquals(
        "Id      指标     N\n"
            + "------  ------  --\n"
            + "HTN-01  高血压  12\n"
            + "X       ab       3\n",
        table);
  }

  @Test
  void blankCellsAndWidths() {
    TextTable g = TextTable.of("A", "B").row("x");
    assertEquals(1, g.size());
    assertEquals("A  B\n-  -\nx\n", g.toString());
    assertEquals(4, TextTable.width("公卫"));
    assertEquals(3, TextTable.width("a·b"));
  }
}
