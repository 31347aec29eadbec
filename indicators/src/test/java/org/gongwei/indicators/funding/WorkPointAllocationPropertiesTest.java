package org.gongwei.indicators.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the largest-remainder allocation over generated units and budgets. */
class WorkPointAllocationPropertiesTest {

  @Provide
  Arbitrary<List<AllocationUnit>> units() {
    Arbitrary<BigDecimal> points = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2);
    Arbitrary<BigDecimal> coefficients = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4);
    Arbitrary<BigDecimal[]> unit = Combinators.combine(points, coefficients).as((p, c) -> new BigDecimal[] {p, c});
    return unit.list().ofMinSize(0).ofMaxSize(30)
        .map(
            list -> {
              List<AllocationUnit> out = new ArrayList<>();
              // one unit with points and a coefficient above 0, so the corrected points are never all 0
              out.add(AllocationUnit.of("U-first", BigDecimal.ONE, new BigDecimal("0.5")));
              for (int i = 0; i < list.size(); i++) {
                out.add(AllocationUnit.of("U" + i, list.get(i)[0], list.get(i)[1]));
              }
              return out;
            })
        // edge cases of 30 units' points and coefficients multiply beyond the tries; the example
        // tests cover zero points, zero coefficients and a zero budget
        .withoutEdgeCases();
  }

  @Provide
  Arbitrary<BigDecimal> budgets() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000000")).ofScale(2);
  }

  @Property(tries = 200)
  void amountsAddUpExactlyAndAreNotNegative(@ForAll("units") List<AllocationUnit> units, @ForAll("budgets") BigDecimal budget) {
    WorkPointAllocation a = WorkPointAllocation.of(budget, units);
    BigDecimal sum = BigDecimal.ZERO;
    for (UnitShare s : a.shares()) {
      assertTrue(s.amount().signum() >= 0, s.toString());
      assertEquals(2, s.amount().scale());
      sum = sum.add(s.amount());
    }
    assertEquals(budget.setScale(2), sum);
    assertEquals(units.size(), a.shares().size());
  }

  @Property(tries = 200)
  void orderOfUnitsChangesNothing(
      @ForAll("units") List<AllocationUnit> units, @ForAll("budgets") BigDecimal budget, @ForAll long seed) {
    WorkPointAllocation original = WorkPointAllocation.of(budget, units);
    List<AllocationUnit> shuffled = new ArrayList<>(units);
    Collections.shuffle(shuffled, new Random(seed));
    WorkPointAllocation reordered = WorkPointAllocation.of(budget, shuffled);
    assertEquals(original.shares(), reordered.shares());
  }

  @Property(tries = 200)
  void everyAmountIsWithinOneFenOfTheExactShare(@ForAll("units") List<AllocationUnit> units, @ForAll("budgets") BigDecimal budget) {
    WorkPointAllocation a = WorkPointAllocation.of(budget, units);
    BigDecimal total = a.totalCorrectedPoints();
    BigDecimal fen = new BigDecimal("0.01");
    for (UnitShare s : a.shares()) {
      BigDecimal exact = budget.multiply(s.correctedPoints()).divide(total, 10, java.math.RoundingMode.HALF_UP);
      assertTrue(s.amount().subtract(exact).abs().compareTo(fen) < 0, s + " vs exact " + exact);
    }
  }
}
