package org.gongwei.indicators.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class RateTest {

  private static Optional<BigDecimal> dec(String s) {
    return Optional.of(new BigDecimal(s));
  }

  // ---- published figures (shared/reference/published-figures.md) ----------------------------

  @Test
  void wuxiRecordUseRate() {
    assertEquals(dec("60.12"), Rate.of(3_280_200, 5_456_400).percent());
  }

  @Test
  void wuxiRecordCoverage() {
    assertEquals(dec("83.57"), Rate.of(5_456_400, 6_529_000).percent(2));
  }

  @Test
  void fuyunHypertensionStandardizedManagement() {
    assertEquals(dec("93.34"), Rate.of(6_098, 6_533).percent());
  }

  @Test
  void fuyunDiabetesStandardizedManagement() {
    assertEquals(dec("93.64"), Rate.of(1_591, 1_699).percent());
  }

  @Test
  void fuyunFamilyDoctorCoverageAtScaleZero() {
    assertEquals(dec("74"), Rate.of(68_153, 92_100).percent(0));
  }

  @Test
  void fuyunKeyGroupCoverage() {
    assertEquals(dec("92"), Rate.of(23_570, 25_620).percent(0));
    assertEquals(dec("92.00"), Rate.of(23_570, 25_620).percent());
  }

  @Test
  void chinaGeneralPractitionersPerTenThousand() {
    Rate gps = Rate.of(638_700, 1_406_800_000L);
    assertEquals(dec("4.54"), gps.per(Scale.PER_TEN_THOUSAND, 2));
    assertEquals("4.54‱", gps.format(Scale.PER_TEN_THOUSAND, 2));
  }

  // ---- rounding -------------------------------------------------------------------------------

  @Test
  void halfUpAtTheBoundary() {
    assertEquals(dec("12.50"), Rate.of(1, 8).percent());
    assertEquals(dec("6.25"), Rate.of(1, 16).percent(2));
    assertEquals(dec("6.3"), Rate.of(1, 16).percent(1));
    assertEquals(dec("0.063"), Rate.of(1, 16).value(3));
    assertEquals(dec("13"), Rate.of(1, 8).percent(0));
  }

  @Test
  void roundsFromTheExactFraction() {
    // 2/3 = 66.666…%: HALF_UP at each scale from the exact value
    assertEquals(dec("66.67"), Rate.of(2, 3).percent());
    assertEquals(dec("67"), Rate.of(2, 3).percent(0));
    assertEquals(dec("666.667"), Rate.of(2, 3).per(Scale.PER_THOUSAND, 3));
  }

  @Test
  void valueIsDecimal128() {
    assertEquals(dec("0.125"), Rate.of(1, 8).value());
    BigDecimal third = Rate.of(1, 3).value().orElseThrow();
    assertEquals(34, third.precision());
    assertEquals(new BigDecimal("0.3333333333333333333333333333333333"), third);
  }

  @Test
  void negativeScaleIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Rate.of(1, 2).percent(-1));
  }

  @Test
  void hugeCountsDoNotOverflow() {
    Rate r = Rate.of(Long.MAX_VALUE, Long.MAX_VALUE);
    assertEquals(dec("10000.00"), r.per(Scale.PER_TEN_THOUSAND, 2));
  }

  // ---- statuses ------------------------------------------------------------------------------

  @Test
  void statuses() {
    assertEquals(RateStatus.OK, Rate.of(0, 5).status());
    assertEquals(RateStatus.OK, Rate.of(5, 5).status());
    assertEquals(RateStatus.ABOVE_100, Rate.of(6, 5).status());
    assertEquals(RateStatus.NO_DENOMINATOR, Rate.of(0, 0).status());
    assertEquals(RateStatus.NO_DENOMINATOR, Rate.of(3, 0).status());
    assertEquals(RateStatus.MISSING_ESTIMATE, Rate.missingEstimate(3).status());
  }

  @Test
  void noDenominatorHasNoValue() {
    Rate r = Rate.of(0, 0);
    assertFalse(r.hasValue());
    assertEquals(Optional.empty(), r.value());
    assertEquals(Optional.empty(), r.value(2));
    assertEquals(Optional.empty(), r.percent());
    assertEquals(Optional.empty(), r.per(Scale.PER_THOUSAND, 2));
    assertEquals("—", r.format(Scale.PERCENT, 2));
  }

  @Test
  void missingEstimateHasNoValue() {
    Rate r = Rate.missingEstimate(42);
    assertFalse(r.hasValue());
    assertEquals(42, r.numerator());
    assertEquals(0, r.denominator());
    assertEquals(Optional.empty(), r.percent());
  }

  @Test
  void above100HasAValue() {
    Rate r = Rate.of(103, 100);
    assertTrue(r.hasValue());
    assertEquals(dec("103.00"), r.percent());
  }

  @Test
  void negativeCountsAreRejectedNamingTheValue() {
    IllegalArgumentException n = assertThrows(IllegalArgumentException.class, () -> Rate.of(-1, 5));
    assertTrue(n.getMessage().contains("numerator") && n.getMessage().contains("-1"));
    IllegalArgumentException d = assertThrows(IllegalArgumentException.class, () -> Rate.of(1, -7));
    assertTrue(d.getMessage().contains("denominator") && d.getMessage().contains("-7"));
    assertThrows(IllegalArgumentException.class, () -> Rate.missingEstimate(-1));
  }

  // ---- plus ------------------------------------------------------------------------------------

  @Test
  void plusAddsCounts() {
    assertEquals(Rate.of(4, 6), Rate.of(1, 2).plus(Rate.of(3, 4)));
    assertEquals(Rate.of(1, 2), Rate.of(1, 2).plus(Rate.of(0, 0)));
  }

  @Test
  void missingEstimateIsAbsorbing() {
    assertEquals(Rate.missingEstimate(4), Rate.of(1, 2).plus(Rate.missingEstimate(3)));
    assertEquals(Rate.missingEstimate(4), Rate.missingEstimate(3).plus(Rate.of(1, 2)));
  }

  @Test
  void plusOverflowThrows() {
    assertThrows(ArithmeticException.class, () -> Rate.of(Long.MAX_VALUE, Long.MAX_VALUE).plus(Rate.of(1, 1)));
  }

  // ---- equality and text ---------------------------------------------------------------------

  @Test
  void equalityOnCountsAndStatus() {
    assertEquals(Rate.of(1, 2), Rate.of(1, 2));
    assertEquals(Rate.of(1, 2).hashCode(), Rate.of(1, 2).hashCode());
    assertNotEquals(Rate.of(1, 2), Rate.of(2, 4));
    assertNotEquals(Rate.of(0, 0), Rate.missingEstimate(0));
  }

  @Test
  void toStringShowsPercentAndCounts() {
    assertEquals("61.70% (1234/2000)", Rate.of(1234, 2000).toString());
    assertEquals("— (0/0, NO_DENOMINATOR)", Rate.of(0, 0).toString());
    assertEquals("— (5/0, MISSING_ESTIMATE)", Rate.missingEstimate(5).toString());
    assertEquals("103.00% (103/100, ABOVE_100)", Rate.of(103, 100).toString());
  }

  @Test
  void formatInEachScale() {
    Rate r = Rate.of(1, 8);
    assertEquals("12.50%", r.format(Scale.PERCENT, 2));
    assertEquals("125.0‰", r.format(Scale.PER_THOUSAND, 1));
    assertEquals("1250‱", r.format(Scale.PER_TEN_THOUSAND, 0));
  }

  // ---- properties -----------------------------------------------------------------------------

  @Property
  void proportionsLieBetween0And100(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long a,
      @ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 2) long b) {
    long n = Math.min(a, b);
    long d = Math.max(a, b);
    Rate r = Rate.of(n, d);
    assertEquals(RateStatus.OK, r.status());
    BigDecimal p = r.percent().orElseThrow();
    assertTrue(p.signum() >= 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0, p::toPlainString);
    BigDecimal v = r.value().orElseThrow();
    assertTrue(v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0, v::toPlainString);
  }

  @Property
  void plusIsCommutative(@ForAll("rates") Rate a, @ForAll("rates") Rate b) {
    assertEquals(a.plus(b), b.plus(a));
  }

  @Property
  void plusIsAssociative(
      @ForAll("rates") Rate a, @ForAll("rates") Rate b, @ForAll("rates") Rate c) {
    assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
  }

  @Provide
  Arbitrary<Rate> rates() {
    Arbitrary<Long> count = Arbitraries.longs().between(0, Long.MAX_VALUE / 4);
    Arbitrary<Rate> ordinary = Combinators.combine(count, count).as(Rate::of);
    Arbitrary<Rate> missing = count.map(Rate::missingEstimate);
    return Arbitraries.frequencyOf(
        Tuple.of(8, ordinary), Tuple.of(1, missing));
  }
}
