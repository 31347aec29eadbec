package org.gongwei.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FormulaGuardTest {
  @Test
  void guardsTheFormulaCharacters() {
    assertEquals("'=1+2", FormulaGuard.guard("=1+2"));
    assertEquals("'=HYPERLINK(\"x\")", FormulaGuard.guard("=HYPERLINK(\"x\")"));
    assertEquals("'+86 10", FormulaGuard.guard("+86 10"));
    assertEquals("'-1+1", FormulaGuard.guard("-1+1"));
    assertEquals("'@SUM(A1)", FormulaGuard.guard("@SUM(A1)"));
    assertEquals("'\tx", FormulaGuard.guard("\tx"));
    assertEquals("'\rx", FormulaGuard.guard("\rx"));
  }

  @Test
  void leavesPlainNumbersAndOtherTextAlone() {
    // a plain number is read as a number by a spreadsheet: nothing can run
    assertEquals("-15.00", FormulaGuard.guard("-15.00"));
    assertEquals("-1", FormulaGuard.guard("-1"));
    assertEquals("+3", FormulaGuard.guard("+3"));
    assertEquals("-1.5e3", FormulaGuard.guard("-1.5e3"));
    assertEquals("", FormulaGuard.guard(""));
    assertEquals("某某镇卫生院", FormulaGuard.guard("某某镇卫生院"));
    assertEquals("a=b", FormulaGuard.guard("a=b"));
    assertEquals("'quoted", FormulaGuard.guard("'quoted"));
    assertEquals("≥ 60%", FormulaGuard.guard("≥ 60%"));
  }

  @Property
  void aGuardedCellStartsWithAFormulaCharacterOnlyWhenItIsANumber(@ForAll String text) {
    String g = FormulaGuard.guard(text);
    if (!g.isEmpty() && "=+-@\t\r".indexOf(g.charAt(0)) >= 0) {
      assertTrue(g.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?"), g);
    }
    assertEquals(text, g.startsWith("'") && !text.startsWith("'") ? g.substring(1) : g);
  }
}
