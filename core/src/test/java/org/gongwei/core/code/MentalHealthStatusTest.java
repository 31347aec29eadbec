package org.gongwei.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MentalHealthStatusTest {

  @ParameterizedTest
  @EnumSource(MentalHealthStatus.class)
  void fromCodeFindsEachConstant(MentalHealthStatus c) {
    assertSame(c, MentalHealthStatus.fromCode(c.code()));
    assertEquals(c.name(), c.code());
  }

  @Test
  void codesAreTheContractAndUnique() {
    CodeTableChecks.assertWellFormed(MentalHealthStatus.class);
    assertEquals("STABLE BASICALLY_STABLE UNSTABLE NOT_REACHED", CodeTableChecks.codes(MentalHealthStatus.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"stable", "LOST", "1"})
  void unknownCodeIsRejectedNamingTableAndValue(String value) {
    CodeTableChecks.assertRejects(MentalHealthStatus.class, MentalHealthStatus::fromCode, value);
  }

  @Test
  void labels() {
    assertEquals("稳定", MentalHealthStatus.STABLE.label());
    assertEquals("基本稳定", MentalHealthStatus.BASICALLY_STABLE.label());
    assertEquals("不稳定", MentalHealthStatus.UNSTABLE.label());
    assertEquals("未访到", MentalHealthStatus.NOT_REACHED.label());
  }

  @ParameterizedTest
  @CsvSource({"STABLE, true", "BASICALLY_STABLE, true", "UNSTABLE, true", "NOT_REACHED, false"})
  void onlyNotReachedIsNotReached(MentalHealthStatus status, boolean reached) {
    assertEquals(reached, status.isReached());
  }
}
