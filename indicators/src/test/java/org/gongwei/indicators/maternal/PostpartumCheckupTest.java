package org.gongwei.indicators.maternal;

import static org.gongwei.indicators.fixture.PersonFixture.reasonOf;
import static org.gongwei.indicators.maternal.MaternalFixture.NATIONAL;
import static org.gongwei.indicators.maternal.MaternalFixture.Y2024;
import static org.gongwei.indicators.maternal.MaternalFixture.date;
import static org.gongwei.indicators.maternal.MaternalFixture.drill;
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
import org.junit.jupiter.api.Test;

class PostpartumCheckupTest {
  private static final PostpartumCheckup MAT03 = new PostpartumCheckup();

  private static MaternalFixture delivered(MaternalFixture f, String mother, String delivery, int liveBirths) {
    return f.mother(mother).add(pregnancy("P" + mother, mother).deliveryDate(date(delivery)).liveBirths(liveBirths).build());
  }

  @Test
  void fortyTwoDayCheckByHand() {
    MaternalFixture f = new MaternalFixture();
    delivered(f, "A", "2024-05-02", 1).visit("PA", date("2024-06-13"), MaternalVisitKind.POSTPARTUM_42D);
    delivered(f, "B", "2024-05-02", 1).visit("PB", date("2024-04-30"), MaternalVisitKind.POSTPARTUM_42D); // before delivery
    delivered(f, "C", "2024-05-02", 1).visit("PC", date("2024-05-09"), MaternalVisitKind.POSTPARTUM); // a visit, not the check
    delivered(f, "D", "2024-05-02", 1).visit("PD", date("2024-05-02"), MaternalVisitKind.POSTPARTUM_42D); // same day: on or after
    delivered(f, "T", "2024-05-02", 2).visit("PT", date("2024-06-13"), MaternalVisitKind.POSTPARTUM_42D); // twins
    delivered(f, "S", "2024-05-02", 0).visit("PS", date("2024-06-13"), MaternalVisitKind.POSTPARTUM_42D); // stillbirth
    Dataset data = f.dataset();

    // numerator A, D, T = 3 mothers; denominator A, B, C, D = 4 + T's 2 = 6 live births (S: 0)
    assertEquals(new Counts(3, 6), total(MAT03, data, Y2024, NATIONAL));
    DrillDown drill = drill(MAT03, data, Y2024, NATIONAL);
    assertEquals(List.of("A", "D", "T"), drill.numeratorIds());
    assertEquals(List.of("A", "B", "C", "D", "T"), drill.denominatorIds());
    assertEquals("no 42-day postpartum check after delivery on 2024-05-02", reasonOf(drill, "B"));
    assertEquals("no 42-day postpartum check after delivery on 2024-05-02", reasonOf(drill, "C"));
    assertEquals("met; counted as 1 mother against 2 live births (multiple birth)", reasonOf(drill, "T"));
  }

  @Test
  void periodBoundariesAndChecksAfterThePeriod() {
    MaternalFixture f = new MaternalFixture();
    delivered(f, "A", "2024-12-31", 1).visit("PA", date("2025-02-11"), MaternalVisitKind.POSTPARTUM_42D);
    delivered(f, "B", "2024-01-01", 1);
    delivered(f, "C", "2023-12-31", 1).visit("PC", date("2024-02-11"), MaternalVisitKind.POSTPARTUM_42D);
    delivered(f, "D", "2025-01-01", 1).visit("PD", date("2025-02-12"), MaternalVisitKind.POSTPARTUM_42D);
    Dataset data = f.dataset();
    // 2024: A (met, check in 2025) and B (not): 1/2
    assertEquals(new Counts(1, 2), total(MAT03, data, Y2024, NATIONAL));
    assertEquals(List.of("A", "B"), drill(MAT03, data, Y2024, NATIONAL).denominatorIds());
    // Q4 2024: A only
    assertEquals(new Counts(1, 1), total(MAT03, data, ReportingPeriod.ofQuarter(2024, 4), NATIONAL));
    // MCH2024 (2023-10-01 .. 2024-09-30): B and C: 1/2
    assertEquals(new Counts(1, 2), total(MAT03, data, ReportingPeriod.ofMchYear(2024), NATIONAL));
  }

  @Property(tries = 200)
  void numeratorWithinDenominatorAndOrderFree(@ForAll long seed) {
    MaternalFixture.checkProperties(MAT03, seed, NATIONAL);
  }
}
