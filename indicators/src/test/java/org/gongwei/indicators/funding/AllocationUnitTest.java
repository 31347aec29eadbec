package org.gongwei.indicators.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AllocationUnitTest {
  @Test
  void validatesPointsAndCoefficient() {
    assertEquals("T1 1200 points × 0.92", AllocationUnit.of("T1", "1200", "0.92").toString());
    assertThrows(IllegalArgumentException.class, () -> AllocationUnit.of(" ", "1", "1"));
    assertThrows(IllegalArgumentException.class, () -> AllocationUnit.of("T1", "-1", "1"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AllocationUnit.of("T1", "1", "1.01"));
    assertEquals("T1: qualityCoefficient must be between 0 and 1: 1.01", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AllocationUnit.of("T1", "many", "1"));
  }
}
