package org.gongwei.indicators.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AgeBandsTest {

  @Test
  void defaults() {
    AgeBands d = AgeBands.defaults();
    assertEquals("0-6, 7-17, 18-34, 35-64, 65+", d.toString());
    assertEquals("0-6", d.bandOf(0).label());
    assertEquals("0-6", d.bandOf(6).label());
    assertEquals("7-17", d.bandOf(7).label());
    assertEquals("7-17", d.bandOf(17).label());
    assertEquals("18-34", d.bandOf(18).label());
    assertEquals("35-64", d.bandOf(35).label());
    assertEquals("35-64", d.bandOf(64).label());
    assertEquals("65+", d.bandOf(65).label());
    assertEquals("65+", d.bandOf(110).label());
    assertThrows(IllegalArgumentException.class, () -> d.bandOf(-1));
  }

  @Property
  void everyAgeIsInExactlyOneBand(@ForAll @IntRange(min = 0, max = 150) int years) {
    AgeBands d = AgeBands.defaults();
    assertEquals(1, d.bands().stream().filter(b -> b.contains(years)).count());
    assertTrue(d.bandOf(years).contains(years));
  }

  @Test
  void singleOpenBand() {
    AgeBands all = AgeBands.of(AgeBand.andOver(0, "all"));
    assertEquals("all", all.bandOf(40).label());
  }

  @Test
  void mustStartAtZero() {
    assertThrows(IllegalArgumentException.class, () -> AgeBands.of(AgeBand.of(1, 6), AgeBand.andOver(7)));
  }

  @Test
  void mustBeContiguous() {
    assertThrows(
        IllegalArgumentException.class, () -> AgeBands.of(AgeBand.of(0, 6), AgeBand.andOver(8)));
    assertThrows(
        IllegalArgumentException.class, () -> AgeBands.of(AgeBand.of(0, 6), AgeBand.andOver(6)));
  }

  @Test
  void mustEndOpenAndOnlyThere() {
    assertThrows(IllegalArgumentException.class, () -> AgeBands.of(AgeBand.of(0, 6), AgeBand.of(7, 99)));
    assertThrows(
        IllegalArgumentException.class,
        () -> AgeBands.of(AgeBand.andOver(0), AgeBand.andOver(7)));
  }

  @Test
  void labelsAreDistinctAndListIsNotEmpty() {
    assertThrows(
        IllegalArgumentException.class,
        () -> AgeBands.of(AgeBand.of(0, 6, "x"), AgeBand.andOver(7, "x")));
    assertThrows(IllegalArgumentException.class, () -> new AgeBands(List.of()));
  }
}
