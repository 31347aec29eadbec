package org.gongwei.indicators.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.code.Sex;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.surveillance.EmergencyEvent;
import org.gongwei.core.tcm.TcmService;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class EngineTest {
  static final EvaluationContext Y2024 = EvaluationContext.of(ReportingPeriod.ofYear(2024), Rulebook.national2017());

  /**
   * R1 born 1959-12-31: 65 on 2024-12-31 (exactly 65 at the period end) → denominator; TCM 2024-01-01 → numerator.
   * R2 born 1960-01-01: 64 at the period end → not in the denominator.
   * R3 born 1950-06-01, TCM only on 2023-12-31 (day before the period) → denominator only.
   * R4 born 1940-01-01, died 2024-06-30 → not in population at the end.
   * R5 born 1945-02-01, TCM 2024-12-31 (last day) → numerator.
   * TOY-01 = 2 / 3.
   * Events at T1: E1 reported after 2 h exactly (in time), E2 after 3 h (late), E3 not reported (out) → TOY-02 = 1 / 2.
   */
  static List<BundleRecord> records() {
    List<BundleRecord> r = new ArrayList<>();
    r.add(ToyIndicators.institution("T1", null, "430321101", InstitutionType.TOWNSHIP_HEALTH_CENTER));
    r.add(ToyIndicators.resident("R1", LocalDate.of(1959, 12, 31), Sex.MALE, "T1", "430321101201"));
    r.add(ToyIndicators.resident("R2", LocalDate.of(1960, 1, 1), Sex.FEMALE, "T1", "430321101201"));
    r.add(ToyIndicators.resident("R3", LocalDate.of(1950, 6, 1), Sex.FEMALE, "T1", "430321101202"));
    r.add(
        org.gongwei.core.resident.Resident.builder()
            .from(ToyIndicators.resident("R4", LocalDate.of(1940, 1, 1), Sex.MALE, "T1", "430321101202"))
            .deathDate(LocalDate.of(2024, 6, 30))
            .build());
    r.add(ToyIndicators.resident("R5", LocalDate.of(1945, 2, 1), Sex.MALE, "V1", "430321102301"));
    r.add(new TcmService("S1", "R1", LocalDate.of(2024, 1, 1), TcmKind.ELDERLY));
    r.add(new TcmService("S3", "R3", LocalDate.of(2023, 12, 31), TcmKind.ELDERLY));
    r.add(new TcmService("S4", "R4", LocalDate.of(2024, 3, 1), TcmKind.ELDERLY));
    r.add(new TcmService("S5", "R5", LocalDate.of(2024, 12, 31), TcmKind.ELDERLY));
    LocalDateTime t = LocalDateTime.of(2024, 5, 1, 8, 0);
    r.add(new EmergencyEvent("E1", "T1", t, Optional.of(t.plusHours(2))));
    r.add(new EmergencyEvent("E2", "T1", t, Optional.of(t.plusHours(3))));
    r.add(new EmergencyEvent("E3", "T1", t, Optional.empty()));
    return r;
  }

  @Test
  void countsByHand() {
    Tally tally = ToyIndicators.engine().evaluate(Dataset.of(records()), Y2024);
    assertEquals(new Counts(2, 3), tally.total("TOY-01"));
    assertEquals(new Counts(1, 2), tally.total("TOY-02"));
  }

  @Test
  void drillDownListsMembersAndReasons() {
    Engine engine = ToyIndicators.engine();
    DrillDown d = engine.drillDown(Dataset.of(records()), Y2024, "TOY-01", c -> true);
    assertEquals(List.of("R1", "R3", "R5"), d.denominatorIds());
    assertEquals(List.of("R1", "R5"), d.numeratorIds());
    assertEquals(1, d.shortfalls().size());
    assertEquals("no elderly TCM service in 2024", d.shortfalls().get(0).reason());
    assertEquals(new Counts(2, 3), d.counts());
    // restricted to a stratum: the residents of institution V1 only
    DrillDown v1 = engine.drillDown(Dataset.of(records()), Y2024, "TOY-01", c -> c.institutionCode().equals("V1"));
    assertEquals(List.of("R5"), v1.denominatorIds());
    DrillDown events = engine.drillDown(Dataset.of(records()), Y2024, "TOY-02", c -> true);
    assertEquals(List.of("E1", "E2"), events.denominatorIds());
    assertEquals("reported late", events.shortfalls().get(0).reason());
  }

  @Test
  void explainsOneResident() {
    Dataset data = Dataset.of(records());
    List<Evaluation> r2 = ToyIndicators.engine().explain(data.view("R2").orElseThrow(), Y2024);
    assertEquals(1, r2.size());
    assertEquals(Membership.NOT_IN_DENOMINATOR, r2.get(0).membership());
    assertEquals("not aged 65+ in population at period end", r2.get(0).reason());
    List<Evaluation> r1 = ToyIndicators.engine().explain(data.view("R1").orElseThrow(), Y2024);
    assertEquals(Membership.NUMERATOR, r1.get(0).membership());
  }

  @Test
  void streamingEqualsInMemory() {
    Dataset data = Dataset.of(records());
    Engine engine = ToyIndicators.engine();
    Tally streamed = engine.evaluateResidents(data.residentViews(), Y2024);
    assertEquals(engine.evaluate(data, Y2024).total("TOY-01"), streamed.total("TOY-01"));
  }

  @Test
  void refusesDuplicateMeasuresAndUnknownIds() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Engine.of(List.of(new ToyIndicators.ElderlyTcm(), new ToyIndicators.ElderlyTcm()), List.of()));
    Tally tally = ToyIndicators.engine().evaluate(Dataset.empty(), Y2024);
    assertThrows(IllegalArgumentException.class, () -> tally.total("NOPE"));
    assertEquals(Counts.ZERO, tally.total("TOY-01"));
    assertTrue(ToyIndicators.engine().toString().contains("2 measures"));
  }

  @Test
  void cellsCarryInstitutionRegionSexAndAgeBand() {
    Tally tally = ToyIndicators.engine().evaluate(Dataset.of(records()), Y2024);
    // default bands: 0-6, 7-17, 18-34, 35-64, 65+ → index 4 for the elderly
    assertEquals(new Counts(1, 1), tally.total("TOY-01", c -> c.sex() == Sex.MALE && c.ageBand() == 4 && c.institutionCode().equals("T1")));
    assertEquals(new Counts(1, 2), tally.total("TOY-02", c -> c.institutionCode().equals("T1") && c.regionCode().equals("430321101")));
  }
}
