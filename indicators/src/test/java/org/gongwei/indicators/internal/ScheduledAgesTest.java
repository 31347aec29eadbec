package org.gongwei.indicators.internal;

import static org.gongwei.indicators.fixture.PersonFixture.date;
import static org.gongwei.indicators.fixture.PersonFixture.person;
import static org.gongwei.indicators.fixture.PersonFixture.year2024;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.period.Age;
import org.gongwei.indicators.engine.Reason;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;
import org.junit.jupiter.api.Test;

class ScheduledAgesTest {
  private final ScheduledAges tcm = ScheduledAges.of("child TCM service", "TCM ages", 6, 12, 18, 24, 30, 36);

  private static Subject subject(LocalDate birth) {
    return new Subject(Dataset.of(List.of(person("C", birth))).view("C").orElseThrow(), year2024());
  }

  @Test
  void ages() {
    assertEquals(List.of(6, 12, 18, 24, 30, 36), tcm.toList());
    assertEquals(6, tcm.first());
    assertEquals(36, tcm.last());
    assertEquals("ScheduledAges[child TCM service: TCM ages [6, 12, 18, 24, 30, 36] months]", tcm.toString());
  }

  @Test
  void rejectsAgesOutOfOrder() {
    assertThrows(IllegalArgumentException.class, () -> ScheduledAges.of("s", "ages"));
    assertThrows(IllegalArgumentException.class, () -> ScheduledAges.of("s", "ages", 6, 6));
    assertThrows(IllegalArgumentException.class, () -> ScheduledAges.of("s", "ages", 0, 6));
    assertThrows(NullPointerException.class, () -> ScheduledAges.of("s", "ages", (int[]) null));
    assertThrows(NullPointerException.class, () -> ScheduledAges.of(null, "ages", 6));
  }

  @Test
  void monthsBefore() {
    assertEquals(-1, ScheduledAges.monthsBefore(date(2024, 1, 1), date(2024, 1, 1)));
    assertEquals(-1, ScheduledAges.monthsBefore(date(2024, 3, 1), date(2024, 1, 1)));
    // 6 months on 2024-01-15: 5 completed on 2023-12-31
    assertEquals(5, ScheduledAges.monthsBefore(date(2023, 7, 15), date(2024, 1, 1)));
    // 6 months on 2024-01-01 itself: still 5 the day before
    assertEquals(5, ScheduledAges.monthsBefore(date(2023, 7, 1), date(2024, 1, 1)));
  }

  @Test
  void reachedInThePeriod() {
    // 6 m on 2024-01-15, 12 m on 2024-07-15, 18 m on 2025-01-15
    Subject child = subject(date(2023, 7, 15));
    assertEquals(List.of(6, 12), tcm.reached(child));
    int before = ScheduledAges.monthsBefore(child);
    assertEquals(2, tcm.countReached(before, child.ageMonthsAtEnd()));
    assertEquals("6, 12 months", tcm.reachedWords(before, child.ageMonthsAtEnd()));
    // 36 m on the last day of the period
    assertEquals(List.of(30, 36), tcm.reached(subject(date(2021, 12, 31))));
    // too young at the end
    assertEquals(List.of(), tcm.reached(subject(date(2024, 7, 2))));
    // past every age
    assertEquals(List.of(), tcm.reached(subject(date(2020, 1, 1))));
  }

  @Test
  void recordsServicesAgainstAgesReached() {
    Subject child = subject(date(2023, 7, 15)); // reaches 6 and 12 months in 2024
    List<String> out = new ArrayList<>();
    tcm.record(child, recorder(out), 0, s -> 2);
    tcm.record(child, recorder(out), 0, s -> 1);
    tcm.record(subject(date(2020, 1, 1)), recorder(out), 0, s -> 0); // reaches none: left out
    assertEquals(
        List.of("numerator", "denominator: 1 child TCM service in 2024, 2 required (TCM ages reached: 6, 12 months)"),
        out);
    out.clear();
    tcm.record(child, recorder(out), 0, s -> 0);
    assertEquals(List.of("denominator: 0 child TCM services in 2024, 2 required (TCM ages reached: 6, 12 months)"), out);
  }

  private static Recorder recorder(List<String> out) {
    return new Recorder() {
      @Override
      public void numerator(int measure) {
        out.add("numerator");
      }

      @Override
      public void denominatorOnly(int measure, Reason reason) {
        out.add("denominator: " + reason.text());
      }

      @Override
      public void excluded(int measure, Reason reason) {
        out.add("excluded: " + reason.text());
      }

      @Override
      public void add(int measure, long numerator, long denominator, Reason reason) {
        out.add("add " + numerator + "/" + denominator + ": " + reason.text());
      }
    };
  }

  @Test
  void isReached() {
    assertTrue(ScheduledAges.isReached(6, 5, 6));
    assertFalse(ScheduledAges.isReached(6, 6, 11));
    assertFalse(ScheduledAges.isReached(12, 5, 11));
  }

  /** An age is reached in the period exactly when its date falls in it. */
  @Property
  void reachedIffTheDateFallsInThePeriod(
      @ForAll @IntRange(min = 0, max = 2000) int bornDaysBefore2025, @ForAll @IntRange(min = 1, max = 40) int age) {
    LocalDate birth = date(2025, 1, 1).minusDays(bornDaysBefore2025);
    Subject child = subject(birth);
    LocalDate reachedOn = Age.dateOfMonths(birth, age);
    boolean inPeriod = !reachedOn.isBefore(child.start()) && !reachedOn.isAfter(child.end());
    assertEquals(
        inPeriod, ScheduledAges.isReached(age, ScheduledAges.monthsBefore(child), child.ageMonthsAtEnd()), birth + " " + age);
  }
}
