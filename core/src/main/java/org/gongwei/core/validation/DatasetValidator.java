package org.gongwei.core.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.contract.Contract;
import org.gongwei.core.contract.SatisfactionSurvey;
import org.gongwei.core.child.ChildVisit;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.id.Strictness;
import org.gongwei.core.immunization.NipSchedule;
import org.gongwei.core.immunization.Vaccination;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.maternal.MaternalVisit;
import org.gongwei.core.maternal.Pregnancy;
import org.gongwei.core.mental.MentalFollowUp;
import org.gongwei.core.population.PopulationEstimate;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.tb.TbCourse;
import org.gongwei.core.tcm.TcmService;

/**
 * Validates a whole {@link Dataset}: every {@link Rule}, the record rules of {@link
 * RecordValidator} (per resident view, and for records in no view) and the rules across records:
 * duplicate ids, references to unknown residents, pregnancies and institutions, cycles of parent
 * institutions and population scopes.
 *
 * <p>Time is linear in the number of records (hash lookups, no pairwise comparison, no
 * exceptions, no regular expressions). When the dataset has no institutions at all (the
 * institutions file is optional) institution codes are not checked, rather than reporting every
 * code as unknown. A validator is immutable and thread-safe; validation never throws on bad
 * data.
 *
 * <pre>{@code
 * ValidationReport report = DatasetValidator.builder()
 *     .asOf(LocalDate.of(2025, 1, 31))
 *     .healthRecordNumbers(Strictness.STRICT)
 *     .build()
 *     .validate(dataset);
 * System.out.println(report.summary());
 * }</pre>
 */
public final class DatasetValidator {
  private final RecordValidator records;

  private DatasetValidator(RecordValidator records) {
    this.records = records;
  }

  /** A validator with the defaults of {@link RecordValidator#defaults()}. */
  public static DatasetValidator defaults() {
    return builder().build();
  }

  /** A dataset validator applying {@code recordValidator}'s settings. */
  public static DatasetValidator of(RecordValidator recordValidator) {
    return new DatasetValidator(Objects.requireNonNull(recordValidator, "recordValidator"));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The validator of single records and resident views with this validator's settings (without
   * institutions: add them with {@link RecordValidator#withInstitutions}), for validating
   * residents as they stream.
   */
  public RecordValidator recordValidator() {
    return records;
  }

  /** The reference date. */
  public LocalDate asOf() {
    return records.asOf();
  }

  /** Validates every record of {@code dataset}. */
  public ValidationReport validate(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    List<Problem> out = new ArrayList<>();
    Findings f = new Findings(out::add, enabledFlags());
    RecordValidator v =
        dataset.institutions().isEmpty() ? records : records.withInstitutions(dataset.institutionsByCode());

    // residents with their records
    for (ResidentView view : dataset.residentViews()) {
      v.validate(view, out::add);
    }
    // resident rows whose id was taken by an earlier row: the resident alone
    if (dataset.residentViews().size() != dataset.residents().size()) {
      for (Resident r : dataset.residents()) {
        if (dataset.resident(r.residentId()).orElse(null) != r) {
          v.check(r, null, null, f);
        }
      }
    }
    // resident-linked records in no view (the dataset counted them when it built the views)
    if (dataset.unattachedRecords() > 0) {
      unattachedRecords(dataset, v, f);
    }
    // records that are about institutions, not residents
    for (RecordType type :
        List.of(
            RecordType.INSTITUTION,
            RecordType.INFECTIOUS_CASE,
            RecordType.EMERGENCY_EVENT,
            RecordType.SUPERVISION,
            RecordType.EDUCATION,
            RecordType.POPULATION)) {
      for (BundleRecord record : dataset.records(type)) {
        v.check(record, null, null, f);
      }
    }
    // across records
    for (RecordType type : RecordType.values()) {
      duplicateIds(dataset, type, f);
    }
    if (f.on(Rule.INSTITUTION_PARENT_CYCLE)) {
      parentCycles(dataset, f);
    }
    if (f.on(Rule.POPULATION_SCOPE_UNKNOWN) && !dataset.populationEstimates().isEmpty()) {
      populationScopes(dataset, f);
    }
    return ValidationReport.of(out);
  }

  private static void unattachedRecords(Dataset dataset, RecordValidator v, Findings f) {
    unattached(dataset, dataset.registrations(), Registration::residentId, v, f);
    unattached(dataset, dataset.followUps(), FollowUp::residentId, v, f);
    unattached(dataset, dataset.checkups(), Checkup::residentId, v, f);
    unattached(dataset, dataset.mentalFollowUps(), MentalFollowUp::residentId, v, f);
    unattached(dataset, dataset.tbCourses(), TbCourse::residentId, v, f);
    unattached(dataset, dataset.pregnancies(), Pregnancy::residentId, v, f);
    unattachedMaternalVisits(dataset, v, f);
    unattached(dataset, dataset.childVisits(), ChildVisit::residentId, v, f);
    unattached(dataset, dataset.tcmServices(), TcmService::residentId, v, f);
    unattached(dataset, dataset.vaccinations(), Vaccination::residentId, v, f);
    unattached(dataset, dataset.contracts(), Contract::residentId, v, f);
    for (SatisfactionSurvey s : dataset.surveys()) {
      if (s.residentId().isPresent()) {
        unknownResident(dataset, s, s.residentId().get(), v, f);
      } else {
        v.check(s, null, null, f);
      }
    }
  }

  private boolean[] enabledFlags() {
    boolean[] flags = new boolean[Rule.values().length];
    for (Rule rule : Rule.values()) {
      flags[rule.ordinal()] = records.isEnabled(rule);
    }
    return flags;
  }

  /** The id of the resident a record names. */
  private interface Owner<T> {
    String residentId(T record);
  }

  private static <T extends BundleRecord> void unattached(
      Dataset dataset, List<T> list, Owner<T> owner, RecordValidator v, Findings f) {
    for (T record : list) {
      unknownResident(dataset, record, owner.residentId(record), v, f);
    }
  }

  /** For a record naming {@code residentId}: if no resident has it, reports it and checks the record alone. */
  private static void unknownResident(
      Dataset dataset, BundleRecord record, String residentId, RecordValidator v, Findings f) {
    if (dataset.resident(residentId).isEmpty()) {
      f.report(
          Rule.UNKNOWN_RESIDENT, record, "resident_id",
          "resident_id " + residentId + " is not a resident of the residents");
      v.check(record, null, null, f);
    }
  }

  private static void unattachedMaternalVisits(Dataset dataset, RecordValidator v, Findings f) {
    for (MaternalVisit visit : dataset.maternalVisits()) {
      Pregnancy p = dataset.pregnancy(visit.pregnancyId()).orElse(null);
      if (p == null) {
        f.report(
            Rule.UNKNOWN_PREGNANCY, visit, "pregnancy_id",
            "pregnancy_id " + visit.pregnancyId() + " is not a pregnancy of the pregnancies");
        v.check(visit, null, null, f);
      } else if (dataset.resident(p.residentId()).isEmpty()) {
        // the pregnancy is reported as naming an unknown resident; the visit is checked against it
        v.check(visit, null, p, f);
      }
    }
  }

  private static void duplicateIds(Dataset dataset, RecordType type, Findings f) {
    Rule rule = type == RecordType.POPULATION ? Rule.DUPLICATE_POPULATION_SCOPE_YEAR : Rule.DUPLICATE_ID;
    List<? extends BundleRecord> list = dataset.records(type);
    if (list.size() < 2 || !f.on(rule)) {
      return;
    }
    // the dataset's own indexes already tell whether residents and institutions repeat an id
    if (type == RecordType.RESIDENT && dataset.residentViews().size() == list.size()
        || type == RecordType.INSTITUTION && dataset.institutionsByCode().size() == list.size()) {
      return;
    }
    String column = idColumn(type);
    FirstOccurrences.find(
        list,
        (position, first) -> {
          BundleRecord record = list.get(position);
          String what =
              type == RecordType.POPULATION ? "scope and year " + record.id() : column + " " + record.id();
          f.report(
              rule, record, column,
              what + " is used again (record " + (position + 1) + " of " + type.fileName()
                  + "); the first record with it is record " + (first + 1));
        });
  }

  /** The exchange-format column holding the id of a record type. */
  static String idColumn(RecordType type) {
    return switch (type) {
      case INSTITUTION -> "institution_code";
      case RESIDENT -> "resident_id";
      case REGISTRATION -> "registration_id";
      case FOLLOW_UP, MENTAL_FOLLOW_UP -> "followup_id";
      case CHECKUP -> "checkup_id";
      case TB_COURSE -> "course_id";
      case PREGNANCY -> "pregnancy_id";
      case MATERNAL_VISIT, CHILD_VISIT -> "visit_id";
      case TCM_SERVICE -> "service_id";
      case VACCINATION -> "vaccination_id";
      case CONTRACT -> "contract_id";
      case SATISFACTION_SURVEY -> "survey_id";
      case INFECTIOUS_CASE -> "case_id";
      case EMERGENCY_EVENT -> "event_id";
      case SUPERVISION -> "lead_id";
      case EDUCATION -> "activity_id";
      case POPULATION -> "scope_code";
    };
  }

  /**
   * Reports every institution on a cycle of parent codes, with the cycle from that institution.
   * Each institution is walked once (the parent links form a graph of out-degree one).
   */
  private static void parentCycles(Dataset dataset, Findings f) {
    Map<String, Institution> byCode = dataset.institutionsByCode();
    Map<String, Boolean> done = new HashMap<>(byCode.size() * 4 / 3 + 1); // false = on the current path
    List<String> path = new ArrayList<>();
    for (Institution start : dataset.institutions()) {
      if (done.containsKey(start.code()) || byCode.get(start.code()) != start) {
        continue;
      }
      path.clear();
      String code = start.code();
      while (code != null && !done.containsKey(code)) {
        Institution i = byCode.get(code);
        if (i == null) {
          break;
        }
        done.put(code, Boolean.FALSE);
        path.add(code);
        code = i.parentCode().orElse(null);
      }
      if (code != null && Boolean.FALSE.equals(done.get(code))) {
        List<String> cycle = path.subList(path.indexOf(code), path.size());
        for (int k = 0; k < cycle.size(); k++) {
          StringBuilder chain = new StringBuilder();
          for (int j = 0; j <= cycle.size(); j++) {
            if (j > 0) {
              chain.append(" → ");
            }
            chain.append(cycle.get((k + j) % cycle.size()));
          }
          Institution member = byCode.get(cycle.get(k));
          f.report(
              Rule.INSTITUTION_PARENT_CYCLE, member, "parent_code",
              "institution " + member.code() + " is its own ancestor through parent_code: " + chain);
        }
      }
      for (String c : path) {
        done.put(c, Boolean.TRUE);
      }
    }
  }

  /** Reports population rows whose scope is no institution code and no region of the data. */
  private static void populationScopes(Dataset dataset, Findings f) {
    Set<RegionCode> regions = new HashSet<>();
    for (Institution i : dataset.institutions()) {
      regions.add(i.regionCode());
    }
    for (Resident r : dataset.residents()) {
      regions.add(r.regionCode());
    }
    Set<String> prefixes = new HashSet<>();
    for (RegionCode region : regions) {
      String s = region.significant();
      for (int length : new int[] {2, 4, 6, 9, 12}) {
        if (length <= s.length()) {
          prefixes.add(s.substring(0, length));
        }
      }
    }
    for (PopulationEstimate p : dataset.populationEstimates()) {
      String scope = p.scopeCode();
      if (dataset.institutionsByCode().containsKey(scope)) {
        continue;
      }
      if (RegionCode.isValid(scope) && prefixes.contains(RegionCode.parse(scope).significant())) {
        continue;
      }
      f.report(
          Rule.POPULATION_SCOPE_UNKNOWN, p, "scope_code",
          "scope code " + scope + " is neither an institution code nor the region of an"
              + " institution or resident");
    }
  }

  /** Builds a {@link DatasetValidator}; the settings are those of {@link RecordValidator.Builder}. */
  public static final class Builder {
    private final RecordValidator.Builder records = RecordValidator.builder();

    Builder() {}

    /** The reference date: dates after it are in the future. Overrides {@link #clock}. */
    public Builder asOf(LocalDate date) {
      records.asOf(date);
      return this;
    }

    /** The clock giving the reference date when no {@link #asOf} date is set, read when the validator is built. */
    public Builder clock(Clock clock) {
      records.clock(clock);
      return this;
    }

    /** How resident ids are checked as health-record numbers; {@link Strictness#LENIENT} by default. */
    public Builder healthRecordNumbers(Strictness strictness) {
      records.healthRecordNumbers(strictness);
      return this;
    }

    /** The immunization schedule; {@link NipSchedule#national2021()} by default. */
    public Builder schedule(NipSchedule schedule) {
      records.schedule(schedule);
      return this;
    }

    /** Rules not to check; none by default. */
    public Builder disabledRules(Set<Rule> rules) {
      records.disabledRules(rules);
      return this;
    }

    /** The validator. */
    public DatasetValidator build() {
      return new DatasetValidator(records.build());
    }
  }
}
