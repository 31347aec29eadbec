package org.gongwei.indicators.education;

import static org.gongwei.core.code.EducationKind.AUDIO_VIDEO;
import static org.gongwei.core.code.EducationKind.BULLETIN_UPDATE;
import static org.gongwei.core.code.EducationKind.CONSULTATION;
import static org.gongwei.core.code.EducationKind.LECTURE;
import static org.gongwei.core.code.EducationKind.PRINTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.code.PrimaryCareTier;
import org.gongwei.core.period.ReportingPeriod;
import org.junit.jupiter.api.Test;

class EducationChecklistTest {
  private static final ReportingPeriod Y2024 = ReportingPeriod.ofYear(2024);
  private static final LocalDate JAN = LocalDate.of(2024, 1, 1);

  @Test
  void annualRequirementsByTier() {
    assertEquals(OptionalInt.of(12), EducationChecklist.annualRequirement(PRINTED, PrimaryCareTier.CENTRE));
    assertEquals(OptionalInt.of(6), EducationChecklist.annualRequirement(AUDIO_VIDEO, PrimaryCareTier.CENTRE));
    assertEquals(OptionalInt.of(6), EducationChecklist.annualRequirement(BULLETIN_UPDATE, PrimaryCareTier.CENTRE));
    assertEquals(OptionalInt.of(12), EducationChecklist.annualRequirement(LECTURE, PrimaryCareTier.CENTRE));
    assertEquals(OptionalInt.of(9), EducationChecklist.annualRequirement(CONSULTATION, PrimaryCareTier.CENTRE));
    assertEquals(OptionalInt.of(12), EducationChecklist.annualRequirement(PRINTED, PrimaryCareTier.STATION));
    assertEquals(OptionalInt.empty(), EducationChecklist.annualRequirement(AUDIO_VIDEO, PrimaryCareTier.STATION));
    assertEquals(OptionalInt.of(6), EducationChecklist.annualRequirement(BULLETIN_UPDATE, PrimaryCareTier.STATION));
    assertEquals(OptionalInt.of(6), EducationChecklist.annualRequirement(LECTURE, PrimaryCareTier.STATION));
    assertEquals(OptionalInt.empty(), EducationChecklist.annualRequirement(CONSULTATION, PrimaryCareTier.STATION));
    assertEquals(OptionalInt.empty(), EducationChecklist.annualRequirement(PRINTED, PrimaryCareTier.NONE));
  }

  @Test
  void wholeYearsGiveExactlyTheAnnualNumbers() {
    for (int annual : new int[] {6, 9, 12}) {
      assertEquals(annual, EducationChecklist.requirement(annual, ReportingPeriod.ofYear(2024))); // 366 days
      assertEquals(annual, EducationChecklist.requirement(annual, ReportingPeriod.ofYear(2023)));
      assertEquals(annual, EducationChecklist.requirement(annual, ReportingPeriod.ofMchYear(2024))); // 366 days
      // 2024-01-15 .. 2025-01-14: 366 days, a year from 2024-01-15 has 366 days
      assertEquals(annual, EducationChecklist.requirement(annual, ReportingPeriod.of(LocalDate.of(2024, 1, 15), LocalDate.of(2025, 1, 14))));
    }
  }

  @Test
  void quartersAndMonthsArePartsOfTwelveRoundedUp() {
    // quarter: ceil(12 × 3 / 12) = 3, ceil(6 × 3 / 12) = ceil(1.5) = 2, ceil(9 × 3 / 12) = ceil(2.25) = 3
    for (int q = 1; q <= 4; q++) {
      ReportingPeriod quarter = ReportingPeriod.ofQuarter(2024, q);
      assertEquals(3, EducationChecklist.requirement(12, quarter));
      assertEquals(2, EducationChecklist.requirement(6, quarter));
      assertEquals(3, EducationChecklist.requirement(9, quarter));
    }
    // month: ceil(12/12) = 1, ceil(6/12) = 1, ceil(9/12) = 1
    ReportingPeriod february = ReportingPeriod.ofMonth(2024, 2);
    assertEquals(1, EducationChecklist.requirement(12, february));
    assertEquals(1, EducationChecklist.requirement(6, february));
    assertEquals(1, EducationChecklist.requirement(9, february));
    // two calendar years: 24
    assertEquals(24, EducationChecklist.requirement(12, ReportingPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31))));
    assertEquals(0, EducationChecklist.requirement(0, Y2024));
  }

  @Test
  void otherRangesByDays() {
    // 2024-01-15 .. 2024-03-31 = 77 days; 2024-01-15 .. 2025-01-15 = 366 days
    ReportingPeriod range = ReportingPeriod.of(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 3, 31));
    assertEquals(3, EducationChecklist.requirement(12, range)); // 12 × 77 / 366 = 2.52
    assertEquals(2, EducationChecklist.requirement(6, range)); // 6 × 77 / 366 = 1.26
    // a single day: ceil(12 / 365) = 1 (2023-06-15 .. 2024-06-15 is 366 days: still 1)
    assertEquals(1, EducationChecklist.requirement(12, ReportingPeriod.of(LocalDate.of(2023, 6, 15), LocalDate.of(2023, 6, 15))));
    assertThrows(IllegalArgumentException.class, () -> EducationChecklist.requirement(-1, range));
  }

  @Test
  void materialCountsDistinctTitlesAndUntitledItemsByThemselves() {
    EducationFixture f = new EducationFixture();
    f.activity("C1", PRINTED, JAN, "高血压防治")
        .activity("C1", PRINTED, JAN.plusDays(1), "高血压防治") // same title: not a new kind
        .activity("C1", PRINTED, JAN.plusDays(2), " 高血压防治 ") // same after stripping
        .activity("C1", PRINTED, JAN.plusDays(3), "糖尿病防治")
        .activity("C1", PRINTED, JAN.plusDays(4), null) // untitled: a title of its own
        .activity("C1", PRINTED, JAN.plusDays(5), null) // another untitled item
        .activity("C1", PRINTED, JAN.plusDays(6), "  ") // blank: untitled
        .activity("C1", PRINTED, LocalDate.of(2023, 12, 31), "before the period")
        .activity("C2", PRINTED, JAN, "another institution")
        .activity("C1", LECTURE, JAN, "讲座")
        .activity("C1", LECTURE, JAN.plusDays(7), "讲座"); // lectures count records, not titles
    EducationChecklist c =
        EducationChecklist.of(EducationFixture.institution("C1", InstitutionType.TOWNSHIP_HEALTH_CENTER), f.activities(), Y2024);
    // printed: 高血压防治, 糖尿病防治 + 3 untitled = 5
    assertEquals(new EducationChecklist.Item(PRINTED, 12, 5), c.item(PRINTED).orElseThrow());
    assertEquals(new EducationChecklist.Item(LECTURE, 12, 2), c.item(LECTURE).orElseThrow());
    assertEquals(new EducationChecklist.Item(AUDIO_VIDEO, 6, 0), c.item(AUDIO_VIDEO).orElseThrow());
    assertEquals(5, c.items().size());
    assertFalse(c.isMet());
    assertEquals(
        "printed material titles 5 of 12, audio-video titles 0 of 6, bulletin updates 0 of 6, lectures 2 of 12, consultations 0 of 9",
        c.shortfallText());
    assertEquals(5, c.shortfalls().size());
  }

  @Test
  void stationHasThreeItems() {
    EducationFixture f = new EducationFixture();
    f.activities("V1", PRINTED, 12, JAN).activities("V1", BULLETIN_UPDATE, 6, JAN).activities("V1", LECTURE, 6, JAN)
        .activities("V1", AUDIO_VIDEO, 1, JAN); // does not apply
    EducationChecklist c = EducationChecklist.of(EducationFixture.institution("V1", InstitutionType.VILLAGE_CLINIC), f.activities(), Y2024);
    assertEquals(List.of(PRINTED, BULLETIN_UPDATE, LECTURE), c.items().stream().map(EducationChecklist.Item::kind).toList());
    assertEquals(Optional.empty(), c.item(AUDIO_VIDEO));
    assertTrue(c.isMet());
    assertEquals("", c.shortfallText());
    assertEquals("V1 STATION 2024: met", c.toString());
  }

  @Test
  void quarterChecklistIsProRated() {
    EducationFixture f = new EducationFixture();
    // Q1 2024 station: printed 3, bulletin 2, lectures ceil(6 × 3 / 12) = 2
    f.activities("S1", PRINTED, 3, JAN).activities("S1", BULLETIN_UPDATE, 2, JAN).activities("S1", LECTURE, 1, JAN)
        .activities("S1", LECTURE, 1, LocalDate.of(2024, 4, 1)); // Q2: outside
    EducationChecklist c =
        EducationChecklist.of(EducationFixture.institution("S1", InstitutionType.COMMUNITY_HEALTH_STATION), f.activities(),
            ReportingPeriod.ofQuarter(2024, 1));
    assertEquals("S1 STATION 2024-Q1: lectures 1 of 2", c.toString());
  }

  @Test
  void allOfKeepsPrimaryCareInstitutionsOnceInOrder() {
    var list = List.of(
        EducationFixture.institution("V1", InstitutionType.VILLAGE_CLINIC),
        EducationFixture.institution("H1", InstitutionType.HOSPITAL),
        EducationFixture.institution("C1", InstitutionType.COMMUNITY_HEALTH_CENTER),
        EducationFixture.institution("V1", InstitutionType.VILLAGE_CLINIC),
        EducationFixture.institution("O1", InstitutionType.OTHER));
    List<EducationChecklist> all = EducationChecklist.allOf(list, List.of(), Y2024);
    assertEquals(List.of("V1", "C1"), all.stream().map(EducationChecklist::institutionCode).toList());
    assertEquals(PrimaryCareTier.CENTRE, all.get(1).tier());
  }

  @Test
  void refusesHospitalsAndBadValues() {
    var hospital = EducationFixture.institution("H1", InstitutionType.HOSPITAL);
    assertThrows(IllegalArgumentException.class, () -> EducationChecklist.of(hospital, List.of(), Y2024));
    assertThrows(IllegalArgumentException.class, () -> new EducationChecklist("H1", PrimaryCareTier.NONE, Y2024, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new EducationChecklist.Item(LECTURE, -1, 0));
    assertThrows(NullPointerException.class, () -> EducationChecklist.of(null, List.of(), Y2024));
    assertEquals("lectures 7 of 12", new EducationChecklist.Item(LECTURE, 12, 7).toString());
  }
}
