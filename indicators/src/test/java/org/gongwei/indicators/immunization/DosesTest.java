package org.gongwei.indicators.immunization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.gongwei.core.immunization.AgeOffset;
import org.gongwei.core.immunization.NipSchedule;
import org.gongwei.core.period.Age;
import org.junit.jupiter.api.Test;

class DosesTest {

  @Test
  void agesInWords() {
    assertEquals("birth", Doses.ageWords(AgeOffset.BIRTH));
    assertEquals("birth + 2 days", Doses.ageWords(AgeOffset.ofDays(2)));
    assertEquals("1 month", Doses.ageWords(AgeOffset.ofMonths(1)));
    assertEquals("12 months", Doses.ageWords(AgeOffset.ofMonths(12)));
    assertEquals("18 months", Doses.ageWords(AgeOffset.ofMonths(18)));
    assertEquals("2 years", Doses.ageWords(AgeOffset.ofYears(2)));
    assertEquals("8 months + 7 days", Doses.ageWords(AgeOffset.of(8, 7)));
  }

  @Test
  void nationalScheduleBounds() {
    Doses doses = new Doses(NipSchedule.national2021());
    assertEquals(22, doses.primary.length);
    // JE_L 1 ← JE_I 1; HEPB 1 has no alternative
    assertEquals(1, doses.alternatives[15].length);
    assertEquals(0, doses.alternatives[0].length);
    // the latest scheduled age is 6 years; birth + 2 days rounds up to one month
    assertEquals(72, Doses.boundMonths(java.util.List.of(AgeOffset.ofYears(6), AgeOffset.ofDays(2))));
    assertEquals(1, Doses.boundMonths(java.util.List.of(AgeOffset.ofDays(2))));
  }

  /** The arithmetic test of {@link Doses#falls} agrees with computing the date. */
  @Property(tries = 2000)
  void fallsAgreesWithTheDate(
      @ForAll @IntRange(min = 0, max = 4000) int birthDay,
      @ForAll @IntRange(min = 0, max = 3000) int startDay,
      @ForAll @IntRange(min = 0, max = 400) int length,
      @ForAll @IntRange(min = 0, max = 90) int months,
      @ForAll @IntRange(min = 0, max = 10) int days) {
    LocalDate birth = LocalDate.of(2016, 1, 1).plusDays(birthDay);
    LocalDate start = LocalDate.of(2018, 1, 1).plusDays(startDay);
    LocalDate end = start.plusDays(length);
    if (birth.isAfter(end)) {
      return; // only residents born by the period end are evaluated
    }
    AgeOffset offset = AgeOffset.of(months, days);
    LocalDate date = offset.from(birth);
    boolean expected = !date.isBefore(start) && !date.isAfter(end);
    assertEquals(
        expected,
        Doses.falls(offset, birth, Doses.monthsBefore(birth, start), Age.monthsAt(birth, end), start, end),
        () -> birth + " + " + offset + " in " + start + ".." + end);
  }
}
