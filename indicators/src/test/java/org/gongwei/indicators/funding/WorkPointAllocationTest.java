package org.gongwei.indicators.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkPointAllocationTest {
  private static List<String> amounts(WorkPointAllocation a) {
    return a.shares().stream().map(s -> s.id() + " " + s.amount().toPlainString()).toList();
  }

  @Test
  void equalUnitsTieAndTheSmallestIdGetsTheLeftoverFen() {
    // 100.00 / 3 = 33.333… → 33.33 each, 1 fen left, remainders tie → A: 33.34, 33.33, 33.33
    WorkPointAllocation a =
        WorkPointAllocation.of(
            new BigDecimal("100.00"),
            List.of(AllocationUnit.of("C", "10", "1"), AllocationUnit.of("A", "10", "1"), AllocationUnit.of("B", "10", "1")));
    assertEquals(List.of("A 33.34", "B 33.33", "C 33.33"), amounts(a));
    assertEquals(new BigDecimal("0.333333"), a.shares().get(0).share());
  }

  @Test
  void largestRemaindersGetTheLeftoverFen() {
    // points 1, 1, 1, 4 (total 7) sharing 10.00 yuan = 1,000 fen:
    //   1,000 × 1 / 7 = 142.857… fen → 142, remainder 6/7 (three times)
    //   1,000 × 4 / 7 = 571.428… fen → 571, remainder 3/7
    //   floors add up to 997 fen; the 3 fen left go to the three largest remainders
    //   → 1.43, 1.43, 1.43, 5.71 = 10.00
    WorkPointAllocation a =
        WorkPointAllocation.of(
            new BigDecimal("10"),
            List.of(
                AllocationUnit.of("U1", "1", "1"),
                AllocationUnit.of("U2", "1", "1"),
                AllocationUnit.of("U3", "1", "1"),
                AllocationUnit.of("U4", "4", "1")));
    assertEquals(List.of("U1 1.43", "U2 1.43", "U3 1.43", "U4 5.71"), amounts(a));
    assertEquals(new BigDecimal("10.00"), a.budget());
  }

  @Test
  void coefficientExactlyAtTheThresholdIsNotCorrected() {
    // A 1,000 × 0.85 (not below 0.85) → 1,000; B 1,000 × 0.8499 (below) → 849.9; total 1,849.9
    // budget 1,000.00 = 100,000 fen: A 100,000 × 1,000 / 1,849.9 = 54,056.97… fen → 54,056;
    // B 100,000 × 849.9 / 1,849.9 = 45,943.02… fen → 45,943; 1 fen left → A (remainder .97)
    WorkPointAllocation a =
        WorkPointAllocation.of(
            new BigDecimal("1000.00"),
            List.of(AllocationUnit.of("A", "1000", "0.85"), AllocationUnit.of("B", "1000", "0.8499")));
    UnitShare sa = a.share("A").orElseThrow();
    UnitShare sb = a.share("B").orElseThrow();
    assertEquals(Correction.NONE, sa.correction());
    assertEquals(0, new BigDecimal("1000").compareTo(sa.correctedPoints()));
    assertEquals(Correction.BY_COEFFICIENT, sb.correction());
    assertEquals(0, new BigDecimal("849.9").compareTo(sb.correctedPoints()));
    assertEquals(new BigDecimal("540.57"), sa.amount());
    assertEquals(new BigDecimal("459.43"), sb.amount());
    assertEquals(0, new BigDecimal("1849.9").compareTo(a.totalCorrectedPoints()));
  }

  @Test
  void thresholdIsAKnob() {
    // threshold 1: every coefficient below 1 corrects: A 100 × 0.9 = 90, B 100 × 1 = 100 → 90 / 190 of 19.00 = 9.00
    WorkPointAllocation a =
        WorkPointAllocation.of(
            new BigDecimal("19"), List.of(AllocationUnit.of("A", "100", "0.9"), AllocationUnit.of("B", "100", "1")), BigDecimal.ONE);
    assertEquals(List.of("A 9.00", "B 10.00"), amounts(a));
    // default 0.85: 0.9 is kept → 9.50 each
    assertEquals(
        List.of("A 9.50", "B 9.50"),
        amounts(WorkPointAllocation.of(new BigDecimal("19"), List.of(AllocationUnit.of("A", "100", "0.9"), AllocationUnit.of("B", "100", "1")))));
  }

  @Test
  void unitsWithoutPointsGetNothing() {
    WorkPointAllocation a =
        WorkPointAllocation.of(
            new BigDecimal("0.05"), List.of(AllocationUnit.of("A", "0", "1"), AllocationUnit.of("B", "3", "0.5")));
    assertEquals(List.of("A 0.00", "B 0.05"), amounts(a));
  }

  @Test
  void zeroCorrectedPointsCannotShareABudget() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> WorkPointAllocation.of(new BigDecimal("10"), List.of(AllocationUnit.of("A", "0", "1"), AllocationUnit.of("B", "5", "0"))));
    assertEquals("cannot allocate 10.00 yuan by work points: the corrected points of 2 units add up to 0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> WorkPointAllocation.of(new BigDecimal("10"), List.of()));
    // a budget of 0 is fine
    assertEquals(List.of("A 0.00"), amounts(WorkPointAllocation.of(BigDecimal.ZERO, List.of(AllocationUnit.of("A", "0", "1")))));
  }

  @Test
  void badInputsAreRejected() {
    List<AllocationUnit> one = List.of(AllocationUnit.of("A", "1", "1"));
    assertThrows(IllegalArgumentException.class, () -> WorkPointAllocation.of(new BigDecimal("1.001"), one));
    assertThrows(IllegalArgumentException.class, () -> WorkPointAllocation.of(new BigDecimal("-1"), one));
    assertThrows(IllegalArgumentException.class, () -> WorkPointAllocation.of(BigDecimal.TEN, one, new BigDecimal("1.1")));
    IllegalArgumentException dup =
        assertThrows(
            IllegalArgumentException.class,
            () -> WorkPointAllocation.of(BigDecimal.TEN, List.of(AllocationUnit.of("A", "1", "1"), AllocationUnit.of("A", "2", "1"))));
    assertEquals("duplicate unit id: A", dup.getMessage());
  }

  @Test
  void printsATable() {
    String text =
        WorkPointAllocation.of(
                new BigDecimal("100.00"), List.of(AllocationUnit.of("T1", "1200", "0.92"), AllocationUnit.of("T2", "800", "0.8")))
            .toString();
    // T2 corrected: 800 × 0.8 = 640; 1,200 / 1,840 of 100.00 = 65.217… → 65.22; 640 / 1,840 → 34.78
    assertTrue(text.startsWith("Work-point allocation of 100.00 yuan"), text);
    assertTrue(text.contains("0.8 *"), text);
    assertTrue(text.contains("65.22"), text);
    assertTrue(text.contains("34.78"), text);
    assertTrue(text.contains("Total"), text);
  }
}
