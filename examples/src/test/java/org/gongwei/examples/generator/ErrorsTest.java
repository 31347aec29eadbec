package org.gongwei.examples.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.id.IdCardNumber;
import org.gongwei.core.immunization.NipSchedule;
import org.gongwei.core.immunization.Vaccination;
import org.gongwei.core.resident.Resident;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ErrorsTest {
  private static Dataset clean;
  private static Dataset faulty;

  @BeforeAll
  static void generate() {
    SyntheticCounty.Builder b = SyntheticCounty.builder().residents(20_000).seed(5).year(2024);
    clean = b.errors(Errors.NONE).build().toDataset();
    faulty = b.errors(Errors.SOME).build().toDataset();
  }

  /** The number of faults of each kind found in a dataset. */
  private static Map<String, Integer> faults(Dataset d) {
    Map<String, Integer> found = new HashMap<>();
    Set<String> residentIds = new HashSet<>();
    for (Resident r : d.residents()) {
      if (!residentIds.add(r.residentId())) {
        found.merge("duplicate resident", 1, Integer::sum);
      }
      if (r.idNumber().isPresent() && !IdCardNumber.isValid(r.idNumber().get())) {
        found.merge("wrong check character", 1, Integer::sum);
      }
    }
    for (FollowUp f : d.followUps()) {
      if (f.sbp().orElse(0) == 320 && f.dbp().orElse(0) == 50) {
        found.merge("blood pressure 320/50", 1, Integer::sum);
      }
      if (f.fastingGlucose().orElse(0) > 35) {
        found.merge("glucose in mg/dL", 1, Integer::sum);
      }
      Resident r = d.resident(f.residentId()).orElse(null);
      if (r != null && r.deathDate().isPresent() && f.visitDate().isAfter(r.deathDate().get())) {
        found.merge("follow-up after death", 1, Integer::sum);
      }
    }
    NipSchedule schedule = NipSchedule.national2021();
    for (Vaccination v : d.vaccinations()) {
      Resident r = d.resident(v.residentId()).orElse(null);
      if (r != null
          && v.vaccinationDate()
              .isBefore(
                  schedule
                      .dose(v.vaccine(), v.dose())
                      .orElseThrow()
                      .scheduledDate(r.birthDate()))) {
        found.merge("dose before minimum age", 1, Integer::sum);
      }
    }
    long anonymous = d.surveys().stream().filter(s -> s.residentId().isEmpty()).count();
    if (d.unattachedRecords() > anonymous) {
      found.put("unknown resident", (int) (d.unattachedRecords() - anonymous));
    }
    for (RecordType type :
        List.of(RecordType.FOLLOW_UP, RecordType.CHECKUP, RecordType.VACCINATION)) {
      Set<String> ids = new HashSet<>();
      for (BundleRecord record : d.records(type)) {
        if (!ids.add(record.id())) {
          found.merge("duplicate record id", 1, Integer::sum);
        }
      }
    }
    return found;
  }

  @Test
  void noneHasNoFaults() {
    assertEquals(Map.of(), faults(clean));
  }

  @Test
  void somePlantsEveryKindOfFault() {
    Map<String, Integer> found = faults(faulty);
    for (String kind :
        List.of(
            "duplicate resident",
            "wrong check character",
            "blood pressure 320/50",
            "glucose in mg/dL",
            "follow-up after death",
            "dose before minimum age",
            "unknown resident",
            "duplicate record id")) {
      assertTrue(found.getOrDefault(kind, 0) > 0, () -> kind + " missing from " + found);
    }
    int total = found.values().stream().mapToInt(Integer::intValue).sum();
    assertTrue(total < faulty.residents().size() / 50, () -> "too many faults: " + found);
  }

  @Test
  void faultsChangeNothingElse() {
    for (RecordType type :
        List.of(
            RecordType.INSTITUTION,
            RecordType.REGISTRATION,
            RecordType.PREGNANCY,
            RecordType.MATERNAL_VISIT,
            RecordType.CHILD_VISIT,
            RecordType.TCM_SERVICE,
            RecordType.CONTRACT,
            RecordType.SATISFACTION_SURVEY,
            RecordType.MENTAL_FOLLOW_UP,
            RecordType.TB_COURSE,
            RecordType.INFECTIOUS_CASE,
            RecordType.EDUCATION,
            RecordType.POPULATION)) {
      List<? extends BundleRecord> expected = clean.records(type);
      List<? extends BundleRecord> actual = faulty.records(type);
      assertEquals(expected.size(), actual.size(), type::toString);
      for (int i = 0; i < expected.size(); i++) {
        assertEquals(expected.get(i), actual.get(i), type + " " + i);
      }
    }
    assertEquals(
        clean.residents().stream().map(Resident::residentId).distinct().toList(),
        faulty.residents().stream().map(Resident::residentId).distinct().toList());
  }
}
