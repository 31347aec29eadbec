package org.gongwei.indicators.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.rate.Scale;
import org.junit.jupiter.api.Test;

class AttainmentTest {

  private static Optional<BigDecimal> dec(String s) {
    return Optional.of(new BigDecimal(s));
  }

  @Test
  void wuxiAgainstSixtyPercentIsMetByPointTwelve() {
    Attainment a = Attainment.of(Rate.of(3_280_200, 5_456_400), Target.atLeast("0.6"));
    assertEquals(Outcome.MET, a.outcome());
    assertTrue(a.isMet());
    assertEquals(dec("0.12"), a.gapPoints());
    assertEquals("MET 60.12% ≥ 60% (+0.12 points)", a.toString());
  }

  @Test
  void exactlyOnTheThresholdIsMet() {
    assertEquals(Outcome.MET, Attainment.of(Rate.of(9, 10), Target.atLeast("0.9")).outcome());
    assertEquals(Outcome.MET, Attainment.of(Rate.of(9, 10), Target.atMost("0.9")).outcome());
    assertEquals(dec("0.00"), Attainment.of(Rate.of(9, 10), Target.atLeast("0.9")).gapPoints());
  }

  @Test
  void belowAFloorIsNotMetWithNegativeGap() {
    Attainment a = Attainment.of(Rate.of(6_098, 6_533), Target.atLeast("0.95"));
    assertEquals(Outcome.NOT_MET, a.outcome());
    assertEquals(dec("-1.66"), a.gapPoints()); // 93.3415… − 95
    assertEquals("NOT_MET 93.34% ≥ 95% (-1.66 points)", a.toString());
  }

  @Test
  void comparisonIsExactNotOnTheRoundedPercent() {
    // 59,999 / 100,000 shows as 60.00% but is below 60%
    Attainment a = Attainment.of(Rate.of(59_999, 100_000), Target.atLeast("0.6"));
    assertEquals(dec("60.00"), a.rate().percent());
    assertEquals(Outcome.NOT_MET, a.outcome());
    assertEquals(0, a.gapPoints().orElseThrow().signum());
  }

  @Test
  void ceilingMetBelowAndNotMetAbove() {
    Attainment below = Attainment.of(Rate.of(3, 100), Target.atMost("0.05"));
    assertEquals(Outcome.MET, below.outcome());
    assertEquals(dec("-2.00"), below.gapPoints());
    Attainment above = Attainment.of(Rate.of(7, 100), Target.atMost("0.05"));
    assertEquals(Outcome.NOT_MET, above.outcome());
    assertEquals(dec("2.00"), above.gapPoints());
  }

  @Test
  void noValueIsNotApplicable() {
    Attainment none = Attainment.of(Rate.of(0, 0), Target.atLeast("0.9"));
    assertEquals(Outcome.NOT_APPLICABLE, none.outcome());
    assertFalse(none.isMet());
    assertEquals(Optional.empty(), none.gapPoints());
    assertEquals("NOT_APPLICABLE — ≥ 90%", none.toString());
    assertEquals(
        Outcome.NOT_APPLICABLE,
        Attainment.of(Rate.missingEstimate(5), Target.atMost("0.1")).outcome());
  }

  @Test
  void gapInOtherScales() {
    // 4.54 GPs per 10,000 against a target of 5 per 10,000
    Attainment a = Attainment.of(Rate.of(638_700, 1_406_800_000L), Target.atLeast("0.0005"));
    assertEquals(Outcome.NOT_MET, a.outcome());
    assertEquals(dec("-0.46"), a.gap(Scale.PER_TEN_THOUSAND, 2));
  }

  @Test
  void above100MeetsAFloor() {
    assertEquals(Outcome.MET, Attainment.of(Rate.of(11, 10), Target.atLeast("1")).outcome());
  }
}
