package org.gongwei.indicators.surveillance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.surveillance.EmergencyEvent;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.engine.DrillDown;
import org.gongwei.indicators.engine.Engine;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class EmergencyEventReportingTest {
  private static final Engine ENGINE = Engine.of(List.of(), List.of(new EmergencyEventReporting()));
  private static final ReportingPeriod Y2024 = ReportingPeriod.ofYear(2024);

  private static EmergencyEvent event(String id, String discovered, String reported) {
    return new EmergencyEvent(id, "430321101", LocalDateTime.parse(discovered),
        Optional.ofNullable(reported).map(LocalDateTime::parse));
  }

  private static Counts total(List<? extends BundleRecord> records, ReportingPeriod period) {
    return ENGINE.evaluate(Dataset.of(records), EvaluationContext.of(period, Rulebook.national2017())).total("ID-03");
  }

  private static final List<EmergencyEvent> EVENTS = List.of(
      event("E1", "2024-05-01T08:00", "2024-05-01T10:00"), // exactly 2 h: timely
      event("E2", "2024-05-01T08:00", "2024-05-01T10:01"), // 2 h 1 min: late
      event("E3", "2024-05-01T08:00", null), // not reported: outside
      event("E4", "2023-12-31T23:00", "2023-12-31T23:30"), // before the period
      event("E5", "2024-12-31T23:30", "2025-01-01T00:10"), // last day, reported next year within 40 min
      event("E6", "2025-01-01T00:00", "2025-01-01T00:05")); // after the period

  @Test
  void timelyShareOfReportedEventsByHand() {
    // discovered in 2024 and reported: E1, E2, E5 = 3; within 2 h: E1, E5 = 2
    assertEquals(new Counts(2, 3), total(EVENTS, Y2024));
    DrillDown drill = ENGINE.drillDown(Dataset.of(EVENTS), EvaluationContext.of(Y2024, Rulebook.national2017()), "ID-03", c -> true);
    assertEquals(List.of("E1", "E2", "E5"), drill.denominatorIds());
    assertEquals("reported 2 h 1 min after discovery, within 2 h required", drill.shortfalls().get(0).reason());
    assertEquals("E2", drill.shortfalls().get(0).subjectId());
  }

  @Test
  void quartersAndMonths() {
    assertEquals(new Counts(1, 2), total(EVENTS, ReportingPeriod.ofQuarter(2024, 2)));
    assertEquals(new Counts(1, 1), total(EVENTS, ReportingPeriod.ofMonth(2024, 12)));
    assertEquals(Counts.ZERO, total(EVENTS, ReportingPeriod.ofMonth(2024, 1)));
    // 2023-12: E4 reported after 30 min
    assertEquals(new Counts(1, 1), total(EVENTS, ReportingPeriod.ofMonth(2023, 12)));
  }

  @Test
  void onlyUnreportedEventsGiveNoDenominator() {
    assertEquals(Counts.ZERO, total(List.of(event("E3", "2024-05-01T08:00", null)), Y2024));
  }

  @Property(tries = 100)
  void timelyWithinReportedAndOrderFree(@ForAll long seed) {
    Random r = new Random(seed);
    List<EmergencyEvent> events = new ArrayList<>();
    for (int i = r.nextInt(30); i > 0; i--) {
      LocalDateTime discovered = LocalDateTime.parse("2023-12-01T00:00").plusMinutes(r.nextInt(60 * 24 * 420));
      String reported = r.nextInt(4) == 0 ? null : discovered.plusMinutes(r.nextInt(300)).toString();
      events.add(event("E" + i, discovered.toString(), reported));
    }
    Counts c = total(events, Y2024);
    assertTrue(0 <= c.numerator() && c.numerator() <= c.denominator());
    List<EmergencyEvent> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new Random(seed + 1));
    assertEquals(c, total(shuffled, Y2024));
  }
}
