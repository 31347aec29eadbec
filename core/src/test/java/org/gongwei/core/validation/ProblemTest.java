package org.gongwei.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalLong;
import org.gongwei.core.dataset.RecordType;
import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void locatesAndPrints() {
    Problem p =
        Problem.error("ID_CHECK_DIGIT", "check character is 3 but should be X")
            .withRecord(RecordType.RESIDENT, "R1")
            .withField("id_number")
            .withLocation("residents.csv", 12);
    assertEquals("ERROR ID_CHECK_DIGIT residents.csv:12 RESIDENT R1 id_number: check character is 3 but should be X", p.toString());
    assertEquals(OptionalLong.of(12), p.line());
    assertEquals(Optional.of("R1"), p.recordId());
    assertTrue(p.isError());
    assertFalse(p.withSeverity(Severity.WARNING).isError());
    assertNotEquals(p, p.withField("name"));
    assertEquals(p, Problem.error("ID_CHECK_DIGIT", "check character is 3 but should be X")
        .withRecord(RecordType.RESIDENT, "R1").withField("id_number").withLocation("residents.csv", 12));
  }

  @Test
  void unknownLineIsEmpty() {
    assertEquals(OptionalLong.empty(), Problem.info("UNKNOWN_COLUMN", "column x is not known").line());
    assertEquals("INFO UNKNOWN_COLUMN: column x is not known", Problem.info("UNKNOWN_COLUMN", "column x is not known").toString());
  }

  @Test
  void refusesBlankCodeAndNegativeLine() {
    assertThrows(IllegalArgumentException.class, () -> Problem.error(" ", "m"));
    assertThrows(IllegalArgumentException.class, () -> Problem.error("C", "m").withLocation("f", -1));
  }
}
