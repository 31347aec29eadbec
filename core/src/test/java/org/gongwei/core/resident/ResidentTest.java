package org.gongwei.core.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.gongwei.core.Samples;
import org.gongwei.core.code.IdDocumentType;
import org.gongwei.core.code.Sex;
import org.junit.jupiter.api.Test;

class ResidentTest {
  private static final LocalDate END = LocalDate.of(2024, 12, 31);

  @Test
  void inPopulationNeedsPermanentBornAliveAndOpen() {
    assertTrue(Samples.residentBorn("R1", LocalDate.of(1950, 1, 1)).isInPopulationOn(END));
    // born on the date itself: in population
    assertTrue(Samples.residentBorn("R2", END).isInPopulationOn(END));
    // born the day after: not yet
    assertFalse(Samples.residentBorn("R3", END.plusDays(1)).isInPopulationOn(END));
    // not permanent
    assertFalse(Samples.resident("R4", LocalDate.of(1950, 1, 1)).permanent(false).build().isInPopulationOn(END));
    // died on the date: out; died the day after: in
    assertFalse(Samples.resident("R5", LocalDate.of(1950, 1, 1)).deathDate(END).build().isInPopulationOn(END));
    assertTrue(Samples.resident("R6", LocalDate.of(1950, 1, 1)).deathDate(END.plusDays(1)).build().isInPopulationOn(END));
    // record closed on the date: out
    assertFalse(Samples.resident("R7", LocalDate.of(1950, 1, 1)).recordClosedDate(END).build().isInPopulationOn(END));
  }

  @Test
  void recordsOpenAndClosed() {
    Resident r =
        Samples.resident("R1", LocalDate.of(1950, 1, 1))
            .recordEstablishedDate(LocalDate.of(2024, 3, 1))
            .recordClosedDate(LocalDate.of(2024, 9, 30))
            .build();
    assertFalse(r.hasRecordOn(LocalDate.of(2024, 2, 29)));
    assertTrue(r.hasRecordOn(LocalDate.of(2024, 3, 1)));
    assertTrue(r.hasOpenRecordOn(LocalDate.of(2024, 9, 29)));
    assertFalse(r.hasOpenRecordOn(LocalDate.of(2024, 9, 30)));
    Resident none = Samples.resident("R2", LocalDate.of(1950, 1, 1)).recordEstablishedDate(Optional.empty()).build();
    assertFalse(none.hasRecordOn(END));
  }

  @Test
  void exitDateIsTheEarlierOfDeathAndClosure() {
    LocalDate birth = LocalDate.of(1950, 1, 1);
    assertEquals(Optional.empty(), Samples.residentBorn("R1", birth).exitDate());
    assertEquals(
        Optional.of(LocalDate.of(2024, 5, 1)),
        Samples.resident("R2", birth).deathDate(LocalDate.of(2024, 5, 1)).recordClosedDate(LocalDate.of(2024, 6, 1)).build().exitDate());
    assertEquals(
        Optional.of(LocalDate.of(2024, 4, 1)),
        Samples.resident("R3", birth).deathDate(LocalDate.of(2024, 5, 1)).recordClosedDate(LocalDate.of(2024, 4, 1)).build().exitDate());
    assertEquals(
        Optional.of(LocalDate.of(2024, 4, 1)),
        Samples.resident("R4", birth).recordClosedDate(LocalDate.of(2024, 4, 1)).build().exitDate());
  }

  @Test
  void defaultsAndDerivedIdCard() {
    Resident r = Samples.resident("R1", LocalDate.of(1949, 12, 31)).idNumber("11010519491231002X").build();
    assertEquals(IdDocumentType.RESIDENT_ID_CARD, r.idType());
    assertFalse(r.disabled());
    assertFalse(r.electronicRecord());
    assertEquals(LocalDate.of(1949, 12, 31), r.idCardNumber().orElseThrow().birthDate());
    Resident passport = Samples.resident("R2", LocalDate.of(1949, 12, 31)).idType(IdDocumentType.PASSPORT).idNumber("E12345678").build();
    assertEquals(Optional.empty(), passport.idCardNumber());
    Resident bad = Samples.resident("R3", LocalDate.of(1949, 12, 31)).idNumber("110105194912310021").build();
    assertEquals(Optional.empty(), bad.idCardNumber());
  }

  @Test
  void toStringShowsNeitherNameNorIdNumber() {
    Resident r = Samples.resident("R1", LocalDate.of(1949, 12, 31)).name("张三").idNumber("11010519491231002X").sex(Sex.MALE).build();
    String s = r.toString();
    assertEquals("Resident[R1, MALE, 1949-12-31, 430321101201]", s);
    assertFalse(s.contains("张三"));
    assertFalse(s.contains("11010519491231002X"));
  }

  @Test
  void requiredFieldsAndInvariants() {
    assertThrows(IllegalStateException.class, () -> Resident.builder().residentId("R1").build());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Samples.resident(" ", LocalDate.of(1950, 1, 1)).build());
    assertTrue(e.getMessage().contains("resident_id"));
  }
}
