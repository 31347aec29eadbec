package org.gongwei.indicators.maternal;

import static org.gongwei.indicators.fixture.PersonFixture.reasonOf;
import static org.gongwei.indicators.maternal.MaternalFixture.NATIONAL;
import static org.gongwei.indicators.maternal.MaternalFixture.Y2024;
import static org.gongwei.indicators.maternal.MaternalFixture.date;
import static org.gongwei.indicators.maternal.MaternalFixture.drill;
import static org.gongwei.indicators.maternal.MaternalFixture.pregnancy;
import static org.gongwei.indicators.maternal.MaternalFixture.total;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.code.MaternalVisitKind;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.engine.DrillDown;
import org.junit.jupiter.api.Test;

class SystematicManagementTest {
  private static final SystematicManagement MAT04 = new SystematicManagement();
  private static final LocalDate LMP = date("2024-01-01");
  private static final LocalDate DELIVERY = date("2024-10-07");

  /**
   * A registered singleton pregnancy, LMP 2024-01-01, delivered 2024-10-07 (no discharge date),
   * with {@code exams} prenatal exams every 30 days from day {@code firstExamDay} after the LMP,
   * and a postpartum visit {@code postpartumDay} days after delivery (none if negative).
   */
  private static void mother(MaternalFixture f, String id, int firstExamDay, int exams, int postpartumDay) {
    String p = "P" + id;
    f.mother(id).add(pregnancy(p, id).lmpDate(LMP).registrationDate(LMP.plusDays(40)).deliveryDate(DELIVERY).liveBirths(1).build());
    for (int i = 0; i < exams; i++) {
      f.visit(p, LMP.plusDays(firstExamDay + 30L * i), MaternalVisitKind.PRENATAL);
    }
    if (postpartumDay >= 0) {
      f.visit(p, DELIVERY.plusDays(postpartumDay), MaternalVisitKind.POSTPARTUM);
    }
  }

  private static Dataset cases() {
    MaternalFixture f = new MaternalFixture();
    mother(f, "A", 56, 5, 3); // 8 weeks, 5 exams, day 3: met
    mother(f, "B", 56, 4, 3); // 4 exams
    mother(f, "C", 56, 6, 30); // postpartum visit on day 30
    mother(f, "D", 87, 5, 3); // first exam at 87 days = 12w3d
    mother(f, "E", 100, 2, -1); // 14 weeks, 2 exams, no postpartum visit
    return f.dataset();
  }

  @Test
  void everyPartIsRequiredByHand() {
    Dataset data = cases();
    // default (13 weeks, 5 exams, 28 days): A and D are met; B, C, E not: 2/5
    assertEquals(new Counts(2, 5), total(MAT04, data, Y2024, NATIONAL));
    DrillDown drill = drill(MAT04, data, Y2024, NATIONAL);
    assertEquals(List.of("A", "D"), drill.numeratorIds());
    assertEquals("4 prenatal exams, 5 required", reasonOf(drill, "B"));
    assertEquals("no postpartum visit within 28 days after delivery on 2024-10-07 (first on day 30)", reasonOf(drill, "C"));
    // E: 100 days = 14w2d
    assertEquals(
        "first prenatal exam at 14 completed weeks (2024-04-10), under 13 required, 2 prenatal exams, 5 required, "
            + "no postpartum visit within 28 days after delivery on 2024-10-07",
        reasonOf(drill, "E"));
  }

  @Test
  void knobSystematicPrenatalVisits() {
    // 4 exams suffice: A, B, D: 3/5
    assertEquals(new Counts(3, 5), total(MAT04, cases(), Y2024, NATIONAL.withSystematicPrenatalVisits(4)));
    // 6 exams required: none: 0/5
    assertEquals(new Counts(0, 5), total(MAT04, cases(), Y2024, NATIONAL.withSystematicPrenatalVisits(6).withPostpartumVisitDays(28)));
  }

  @Test
  void knobPostpartumVisitDays() {
    // 42 days: C's day-30 visit counts: A, C, D: 3/5
    assertEquals(new Counts(3, 5), total(MAT04, cases(), Y2024, NATIONAL.withPostpartumVisitDays(42)));
  }

  @Test
  void knobEarlyRegistrationWeeks() {
    // 12 weeks: D's first exam at 12w3d is late: A only: 1/5
    assertEquals(new Counts(1, 5), total(MAT04, cases(), Y2024, NATIONAL.withEarlyRegistrationWeeks(12)));
    assertEquals(
        "first prenatal exam at 12 completed weeks (2024-03-28), under 12 required",
        reasonOf(drill(MAT04, cases(), Y2024, NATIONAL.withEarlyRegistrationWeeks(12)), "D"));
  }

  @Test
  void postpartumVisitAfterTheWindowIsNotEnough() {
    MaternalFixture f = new MaternalFixture();
    mother(f, "A", 56, 5, 29);
    assertEquals(new Counts(0, 1), total(MAT04, f.dataset(), Y2024, NATIONAL));
  }

  @Property(tries = 200)
  void numeratorWithinDenominatorAndOrderFree(@ForAll long seed) {
    MaternalFixture.checkProperties(MAT04, seed, NATIONAL);
    MaternalFixture.checkProperties(MAT04, seed, NATIONAL.withSystematicPrenatalVisits(3).withPostpartumVisitDays(42));
  }
}
