package org.gongwei.examples.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.contract.Contract;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.id.HealthRecordNumber;
import org.gongwei.core.id.IdCardNumber;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.id.SocialCreditCode;
import org.gongwei.core.id.Strictness;
import org.gongwei.core.immunization.NipSchedule;
import org.gongwei.core.immunization.Vaccination;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.maternal.MaternalVisit;
import org.gongwei.core.maternal.Pregnancy;
import org.gongwei.core.period.Age;
import org.gongwei.core.population.PopulationEstimate;
import org.gongwei.core.resident.Resident;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticCountyTest {
  private static final int YEAR = 2024;
  private static final LocalDate END = LocalDate.of(YEAR, 12, 31);
  private static Dataset county;

  @BeforeAll
  static void generate() {
    county = SyntheticCounty.builder().residents(20_000).seed(42).year(YEAR).build().toDataset();
  }

  private static List<BundleRecord> records(long seed, int residents) {
    List<BundleRecord> list = new ArrayList<>();
    SyntheticCounty.builder()
        .residents(residents)
        .seed(seed)
        .year(YEAR)
        .build()
        .generate(list::add);
    return list;
  }

  @Test
  void sameSeedGivesTheSameRecords() {
    List<BundleRecord> a = records(7, 3_000);
    assertEquals(a, records(7, 3_000));
    assertNotEquals(a, records(8, 3_000));
  }

  @Test
  void outputDoesNotDependOnThreads() {
    List<BundleRecord> alone = records(11, 2_000);
    CompletableFuture<List<BundleRecord>> one =
        CompletableFuture.supplyAsync(() -> records(11, 2_000));
    CompletableFuture<List<BundleRecord>> two =
        CompletableFuture.supplyAsync(() -> records(11, 2_000));
    assertEquals(alone, one.join());
    assertEquals(alone, two.join());
  }

  @Test
  void recordIdsAreUniqueWithinTheirType() {
    for (RecordType type : RecordType.values()) {
      Set<String> ids = new HashSet<>();
      for (BundleRecord r : county.records(type)) {
        assertTrue(ids.add(r.id()), () -> type + " id repeated: " + r.id());
      }
    }
  }

  @Test
  void residentIdsAreHealthRecordNumbersOfTheirVillage() {
    for (Resident r : county.residents()) {
      HealthRecordNumber number = HealthRecordNumber.parse(r.residentId(), Strictness.STRICT);
      assertEquals(r.regionCode(), number.region().orElseThrow());
      assertEquals(r.regionCode().code(), r.institutionCode());
    }
  }

  @Test
  void idNumbersAreValidUniqueAndMatchBirthDateAndSex() {
    Set<String> seen = new HashSet<>();
    int withNumber = 0;
    for (Resident r : county.residents()) {
      if (r.idNumber().isEmpty()) {
        continue;
      }
      withNumber++;
      IdCardNumber id = IdCardNumber.parse(r.idNumber().get());
      assertEquals(r.idNumber().get(), id.value());
      assertEquals(r.birthDate(), id.birthDate(), r::toString);
      assertEquals(r.sex(), id.sex(), r::toString);
      assertTrue(seen.add(id.value()), "ID number repeated");
      if (r.householdRegistered()) {
        assertEquals("430321", id.addressCode());
      }
    }
    assertTrue(withNumber > county.residents().size() * 0.95);
  }

  @Test
  void everyReferenceIsKnown() {
    Map<String, Institution> institutions = county.institutionsByCode();
    Set<String> residents = new HashSet<>();
    county.residents().forEach(r -> residents.add(r.residentId()));
    Predicate<String> institution = institutions::containsKey;
    for (Institution i : county.institutions()) {
      i.parentCode().ifPresent(p -> assertTrue(institution.test(p), i::toString));
    }
    for (Resident r : county.residents()) {
      assertTrue(institution.test(r.institutionCode()));
    }
    long anonymousSurveys = county.surveys().stream().filter(s -> s.residentId().isEmpty()).count();
    assertEquals(anonymousSurveys, county.unattachedRecords());
    for (Pregnancy p : county.pregnancies()) {
      assertTrue(residents.contains(p.residentId()));
    }
    for (MaternalVisit v : county.maternalVisits()) {
      assertTrue(county.pregnancy(v.pregnancyId()).isPresent());
    }
    county
        .registrations()
        .forEach(g -> assertTrue(g.institutionCode().map(institution::test).orElse(true)));
    county
        .followUps()
        .forEach(f -> assertTrue(f.institutionCode().map(institution::test).orElse(true)));
    county
        .checkups()
        .forEach(c -> assertTrue(c.institutionCode().map(institution::test).orElse(true)));
    county
        .vaccinations()
        .forEach(v -> assertTrue(v.institutionCode().map(institution::test).orElse(true)));
    county
        .contracts()
        .forEach(c -> assertTrue(c.institutionCode().map(institution::test).orElse(true)));
    county.infectiousCases().forEach(c -> assertTrue(institution.test(c.institutionCode())));
    county.emergencyEvents().forEach(e -> assertTrue(institution.test(e.institutionCode())));
    county.supervisionRecords().forEach(s -> assertTrue(institution.test(s.institutionCode())));
    county.educationActivities().forEach(a -> assertTrue(institution.test(a.institutionCode())));
  }

  @Test
  void institutionsFormATreeWithValidCodes() {
    List<Institution> all = county.institutions();
    Institution hospital = all.get(0);
    assertEquals(InstitutionType.HOSPITAL, hospital.type());
    assertTrue(hospital.parentCode().isEmpty());
    int centres = 0;
    for (Institution i : all.subList(1, all.size())) {
      Institution parent = county.institution(i.parentCode().orElseThrow()).orElseThrow();
      assertTrue(parent.regionCode().contains(i.regionCode()), i::toString);
      switch (i.type()) {
        case TOWNSHIP_HEALTH_CENTER, COMMUNITY_HEALTH_CENTER -> {
          centres++;
          assertEquals(hospital, parent);
          assertEquals(9, i.regionCode().significant().length());
          assertTrue(SocialCreditCode.isValid(i.uscc().orElseThrow()), i::toString);
        }
        case VILLAGE_CLINIC, COMMUNITY_HEALTH_STATION ->
            assertEquals(12, i.regionCode().significant().length());
        default -> throw new AssertionError(i.toString());
      }
    }
    assertTrue(SocialCreditCode.isValid(hospital.uscc().orElseThrow()));
    assertEquals(2, centres); // one per 20,000 residents, at least 2
  }

  @Test
  void sharesArePlausible() {
    List<Resident> residents = county.residents();
    int n = residents.size();
    double permanent = residents.stream().filter(Resident::permanent).count() / (double) n;
    assertBetween(0.80, 0.90, permanent, "permanent share");
    double births =
        residents.stream().filter(r -> r.birthDate().getYear() == YEAR).count() * 1000.0 / n;
    assertBetween(4, 10, births, "births per 1,000");
    List<Resident> population = residents.stream().filter(r -> r.isInPopulationOn(END)).toList();
    double coverage =
        population.stream().filter(r -> r.hasRecordOn(END)).count() / (double) population.size();
    assertBetween(0.85, 0.95, coverage, "record coverage");
    double deaths = residents.stream().filter(r -> r.deathDate().isPresent()).count() / (double) n;
    assertBetween(0.004, 0.010, deaths, "deaths");
    double elderly =
        population.stream().filter(r -> Age.yearsAt(r.birthDate(), END) >= 65).count()
            / (double) population.size();
    assertBetween(0.11, 0.18, elderly, "share 65+");
    long males = residents.stream().filter(r -> r.sex() == org.gongwei.core.code.Sex.MALE).count();
    assertBetween(100, 110, 100.0 * males / (n - males), "sex ratio");

    Set<String> permanent35 = new HashSet<>();
    residents.stream()
        .filter(r -> r.permanent() && Age.yearsAt(r.birthDate(), END) >= 35)
        .forEach(r -> permanent35.add(r.residentId()));
    assertBetween(
        0.12, 0.26, share(Condition.HYPERTENSION, permanent35), "hypertension registrations");
    assertBetween(
        0.04, 0.12, share(Condition.TYPE2_DIABETES, permanent35), "diabetes registrations");
    double mental =
        county.registrations().stream()
                .filter(g -> g.condition() == Condition.SEVERE_MENTAL_DISORDER)
                .count()
            * 1000.0
            / n;
    assertBetween(3, 6, mental, "severe mental disorders per 1,000");

    Set<String> signed = new HashSet<>();
    county.contracts().stream()
        .filter(c -> c.isSignedOn(END))
        .map(Contract::residentId)
        .forEach(signed::add);
    double contracted =
        population.stream().filter(r -> signed.contains(r.residentId())).count()
            / (double) population.size();
    assertBetween(0.33, 0.48, contracted, "contract coverage");

    double perResident = county.size() / (double) n;
    assertBetween(3, 8, perResident, "records per resident");
  }

  private static double share(Condition condition, Set<String> among) {
    Set<String> registered = new HashSet<>();
    for (Registration g : county.registrations()) {
      if (g.condition() == condition && among.contains(g.residentId())) {
        registered.add(g.residentId());
      }
    }
    return registered.size() / (double) among.size();
  }

  private static void assertBetween(double low, double high, double value, String what) {
    assertTrue(
        value >= low && value <= high, what + " " + value + " not in [" + low + ", " + high + "]");
  }

  @Test
  void twinsAreBornInALargerCounty() {
    long twins =
        records(3, 50_000).stream()
            .filter(r -> r instanceof Pregnancy p && p.liveBirths().orElse(0) == 2)
            .count();
    assertTrue(twins >= 1);
  }

  @Test
  void servicesFallBetweenBirthAndExitAndNotAfterTheYear() {
    NipSchedule schedule = NipSchedule.national2021();
    for (FollowUp f : county.followUps()) {
      assertWithinLife(f.residentId(), f.visitDate(), f);
    }
    for (Checkup c : county.checkups()) {
      assertWithinLife(c.residentId(), c.checkupDate(), c);
    }
    county.childVisits().forEach(v -> assertWithinLife(v.residentId(), v.visitDate(), v));
    county.tcmServices().forEach(s -> assertWithinLife(s.residentId(), s.serviceDate(), s));
    county.mentalFollowUps().forEach(m -> assertWithinLife(m.residentId(), m.visitDate(), m));
    for (Vaccination v : county.vaccinations()) {
      Resident r = county.resident(v.residentId()).orElseThrow();
      assertWithinLife(v.residentId(), v.vaccinationDate(), v);
      LocalDate minimum =
          schedule.dose(v.vaccine(), v.dose()).orElseThrow().scheduledDate(r.birthDate());
      assertFalse(v.vaccinationDate().isBefore(minimum), v::toString);
    }
    for (MaternalVisit v : county.maternalVisits()) {
      assertFalse(v.visitDate().isAfter(END), v::toString);
    }
    for (Pregnancy p : county.pregnancies()) {
      p.deliveryDate().ifPresent(d -> assertEquals(YEAR, d.getYear()));
      if (p.lmpDate().isPresent() && p.deliveryDate().isPresent()) {
        long weeks =
            java.time.temporal.ChronoUnit.WEEKS.between(p.lmpDate().get(), p.deliveryDate().get());
        assertBetween(20, 45, weeks, "weeks of pregnancy");
      }
    }
    for (Contract c : county.contracts()) {
      assertFalse(c.startDate().isAfter(END), c::toString);
    }
  }

  private static void assertWithinLife(String residentId, LocalDate date, BundleRecord record) {
    Resident r = county.resident(residentId).orElseThrow();
    assertFalse(date.isBefore(r.birthDate()), record::toString);
    assertFalse(date.isAfter(END), record::toString);
    Optional<LocalDate> exit = r.exitDate();
    exit.ifPresent(e -> assertTrue(date.isBefore(e), record::toString));
  }

  @Test
  void readingsAreInRange() {
    for (FollowUp f : county.followUps()) {
      f.sbp().ifPresent(s -> assertBetween(85, 230, s, "sbp"));
      if (f.hasBloodPressure()) {
        assertTrue(f.sbp().getAsInt() > f.dbp().getAsInt());
      }
      f.fastingGlucose().ifPresent(g -> assertBetween(1, 35, g, "glucose"));
    }
  }

  @Test
  void populationEstimatesCoverTheCountyAndEachTownship() {
    List<PopulationEstimate> estimates = county.populationEstimates();
    List<Institution> centres =
        county.institutions().stream()
            .filter(i -> i.type().tier().name().equals("CENTRE"))
            .toList();
    assertEquals(centres.size() + 1, estimates.size());
    PopulationEstimate whole = estimates.get(estimates.size() - 1);
    assertEquals("430321", whole.scopeCode());
    long sum = 0;
    for (PopulationEstimate e : estimates) {
      assertEquals(YEAR, e.year());
      if (e != whole) {
        sum += e.population().getAsLong();
        assertTrue(county.institution(e.scopeCode()).isPresent());
        assertTrue(RegionCode.isValid(e.scopeCode()));
      }
    }
    assertEquals(sum, whole.population().getAsLong());
    long inPopulation = county.residents().stream().filter(r -> r.isInPopulationOn(END)).count();
    assertBetween(0.96, 1.04, sum / (double) inPopulation, "estimate / records");
  }

  @Test
  void recordsStreamInstitutionsFirstAndEstimatesLast() {
    List<BundleRecord> list = records(5, 1_000);
    assertEquals(RecordType.INSTITUTION, list.get(0).recordType());
    assertEquals(RecordType.POPULATION, list.get(list.size() - 1).recordType());
    Map<RecordType, Integer> firstAt = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      firstAt.putIfAbsent(list.get(i).recordType(), i);
    }
    assertTrue(firstAt.get(RecordType.RESIDENT) > firstAt.get(RecordType.INSTITUTION));
  }

  @Test
  void settingsAreCheckedAndShown() {
    SyntheticCounty c =
        SyntheticCounty.builder().residents(500).seed(9).year(2023).county("110105").build();
    assertEquals("SyntheticCounty[110105, 500 residents, 2023, seed 9, errors NONE]", c.toString());
    assertEquals(2, c.townships());
    assertTrue(
        c.toDataset().residents().stream().allMatch(r -> r.residentId().startsWith("110105")));
    assertThrows(IllegalArgumentException.class, () -> SyntheticCounty.builder().residents(0));
    assertThrows(IllegalArgumentException.class, () -> SyntheticCounty.builder().year(2009));
    assertThrows(IllegalArgumentException.class, () -> SyntheticCounty.builder().county("4303"));
    assertThrows(IllegalArgumentException.class, () -> SyntheticCounty.builder().county("430300"));
    assertThrows(NullPointerException.class, () -> SyntheticCounty.builder().errors(null));
    assertThrows(NullPointerException.class, () -> c.generate(null));
  }
}
