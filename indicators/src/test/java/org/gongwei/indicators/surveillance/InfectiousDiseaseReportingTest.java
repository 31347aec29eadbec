package org.gongwei.indicators.surveillance;

import static org.gongwei.indicators.fixture.PersonFixture.reasonOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.code.DiseaseClass;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.surveillance.InfectiousCase;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.engine.DrillDown;
import org.gongwei.indicators.engine.Engine;
import org.gongwei.indicators.engine.Evaluation;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.Tally;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class InfectiousDiseaseReportingTest {
  private static final Engine ENGINE = Engine.of(List.of(), List.of(new InfectiousDiseaseReporting()));
  private static final ReportingPeriod Y2024 = ReportingPeriod.ofYear(2024);

  static InfectiousCase infectiousCase(String id, DiseaseClass dc, String diagnosed, String reported) {
    var b = InfectiousCase.builder().caseId(id).institutionCode("430321101").diseaseClass(dc)
        .diagnosedAt(LocalDateTime.parse(diagnosed));
    if (reported != null) {
      b.reportedAt(LocalDateTime.parse(reported));
    }
    return b.build();
  }

  private static Tally tally(Dataset data, ReportingPeriod period) {
    return ENGINE.evaluate(data, EvaluationContext.of(period, Rulebook.national2017()));
  }

  private static DrillDown drill(Dataset data, ReportingPeriod period, String measure) {
    return ENGINE.drillDown(data, EvaluationContext.of(period, Rulebook.national2017()), measure, c -> true);
  }

  private static List<BundleRecord> cases() {
    return List.of(
        Institution.builder().code("430321101").name("某镇卫生院").type(InstitutionType.TOWNSHIP_HEALTH_CENTER)
            .regionCode(RegionCode.parse("430321101")).build(),
        infectiousCase("K1", DiseaseClass.A, "2024-03-01T10:00", "2024-03-01T12:00"), // exactly 2 h: timely
        infectiousCase("K2", DiseaseClass.A, "2024-03-01T10:00", "2024-03-01T12:01"), // 2 h 1 min: late
        infectiousCase("K3", DiseaseClass.B_AS_A, "2024-03-01T10:00", "2024-03-01T11:59"), // timely
        infectiousCase("K4", DiseaseClass.B, "2024-03-01T10:00", "2024-03-02T10:00"), // class B at exactly 24 h: timely
        infectiousCase("K5", DiseaseClass.B, "2024-03-01T10:00", "2024-03-02T10:01"), // 24 h 1 min: late
        infectiousCase("K6", DiseaseClass.C, "2024-03-01T10:00", "2024-03-01T13:00"), // class C, 3 h: timely
        infectiousCase("K7", DiseaseClass.B, "2024-03-01T10:00", null), // not reported
        infectiousCase("K8", DiseaseClass.A, "2023-12-31T23:59", "2024-01-01T00:30"), // diagnosed before the period
        infectiousCase("K9", DiseaseClass.A, "2024-12-31T23:00", "2025-01-01T01:00"), // last day, report next year, 2 h
        infectiousCase("K10", DiseaseClass.A, "2025-01-01T00:00", "2025-01-01T00:10")); // after the period
  }

  @Test
  void reportingAndTimelinessByHand() {
    Dataset data = Dataset.of(cases());
    Tally t = tally(data, Y2024);
    // diagnosed in 2024: K1..K7, K9 = 8; reported: all but K7 = 7
    assertEquals(new Counts(7, 8), t.total("ID-01"));
    // reported 7; within the window: K1, K3, K4, K6, K9 = 5
    assertEquals(new Counts(5, 7), t.total("ID-02"));

    DrillDown id01 = drill(data, Y2024, "ID-01");
    assertEquals(List.of("K1", "K2", "K3", "K4", "K5", "K6", "K7", "K9"), id01.denominatorIds());
    assertEquals("not reported", reasonOf(id01, "K7"));
    DrillDown id02 = drill(data, Y2024, "ID-02");
    assertEquals(List.of("K1", "K2", "K3", "K4", "K5", "K6", "K9"), id02.denominatorIds());
    assertEquals(List.of("K1", "K3", "K4", "K6", "K9"), id02.numeratorIds());
    assertEquals("reported 2 h 1 min after diagnosis, within 2 h required (class A)", reasonOf(id02, "K2"));
    assertEquals("reported 24 h 1 min after diagnosis, within 24 h required (class B)", reasonOf(id02, "K5"));
  }

  @Test
  void quarterAndMonthPeriods() {
    Dataset data = Dataset.of(cases());
    // Q1 2024: K1..K7: reported 6 of 7, timely 4 of 6 (K1, K3, K4, K6)
    assertEquals(new Counts(6, 7), tally(data, ReportingPeriod.ofQuarter(2024, 1)).total("ID-01"));
    assertEquals(new Counts(4, 6), tally(data, ReportingPeriod.ofQuarter(2024, 1)).total("ID-02"));
    // December 2024: K9 only; January 2024: none (K8 was diagnosed on 31 December 2023)
    assertEquals(new Counts(1, 1), tally(data, ReportingPeriod.ofMonth(2024, 12)).total("ID-02"));
    assertEquals(Counts.ZERO, tally(data, ReportingPeriod.ofMonth(2024, 1)).total("ID-01"));
    assertEquals(new Counts(1, 1), tally(data, ReportingPeriod.ofMonth(2023, 12)).total("ID-01"));
  }

  @Test
  void secondsPastTheWindowAreLate() {
    Dataset data = Dataset.of(List.of(infectiousCase("K1", DiseaseClass.A, "2024-03-01T10:00", "2024-03-01T12:00:30")));
    assertEquals(new Counts(0, 1), tally(data, Y2024).total("ID-02"));
    assertEquals("reported 2 h 0 min 30 s after diagnosis, within 2 h required (class A)", reasonOf(drill(data, Y2024, "ID-02"), "K1"));
  }

  @Test
  void countedInTheDiagnosingInstitutionsCell() {
    List<BundleRecord> records = new ArrayList<>(cases());
    records.add(InfectiousCase.builder().caseId("U1").institutionCode("999").diseaseClass(DiseaseClass.C)
        .diagnosedAt(LocalDateTime.parse("2024-05-01T08:00")).build());
    Tally t = tally(Dataset.of(records), Y2024);
    assertEquals(new Counts(7, 8), t.total("ID-01", c -> c.regionCode().equals("430321101")));
    // an institution missing from institutions.csv: its own code, an empty region
    assertEquals(new Counts(0, 1), t.total("ID-01", c -> c.institutionCode().equals("999") && c.regionCode().isEmpty()));
  }

  @Property(tries = 100)
  void timelyWithinReportedWithinAllAndOrderFree(@ForAll long seed) {
    Random r = new Random(seed);
    List<BundleRecord> records = new ArrayList<>();
    int n = r.nextInt(40);
    LocalDateTime base = LocalDateTime.parse("2023-12-01T00:00");
    for (int i = 0; i < n; i++) {
      LocalDateTime diagnosed = base.plusMinutes(r.nextInt(60 * 24 * 420));
      String reported = r.nextInt(5) == 0 ? null : diagnosed.plusMinutes(r.nextInt(60 * 30)).toString();
      records.add(infectiousCase("K" + i, DiseaseClass.values()[r.nextInt(4)], diagnosed.toString(), reported));
    }
    ReportingPeriod period = r.nextBoolean() ? Y2024 : ReportingPeriod.ofQuarter(2024, 1 + r.nextInt(4));
    Tally t = tally(Dataset.of(records), period);
    Counts id01 = t.total("ID-01");
    Counts id02 = t.total("ID-02");
    assertTrue(id01.numerator() <= id01.denominator());
    assertTrue(id02.numerator() <= id02.denominator());
    assertEquals(id01.numerator(), id02.denominator());
    List<BundleRecord> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(seed + 1));
    Tally again = tally(Dataset.of(shuffled), period);
    assertEquals(id01, again.total("ID-01"));
    assertEquals(id02, again.total("ID-02"));
  }
}
