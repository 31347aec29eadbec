package org.gongwei.indicators.immunization;

import static org.gongwei.indicators.fixture.PersonFixture.context;
import static org.gongwei.indicators.fixture.PersonFixture.date;
import static org.gongwei.indicators.fixture.PersonFixture.explain;
import static org.gongwei.indicators.fixture.PersonFixture.person;
import static org.gongwei.indicators.fixture.PersonFixture.resident;
import static org.gongwei.indicators.fixture.PersonFixture.shortfalls;
import static org.gongwei.indicators.fixture.PersonFixture.tally;
import static org.gongwei.indicators.fixture.PersonFixture.total;
import static org.gongwei.indicators.fixture.PersonFixture.vaccination;
import static org.gongwei.indicators.fixture.PersonFixture.year2024;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.code.Vaccine;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.immunization.AgeOffset;
import org.gongwei.core.immunization.NipSchedule;
import org.gongwei.core.immunization.ScheduledDose;
import org.gongwei.core.immunization.Series;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.Tally;
import org.gongwei.indicators.fixture.PersonFixture;
import org.junit.jupiter.api.Test;

class VaccinationCoverageTest {
  private final VaccinationCoverage indicator = new VaccinationCoverage();

  /**
   * K, born 2024-01-15. Scheduled dates in 2024: HEPB 1 and BCG (01-15), HEPB 2 (02-15), IPV 1
   * (03-15), IPV 2 and DTAP 1 (04-15), BOPV 1 and DTAP 2 (05-15), DTAP 3 (06-15), HEPB 3 and
   * MPSV_A 1 (07-15), MMR 1 and JE_L 1 (09-15), MPSV_A 2 (10-15): 14 doses.
   */
  private final List<BundleRecord> k =
      List.of(
          person("K", date(2024, 1, 15)),
          vaccination("K", Vaccine.HEPB, 1, date(2024, 1, 15)), // on the scheduled date: valid
          vaccination("K", Vaccine.HEPB, 2, date(2024, 2, 14)), // a day early: not valid
          vaccination("K", Vaccine.BCG, 1, date(2024, 1, 16)),
          vaccination("K", Vaccine.IPV, 1, date(2024, 3, 15)),
          vaccination("K", Vaccine.IPV, 2, date(2024, 4, 15)),
          vaccination("K", Vaccine.BOPV, 1, date(2024, 5, 20)),
          vaccination("K", Vaccine.DTAP, 1, date(2024, 4, 15)),
          vaccination("K", Vaccine.DTAP, 2, date(2024, 5, 15)),
          vaccination("K", Vaccine.DTAP, 3, date(2024, 6, 15)),
          vaccination("K", Vaccine.MMR, 1, date(2025, 1, 2)), // after the period
          vaccination("K", Vaccine.JE_I, 1, date(2024, 9, 15)), // inactivated JE for JE_L 1
          vaccination("K", Vaccine.MPSV_A, 1, date(2024, 7, 15)),
          vaccination("K", Vaccine.MPSV_A, 2, date(2024, 10, 15)));

  @Test
  void measuresFollowTheSchedule() {
    List<Measure> measures = indicator.measures();
    assertEquals(23, measures.size()); // headline + 22 primary doses of the national schedule
    assertEquals("IMM-02", measures.get(0).id());
    assertEquals("IMM-02(HEPB,1)", measures.get(1).id());
    assertEquals("IMM-02(HEPA_L,1)", measures.get(22).id());
    assertEquals("MMR dose 1", measures.stream().filter(m -> m.id().equals("IMM-02(MMR,1)")).findFirst().orElseThrow().label());
    NipSchedule mmrOnly =
        NipSchedule.of(List.of(new ScheduledDose(Vaccine.MMR, 1, AgeOffset.ofMonths(8), AgeOffset.ofMonths(12), Series.PRIMARY)));
    assertEquals(List.of("IMM-02", "IMM-02(MMR,1)"), new VaccinationCoverage(mmrOnly).measures().stream().map(Measure::id).toList());
  }

  @Test
  void oneChildOverTheYear() {
    Tally t = tally(indicator, year2024(), k);
    // 14 doses due; not valid by 2024-12-31: HEPB 2 (early), HEPB 3 (none), MMR 1 (2025) → 11/14
    assertEquals(new Counts(11, 14), t.total("IMM-02"));
    assertEquals(new Counts(1, 1), t.total("IMM-02(HEPB,1)"));
    assertEquals(new Counts(0, 1), t.total("IMM-02(HEPB,2)"));
    assertEquals(new Counts(0, 1), t.total("IMM-02(MMR,1)"));
    assertEquals(new Counts(1, 1), t.total("IMM-02(JE_L,1)")); // by JE_I 1
    assertEquals(Counts.ZERO, t.total("IMM-02(DTAP,4)")); // 18 months: 2025
    assertEquals(
        Map.of("K", "HEPB dose 2 given 2024-02-14, before 1 month (valid from 2024-02-15)"),
        shortfalls(indicator, year2024(), k, "IMM-02(HEPB,2)"));
    assertEquals("no MMR dose 1 by 2024-12-31", shortfalls(indicator, year2024(), k, "IMM-02(MMR,1)").get("K"));
    assertEquals(
        "3 of 14 doses due in 2024 not done: HEPB dose 2 given 2024-02-14, before 1 month (valid from 2024-02-15); "
            + "no HEPB dose 3 by 2024-12-31; no MMR dose 1 by 2024-12-31",
        explain(indicator, year2024(), k, "K", "IMM-02").reason());
  }

  @Test
  void quarters() {
    // Q1: HEPB 1, BCG, HEPB 2, IPV 1 due; HEPB 2 early → 3/4
    assertEquals(new Counts(3, 4), total(indicator, context(ReportingPeriod.ofQuarter(2024, 1)), k, "IMM-02"));
    // Q3: HEPB 3, MPSV_A 1, MMR 1, JE_L 1 due; MPSV_A 1 and JE_L 1 (JE_I 1) valid → 2/4
    assertEquals(new Counts(2, 4), total(indicator, context(ReportingPeriod.ofQuarter(2024, 3)), k, "IMM-02"));
    // in Q1 the MMR dose is not yet due: not in its denominator
    assertEquals(Counts.ZERO, total(indicator, context(ReportingPeriod.ofQuarter(2024, 1)), k, "IMM-02(MMR,1)"));
  }

  @Test
  void inactivatedJapaneseEncephalitisReplacesLive() {
    List<BundleRecord> data =
        List.of(
            // JE_L 2 at 2 years = 2024-03-10, the only dose due in 2024; given as JE_I 3
            person("J2", date(2022, 3, 10)),
            vaccination("J2", Vaccine.JE_I, 3, date(2024, 3, 10)),
            // JE_L 1 at 8 months = 2024-07-01: JE_I 2 satisfies no JE_L dose
            person("J1", date(2023, 11, 1)),
            vaccination("J1", Vaccine.JE_I, 2, date(2024, 7, 10)),
            // JE_I 1 a day before 8 months: not valid
            person("J0", date(2023, 11, 1)),
            vaccination("J0", Vaccine.JE_I, 1, date(2024, 6, 30)));
    Tally t = tally(indicator, year2024(), data);
    assertEquals(new Counts(1, 1), t.total("IMM-02(JE_L,2)"));
    assertEquals(new Counts(0, 2), t.total("IMM-02(JE_L,1)"));
    Map<String, String> why = shortfalls(indicator, year2024(), data, "IMM-02(JE_L,1)");
    assertEquals("no JE_L dose 1 by 2024-12-31", why.get("J1"));
    assertEquals("JE_I dose 1 given 2024-06-30, before 8 months (valid from 2024-07-01)", why.get("J0"));
  }

  @Test
  void sixYearOldsAndTheEdgeOfTheSchedule() {
    List<BundleRecord> data =
        List.of(
            // 6 years on 2024-05-01: DT 1 and MPSV_AC 2 due
            person("S", date(2018, 5, 1)),
            vaccination("S", Vaccine.DT, 1, date(2024, 5, 1)),
            // 6 years on 2023-12-31: nothing due in 2024
            person("T", date(2017, 12, 31)),
            person("ADULT", date(1980, 1, 1)),
            resident("VISITOR", date(2024, 2, 1)).permanent(false).build());
    Tally t = tally(indicator, year2024(), data);
    assertEquals(new Counts(1, 2), t.total("IMM-02"));
    assertEquals(new Counts(1, 1), t.total("IMM-02(DT,1)"));
    assertEquals(new Counts(0, 1), t.total("IMM-02(MPSV_AC,2)"));
  }

  @Test
  void leapDayBirthReaches48MonthsOnTheLeapDay() {
    // born 2020-02-29: bOPV 2 at 4 years = 2024-02-29; a dose on 2024-02-28 is a day early
    List<BundleRecord> data =
        List.of(
            person("EARLY", date(2020, 2, 29)),
            vaccination("EARLY", Vaccine.BOPV, 2, date(2024, 2, 28)),
            person("ON_TIME", date(2020, 2, 29)),
            vaccination("ON_TIME", Vaccine.BOPV, 2, date(2024, 2, 29)));
    var february = context(ReportingPeriod.ofMonth(2024, 2));
    assertEquals(new Counts(1, 2), total(indicator, february, data, "IMM-02(BOPV,2)"));
    assertEquals(new Counts(1, 2), total(indicator, february, data, "IMM-02")); // the only dose due
    assertEquals(
        Map.of("EARLY", "BOPV dose 2 given 2024-02-28, before 4 years (valid from 2024-02-29)"),
        shortfalls(indicator, february, data, "IMM-02(BOPV,2)"));
  }

  @Property(tries = 60)
  void proportionsAndOrderIndependence(@ForAll long seed) {
    PersonFixture.checkInvariants(indicator, PersonFixture.randomRecords(seed), seed, List.of());
  }
}
