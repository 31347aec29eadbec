package org.gongwei.io.cda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CdaDatesTest {
  private static final LocalDate D = LocalDate.of(2024, 3, 5);

  private static Optional<CdaDates.Parsed> parse(String s) {
    return CdaDates.parse(s);
  }

  @Test
  void formatsCompactDatesAndTimes() {
    assertEquals("20240305", CdaDates.format(D));
    assertEquals("00010101", CdaDates.format(LocalDate.of(1, 1, 1)));
    assertEquals("20240305091502", CdaDates.format(LocalDateTime.of(2024, 3, 5, 9, 15, 2)));
    assertThrows(IllegalArgumentException.class, () -> CdaDates.format(LocalDate.of(10000, 1, 1)));
  }

  @Test
  void readsCompactFormsAsStandard() {
    for (String s : new String[] {"20240305", "202403050915", "20240305091502", "20240305091502.123+0800", " 20240305 "}) {
      assertEquals(Optional.of(new CdaDates.Parsed(D, true)), parse(s), s);
    }
  }

  @Test
  void readsIsoFormsAsNonstandard() {
    for (String s : new String[] {"2024-03-05", "2024-03-05T09:15", "2024-03-05T09:15:02", "2024-03-05 09:15:02",
        "2024-03-05T09:15:02.5+08:00", "2024-03-05T09:15:02Z"}) {
      assertEquals(Optional.of(new CdaDates.Parsed(D, false)), parse(s), s);
    }
  }

  @Test
  void refusesWhatIsNoDate() {
    for (String s : new String[] {"", "2024035", "20240230", "20241305", "2024-3-5", "20240305251500", "05/03/2024",
        "2024-03-05T24:00", "abc"}) {
      assertEquals(Optional.empty(), parse(s), s);
    }
  }

  @Property
  void formatAndParseAreInverse(@ForAll @IntRange(min = 0, max = 3_000_000) int day) {
    LocalDate date = LocalDate.of(1, 1, 1).plusDays(day);
    if (date.getYear() <= 9999) {
      assertEquals(Optional.of(new CdaDates.Parsed(date, true)), parse(CdaDates.format(date)));
    }
  }
}
