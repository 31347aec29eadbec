package org.gongwei.indicators.worklist;

import static org.gongwei.indicators.worklist.WorklistFixture.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gongwei.core.period.ReportingPeriod;
import org.junit.jupiter.api.Test;

class DueServiceTest {
  /** A hypertension follow-up of 2024-Q3 on 2024-08-15, due on {@code dueDate}. */
  static DueService.Builder followUp(String residentId, String dueDate) {
    return DueService.builder()
        .date(d("2024-08-15"))
        .residentId(residentId)
        .name("张三")
        .institutionCode("430321101")
        .doctorId("D1")
        .rule(DueRule.HYPERTENSION_FOLLOW_UP)
        .item("2024-Q3")
        .addIndicatorIds("HTN-01")
        .period(ReportingPeriod.of(d("2024-07-01"), d("2024-08-15")))
        .dueDate(d(dueDate))
        .reason("no face-to-face follow-up in 2024-Q3 yet");
  }

  @Test
  void statusAndDaysOverdueAroundTheDueDate() {
    DueService yesterday = followUp("A", "2024-08-14").build();
    DueService today = followUp("A", "2024-08-15").build();
    DueService tomorrow = followUp("A", "2024-08-16").build();
    DueService lastYear = followUp("A", "2023-08-15").build();
    assertEquals(DueStatus.OVERDUE, yesterday.status());
    assertEquals(1, yesterday.daysOverdue());
    assertEquals(DueStatus.DUE, today.status());
    assertEquals(0, today.daysOverdue());
    assertEquals(DueStatus.DUE, tomorrow.status());
    assertEquals(0, tomorrow.daysOverdue());
    assertEquals(366, lastYear.daysOverdue()); // 29 February 2024 included
    assertEquals("逾期", DueStatus.OVERDUE.label());
  }

  @Test
  void servesAndToStringWithoutTheName() {
    DueService s = followUp("R0001", "2024-08-02").build();
    assertTrue(s.serves("HTN-01"));
    assertFalse(s.serves("DM-01"));
    assertEquals("DueService[R0001 HYPERTENSION_FOLLOW_UP 2024-Q3, OVERDUE 13d]", s.toString());
    assertEquals("DueService[R0001 HYPERTENSION_FOLLOW_UP 2024-Q3, DUE 2024-09-30]",
        followUp("R0001", "2024-09-30").build().toString());
    assertFalse(s.toString().contains("张三"));
  }

  @Test
  void invariants() {
    assertThrows(IllegalArgumentException.class, () -> followUp(" ", "2024-08-02").build());
    assertThrows(IllegalArgumentException.class, () -> followUp("A", "2024-08-02").institutionCode("").build());
    assertThrows(IllegalArgumentException.class, () -> followUp("A", "2024-08-02").reason(" ").build());
    IllegalArgumentException period =
        assertThrows(
            IllegalArgumentException.class,
            () -> followUp("A", "2024-08-02").period(ReportingPeriod.ofQuarter(2024, 3)).build());
    assertTrue(period.getMessage().contains("must end on the worklist date"), period.getMessage());
    IllegalArgumentException ids =
        assertThrows(IllegalArgumentException.class, () -> followUp("A", "2024-08-02").addIndicatorIds("DM-01").build());
    assertEquals(
        "indicatorIds: HYPERTENSION_FOLLOW_UP does not serve DM-01 (it serves [HTN-01])", ids.getMessage());
    assertThrows(IllegalStateException.class, () -> DueService.builder().residentId("A").build());
    assertEquals(List.of(), followUp("A", "2024-08-02").indicatorIds(List.of()).build().indicatorIds());
  }
}
