package org.gongwei.examples.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CensusTest {
  @Test
  void drawsTheCensusShape() {
    SplittableRandom r = new SplittableRandom(1);
    int n = 100_000;
    int elderly = 0;
    int males = 0;
    double deaths = 0;
    double births = 0;
    for (int i = 0; i < n; i++) {
      int age = Census.age(r);
      assertTrue(age >= 1 && age <= 104);
      boolean male = Census.isMale(r, age);
      elderly += age >= 65 ? 1 : 0;
      males += male ? 1 : 0;
      deaths += Census.deathProbability(age);
      births += male ? 0 : Census.birthProbability(age);
    }
    assertEquals(0.135, elderly / (double) n, 0.01);
    assertEquals(105, 100.0 * males / (n - males), 2.5);
    assertEquals(7, deaths * 1000 / n, 1.5);
    assertEquals(7, births * 1000 / n, 1.5);
  }

  @Test
  void nobodyGivesBirthOutsideFifteenToFortyNine() {
    assertEquals(0, Census.birthProbability(14));
    assertEquals(0, Census.birthProbability(50));
    assertTrue(Census.birthProbability(27) > Census.birthProbability(40));
    assertTrue(Census.deathProbability(90) > Census.deathProbability(40));
    assertTrue(Census.deathProbability(120) <= 0.5);
  }
}
