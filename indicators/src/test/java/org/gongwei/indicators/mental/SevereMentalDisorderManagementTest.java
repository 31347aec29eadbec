package org.gongwei.indicators.mental;

import static org.gongwei.indicators.chronic.Fixtures.Y2024;
import static org.gongwei.indicators.chronic.Fixtures.d;
import static org.gongwei.indicators.chronic.Fixtures.person;
import static org.gongwei.indicators.chronic.Fixtures.registration;
import static org.gongwei.indicators.chronic.Fixtures.resident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.MentalHealthMedication;
import org.gongwei.core.code.MentalHealthStatus;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.mental.MentalFollowUp;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.chronic.Fixtures.Run;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.engine.PopulationBase;
import org.gongwei.indicators.rulebook.FollowUpRequirement;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class SevereMentalDisorderManagementTest {
  private static final Rulebook NATIONAL = Rulebook.national2017();
  private static final SevereMentalDisorderManagement SMD = new SevereMentalDisorderManagement();
  private static final MentalHealthStatus STABLE = MentalHealthStatus.STABLE;
  private static final MentalHealthStatus BASICALLY_STABLE = MentalHealthStatus.BASICALLY_STABLE;
  private static final MentalHealthStatus NOT_REACHED = MentalHealthStatus.NOT_REACHED;
  private static final MentalHealthMedication REGULAR = MentalHealthMedication.REGULAR;
  private static final MentalHealthMedication INTERMITTENT = MentalHealthMedication.INTERMITTENT;
  private static final MentalHealthMedication NONE = MentalHealthMedication.NONE;

  static Registration smd(String id, String residentId, String icd, String enrolled, String ended) {
    return registration(id, residentId, Condition.SEVERE_MENTAL_DISORDER, icd, enrolled, ended);
  }

  static MentalFollowUp mfu(String id, String residentId, String date, MentalHealthStatus status, MentalHealthMedication medication) {
    MentalFollowUp.Builder b = MentalFollowUp.builder().followUpId(id).residentId(residentId).visitDate(d(date)).status(status);
    if (medication != null) {
      b.medication(medication);
    }
    return b.build();
  }

  @Test
  void measures() {
    assertEquals(
        List.of("SMD-01", "SMD-02", "SMD-03", "SMD-04", "SMD-05", "SMD-06"),
        SMD.measures().stream().map(m -> m.id()).toList());
    assertEquals(PopulationBase.POPULATION, SMD.measures().get(1).populationBase());
  }

  @Test
  void aWorkedExample() {
    // R1 F20 from 2020, four reached follow-ups (one per quarter), latest STABLE REGULAR.
    // R2 F31 from 2020, reached Q1 and Q3, a NOT_REACHED in Q4; latest reached: BASICALLY_STABLE INTERMITTENT.
    // R3 no code, enrolled 2024-05-10 (Q2..Q4 -> 3 required), reached 2024-06-01, 2024-09-01,
    //    2024-12-31, latest STABLE with medication NONE.
    // R4 F25 from 2020, no follow-up at all.
    // R5, R6 residents without a registration (population only).
    // SMD-01: R1 4>=4 yes; R2 2<4 no; R3 3>=3 yes; R4 0<4 no -> 2/4
    // SMD-02: 4 registered / 6 in population
    // SMD-03: R1, R2, R3 -> 3/4
    // SMD-04: R1 REGULAR, R2 INTERMITTENT yes; R3 NONE no; R4 no follow-up -> 2/4
    // SMD-05: R1 only -> 1/4
    // SMD-06: denominator R1, R2, R3 (reached); STABLE: R1, R3 -> 2/3
    Run r =
        Run.of(
            SMD,
            NATIONAL,
            Y2024,
            resident("R1", "1980-01-01"),
            smd("G1", "R1", "F20", "2020-01-01", null),
            mfu("M1", "R1", "2024-01-05", STABLE, REGULAR),
            mfu("M2", "R1", "2024-04-05", STABLE, REGULAR),
            mfu("M3", "R1", "2024-07-05", BASICALLY_STABLE, INTERMITTENT),
            mfu("M4", "R1", "2024-10-05", STABLE, REGULAR),
            resident("R2", "1980-01-01"),
            smd("G2", "R2", "F31.1", "2020-01-01", null),
            mfu("M5", "R2", "2024-01-05", STABLE, REGULAR),
            mfu("M6", "R2", "2024-07-05", BASICALLY_STABLE, INTERMITTENT),
            mfu("M7", "R2", "2024-11-05", NOT_REACHED, null),
            resident("R3", "1980-01-01"),
            smd("G3", "R3", null, "2024-05-10", null),
            mfu("M8", "R3", "2024-06-01", STABLE, REGULAR),
            mfu("M9", "R3", "2024-09-01", STABLE, REGULAR),
            mfu("M10", "R3", "2024-12-31", STABLE, NONE),
            resident("R4", "1980-01-01"),
            smd("G4", "R4", "F25", "2020-01-01", null),
            resident("R5", "1980-01-01"),
            resident("R6", "2024-12-31"));
    assertEquals(new Counts(2, 4), r.total("SMD-01"));
    assertEquals(
        Map.of("R2", "2 reached follow-ups in 2024, 4 required", "R4", "0 reached follow-ups in 2024, 4 required"),
        r.shortfalls("SMD-01"));
    assertEquals(new Counts(4, 6), r.total("SMD-02"));
    assertEquals("no severe mental disorder registration", r.shortfalls("SMD-02").get("R5"));
    assertEquals(new Counts(3, 4), r.total("SMD-03"));
    assertEquals(Map.of("R4", "no reached follow-up in 2024"), r.shortfalls("SMD-03"));
    assertEquals(new Counts(2, 4), r.total("SMD-04"));
    assertEquals(
        Map.of("R3", "latest reached follow-up 2024-12-31: medication NONE", "R4", "no reached follow-up in 2024"),
        r.shortfalls("SMD-04"));
    assertEquals(new Counts(1, 4), r.total("SMD-05"));
    assertEquals("latest reached follow-up 2024-07-05: medication INTERMITTENT", r.shortfalls("SMD-05").get("R2"));
    assertEquals(new Counts(2, 3), r.total("SMD-06"));
    assertEquals(Map.of("R2", "latest reached follow-up 2024-07-05: BASICALLY_STABLE"), r.shortfalls("SMD-06"));
    assertEquals("NOT_IN_DENOMINATOR: no reached follow-up in 2024", r.explain("R4").get("SMD-06"));
  }

  @Test
  void registeredMeansOpenAtThePeriodEnd() {
    // R1 ended 2024-12-31 (on the end): not registered. R2 ended 2025-01-01: registered.
    // R3 died 2024-12-31: not registered. R4 record closed 2024-06-30: not registered.
    // R5 enrolled 2025-01-01: not registered. R6 enrolled 2024-12-31: registered (1 quarter).
    // R7 not permanent, registered: in SMD-01, not in SMD-02.
    Run r =
        Run.of(
            SMD,
            NATIONAL,
            Y2024,
            resident("R1", "1980-01-01"),
            smd("G1", "R1", "F20", "2020-01-01", "2024-12-31"),
            resident("R2", "1980-01-01"),
            smd("G2", "R2", "F20", "2020-01-01", "2025-01-01"),
            person("R3", "1980-01-01").deathDate(d("2024-12-31")).build(),
            smd("G3", "R3", "F20", "2020-01-01", null),
            person("R4", "1980-01-01").recordClosedDate(d("2024-06-30")).build(),
            smd("G4", "R4", "F20", "2020-01-01", null),
            resident("R5", "1980-01-01"),
            smd("G5", "R5", "F20", "2025-01-01", null),
            resident("R6", "1980-01-01"),
            smd("G6", "R6", "F20", "2024-12-31", null),
            mfu("M6", "R6", "2024-12-31", STABLE, REGULAR),
            person("R7", "1980-01-01").permanent(false).build(),
            smd("G7", "R7", "F20", "2020-01-01", null));
    assertEquals(List.of("R2", "R6", "R7"), r.denominatorIds("SMD-01"));
    assertEquals(List.of("R6"), r.numeratorIds("SMD-01"));
    // population at the end: R1, R2, R5, R6 (R3 dead, R4 closed, R7 not permanent); registered R2, R6
    assertEquals(new Counts(2, 4), r.total("SMD-02"));
    assertEquals("no severe mental disorder registration open on 2024-12-31", r.shortfalls("SMD-02").get("R1"));
    assertEquals(
        "NOT_IN_DENOMINATOR: no severe mental disorder registration open on 2024-12-31",
        r.explain("R3").get("SMD-01"));
  }

  @Test
  void onlyTheSixDisordersCount() {
    // F20, F22, F25, F31, F06 (and G40), F70–F79 or no code; F32 depression and F41 are excluded.
    Run r =
        Run.of(
            SMD,
            NATIONAL,
            Y2024,
            resident("A", "1980-01-01"), smd("GA", "A", "F22", "2020-01-01", null),
            resident("B", "1980-01-01"), smd("GB", "B", "F06.2", "2020-01-01", null),
            resident("C", "1980-01-01"), smd("GC", "C", "G40", "2020-01-01", null),
            resident("D", "1980-01-01"), smd("GD", "D", "F79", "2020-01-01", null),
            resident("E", "1980-01-01"), smd("GE", "E", "F70.1", "2020-01-01", null),
            resident("F", "1980-01-01"), smd("GF", "F", "F32", "2020-01-01", null),
            resident("G", "1980-01-01"), smd("GG", "G", "F41", "2020-01-01", null),
            // a hypertension registration is not a mental one
            resident("H", "1980-01-01"), registration("GH", "H", Condition.HYPERTENSION, "F20", "2020-01-01", null));
    assertEquals(List.of("A", "B", "C", "D", "E"), r.denominatorIds("SMD-01"));
    assertEquals(
        "NOT_IN_DENOMINATOR: severe mental disorder registration GF has ICD-10 F32, not one of the six disorders",
        r.explain("F").get("SMD-03"));
    assertEquals("DENOMINATOR_ONLY: severe mental disorder registration GF has ICD-10 F32, not one of the six disorders",
        r.explain("F").get("SMD-02"));
    assertEquals("NOT_IN_DENOMINATOR: not applicable", r.explain("H").get("SMD-01"));
  }

  @Test
  void followUpRequirementKnobAndPeriodBoundaries() {
    // registered all year; reached follow-ups 2023-12-31 (before), 2024-01-01, 2024-12-31, 2025-01-01 (after)
    // -> 2 reached in 2024. PRORATED: 2 < 4. FIXED(2): 2 >= 2.
    List<BundleRecord> records =
        List.of(
            resident("R1", "1980-01-01"),
            smd("G1", "R1", "F20", "2020-01-01", null),
            mfu("M1", "R1", "2023-12-31", STABLE, REGULAR),
            mfu("M2", "R1", "2024-01-01", STABLE, REGULAR),
            mfu("M3", "R1", "2024-12-31", STABLE, REGULAR),
            mfu("M4", "R1", "2025-01-01", STABLE, REGULAR));
    Run prorated = Run.of(SMD, NATIONAL, Y2024, records);
    assertEquals(new Counts(0, 1), prorated.total("SMD-01"));
    assertEquals(Map.of("R1", "2 reached follow-ups in 2024, 4 required"), prorated.shortfalls("SMD-01"));
    assertEquals(
        new Counts(1, 1),
        Run.of(SMD, NATIONAL.withFollowUpRequirement(FollowUpRequirement.fixed(2)), Y2024, records).total("SMD-01"));
    assertEquals(
        new Counts(0, 1),
        Run.of(SMD, NATIONAL.withFollowUpRequirement(FollowUpRequirement.fixed(3)), Y2024, records).total("SMD-01"));
  }

  @Test
  void aQuarterAsPeriod() {
    // 2024-Q4: 1 required. R1 reached 2024-10-01 -> yes. R2 only NOT_REACHED in Q4 and a reached
    // one in Q3 -> 0 < 1, and outside SMD-06.
    Run r =
        Run.of(
            SMD,
            NATIONAL,
            ReportingPeriod.ofQuarter(2024, 4),
            resident("R1", "1980-01-01"),
            smd("G1", "R1", "F20", "2020-01-01", null),
            mfu("M1", "R1", "2024-10-01", STABLE, REGULAR),
            resident("R2", "1980-01-01"),
            smd("G2", "R2", "F20", "2020-01-01", null),
            mfu("M2", "R2", "2024-09-30", STABLE, REGULAR),
            mfu("M3", "R2", "2024-12-01", NOT_REACHED, null));
    assertEquals(new Counts(1, 2), r.total("SMD-01"));
    assertEquals(Map.of("R2", "0 reached follow-ups in 2024-Q4, 1 required"), r.shortfalls("SMD-01"));
    assertEquals(new Counts(1, 1), r.total("SMD-06"));
  }

  @Test
  void missingMedicationIsNotTakingMedication() {
    Run r =
        Run.of(
            SMD,
            NATIONAL,
            Y2024,
            resident("R1", "1980-01-01"),
            smd("G1", "R1", "F20", "2020-01-01", null),
            mfu("M1", "R1", "2024-03-01", STABLE, REGULAR),
            mfu("M2", "R1", "2024-09-01", STABLE, null));
    assertEquals(new Counts(0, 1), r.total("SMD-04"));
    assertEquals(Map.of("R1", "latest reached follow-up 2024-09-01: medication not recorded"), r.shortfalls("SMD-05"));
  }

  @Property(tries = 60)
  void proportionsAndOrderIndependence(@ForAll long seed) {
    Random random = new Random(seed);
    List<BundleRecord> records = new ArrayList<>();
    MentalHealthStatus[] statuses = MentalHealthStatus.values();
    MentalHealthMedication[] medications = MentalHealthMedication.values();
    int id = 0;
    for (int p = 0; p < 12; p++) {
      String rid = "R" + p;
      records.add(person(rid, "1970-01-01").permanent(random.nextInt(5) > 0).build());
      int regs = random.nextInt(3);
      for (int g = 0; g < regs; g++) {
        String ended = random.nextInt(3) == 0 ? "2024-0" + (1 + random.nextInt(9)) + "-01" : null;
        String icd = new String[] {"F20", "F32", null, "F31.2"}[random.nextInt(4)];
        records.add(smd("G" + id++, rid, icd, (2019 + random.nextInt(6)) + "-0" + (1 + random.nextInt(9)) + "-05", ended));
      }
      int visits = random.nextInt(6);
      for (int v = 0; v < visits; v++) {
        records.add(mfu("M" + id++, rid, "2024-0" + (1 + random.nextInt(9)) + "-2" + random.nextInt(8),
            statuses[random.nextInt(statuses.length)], random.nextBoolean() ? medications[random.nextInt(3)] : null));
      }
    }
    Run r = Run.of(SMD, NATIONAL, Y2024, records);
    List<BundleRecord> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, random);
    Run s = Run.of(SMD, NATIONAL, Y2024, shuffled);
    for (String m : List.of("SMD-01", "SMD-02", "SMD-03", "SMD-04", "SMD-05", "SMD-06")) {
      Counts c = r.total(m);
      assertTrue(0 <= c.numerator() && c.numerator() <= c.denominator(), m + " " + c);
      assertEquals(c, s.total(m), m);
    }
    assertEquals(r.total("SMD-03").numerator(), r.total("SMD-06").denominator());
    assertTrue(r.total("SMD-05").numerator() <= r.total("SMD-04").numerator());
  }
}
