package org.gongwei.indicators.mental;

import static org.gongwei.indicators.chronic.Fixtures.Y2024;
import static org.gongwei.indicators.chronic.Fixtures.d;
import static org.gongwei.indicators.chronic.Fixtures.htn;
import static org.gongwei.indicators.chronic.Fixtures.person;
import static org.gongwei.indicators.chronic.Fixtures.resident;
import static org.gongwei.indicators.mental.SevereMentalDisorderManagementTest.smd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.resident.Resident;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.Subject;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class SevereMentalRegistrationTest {

  private static Subject subject(ReportingPeriod period, Resident resident, BundleRecord... records) {
    return new Subject(
        ResidentView.builder(resident).addAll(List.of(records)).build(),
        EvaluationContext.of(period, Rulebook.national2017()));
  }

  @Test
  void programmeCodes() {
    for (String code : List.of("F20", "F20.0", "F22", "F25", "F31", "F06.8", "G40", "F70", "F79.9")) {
      assertTrue(SevereMentalRegistration.isProgrammeCode(Icd10Code.parse(code)), code);
    }
    for (String code : List.of("F32", "F69", "F80", "F10", "G41")) {
      assertFalse(SevereMentalRegistration.isProgrammeCode(Icd10Code.parse(code)), code);
    }
  }

  @Test
  void noRegistration() {
    SevereMentalRegistration r = SevereMentalRegistration.of(subject(Y2024, resident("R1", "1980-01-01"), htn("G1", "R1", "2020-01-01")));
    assertFalse(r.hasRegistration());
    assertFalse(r.isRegistered());
    assertEquals("no severe mental disorder registration", r.notRegisteredText());
    assertEquals("SevereMentalRegistration[none]", r.toString());
  }

  @Test
  void quartersAreTheUnionOfTheWindows() {
    // G1 2020..2024-02-15 (Q1), G2 from 2024-08-01 (Q3, Q4) -> 3 quarters, registered at the end
    Subject s =
        subject(
            Y2024,
            resident("R1", "1980-01-01"),
            smd("G1", "R1", "F20", "2020-01-01", "2024-02-15"),
            smd("G2", "R1", "F20", "2024-08-01", null));
    SevereMentalRegistration r = SevereMentalRegistration.of(s);
    assertSame(r, SevereMentalRegistration.of(s));
    assertTrue(r.isRegistered());
    assertEquals(2, r.registrations());
    assertEquals(3, r.quartersOverlapped());
    assertEquals("", r.notRegisteredText());
    assertEquals("SevereMentalRegistration[2024: registered, 3 quarters]", r.toString());
  }

  @Test
  void enrolledInMayOverlapsThreeQuarters() {
    SevereMentalRegistration r =
        SevereMentalRegistration.of(subject(Y2024, resident("R1", "1980-01-01"), smd("G1", "R1", null, "2024-05-10", null)));
    assertEquals(3, r.quartersOverlapped());
  }

  @Test
  void excludedCodeIsKept() {
    SevereMentalRegistration r =
        SevereMentalRegistration.of(subject(Y2024, resident("R1", "1980-01-01"), smd("G1", "R1", "F32.1", "2020-01-01", null)));
    assertTrue(r.hasRegistration());
    assertEquals(0, r.registrations());
    assertEquals("G1", r.excludedRegistration().orElseThrow().id());
    assertFalse(r.isRegistered());
  }

  @Test
  void deathInTheMiddleOfAMonthPeriod() {
    // period 2024-03; died 2024-03-31 (the end): not registered; died 2024-04-01: registered
    ReportingPeriod march = ReportingPeriod.ofMonth(2024, 3);
    assertFalse(
        SevereMentalRegistration.of(
                subject(march, person("R1", "1980-01-01").deathDate(d("2024-03-31")).build(), smd("G1", "R1", "F20", "2020-01-01", null)))
            .isRegistered());
    SevereMentalRegistration alive =
        SevereMentalRegistration.of(
            subject(march, person("R2", "1980-01-01").deathDate(d("2024-04-01")).build(), smd("G2", "R2", "F20", "2020-01-01", null)));
    assertTrue(alive.isRegistered());
    assertEquals(1, alive.quartersOverlapped());
  }
}
