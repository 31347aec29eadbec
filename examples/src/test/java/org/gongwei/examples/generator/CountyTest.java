package org.gongwei.examples.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.id.SocialCreditCode;
import org.junit.jupiter.api.Test;

class CountyTest {
  @Test
  void oneTownshipPerTwentyThousandResidentsOneInFiveUrban() {
    County c = County.layout("430321", 100_000, 1);
    assertEquals(5, c.townships.size());
    County.Township street = c.townships.get(0);
    assertTrue(street.urban);
    assertEquals("430321001", street.code);
    assertEquals(InstitutionType.COMMUNITY_HEALTH_CENTER, street.centre.type());
    assertTrue(street.name.endsWith("街道"));
    assertEquals("430321001001", street.villages.get(0).code);
    assertEquals(InstitutionType.COMMUNITY_HEALTH_STATION, street.villages.get(0).clinic.type());
    County.Township town = c.townships.get(1);
    assertEquals("430321101", town.code);
    assertEquals("430321101201", town.villages.get(0).code);
    assertEquals(InstitutionType.VILLAGE_CLINIC, town.villages.get(0).clinic.type());
    assertTrue(town.name.endsWith("镇"));
    assertTrue(c.hospital.name().endsWith("县人民医院"));
    assertTrue(SocialCreditCode.isValid(c.hospital.uscc().orElseThrow()));
    int sum = 0;
    Set<String> names = new HashSet<>();
    for (County.Township t : c.townships) {
      sum += t.size;
      assertTrue(names.add(t.name), t.name);
      assertTrue(t.villages.size() >= 6 && t.villages.size() <= 10);
      assertTrue(SocialCreditCode.isValid(t.centre.uscc().orElseThrow()));
      assertEquals(c.hospital.code(), t.centre.parentCode().orElseThrow());
    }
    assertEquals(100_000, sum);
  }

  @Test
  void townshipsBeyondNinetyNineTownsAreXiang() {
    County c = County.layout("430321", 3_000_000, 2);
    assertEquals(150, c.townships.size());
    County.Township lastTown = c.townships.get(30 + 98);
    assertEquals("430321199", lastTown.code);
    County.Township firstXiang = c.townships.get(30 + 99);
    assertEquals("430321201", firstXiang.code);
    assertTrue(firstXiang.name.endsWith("乡"));
  }

  @Test
  void everyResidentNumberHasItsOwnPlace() {
    County c = County.layout("430321", 30_000, 3);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 30_000; i++) {
      County.Place p = c.place(i);
      assertTrue(i >= p.township().start && i < p.township().start + p.township().size);
      assertTrue(p.village().township == p.township());
      assertTrue(p.sequence() >= 1 && p.sequence() <= County.MAX_SEQUENCE);
      assertTrue(seen.add(p.village().code + County.fiveDigits(p.sequence())));
    }
  }

  @Test
  void aSingleResidentIsPlaced() {
    County c = County.layout("430321", 1, 4);
    assertEquals(2, c.townships.size());
    assertEquals(1, c.place(0).sequence());
  }

  @Test
  void sameSeedSameLayout() {
    assertEquals(
        County.layout("430321", 50_000, 5).institutions,
        County.layout("430321", 50_000, 5).institutions);
  }

  @Test
  void padsNumbers() {
    assertEquals("07", County.twoDigits(7));
    assertEquals("007", County.threeDigits(7));
    assertEquals("070", County.threeDigits(70));
    assertEquals("00042", County.fiveDigits(42));
  }
}
