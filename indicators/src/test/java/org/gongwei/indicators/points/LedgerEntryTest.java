package org.gongwei.indicators.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerEntryTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 5);
  private static final PointsEvent F01 = new PointsEvent("R1", Behaviour.FACE_TO_FACE_FOLLOW_UP, DAY, "F01");

  @Test
  void kinds() {
    assertEquals("2024-03-05 EARNED FACE_TO_FACE_FOLLOW_UP F01 +10", LedgerEntry.earned(F01, 10).toString());
    assertEquals(
        "2024-03-05 CAPPED FACE_TO_FACE_FOLLOW_UP F01 +0 (cap reached)", LedgerEntry.capped(F01, 0, "cap reached").toString());
    assertEquals(-50, LedgerEntry.redeemed("R1", DAY, "血压计", 50).points());
  }

  @Test
  void pointsMustFitTheKind() {
    assertThrows(IllegalArgumentException.class, () -> LedgerEntry.earned(F01, 0));
    assertThrows(IllegalArgumentException.class, () -> LedgerEntry.capped(F01, -1, "x"));
    assertThrows(IllegalArgumentException.class, () -> LedgerEntry.redeemed("R1", DAY, "x", 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new LedgerEntry("R1", EntryKind.REDEEMED, DAY, Optional.of(Behaviour.ANNUAL_CHECKUP), "x", -5, Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new LedgerEntry("R1", EntryKind.CAPPED, DAY, Optional.of(Behaviour.ANNUAL_CHECKUP), "x", 0, Optional.empty()));
  }
}
