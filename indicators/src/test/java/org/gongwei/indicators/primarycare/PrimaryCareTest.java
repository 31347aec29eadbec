package org.gongwei.indicators.primarycare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gongwei.indicators.definition.Catalogue;
import org.gongwei.indicators.definition.Unit;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.rate.RateStatus;
import org.gongwei.indicators.rate.Scale;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.indicators.target.Attainment;
import org.junit.jupiter.api.Test;

class PrimaryCareTest {

  // ---- PC-01 -------------------------------------------------------------------------------

  @Test
  void visitShareAgainstTheNationalTarget() {
    // 6,500 of 10,000 visits = 65.00 %, exactly on the target >= 65 % -> met
    Rate r = PrimaryCare.visitShare(6_500, 10_000);
    assertEquals(Optional.of(new BigDecimal("65.00")), r.percent());
    Attainment a = Attainment.of(r, Rulebook.national2017().target("PC-01").orElseThrow());
    assertTrue(a.isMet());
    // 6,499 of 10,000 = 64.99 % -> not met, 0.01 points short
    Attainment b = Attainment.of(PrimaryCare.visitShare(6_499, 10_000), Rulebook.national2017().target("PC-01").orElseThrow());
    assertFalse(b.isMet());
    assertEquals(Optional.of(new BigDecimal("-0.01")), b.gapPoints());
  }

  @Test
  void visitShareInputs() {
    assertEquals(RateStatus.NO_DENOMINATOR, PrimaryCare.visitShare(0, 0).status());
    assertThrows(IllegalArgumentException.class, () -> PrimaryCare.visitShare(11, 10));
    assertThrows(IllegalArgumentException.class, () -> PrimaryCare.visitShare(-1, 10));
  }

  // ---- PC-02 -------------------------------------------------------------------------------

  @Test
  void generalPractitionersPerTenThousandPublishedFigure() {
    // end of 2024: 638,700 GPs, 1,406,800,000 people: 638,700 × 10,000 / 1,406,800,000 = 4.540…
    Rate r = PrimaryCare.generalPractitionersPerTenThousand(638_700, 1_406_800_000L);
    assertEquals(Optional.of(new BigDecimal("4.54")), r.per(Scale.PER_TEN_THOUSAND, 2));
    assertEquals("4.54‱", r.format(Scale.PER_TEN_THOUSAND, 2));
    // the catalogue's unit of PC-02 is per 10,000
    Unit unit = Catalogue.national().byId("PC-02").orElseThrow().unit();
    assertEquals("4.54‱", r.format(unit.scale().orElseThrow(), 2));
  }

  @Test
  void generalPractitionersInputs() {
    assertEquals(RateStatus.NO_DENOMINATOR, PrimaryCare.generalPractitionersPerTenThousand(5, 0).status());
    assertThrows(IllegalArgumentException.class, () -> PrimaryCare.generalPractitionersPerTenThousand(-1, 10));
  }

  // ---- PC-03 -------------------------------------------------------------------------------

  private static final int MAX = 66;

  @Test
  void healthLiteracyUnweightedWithTheAgeFilter() {
    // 14 and 70 are left out even though literate; 15 (53/66 -> 265 >= 264, literate),
    // 69 (52/66 -> 260 < 264, not literate) and 40 (66/66, literate) count: 2 / 3 = 66.67 %
    List<LiteracyResponse> responses =
        List.of(
            LiteracyResponse.of(14, 66, MAX),
            LiteracyResponse.of(15, 53, MAX),
            LiteracyResponse.of(69, 52, MAX),
            LiteracyResponse.of(70, 66, MAX),
            LiteracyResponse.of(40, 66, MAX));
    Rate r = PrimaryCare.healthLiteracy(responses);
    assertEquals(Rate.of(2, 3), r);
    assertEquals(Optional.of(new BigDecimal("66.67")), r.percent());
  }

  @Test
  void healthLiteracyWeighted() {
    // eligible: 15 (w 1.2, literate), 69 (w 0.8, not), 40 (w 0.5, literate); 14 and 70 left out
    // (1.2 + 0.5) / (1.2 + 0.8 + 0.5) = 1.7 / 2.5 = 68 %; in tenths: 17 / 25
    List<LiteracyResponse> responses =
        List.of(
            LiteracyResponse.weighted(14, 66, MAX, new BigDecimal("1.0")),
            LiteracyResponse.weighted(15, 53, MAX, new BigDecimal("1.2")),
            LiteracyResponse.weighted(69, 52, MAX, new BigDecimal("0.8")),
            LiteracyResponse.weighted(70, 66, MAX, new BigDecimal("2.0")),
            LiteracyResponse.weighted(40, 66, MAX, new BigDecimal("0.5")));
    Rate r = PrimaryCare.healthLiteracy(responses);
    assertEquals(Rate.of(17, 25), r);
    assertEquals(Optional.of(new BigDecimal("68.00")), r.percent());
  }

  @Test
  void weightsOfDifferentPrecision() {
    // 1.25 literate, 2 not: 1.25 / 3.25 = 125 / 325 = 38.46 %
    Rate r =
        PrimaryCare.healthLiteracy(
            List.of(
                LiteracyResponse.weighted(30, 60, MAX, new BigDecimal("1.25")),
                LiteracyResponse.weighted(30, 10, MAX, new BigDecimal("2"))));
    assertEquals(Rate.of(125, 325), r);
    assertEquals(Optional.of(new BigDecimal("38.46")), r.percent());
  }

  @Test
  void healthLiteracyInputs() {
    assertEquals(RateStatus.NO_DENOMINATOR, PrimaryCare.healthLiteracy(List.of()).status());
    assertEquals(RateStatus.NO_DENOMINATOR, PrimaryCare.healthLiteracy(List.of(LiteracyResponse.of(80, 66, MAX))).status());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PrimaryCare.healthLiteracy(
                List.of(LiteracyResponse.of(30, 60, MAX), LiteracyResponse.weighted(30, 60, MAX, BigDecimal.ONE))));
  }
}
