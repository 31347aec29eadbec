package org.gongwei.indicators.colour;

import static org.gongwei.indicators.colour.ColourFixture.CLINIC_A;
import static org.gongwei.indicators.colour.ColourFixture.CLINIC_B;
import static org.gongwei.indicators.colour.ColourFixture.NATIONAL_2024;
import static org.gongwei.indicators.colour.ColourFixture.bp;
import static org.gongwei.indicators.colour.ColourFixture.d;
import static org.gongwei.indicators.colour.ColourFixture.dm;
import static org.gongwei.indicators.colour.ColourFixture.fpg;
import static org.gongwei.indicators.colour.ColourFixture.htn;
import static org.gongwei.indicators.colour.ColourFixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.Condition;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.id.Icd10Code;
import org.junit.jupiter.api.Test;

class ColourCensusTest {
  private static final Condition HTN = Condition.HYPERTENSION;
  private static final Condition DM = Condition.TYPE2_DIABETES;

  /**
   * 2024:
   *
   * <pre>
   * R1 clinic A, doctor D1: HTN 130/80                                 -> green
   * R2 clinic A, no doctor: HTN 130/80 with referral, doctor D2 at it  -> red
   *                         DM 8.0 (≥ 7.0), doctor D2 at it           -> yellow
   * R3 clinic B, no doctor: HTN 145/85, no doctor at the follow-up     -> yellow, doctor "unknown"
   * R4 clinic B, doctor D1: HTN, no follow-up                          -> yellow (no reading)
   * R5 no registration; R6 registration ended in 2023                  -> not graded
   * </pre>
   */
  private static List<BundleRecord> records() {
    Registration ended =
        Registration.builder().registrationId("G6").residentId("R6").condition(HTN).icd10(Icd10Code.parse("I10"))
            .enrolledDate(d("2019-01-01")).endedDate(d("2023-06-30")).build();
    return new ArrayList<>(
        List.of(
            person("R1", "1960-01-01").doctorId("D1").build(),
            htn("G1", "R1"),
            bp("F1", "R1", "2024-05-01", 130, 80).doctorId("D9").build(),
            person("R2", "1960-01-01").build(),
            htn("G2", "R2"),
            dm("G3", "R2"),
            bp("F2", "R2", "2024-06-01", 130, 80).referral(true).doctorId("D2").build(),
            fpg("F3", "R2", "2024-06-01", 8.0).doctorId("D2").build(),
            person("R3", "1960-01-01").institutionCode(CLINIC_B).build(),
            htn("G4", "R3"),
            bp("F4", "R3", "2024-07-01", 145, 85).build(),
            person("R4", "1960-01-01").institutionCode(CLINIC_B).doctorId("D1").build(),
            htn("G5", "R4"),
            person("R5", "1960-01-01").build(),
            person("R6", "1960-01-01").build(),
            ended));
  }

  private static ColourCensus census(List<BundleRecord> records) {
    return ColourCensus.of(Dataset.of(records), NATIONAL_2024, ColourRules.defaults());
  }

  private static List<String> ids(List<ColouredPatient> patients) {
    return patients.stream().map(ColouredPatient::residentId).toList();
  }

  @Test
  void countsByCondition() {
    ColourCensus c = census(records());
    // HTN: green R1; yellow R3, R4; red R2
    assertEquals(new ColourCounts(1, 2, 1), c.counts(HTN));
    // DM: yellow R2
    assertEquals(new ColourCounts(0, 1, 0), c.counts(DM));
    assertEquals(List.of("R1", "R2", "R3", "R4", "R2"), ids(c.patients()));
    assertEquals("ColourCensus[2024, HYPERTENSION green 1, yellow 2, red 1 (4), TYPE2_DIABETES green 0, yellow 1, red 0 (1)]", c.toString());
  }

  @Test
  void countsByInstitution() {
    ColourCensus c = census(records());
    // clinic A: R1 green, R2 red; clinic B: R3 and R4 yellow
    assertEquals(
        Map.of(CLINIC_A, new ColourCounts(1, 0, 1), CLINIC_B, new ColourCounts(0, 2, 0)), c.byInstitution(HTN));
    assertEquals(List.of(CLINIC_A, CLINIC_B), new ArrayList<>(c.byInstitution(HTN).keySet()));
    assertEquals(Map.of(CLINIC_A, new ColourCounts(0, 1, 0)), c.byInstitution(DM));
  }

  @Test
  void countsByDoctor() {
    ColourCensus c = census(records());
    // D1: R1 green (own doctor D1 beats D9 of the follow-up) and R4 yellow; D2: R2 red (doctor of
    // the latest follow-up); unknown: R3 yellow
    assertEquals(
        Map.of("D1", new ColourCounts(1, 1, 0), "D2", new ColourCounts(0, 0, 1), ColourCensus.UNKNOWN_DOCTOR, new ColourCounts(0, 1, 0)),
        c.byDoctor(HTN));
    assertEquals(Map.of("D2", new ColourCounts(0, 1, 0)), c.byDoctor(DM));
  }

  @Test
  void drillDown() {
    ColourCensus c = census(records());
    assertEquals(List.of("R3", "R4"), ids(c.patients(HTN, Colour.YELLOW)));
    assertEquals(List.of("R2"), ids(c.patients(HTN, Colour.RED)));
    assertEquals(List.of(), ids(c.patients(DM, Colour.GREEN)));
    ColouredPatient r2 = c.patient("R2", HTN).orElseThrow();
    assertEquals("R2 HYPERTENSION RED (430321101, D2): referral on 2024-06-01", r2.toString());
    assertEquals(Colour.YELLOW, c.patient("R2", DM).orElseThrow().colour());
    assertEquals(Optional.empty(), c.patient("R5", HTN));
    assertEquals(Optional.empty(), c.patient("R6", HTN));
    assertEquals(Optional.empty(), c.patient("R1", DM));
  }

  @Test
  void groupsAddUpToTheTotalWhateverTheOrder() {
    List<BundleRecord> records = records();
    ColourCensus first = census(records);
    Collections.shuffle(records, new Random(7));
    ColourCensus shuffled = census(records);
    assertEquals(first.patients(), shuffled.patients());
    for (Condition condition : List.of(HTN, DM)) {
      ColourCounts byInstitution = first.byInstitution(condition).values().stream().reduce(ColourCounts.ZERO, ColourCounts::plus);
      ColourCounts byDoctor = first.byDoctor(condition).values().stream().reduce(ColourCounts.ZERO, ColourCounts::plus);
      assertEquals(first.counts(condition), byInstitution);
      assertEquals(first.counts(condition), byDoctor);
    }
  }

  @Test
  void tableListsEveryInstitutionAndTheTotal() {
    String table = census(records()).toTable();
    assertTrue(table.contains("430321102"), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("高血压") && l.contains("all") && l.endsWith("4")), table);
  }

  @Test
  void emptyDataset() {
    ColourCensus c = ColourCensus.of(Dataset.empty(), NATIONAL_2024, ColourRules.defaults());
    assertEquals(ColourCounts.ZERO, c.counts(HTN));
    assertEquals(Map.of(), c.byDoctor(HTN));
  }
}
