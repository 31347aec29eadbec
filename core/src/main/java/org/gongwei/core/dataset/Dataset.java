package org.gongwei.core.dataset;

import com.google.common.base.Suppliers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.gongwei.core.child.ChildVisit;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.contract.Contract;
import org.gongwei.core.contract.SatisfactionSurvey;
import org.gongwei.core.education.EducationActivity;
import org.gongwei.core.immunization.Vaccination;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.maternal.MaternalVisit;
import org.gongwei.core.maternal.Pregnancy;
import org.gongwei.core.mental.MentalFollowUp;
import org.gongwei.core.population.PopulationEstimate;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.supervision.SupervisionRecord;
import org.gongwei.core.surveillance.EmergencyEvent;
import org.gongwei.core.surveillance.InfectiousCase;
import org.gongwei.core.tb.TbCourse;
import org.gongwei.core.tcm.TcmService;

/**
 * The in-memory collection of all records of a bundle, with lookups and the per-resident view.
 *
 * <p>A dataset keeps every record it is given, in the order given, including duplicates and
 * records that refer to unknown residents: finding those is the validator's work. Lookups by id
 * return the first record with that id. The {@linkplain #residentViews() per-resident views} are
 * built once, on first use, in time linear in the number of records; records about unknown
 * residents (or visits of unknown pregnancies) are left out of the views and counted by {@link
 * #unattachedRecords()}.
 */
public final class Dataset {
  private final Map<RecordType, List<BundleRecord>> records;
  private final IdIndex residentsById;
  private final Map<String, Institution> institutionsByCode;
  private final Map<String, Pregnancy> pregnanciesById;
  private final Supplier<Views> views = Suppliers.memoize(this::buildViews);

  private Dataset(Map<RecordType, List<BundleRecord>> records) {
    this.records = records;
    this.residentsById = IdIndex.of(residents(), Resident::residentId);
    this.institutionsByCode = index(institutions(), Institution::code);
    this.pregnanciesById = index(pregnancies(), Pregnancy::pregnancyId);
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    Map<String, T> map = new HashMap<>(Math.max(16, items.size() * 4 / 3 + 1));
    for (T item : items) {
      map.putIfAbsent(key.apply(item), item);
    }
    return Collections.unmodifiableMap(map);
  }

  /** A dataset of the given records, of any types. */
  public static Dataset of(Iterable<? extends BundleRecord> records) {
    return builder().addAll(records).build();
  }

  /** An empty dataset. */
  public static Dataset empty() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The records of one type, in the order given. */
  public List<? extends BundleRecord> records(RecordType type) {
    return list(type);
  }

  @SuppressWarnings("unchecked")
  private <T extends BundleRecord> List<T> list(RecordType type) {
    Objects.requireNonNull(type, "type");
    List<BundleRecord> l = records.get(type);
    return l == null ? List.of() : (List<T>) (List<?>) l;
  }

  /** Every record, type by type in {@link RecordType} order. */
  public Stream<BundleRecord> stream() {
    return records.values().stream().flatMap(List::stream);
  }

  /** The number of records of all types. */
  public long size() {
    long n = 0;
    for (List<BundleRecord> l : records.values()) {
      n += l.size();
    }
    return n;
  }

  /** The number of records of each type present. */
  public Map<RecordType, Integer> counts() {
    Map<RecordType, Integer> counts = new EnumMap<>(RecordType.class);
    records.forEach((t, l) -> counts.put(t, l.size()));
    return Collections.unmodifiableMap(counts);
  }

  public List<Institution> institutions() {
    return list(RecordType.INSTITUTION);
  }

  public List<Resident> residents() {
    return list(RecordType.RESIDENT);
  }

  public List<Registration> registrations() {
    return list(RecordType.REGISTRATION);
  }

  public List<FollowUp> followUps() {
    return list(RecordType.FOLLOW_UP);
  }

  public List<Checkup> checkups() {
    return list(RecordType.CHECKUP);
  }

  public List<MentalFollowUp> mentalFollowUps() {
    return list(RecordType.MENTAL_FOLLOW_UP);
  }

  public List<TbCourse> tbCourses() {
    return list(RecordType.TB_COURSE);
  }

  public List<Pregnancy> pregnancies() {
    return list(RecordType.PREGNANCY);
  }

  public List<MaternalVisit> maternalVisits() {
    return list(RecordType.MATERNAL_VISIT);
  }

  public List<ChildVisit> childVisits() {
    return list(RecordType.CHILD_VISIT);
  }

  public List<TcmService> tcmServices() {
    return list(RecordType.TCM_SERVICE);
  }

  public List<Vaccination> vaccinations() {
    return list(RecordType.VACCINATION);
  }

  public List<Contract> contracts() {
    return list(RecordType.CONTRACT);
  }

  public List<SatisfactionSurvey> surveys() {
    return list(RecordType.SATISFACTION_SURVEY);
  }

  public List<InfectiousCase> infectiousCases() {
    return list(RecordType.INFECTIOUS_CASE);
  }

  public List<EmergencyEvent> emergencyEvents() {
    return list(RecordType.EMERGENCY_EVENT);
  }

  public List<SupervisionRecord> supervisionRecords() {
    return list(RecordType.SUPERVISION);
  }

  public List<EducationActivity> educationActivities() {
    return list(RecordType.EDUCATION);
  }

  public List<PopulationEstimate> populationEstimates() {
    return list(RecordType.POPULATION);
  }

  /** The resident with this id (the first one, if the id is duplicated). */
  public Optional<Resident> resident(String residentId) {
    int p = residentsById.position(Objects.requireNonNull(residentId, "residentId"));
    return p < 0 ? Optional.empty() : Optional.of(residents().get(p));
  }

  /** The institution with this code. */
  public Optional<Institution> institution(String code) {
    return Optional.ofNullable(institutionsByCode.get(Objects.requireNonNull(code, "code")));
  }

  /** The pregnancy with this id. */
  public Optional<Pregnancy> pregnancy(String pregnancyId) {
    return Optional.ofNullable(pregnanciesById.get(Objects.requireNonNull(pregnancyId, "pregnancyId")));
  }

  /** The institutions by code (the first of duplicated codes). */
  public Map<String, Institution> institutionsByCode() {
    return institutionsByCode;
  }

  /** The view of one resident. */
  public Optional<ResidentView> view(String residentId) {
    Objects.requireNonNull(residentId, "residentId");
    return Optional.ofNullable(views.get().byId.get().get(residentId));
  }

  /**
   * One view per resident, in the order residents were given (a duplicated resident id gets one
   * view, for its first row).
   */
  public List<ResidentView> residentViews() {
    return views.get().list;
  }

  /**
   * The number of resident-linked records that are in no view: records about an unknown resident,
   * maternal visits of an unknown pregnancy, and surveys that name no resident.
   */
  public long unattachedRecords() {
    return views.get().unattached;
  }

  /**
   * Builds the views: one builder per resident id, the resident-linked records attached (the
   * types in parallel), then the views built in parallel, in resident order. Files usually hold
   * a resident's records together and in the residents' order, so a record's resident is first
   * looked for as the resident of the record before or one of the next 64 residents, and only
   * then by id. The index of views by id is made on first use.
   */
  private Views buildViews() {
    List<Resident> residents = residents();
    int n = residents.size();
    String[] ids = new String[n];
    int[] hashes = new int[n];
    ResidentView.Builder[] builders = new ResidentView.Builder[n];
    int distinct = 0;
    for (int p = 0; p < n; p++) {
      Resident r = residents.get(p);
      ids[p] = r.residentId();
      hashes[p] = ids[p].hashCode();
      if (residentsById.isFirst(p)) { // the first resident with this id
        builders[p] = ResidentView.builder(r);
        distinct++;
      }
    }
    List<RecordType> linked = new ArrayList<>();
    for (RecordType type : RecordType.values()) {
      switch (type) {
        case INSTITUTION, RESIDENT, INFECTIOUS_CASE, EMERGENCY_EVENT, SUPERVISION, EDUCATION, POPULATION -> {
          // not about one resident
        }
        default -> linked.add(type);
      }
    }
    // types in parallel: a builder keeps one list per type, so two types never touch one list
    long unattached = linked.parallelStream().mapToLong(t -> attach(t, ids, hashes, builders)).sum();
    ResidentView.Builder[] order = new ResidentView.Builder[distinct];
    for (int p = 0, i = 0; p < n; p++) {
      if (builders[p] != null) {
        order[i++] = builders[p];
      }
    }
    ResidentView[] views = new ResidentView[distinct];
    IntStream.range(0, distinct).parallel().forEach(i -> views[i] = order[i].build());
    return new Views(Collections.unmodifiableList(Arrays.asList(views)), unattached);
  }

  /**
   * Adds the records of one type to their residents' builders: the resident of the record
   * before, else one of the next 64 residents (their ids' hash codes compared first), else the
   * one found by id.
   *
   * @return the number of records about no known resident
   */
  private long attach(RecordType type, String[] ids, int[] hashes, ResidentView.Builder[] builders) {
    int n = ids.length;
    long unattached = 0;
    String lastOwner = null;
    ResidentView.Builder last = null;
    int next = 0;
    for (BundleRecord record : list(type)) {
      String owner = ownerOf(record);
      if (owner == null) {
        unattached++;
        continue;
      }
      if (!owner.equals(lastOwner)) {
        int p = -1;
        int h = owner.hashCode();
        for (int k = next, end = Math.min(n, next + 64); k < end; k++) {
          if (hashes[k] == h && builders[k] != null && owner.equals(ids[k])) {
            p = k;
            break;
          }
        }
        if (p < 0) {
          p = residentsById.position(owner);
        }
        lastOwner = owner;
        last = p < 0 ? null : builders[p];
        next = p + 1;
      }
      if (last == null) {
        unattached++;
      } else {
        last.add(record);
      }
    }
    return unattached;
  }

  /** The id of the resident a record is about, or null when it names none or an unknown one. */
  private String ownerOf(BundleRecord record) {
    return switch (record.recordType()) {
      case REGISTRATION -> ((Registration) record).residentId();
      case FOLLOW_UP -> ((FollowUp) record).residentId();
      case CHECKUP -> ((Checkup) record).residentId();
      case MENTAL_FOLLOW_UP -> ((MentalFollowUp) record).residentId();
      case TB_COURSE -> ((TbCourse) record).residentId();
      case PREGNANCY -> ((Pregnancy) record).residentId();
      case MATERNAL_VISIT -> {
        Pregnancy p = pregnanciesById.get(((MaternalVisit) record).pregnancyId());
        yield p == null ? null : p.residentId();
      }
      case CHILD_VISIT -> ((ChildVisit) record).residentId();
      case TCM_SERVICE -> ((TcmService) record).residentId();
      case VACCINATION -> ((Vaccination) record).residentId();
      case CONTRACT -> ((Contract) record).residentId();
      case SATISFACTION_SURVEY -> ((SatisfactionSurvey) record).residentId().orElse(null);
      default -> null;
    };
  }

  /** For example {@code Dataset[1200 residents, 5400 records]}. */
  @Override
  public String toString() {
    return "Dataset[" + residents().size() + " residents, " + size() + " records]";
  }

  private static final class Views {
    final List<ResidentView> list;
    final Supplier<Map<String, ResidentView>> byId;
    final long unattached;

    Views(List<ResidentView> list, long unattached) {
      this.list = list;
      this.byId = Suppliers.memoize(() -> {
        Map<String, ResidentView> m = new HashMap<>(list.size() * 4 / 3 + 1);
        for (ResidentView v : list) {
          m.put(v.residentId(), v);
        }
        return m;
      });
      this.unattached = unattached;
    }
  }

  /** Collects records for a {@link Dataset}. */
  public static final class Builder {
    private final Map<RecordType, ArrayList<BundleRecord>> records = new EnumMap<>(RecordType.class);
    private RecordType lastType;
    private ArrayList<BundleRecord> lastList;

    private Builder() {}

    /** Adds a record of any type. */
    public Builder add(BundleRecord record) {
      Objects.requireNonNull(record, "record");
      RecordType type = record.recordType();
      if (type != lastType) {
        lastType = type;
        lastList = records.computeIfAbsent(type, t -> new ArrayList<>());
      }
      lastList.add(record);
      return this;
    }

    /** Adds every record. */
    public Builder addAll(Iterable<? extends BundleRecord> items) {
      Iterator<? extends BundleRecord> it = items.iterator();
      if (items instanceof Collection<?> c && it.hasNext()) {
        // a file's records are of one type: make room for all of them at once
        BundleRecord first = it.next();
        add(first);
        lastList.ensureCapacity(lastList.size() + c.size() - 1);
      }
      while (it.hasNext()) {
        add(it.next());
      }
      return this;
    }

    /** Builds the dataset; the builder can go on collecting for another one. */
    public Dataset build() {
      Map<RecordType, List<BundleRecord>> copy = new EnumMap<>(RecordType.class);
      records.forEach((t, l) -> copy.put(t, Collections.unmodifiableList(new ArrayList<>(l))));
      return new Dataset(Collections.unmodifiableMap(copy));
    }
  }
}
