package org.gongwei.io.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;
import org.gongwei.io.csv.CsvRow;
import org.gongwei.io.csv.CsvTable;
import org.gongwei.io.csv.FileAccount;
import org.junit.jupiter.api.Test;

class BundleAccountTest {

  private static FileAccount account(RecordType type, String text) {
    try (CsvTable t = CsvTable.of(new StringReader(text), type.fileName(), type)) {
      for (CsvRow row : t) {
        if (type == RecordType.FOLLOW_UP) {
          row.date("visit_date");
        }
      }
      return t.account();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static BundleAccount sample(int limit) {
    Map<RecordType, FileAccount> files = new EnumMap<>(RecordType.class);
    files.put(RecordType.FOLLOW_UP, account(RecordType.FOLLOW_UP,
        "followup_id,resident_id,condition,visit_date,method\nF1,R1,HYPERTENSION,2024-3-5,1\n"
            + "F2,R1,HYPERTENSION,,1\n"));
    files.put(RecordType.RESIDENT, account(RecordType.RESIDENT,
        "resident_id,sex,birth_date,region_code,institution_code,permanent\n"
            + "R1,1,1950-01-01,430321,430321100,1\n"));
    Problem info = BundleProblemCode.BUNDLE_UNKNOWN_FILE.problem("x.csv is not a file of the bundle")
        .withLocation("x.csv", 0);
    return BundleAccount.of(files, List.of(info), limit);
  }

  @Test
  void totalsAddUpTheFiles() {
    BundleAccount a = sample(100);
    assertEquals(3, a.rowsRead());
    assertEquals(2, a.rowsAccepted());
    assertEquals(1, a.rowsRejected());
    assertEquals(1, a.problemCount(Severity.ERROR));
    assertEquals(1, a.problemCount(Severity.WARNING));
    assertEquals(1, a.problemCount(Severity.INFO));
    assertEquals(3, a.problemCount());
    assertEquals(Map.of("BUNDLE_UNKNOWN_FILE", 1L, "DATE_NONSTANDARD", 1L, "VALUE_MISSING", 1L),
        a.problemsByCode());
    assertTrue(a.hasErrors());
    assertEquals(1, a.bundleProblems().size());
  }

  @Test
  void problemsComeBundleFirstThenFilesInRecordTypeOrderUpToTheLimit() {
    BundleAccount a = sample(100);
    assertEquals(List.of("BUNDLE_UNKNOWN_FILE", "DATE_NONSTANDARD", "VALUE_MISSING"),
        a.problems().stream().map(Problem::code).toList());
    assertEquals(0, a.problemsOmitted());
    BundleAccount limited = sample(2);
    assertEquals(List.of("BUNDLE_UNKNOWN_FILE", "DATE_NONSTANDARD"),
        limited.problems().stream().map(Problem::code).toList());
    assertEquals(1, limited.problemsOmitted());
    assertEquals(3, limited.problemCount());
    assertEquals(1, limited.file(RecordType.RESIDENT).orElseThrow().problems().size()
        + limited.file(RecordType.FOLLOW_UP).orElseThrow().problems().size());
    assertEquals(2, limited.file(RecordType.FOLLOW_UP).orElseThrow()
        .problemCount(Severity.ERROR) + limited.file(RecordType.FOLLOW_UP).orElseThrow()
        .problemCount(Severity.WARNING), "the counts stay whole");
  }

  @Test
  void filesAreListedInRecordTypeOrder() {
    BundleAccount a = sample(100);
    assertEquals(List.of(RecordType.RESIDENT, RecordType.FOLLOW_UP), List.copyOf(a.files().keySet()));
    assertEquals(Optional.empty(), a.file(RecordType.CHECKUP));
    assertEquals(2, a.file(RecordType.FOLLOW_UP).orElseThrow().rowsRead());
    assertThrows(NullPointerException.class, () -> a.file(null));
  }

  @Test
  void toStringHasALinePerFileAndTheTotals() {
    String s = sample(100).toString();
    assertTrue(s.startsWith("residents.csv [text, COMPLETE]: 1 read, 1 accepted, 0 rejected"), s);
    assertTrue(s.endsWith("bundle: 2 files, 3 read, 2 accepted, 1 rejected; 1 error, 1 warning,"
        + " 1 info"), s);
    assertFalse(BundleAccount.of(Map.of(), List.of(), 10).hasErrors());
  }
}
