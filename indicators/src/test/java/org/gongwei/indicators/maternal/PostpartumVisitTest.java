package org.gongwei.indicators.maternal;

import static org.gongwei.indicators.fixture.PersonFixture.reasonOf;
import static org.gongwei.indicators.maternal.MaternalFixture.NATIONAL;
import static org.gongwei.indicators.maternal.MaternalFixture.Y2024;
import static org.gongwei.indicators.maternal.MaternalFixture.date;
import static org.gongwei.indicators.maternal.MaternalFixture.drill;
import static org.gongwei.indicators.maternal.MaternalFixture.explain;
import static org.gongwei.indicators.maternal.MaternalFixture.pregnancy;
import static org.gongwei.indicators.maternal.MaternalFixture.total;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.code.MaternalVisitKind;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.engine.DrillDown;
import org.gongwei.indicators.engine.Membership;
import org.junit.jupiter.api.Test;

class PostpartumVisitTest {
  private static final PostpartumVisit MAT02 = new PostpartumVisit();

  /** A singleton pregnancy "P" + mother delivered on {@code delivery}, discharged on {@code discharge} (or not recorded). */
  private static MaternalFixture delivered(MaternalFixture f, String mother, String delivery, String discharge) {
    var b = pregnancy("P" + mother, mother).deliveryDate(date(delivery)).liveBirths(1);
    if (discharge != null) {
      b.dischargeDate(date(discharge));
    }
    return f.mother(mother).add(b.build());
  }

  private static Dataset windowCases() {
    MaternalFixture f = new MaternalFixture();
    // discharge 2024-05-04: day 28 = 2024-06-01, day 29 = 2024-06-02
    delivered(f, "A", "2024-05-02", "2024-05-04").visit("PA", date("2024-06-01"), MaternalVisitKind.POSTPARTUM);
    delivered(f, "B", "2024-05-02", "2024-05-04").visit("PB", date("2024-06-02"), MaternalVisitKind.POSTPARTUM);
    // no discharge date: the window starts at delivery; a visit on the delivery day is day 0
    delivered(f, "C", "2024-05-02", null).visit("PC", date("2024-05-02"), MaternalVisitKind.POSTPARTUM);
    // a visit during the hospital stay, before discharge, does not count
    delivered(f, "D", "2024-05-02", "2024-05-06").visit("PD", date("2024-05-04"), MaternalVisitKind.POSTPARTUM);
    // the 42-day check is not a postpartum visit
    delivered(f, "E", "2024-05-02", null).visit("PE", date("2024-06-13"), MaternalVisitKind.POSTPARTUM_42D);
    return f.dataset();
  }

  @Test
  void visitOnDay28CountsAndDay29NotByHand() {
    Dataset data = windowCases();
    // numerator A, C = 2; denominator A..E = 5 live births
    assertEquals(new Counts(2, 5), total(MAT02, data, Y2024, NATIONAL));
    DrillDown drill = drill(MAT02, data, Y2024, NATIONAL);
    assertEquals(List.of("A", "C"), drill.numeratorIds());
    assertEquals("no postpartum visit within 28 days after discharge on 2024-05-04 (first on day 29)", reasonOf(drill, "B"));
    assertEquals("no postpartum visit within 28 days after discharge on 2024-05-06", reasonOf(drill, "D"));
    assertEquals("no postpartum visit within 28 days after delivery on 2024-05-02", reasonOf(drill, "E"));
  }

  @Test
  void knobPostpartumVisitDaysInBothSettings() {
    Dataset data = windowCases();
    // 28 (default): A, C; 42: B's day 29 counts too: 3/5; 27: A's day 28 fails: 1/5
    assertEquals(new Counts(2, 5), total(MAT02, data, Y2024, NATIONAL));
    assertEquals(new Counts(3, 5), total(MAT02, data, Y2024, NATIONAL.withPostpartumVisitDays(42)));
    assertEquals(new Counts(1, 5), total(MAT02, data, Y2024, NATIONAL.withPostpartumVisitDays(27)));
    assertEquals(
        "no postpartum visit within 27 days after discharge on 2024-05-04 (first on day 28)",
        reasonOf(drill(MAT02, data, Y2024, NATIONAL.withPostpartumVisitDays(27)), "A"));
  }

  @Test
  void deliveryOnLastDayIsJudgedOnVisitsAfterThePeriod() {
    MaternalFixture f = new MaternalFixture();
    delivered(f, "A", "2024-12-31", null).visit("PA", date("2025-01-10"), MaternalVisitKind.POSTPARTUM); // day 10
    delivered(f, "B", "2024-01-01", null).visit("PB", date("2024-01-29"), MaternalVisitKind.POSTPARTUM); // day 28
    delivered(f, "C", "2023-12-31", null).visit("PC", date("2024-01-02"), MaternalVisitKind.POSTPARTUM); // 2023
    Dataset data = f.dataset();
    assertEquals(new Counts(2, 2), total(MAT02, data, Y2024, NATIONAL));
    assertEquals(List.of("A", "B"), drill(MAT02, data, Y2024, NATIONAL).denominatorIds());
    // Q1 2024 holds B only; December 2023 holds C
    assertEquals(new Counts(1, 1), total(MAT02, data, ReportingPeriod.ofQuarter(2024, 1), NATIONAL));
    assertEquals(new Counts(1, 1), total(MAT02, data, ReportingPeriod.ofMonth(2023, 12), NATIONAL));
  }

  @Test
  void twinsAndStillbirths() {
    MaternalFixture f = new MaternalFixture();
    f.mother("T").add(pregnancy("PT", "T").deliveryDate(date("2024-05-02")).liveBirths(2).build())
        .visit("PT", date("2024-05-09"), MaternalVisitKind.POSTPARTUM);
    f.mother("S").add(pregnancy("PS", "S").deliveryDate(date("2024-05-02")).liveBirths(0).build())
        .visit("PS", date("2024-05-09"), MaternalVisitKind.POSTPARTUM);
    Dataset data = f.dataset();
    // T: 1 mother, 2 live births; S: no live birth, outside: 1/2
    assertEquals(new Counts(1, 2), total(MAT02, data, Y2024, NATIONAL));
    assertEquals("met; counted as 1 mother against 2 live births (multiple birth)", reasonOf(drill(MAT02, data, Y2024, NATIONAL), "T"));
    assertEquals(Membership.NOT_IN_DENOMINATOR, explain(MAT02, data, "S", Y2024, NATIONAL).membership());
  }

  @Test
  void mchYear() {
    MaternalFixture f = new MaternalFixture();
    delivered(f, "A", "2023-10-01", null).visit("PA", date("2023-10-05"), MaternalVisitKind.POSTPARTUM);
    delivered(f, "B", "2024-09-30", null);
    delivered(f, "C", "2024-10-01", null).visit("PC", date("2024-10-05"), MaternalVisitKind.POSTPARTUM);
    // MCH2024 = 2023-10-01 .. 2024-09-30: A met, B not: 1/2
    assertEquals(new Counts(1, 2), total(MAT02, f.dataset(), ReportingPeriod.ofMchYear(2024), NATIONAL));
  }

  @Property(tries = 200)
  void numeratorWithinDenominatorAndOrderFree(@ForAll long seed) {
    MaternalFixture.checkProperties(MAT02, seed, NATIONAL);
    MaternalFixture.checkProperties(MAT02, seed, NATIONAL.withPostpartumVisitDays(7));
  }
}
