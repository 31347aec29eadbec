package org.gongwei.indicators.capability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CapabilityLevelTest {
  @Test
  void levelsGoUp() {
    assertEquals(Optional.of(CapabilityLevel.BASIC_STANDARD), CapabilityLevel.NOT_REACHED.next());
    assertEquals(Optional.of(CapabilityLevel.RECOMMENDED_STANDARD), CapabilityLevel.BASIC_STANDARD.next());
    assertEquals(Optional.empty(), CapabilityLevel.RECOMMENDED_STANDARD.next());
    assertEquals("推荐标准", CapabilityLevel.RECOMMENDED_STANDARD.label());
  }
}
