package org.gongwei.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.tcm.TcmService;
import org.junit.jupiter.api.Test;

class FindingsTest {

  @Test
  void numbersAreLocaleIndependentAndNeverThrow() {
    assertEquals("126", Findings.number(126.0));
    assertEquals("7.25", Findings.number(7.25));
    assertEquals("-3", Findings.number(-3));
    assertEquals("NaN", Findings.number(Double.NaN));
    assertEquals("Infinity", Findings.number(Double.POSITIVE_INFINITY));
    assertEquals("1.0E300", Findings.number(1e300));
    assertEquals("7.0", Findings.oneDecimal(126 / 18.0));
    assertEquals("0.1", Findings.oneDecimal(0.06));
  }

  @Test
  void reportsOnlyEnabledRulesAtTheRecord() {
    List<Problem> out = new ArrayList<>();
    boolean[] enabled = new boolean[Rule.values().length];
    enabled[Rule.DATE_IN_FUTURE.ordinal()] = true;
    Findings f = new Findings(out::add, enabled);
    TcmService s = new TcmService("S1", "R1", LocalDate.of(2030, 1, 1), TcmKind.ELDERLY);
    f.report(Rule.DATE_IN_FUTURE, s, "service_date", "in the future");
    f.report(Rule.DATE_BEFORE_BIRTH, s, "service_date", "before birth");
    f.report(Rule.DUPLICATE_ID, s, null, "again");
    assertEquals(1, out.size());
    Problem p = out.get(0);
    assertEquals(Severity.WARNING, p.severity());
    assertEquals("DATE_IN_FUTURE", p.code());
    assertEquals(Optional.of(RecordType.TCM_SERVICE), p.recordType());
    assertEquals(Optional.of("S1"), p.recordId());
    assertEquals(Optional.of("service_date"), p.field());
    assertTrue(f.on(Rule.DATE_IN_FUTURE));
    assertEquals(Optional.empty(), Findings.problem(Rule.DUPLICATE_ID, s, null, "again").field());
  }
}
