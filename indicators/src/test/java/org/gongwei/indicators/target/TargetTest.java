package org.gongwei.indicators.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TargetTest {

  @Test
  void factories() {
    Target t = Target.atLeast("0.9");
    assertEquals(Comparison.AT_LEAST, t.comparison());
    assertEquals(0, new BigDecimal("0.9").compareTo(t.threshold()));
    assertEquals(Comparison.AT_MOST, Target.atMost(new BigDecimal("0.05")).comparison());
  }

  @Test
  void trailingZerosDoNotMatter() {
    assertEquals(Target.atLeast("0.9"), Target.atLeast("0.90"));
    assertEquals(Target.atLeast("1"), Target.atLeast("1.000"));
    assertEquals(Target.atMost("0"), Target.atMost("0.00"));
  }

  @Test
  void toStringInPercent() {
    assertEquals("≥ 90%", Target.atLeast("0.9").toString());
    assertEquals("≥ 65.5%", Target.atLeast("0.655").toString());
    assertEquals("≤ 5%", Target.atMost("0.05").toString());
    assertEquals("≥ 100%", Target.atLeast("1").toString());
    assertEquals("≤ 0%", Target.atMost("0").toString());
    assertEquals("≥ 0.0454%", Target.atLeast("0.000454").toString());
  }

  @Test
  void parseIsTheInverseOfToString() {
    assertEquals(Target.atLeast("0.9"), Target.parse("≥ 90%"));
    assertEquals(Target.atMost("0.05"), Target.parse("<= 5%"));
    assertEquals(Target.atLeast("0.655"), Target.parse(">=65.5%"));
    assertThrows(IllegalArgumentException.class, () -> Target.parse("90%"));
    assertThrows(IllegalArgumentException.class, () -> Target.parse("≥ 0.9"));
    assertThrows(IllegalArgumentException.class, () -> Target.parse("≥ 120%"));
  }

  @Property
  void parseRoundTrip(@ForAll @IntRange(min = 0, max = 100_000) int thousandthsOfPercent,
      @ForAll boolean floor) {
    BigDecimal fraction = BigDecimal.valueOf(thousandthsOfPercent, 5);
    Target t = floor ? Target.atLeast(fraction) : Target.atMost(fraction);
    assertEquals(t, Target.parse(t.toString()));
  }

  @Test
  void thresholdOutOfRangeIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Target.atLeast("90"));
    assertTrue(e.getMessage().contains("threshold") && e.getMessage().contains("90"));
    assertThrows(IllegalArgumentException.class, () -> Target.atMost("-0.1"));
    assertThrows(IllegalArgumentException.class, () -> Target.atLeast("ninety"));
    assertThrows(NullPointerException.class, () -> Target.atLeast((BigDecimal) null));
  }
}
