package org.gongwei.indicators.worklist;

import static org.gongwei.indicators.worklist.DueServiceTest.followUp;
import static org.gongwei.indicators.worklist.WorklistFixture.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.institution.InstitutionTree;
import org.gongwei.core.period.ReportingPeriod;
import org.junit.jupiter.api.Test;

class WorklistTest {
  private static final ReportingPeriod YEAR = ReportingPeriod.of(d("2024-01-01"), d("2024-08-15"));

  private static DueService annual(String residentId, DueRule rule, String institution, String doctor) {
    DueService.Builder b =
        DueService.builder()
            .date(d("2024-08-15"))
            .residentId(residentId)
            .institutionCode(institution)
            .rule(rule)
            .item("2024")
            .period(YEAR)
            .dueDate(d("2024-12-31"))
            .reason("due this year");
    if (doctor != null) {
      b.doctorId(doctor);
    }
    return b.build();
  }

  /** Services in a known order of urgency. */
  private static List<DueService> sample() {
    return List.of(
        followUp("B", "2024-06-01").build(), // overdue 75 days
        followUp("A", "2024-08-05").build(), // overdue 10 days
        followUp("C", "2024-08-05").build(), // overdue 10 days, resident C after A
        followUp("A", "2024-08-15").build(), // due today
        followUp("E", "2024-08-16").build(), // due tomorrow
        annual("A", DueRule.ELDERLY_CHECKUP, "430321101", "D1"), // due by 31 December, rule order …
        annual("A", DueRule.ELDERLY_TCM, "430321101", "D1"),
        annual("F", DueRule.ELDERLY_TCM, "430321101201", "D2"), // … institution 430321101201 after 430321101
        annual("G", DueRule.ELDERLY_TCM, "430321101202", null));
  }

  @Test
  void sortedByUrgency() {
    List<DueService> expected = sample();
    List<DueService> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new Random(7));
    Worklist w = Worklist.of(d("2024-08-15"), shuffled);
    assertEquals(expected, w.services());
    assertEquals(List.of("B", "A", "C", "E", "F", "G"), w.residentIds());
    assertEquals(9, w.size());
    assertEquals(3, w.overdue().size());
    assertEquals(Map.of(DueRule.HYPERTENSION_FOLLOW_UP, 5, DueRule.ELDERLY_CHECKUP, 1, DueRule.ELDERLY_TCM, 3), w.countsByRule());
  }

  @Property(tries = 50)
  void orderDoesNotDependOnInput(@ForAll long seed) {
    List<DueService> shuffled = new ArrayList<>(sample());
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(Worklist.of(d("2024-08-15"), sample()), Worklist.of(d("2024-08-15"), shuffled));
  }

  @Test
  void filtersAndSplits() {
    InstitutionTree tree = InstitutionTree.of(WorklistFixture.institutions());
    Worklist w = Worklist.of(d("2024-08-15"), sample(), tree);
    // the township and both village clinics below it
    assertEquals(9, w.forInstitution("430321101").size());
    assertEquals(List.of("F"), w.forInstitution("430321101201").residentIds());
    assertEquals(List.of("F"), w.forInstitution(" 430321101201 ").residentIds());
    assertEquals(0, w.forInstitution("999").size());
    // without a tree, exact codes only
    assertEquals(7, Worklist.of(d("2024-08-15"), sample()).forInstitution("430321101").size());
    assertEquals(List.of("B", "A", "C", "E"), w.forDoctor("D1").forRule(DueRule.HYPERTENSION_FOLLOW_UP).residentIds());
    assertEquals(List.of("F"), w.forDoctor("D2").residentIds());
    assertEquals(List.of("430321101", "430321101201", "430321101202"), List.copyOf(w.perInstitution().keySet()));
    assertEquals(List.of("", "D1", "D2"), List.copyOf(w.perDoctor().keySet()));
    assertEquals(List.of("G"), w.perDoctor().get("").residentIds());
    assertEquals(7, w.perDoctor().get("D1").size());
    assertTrue(Worklist.of(d("2024-08-15"), List.of()).isEmpty());
  }

  @Test
  void servicesOfAnotherDateAreRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Worklist.of(d("2024-08-16"), sample()));
    assertTrue(e.getMessage().contains("is of 2024-08-15, not 2024-08-16"), e.getMessage());
    assertThrows(NullPointerException.class, () -> Worklist.of(null, sample()));
  }

  @Test
  void printsOneAlignedLinePerService() {
    Worklist w = Worklist.of(d("2024-08-15"), List.of(followUp("B", "2024-06-01").build(), annual("G", DueRule.ELDERLY_TCM, "430321101202", null)));
    String[] lines = w.toString().split("\n");
    assertEquals(4, lines.length); // header, rule, two services
    assertEquals(
        "Status   Days  Due         Resident  Name  Institution   Doctor  Service               Item     Indicators"
            + "  Reason",
        lines[0]);
    assertEquals(
        "OVERDUE    75  2024-06-01  B         张三  430321101     D1      高血压患者随访        2024-Q3  HTN-01"
            + "      no face-to-face follow-up in 2024-Q3 yet",
        lines[2]);
    assertEquals(
        "DUE            2024-12-31  G               430321101202          老年人中医药健康管理  2024"
            + "                 due this year",
        lines[3]);
    assertEquals(2, Worklist.of(d("2024-08-15"), List.of()).toString().split("\n").length);
  }
}
