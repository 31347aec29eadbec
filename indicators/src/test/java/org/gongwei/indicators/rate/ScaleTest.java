package org.gongwei.indicators.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScaleTest {

  @Test
  void multipliers() {
    assertEquals(100, Scale.PERCENT.multiplier());
    assertEquals(1_000, Scale.PER_THOUSAND.multiplier());
    assertEquals(10_000, Scale.PER_TEN_THOUSAND.multiplier());
    assertEquals(BigDecimal.valueOf(10_000), Scale.PER_TEN_THOUSAND.multiplierDecimal());
  }

  @Test
  void symbolsAndWords() {
    assertEquals("%", Scale.PERCENT.symbol());
    assertEquals("‰", Scale.PER_THOUSAND.symbol());
    assertEquals("‱", Scale.PER_TEN_THOUSAND.symbol());
    assertEquals(" per 10,000", Scale.PER_TEN_THOUSAND.suffixInWords());
    assertEquals(" per 1,000", Scale.PER_THOUSAND.suffixInWords());
  }
}
