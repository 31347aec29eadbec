package org.gongwei.core.maternal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PregnancyTest {
  private static Pregnancy.Builder pregnancy() {
    return Pregnancy.builder().pregnancyId("P1").residentId("R2");
  }

  @Test
  void deliveredBetweenIsInclusive() {
    Pregnancy p = pregnancy().deliveryDate(LocalDate.of(2024, 1, 1)).build();
    assertTrue(p.isDeliveredBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    assertFalse(p.isDeliveredBetween(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 12, 31)));
    assertFalse(pregnancy().build().isDeliveredBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
  }

  @Test
  void dischargeFallsBackToDelivery() {
    assertEquals(Optional.of(LocalDate.of(2024, 1, 1)), pregnancy().deliveryDate(LocalDate.of(2024, 1, 1)).build().dischargeOrDeliveryDate());
    assertEquals(
        Optional.of(LocalDate.of(2024, 1, 4)),
        pregnancy().deliveryDate(LocalDate.of(2024, 1, 1)).dischargeDate(LocalDate.of(2024, 1, 4)).build().dischargeOrDeliveryDate());
  }

  @Test
  void liveBirthsNotNegative() {
    assertThrows(IllegalArgumentException.class, () -> pregnancy().liveBirths(-1).build());
    assertEquals("Pregnancy[P1, R2, delivered 2024-05-02, 2 live birth(s)]", pregnancy().deliveryDate(LocalDate.of(2024, 5, 2)).liveBirths(2).build().toString());
  }
}
