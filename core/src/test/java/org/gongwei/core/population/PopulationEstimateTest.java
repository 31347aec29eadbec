package org.gongwei.core.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PopulationEstimateTest {
  private static PopulationEstimate.Builder county() {
    return PopulationEstimate.builder().scopeCode("430321").year(2024);
  }

  @Test
  void idIsScopeAndYear() {
    PopulationEstimate p = county().population(380_000).hypertensionPrevalence(new BigDecimal("0.275")).build();
    assertEquals("430321/2024", p.id());
    assertEquals("PopulationEstimate[430321/2024, population 380000]", p.toString());
  }

  @Test
  void prevalenceIsAFractionAndCountsAreNotNegative() {
    assertThrows(IllegalArgumentException.class, () -> county().hypertensionPrevalence(new BigDecimal("27.5")).build());
    assertThrows(IllegalArgumentException.class, () -> county().population(-1).build());
    assertThrows(IllegalArgumentException.class, () -> county().year(24).build());
  }
}
