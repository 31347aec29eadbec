package org.gongwei.examples.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.gongwei.core.code.Sex;
import org.gongwei.core.id.IdCardNumber;
import org.junit.jupiter.api.Test;

class IdNumbersTest {
  private static final LocalDate BIRTH = LocalDate.of(1980, 2, 29);

  @Test
  void issuesValidNumbersMatchingBirthDateAndSex() {
    IdNumbers ids = new IdNumbers(10);
    SplittableRandom r = new SplittableRandom(1);
    IdCardNumber man = IdCardNumber.parse(ids.issue(r, "430321", BIRTH, true));
    IdCardNumber woman = IdCardNumber.parse(ids.issue(r, "110105", BIRTH, false));
    assertEquals(BIRTH, man.birthDate());
    assertEquals(Sex.MALE, man.sex());
    assertEquals("430321", man.addressCode());
    assertEquals(Sex.FEMALE, woman.sex());
    assertEquals("110105", woman.addressCode());
  }

  @Test
  void clashesMoveOnUntilTheSequencesOfOneSexRunOut() {
    IdNumbers ids = new IdNumbers(4);
    SplittableRandom r = new SplittableRandom(2);
    Set<String> issued = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      String number = ids.issue(r, "430321", BIRTH, false);
      assertTrue(IdCardNumber.isValid(number));
      assertTrue(issued.add(number));
    }
    assertThrows(IllegalStateException.class, () -> ids.issue(r, "430321", BIRTH, false));
    assertTrue(IdCardNumber.isValid(ids.issue(r, "430321", BIRTH, true)));
  }

  @Test
  void aWrongCheckCharacterIsAlwaysInvalid() {
    IdNumbers ids = new IdNumbers(2_000);
    SplittableRandom r = new SplittableRandom(3);
    Set<Character> checks = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      String number = ids.issue(r, "430321", BIRTH.plusDays(i), i % 2 == 0);
      checks.add(number.charAt(17));
      String wrong = IdNumbers.withWrongCheck(number);
      assertEquals(number.substring(0, 17), wrong.substring(0, 17));
      assertFalse(IdCardNumber.isValid(wrong));
    }
    assertEquals(11, checks.size());
  }
}
