package org.gongwei.indicators.immunization;

import static org.gongwei.indicators.fixture.PersonFixture.context;
import static org.gongwei.indicators.fixture.PersonFixture.date;
import static org.gongwei.indicators.fixture.PersonFixture.explain;
import static org.gongwei.indicators.fixture.PersonFixture.person;
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
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.engine.Tally;
import org.gongwei.indicators.fixture.PersonFixture;
import org.junit.jupiter.api.Test;

class TimelyVaccinationTest {
  private final TimelyVaccination indicator = new TimelyVaccination();

  /**
   * K, born 2023-06-15. Completion dates in 2024: 12 months = 2024-06-15 for HEPB 2, HEPB 3, IPV
   * 1, IPV 2, BOPV 1, DTAP 1–3, MMR 1, JE_L 1 (10 doses); 18 months = 2024-12-15 for MPSV_A 1 and
   * 2: 12 doses.
   */
  private final List<BundleRecord> k =
      List.of(
          person("K", date(2023, 6, 15)),
          vaccination("K", Vaccine.HEPB, 2, date(2023, 7, 15)), // on the scheduled date: timely
          vaccination("K", Vaccine.HEPB, 3, date(2023, 12, 15)),
          vaccination("K", Vaccine.IPV, 1, date(2024, 6, 15)), // on the completion date: late
          vaccination("K", Vaccine.IPV, 2, date(2023, 9, 14)), // a day before 3 months: not valid
          vaccination("K", Vaccine.BOPV, 1, date(2023, 10, 15)),
          vaccination("K", Vaccine.DTAP, 1, date(2023, 9, 15)),
          vaccination("K", Vaccine.DTAP, 2, date(2023, 10, 15)),
          vaccination("K", Vaccine.DTAP, 3, date(2023, 11, 15)),
          vaccination("K", Vaccine.MMR, 1, date(2024, 7, 2)), // late
          vaccination("K", Vaccine.JE_I, 1, date(2024, 2, 15)), // 8 months, inactivated: timely
          vaccination("K", Vaccine.MPSV_A, 1, date(2023, 12, 15)));

  @Test
  void oneChildOverTheYear() {
    Tally t = tally(indicator, year2024(), k);
    // timely: HEPB 2, HEPB 3, BOPV 1, DTAP 1–3, JE_L 1 (JE_I 1), MPSV_A 1 = 8 of 12
    assertEquals(new Counts(8, 12), t.total("IMM-03"));
    assertEquals(new Counts(0, 1), t.total("IMM-03(MMR,1)"));
    assertEquals(new Counts(1, 1), t.total("IMM-03(JE_L,1)"));
    assertEquals(Counts.ZERO, t.total("IMM-03(HEPB,1)")); // completion 2023-06-17
    assertEquals(
        Map.of("K", "MMR dose 1 given 2024-07-02, after 12 months (due before 2024-06-15)"),
        shortfalls(indicator, year2024(), k, "IMM-03(MMR,1)"));
    assertEquals(
        "IPV dose 1 given 2024-06-15, after 12 months (due before 2024-06-15)",
        shortfalls(indicator, year2024(), k, "IMM-03(IPV,1)").get("K"));
    assertEquals(
        "IPV dose 2 given 2023-09-14, before 3 months (valid from 2023-09-15)",
        shortfalls(indicator, year2024(), k, "IMM-03(IPV,2)").get("K"));
    assertEquals("no MPSV_A dose 2 by 2024-12-31", shortfalls(indicator, year2024(), k, "IMM-03(MPSV_A,2)").get("K"));
    assertEquals(
        "4 of 12 doses to complete in 2024 not timely: IPV dose 1 given 2024-06-15, after 12 months (due before "
            + "2024-06-15); IPV dose 2 given 2023-09-14, before 3 months (valid from 2023-09-15); MMR dose 1 given "
            + "2024-07-02, after 12 months (due before 2024-06-15); no MPSV_A dose 2 by 2024-12-31",
        explain(indicator, year2024(), k, "K", "IMM-03").reason());
  }

  @Test
  void quarters() {
    // Q2 holds the 12-month completions: 10 doses, timely HEPB 2, HEPB 3, BOPV 1, DTAP 1–3, JE_L 1 → 7/10
    assertEquals(new Counts(7, 10), total(indicator, context(ReportingPeriod.ofQuarter(2024, 2)), k, "IMM-03"));
    // Q4 the 18-month ones: MPSV_A 1 timely, MPSV_A 2 missing → 1/2
    assertEquals(new Counts(1, 2), total(indicator, context(ReportingPeriod.ofQuarter(2024, 4)), k, "IMM-03"));
    assertEquals(Counts.ZERO, total(indicator, context(ReportingPeriod.ofQuarter(2024, 3)), k, "IMM-03"));
  }

  @Test
  void hepatitisBBirthDoseWithinTwoDays() {
    // born 2024-03-10: HEPB 1 due before 2024-03-12 (birth + 2 days); BCG completes in June
    List<BundleRecord> data =
        List.of(
            person("B0", date(2024, 3, 10)),
            vaccination("B0", Vaccine.HEPB, 1, date(2024, 3, 10)),
            person("B1", date(2024, 3, 10)),
            vaccination("B1", Vaccine.HEPB, 1, date(2024, 3, 11)),
            person("B2", date(2024, 3, 10)),
            vaccination("B2", Vaccine.HEPB, 1, date(2024, 3, 12)));
    var march = context(ReportingPeriod.ofMonth(2024, 3));
    assertEquals(new Counts(2, 3), total(indicator, march, data, "IMM-03"));
    assertEquals(
        Map.of("B2", "HEPB dose 1 given 2024-03-12, after birth + 2 days (due before 2024-03-12)"),
        shortfalls(indicator, march, data, "IMM-03(HEPB,1)"));
  }

  @Test
  void leapDayBirthCompletesTwelveMonthsOnTwentyEighthOfFebruary() {
    // born 2020-02-29: 12 months on 2021-02-28, so MMR 1 (8 m → 12 m) is due before 2021-02-28
    List<BundleRecord> data =
        List.of(
            person("L1", date(2020, 2, 29)),
            vaccination("L1", Vaccine.MMR, 1, date(2021, 2, 27)),
            person("L2", date(2020, 2, 29)),
            vaccination("L2", Vaccine.MMR, 1, date(2021, 2, 28)));
    var february = context(ReportingPeriod.ofMonth(2021, 2));
    assertEquals(new Counts(1, 2), total(indicator, february, data, "IMM-03(MMR,1)"));
    assertEquals(
        "MMR dose 1 given 2021-02-28, after 12 months (due before 2021-02-28)",
        shortfalls(indicator, february, data, "IMM-03(MMR,1)").get("L2"));
  }

  @Property(tries = 60)
  void proportionsAndOrderIndependence(@ForAll long seed) {
    PersonFixture.checkInvariants(indicator, PersonFixture.randomRecords(seed), seed, List.of());
  }
}
