package org.gongwei.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.dataset.RecordType;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  private static Problem p(Rule rule, RecordType type, String id) {
    return Problem.of(rule.severity(), rule.code(), rule.description()).withRecord(type, id).withField("f");
  }

  private static final Problem SBP_F2 = p(Rule.SBP_IMPLAUSIBLE, RecordType.FOLLOW_UP, "F2");
  private static final Problem DBP_F2 = p(Rule.DBP_IMPLAUSIBLE, RecordType.FOLLOW_UP, "F2");
  private static final Problem DATE_F1 = p(Rule.DATE_IN_FUTURE, RecordType.FOLLOW_UP, "F1");
  private static final Problem ID_R1 = p(Rule.ID_NUMBER_INVALID, RecordType.RESIDENT, "R1");
  private static final Problem REGION_R1 = p(Rule.RESIDENT_OUTSIDE_INSTITUTION_REGION, RecordType.RESIDENT, "R1");
  private static final Problem UNKNOWN_D1 = p(Rule.UNKNOWN_INSTITUTION, RecordType.INFECTIOUS_CASE, "D1");
  private static final Problem FILE = Problem.info("UNKNOWN_COLUMN", "column x is kept aside").withLocation("residents.csv", 1);

  private static final List<Problem> ALL =
      List.of(SBP_F2, DBP_F2, DATE_F1, ID_R1, REGION_R1, UNKNOWN_D1, FILE);

  @Test
  void ordersByRecordTypeThenIdThenRule() {
    List<Problem> shuffled = new ArrayList<>(ALL);
    Collections.reverse(shuffled);
    ValidationReport report = ValidationReport.of(shuffled);
    assertEquals(List.of(FILE, ID_R1, REGION_R1, DATE_F1, SBP_F2, DBP_F2, UNKNOWN_D1), report.problems());
    assertThrows(UnsupportedOperationException.class, () -> report.problems().add(FILE));
  }

  @Test
  void linesOrderProblemsOfOneFile() {
    Problem line3 = Problem.error("PARSE", "bad date").withRecord(RecordType.RESIDENT, "R9").withLocation("residents.csv", 3);
    Problem line2 = Problem.error("PARSE", "bad date").withRecord(RecordType.RESIDENT, "R9").withLocation("residents.csv", 2);
    assertEquals(List.of(line2, line3), ValidationReport.of(List.of(line3, line2)).problems());
  }

  @Test
  void counts() {
    ValidationReport report = ValidationReport.of(ALL);
    assertEquals(7, report.size());
    assertEquals(2, report.count(Severity.ERROR));
    assertEquals(3, report.count(Severity.WARNING));
    assertEquals(2, report.count(Severity.INFO));
    assertTrue(report.hasErrors());
    assertFalse(ValidationReport.of(List.of(SBP_F2)).hasErrors());
    SortedMap<String, Integer> byCode = report.countsByCode();
    assertEquals(
        List.of("DATE_IN_FUTURE", "DBP_IMPLAUSIBLE", "ID_NUMBER_INVALID", "RESIDENT_OUTSIDE_INSTITUTION_REGION",
            "SBP_IMPLAUSIBLE", "UNKNOWN_COLUMN", "UNKNOWN_INSTITUTION"),
        new ArrayList<>(byCode.keySet()));
    assertEquals(Map.of("SBP_IMPLAUSIBLE", 2), ValidationReport.of(List.of(SBP_F2, SBP_F2)).countsByCode());
    assertThrows(UnsupportedOperationException.class, () -> byCode.put("X", 1));
  }

  @Test
  void problemsForOneRecord() {
    ValidationReport report = ValidationReport.of(ALL);
    assertEquals(List.of(SBP_F2, DBP_F2), report.problemsFor(RecordType.FOLLOW_UP, "F2"));
    assertEquals(List.of(ID_R1, REGION_R1), report.problemsFor(RecordType.RESIDENT, "R1"));
    assertEquals(List.of(), report.problemsFor(RecordType.RESIDENT, "F2"));
    assertEquals(List.of(), report.problemsFor(RecordType.CONTRACT, "K1"));
    assertThrows(NullPointerException.class, () -> report.problemsFor(null, "R1"));
  }

  @Test
  void toStringCountsSeverities() {
    assertEquals("0 errors, 0 warnings, 0 infos", ValidationReport.empty().toString());
    assertEquals("1 error, 1 warning, 1 info", ValidationReport.of(List.of(ID_R1, SBP_F2, REGION_R1)).toString());
    assertEquals("2 errors, 3 warnings, 2 infos", ValidationReport.of(ALL).toString());
  }

  @Test
  void summaryListsCountsPerSeverityAndCodeWithDescriptions() {
    String summary = ValidationReport.of(List.of(SBP_F2, SBP_F2, DBP_F2, ID_R1, FILE)).summary();
    assertEquals(
        String.join(
            "\n",
            "1 error, 3 warnings, 1 info",
            "Errors:",
            "  1  ID_NUMBER_INVALID — An ID card number (id type 01) fails the GB 11643 check.",
            "Warnings:",
            "  1  DBP_IMPLAUSIBLE — Diastolic pressure is outside 30–200 mmHg.",
            "  2  SBP_IMPLAUSIBLE — Systolic pressure is outside 60–300 mmHg.",
            "Infos:",
            "  1  UNKNOWN_COLUMN",
            ""),
        summary);
    assertEquals("0 errors, 0 warnings, 0 infos\n", ValidationReport.empty().summary());
  }

  @Test
  void mergeKeepsTheOrder() {
    ValidationReport a = ValidationReport.of(List.of(SBP_F2, ID_R1, FILE));
    ValidationReport b = ValidationReport.of(List.of(DBP_F2, DATE_F1, REGION_R1, UNKNOWN_D1));
    assertEquals(ValidationReport.of(ALL), a.merge(b));
    assertEquals(ValidationReport.of(ALL), b.merge(a));
    assertSame(a, a.merge(ValidationReport.empty()));
    assertSame(b, ValidationReport.empty().merge(b));
    assertEquals(ValidationReport.of(ALL).hashCode(), a.merge(b).hashCode());
    assertEquals(List.of(SBP_F2, DBP_F2), a.merge(b).problemsFor(RecordType.FOLLOW_UP, "F2"));
  }

  @Test
  void nullsAreRefused() {
    assertThrows(NullPointerException.class, () -> ValidationReport.of(null));
    assertThrows(NullPointerException.class, () -> ValidationReport.of(Arrays.asList(SBP_F2, null)));
    assertThrows(NullPointerException.class, () -> ValidationReport.empty().merge(null));
    assertThrows(NullPointerException.class, () -> ValidationReport.empty().count(null));
  }

  @Property(tries = 200)
  void theOrderOfInputAndMergingDoesNotMatter(@ForAll long seed) {
    Random rnd = new Random(seed);
    List<Problem> problems = new ArrayList<>();
    Rule[] rules = Rule.values();
    RecordType[] types = RecordType.values();
    for (int i = rnd.nextInt(30); i > 0; i--) {
      Rule rule = rules[rnd.nextInt(rules.length)];
      Problem p = Problem.of(rule.severity(), rule.code(), "m" + rnd.nextInt(3));
      if (rnd.nextInt(4) > 0) {
        p = p.withRecord(types[rnd.nextInt(types.length)], "X" + rnd.nextInt(5));
      }
      if (rnd.nextBoolean()) {
        p = p.withField("f" + rnd.nextInt(2));
      }
      if (rnd.nextInt(4) == 0) {
        p = p.withLocation("file" + rnd.nextInt(2) + ".csv", rnd.nextInt(3));
      }
      problems.add(p);
    }
    ValidationReport whole = ValidationReport.of(problems);
    List<Problem> shuffled = new ArrayList<>(problems);
    Collections.shuffle(shuffled, rnd);
    assertEquals(whole, ValidationReport.of(shuffled));
    int cut = problems.isEmpty() ? 0 : rnd.nextInt(problems.size() + 1);
    ValidationReport left = ValidationReport.of(shuffled.subList(0, cut));
    ValidationReport right = ValidationReport.of(shuffled.subList(cut, shuffled.size()));
    assertEquals(whole, left.merge(right));
    assertEquals(whole, right.merge(left));
    assertEquals(whole.countsByCode(), left.merge(right).countsByCode());
  }
}
