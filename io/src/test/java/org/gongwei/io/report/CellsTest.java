package org.gongwei.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CellsTest {

  @Test
  void guardsTheFormulaCharacters() {
    assertEquals("'=1+2", Cells.guard("=1+2"));
    assertEquals("'+86 10", Cells.guard("+86 10"));
    assertEquals("'-1", Cells.guard("-1"));
    assertEquals("'@SUM(A1)", Cells.guard("@SUM(A1)"));
    assertEquals("'\tx", Cells.guard("\tx"));
    assertEquals("'\rx", Cells.guard("\rx"));
  }

  @Test
  void leavesOtherTextAlone() {
    assertEquals("", Cells.guard(""));
    assertEquals("某某镇卫生院", Cells.guard("某某镇卫生院"));
    assertEquals("a=b", Cells.guard("a=b"));
    assertEquals("'quoted", Cells.guard("'quoted"));
    assertEquals("≥ 60%", Cells.guard("≥ 60%"));
  }

  @Property
  void aGuardedCellNeverStartsWithAFormulaCharacter(@ForAll String text) {
    String g = Cells.guard(text);
    if (!g.isEmpty()) {
      assertEquals(-1, "=+-@\t\r".indexOf(g.charAt(0)));
    }
    assertEquals(text, g.startsWith("'") && !text.startsWith("'") ? g.substring(1) : g);
  }
}
