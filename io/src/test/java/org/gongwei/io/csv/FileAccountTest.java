package org.gongwei.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;
import org.junit.jupiter.api.Test;

class FileAccountTest {
  private static FileAccount account(long read, long accepted, long rejected) {
    return new FileAccount("residents.csv", RecordType.RESIDENT,
        Optional.of(StandardCharsets.UTF_8), FileStatus.COMPLETE, read, accepted, rejected, 0,
        Map.of(Severity.ERROR, 2L), Map.of("DATE_INVALID", 2L),
        List.of(Problem.error("DATE_INVALID", "x"), Problem.error("DATE_INVALID", "y")));
  }

  @Test
  void rowsReadMustEqualAcceptedPlusRejected() {
    assertThrows(IllegalArgumentException.class, () -> account(10, 5, 4));
    assertThrows(IllegalArgumentException.class, () -> account(-1, 0, -1));
    assertEquals(10, account(10, 8, 2).rowsRead());
  }

  @Test
  void countsPerSeverityAndCode() {
    FileAccount a = account(10, 8, 2);
    assertEquals(2, a.problemCount(Severity.ERROR));
    assertEquals(0, a.problemCount(Severity.INFO));
    assertEquals(2, a.problemCount("DATE_INVALID"));
    assertEquals(0, a.problemCount("NOTHING"));
  }

  @Test
  void readableToString() {
    assertEquals("residents.csv [UTF-8, COMPLETE]: 10 read, 8 accepted, 2 rejected;"
        + " 2 errors, 0 warnings, 0 info", account(10, 8, 2).toString());
  }
}
