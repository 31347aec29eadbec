package org.gongwei.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractTest {
  private static Contract.Builder contract() {
    return Contract.builder()
        .contractId("K1")
        .residentId("R1")
        .startDate(LocalDate.of(2024, 1, 1))
        .endDate(LocalDate.of(2024, 12, 31));
  }

  @Test
  void signedFromStartToEndInclusive() {
    Contract c = contract().build();
    assertFalse(c.isSignedOn(LocalDate.of(2023, 12, 31)));
    assertTrue(c.isSignedOn(LocalDate.of(2024, 1, 1)));
    assertTrue(c.isSignedOn(LocalDate.of(2024, 12, 31)));
    assertFalse(c.isSignedOn(LocalDate.of(2025, 1, 1)));
  }

  @Test
  void terminationEndsTheContractOnItsDate() {
    Contract c = contract().terminatedDate(LocalDate.of(2024, 6, 30)).build();
    assertTrue(c.isSignedOn(LocalDate.of(2024, 6, 29)));
    assertFalse(c.isSignedOn(LocalDate.of(2024, 6, 30)));
    assertTrue(c.isTerminatedEarly());
    assertFalse(contract().build().isTerminatedEarly());
    assertFalse(contract().terminatedDate(LocalDate.of(2024, 12, 31)).build().isTerminatedEarly());
  }

  @Test
  void negativeFeeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> contract().feeYuan(new BigDecimal("-1")).build());
    assertEquals(new BigDecimal("130"), contract().feeYuan(new BigDecimal("130")).build().feeYuan().orElseThrow());
  }

  @Test
  void toStringIsShort() {
    assertEquals("Contract[K1, R1, 2024-01-01..2024-12-31]", contract().build().toString());
  }
}
