package org.gongwei.core.dataset;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.gongwei.core.child.ChildVisit;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.contract.Contract;
import org.gongwei.core.contract.SatisfactionSurvey;
import org.gongwei.core.immunization.Vaccination;
import org.gongwei.core.maternal.MaternalVisit;
import org.gongwei.core.maternal.Pregnancy;
import org.gongwei.core.mental.MentalFollowUp;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.tb.TbCourse;
import org.gongwei.core.tcm.TcmService;

/**
 * A resident with everything recorded about him or her: the per-resident view on which
 * person-based indicators are evaluated (design.md, evaluation model).
 *
 * <p>Each list is immutable and sorted by date (then id), so "the latest follow-up" is the last
 * element. A view is built by {@link Dataset} for every resident, or directly with {@link
 * #builder(Resident)} when residents arrive as a stream.
 */
public final class ResidentView {
  private final Resident resident;
  private final List<Registration> registrations;
  private final List<FollowUp> followUps;
  private final List<Checkup> checkups;
  private final List<MentalFollowUp> mentalFollowUps;
  private final List<TbCourse> tbCourses;
  private final List<Pregnancy> pregnancies;
  private final List<MaternalVisit> maternalVisits;
  private final List<ChildVisit> childVisits;
  private final List<TcmService> tcmServices;
  private final List<Vaccination> vaccinations;
  private final List<Contract> contracts;
  private final List<SatisfactionSurvey> surveys;

  /**
   * The order of each list, in the order of the lists in the constructor: by date, then id. Kept
   * as data and applied in one loop, so that the JIT compiles the sorting once rather than once
   * per list (twelve inlined copies made the constructor a 47 kB method, 1 s of compiling).
   */
  private static final Comparator<?>[] ORDER = {
    (Comparator<Registration>) (x, y) -> byDateThenId(x.enrolledDate(), y.enrolledDate(), x, y),
    (Comparator<FollowUp>) (x, y) -> byDateThenId(x.visitDate(), y.visitDate(), x, y),
    (Comparator<Checkup>) (x, y) -> byDateThenId(x.checkupDate(), y.checkupDate(), x, y),
    (Comparator<MentalFollowUp>) (x, y) -> byDateThenId(x.visitDate(), y.visitDate(), x, y),
    (Comparator<TbCourse>) (x, y) -> byDateThenId(x.notifiedDate(), y.notifiedDate(), x, y),
    (Comparator<Pregnancy>) (x, y) ->
        byDateThenId(pregnancyOrderDate(x), pregnancyOrderDate(y), x, y),
    (Comparator<MaternalVisit>) (x, y) -> byDateThenId(x.visitDate(), y.visitDate(), x, y),
    (Comparator<ChildVisit>) (x, y) -> byDateThenId(x.visitDate(), y.visitDate(), x, y),
    (Comparator<TcmService>) (x, y) -> byDateThenId(x.serviceDate(), y.serviceDate(), x, y),
    (Comparator<Vaccination>) (x, y) ->
        byDateThenId(x.vaccinationDate(), y.vaccinationDate(), x, y),
    (Comparator<Contract>) (x, y) -> byDateThenId(x.startDate(), y.startDate(), x, y),
    (Comparator<SatisfactionSurvey>) (x, y) -> byDateThenId(x.surveyDate(), y.surveyDate(), x, y)
  };

  @SuppressWarnings("unchecked")
  private ResidentView(Builder b) {
    this.resident = b.resident;
    List<?>[] lists = {
      b.registrations, b.followUps, b.checkups, b.mentalFollowUps, b.tbCourses, b.pregnancies,
      b.maternalVisits, b.childVisits, b.tcmServices, b.vaccinations, b.contracts, b.surveys
    };
    for (int i = 0; i < lists.length; i++) {
      lists[i] = sorted((List<Object>) lists[i], (Comparator<Object>) ORDER[i]);
    }
    this.registrations = (List<Registration>) lists[0];
    this.followUps = (List<FollowUp>) lists[1];
    this.checkups = (List<Checkup>) lists[2];
    this.mentalFollowUps = (List<MentalFollowUp>) lists[3];
    this.tbCourses = (List<TbCourse>) lists[4];
    this.pregnancies = (List<Pregnancy>) lists[5];
    this.maternalVisits = (List<MaternalVisit>) lists[6];
    this.childVisits = (List<ChildVisit>) lists[7];
    this.tcmServices = (List<TcmService>) lists[8];
    this.vaccinations = (List<Vaccination>) lists[9];
    this.contracts = (List<Contract>) lists[10];
    this.surveys = (List<SatisfactionSurvey>) lists[11];
  }

  private static LocalDate pregnancyOrderDate(Pregnancy p) {
    return p.registrationDate()
        .or(p::lmpDate)
        .or(p::deliveryDate)
        .orElse(LocalDate.MIN);
  }

  /** The order of a view's lists: by date, then by id. */
  private static int byDateThenId(LocalDate a, LocalDate b, BundleRecord x, BundleRecord y) {
    int c = a.compareTo(b);
    return c != 0 ? c : x.id().compareTo(y.id());
  }

  /**
   * The records in order, as an unmodifiable list of exactly their number. Every list of every
   * view is of one class, so that the indicators' calls on them ({@code size}, {@code get},
   * iteration) stay monomorphic and are inlined (empty, singleton and array lists of three
   * classes made those calls megamorphic).
   */
  private static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
    if (items == null || items.isEmpty()) {
      return Frozen.empty();
    }
    if (items.size() > 1) {
      items.sort(order);
    }
    return new Frozen<>(items.toArray());
  }

  /** An unmodifiable list over an array it owns. */
  private static final class Frozen<T> extends AbstractList<T> implements RandomAccess {
    private static final Frozen<Object> EMPTY = new Frozen<>(new Object[0]);

    private final Object[] items;

    @SuppressWarnings("unchecked")
    static <T> Frozen<T> empty() {
      return (Frozen<T>) EMPTY;
    }

    Frozen(Object[] items) {
      this.items = items;
    }

    @SuppressWarnings("unchecked")
    @Override
    public T get(int index) {
      return (T) items[index];
    }

    @Override
    public int size() {
      return items.length;
    }
  }

  /** A builder for the view of {@code resident}. */
  public static Builder builder(Resident resident) {
    return new Builder(resident);
  }

  public Resident resident() {
    return resident;
  }

  /** The resident's id. */
  public String residentId() {
    return resident.residentId();
  }

  public List<Registration> registrations() {
    return registrations;
  }

  public List<FollowUp> followUps() {
    return followUps;
  }

  public List<Checkup> checkups() {
    return checkups;
  }

  public List<MentalFollowUp> mentalFollowUps() {
    return mentalFollowUps;
  }

  public List<TbCourse> tbCourses() {
    return tbCourses;
  }

  public List<Pregnancy> pregnancies() {
    return pregnancies;
  }

  /** The visits of all the resident's pregnancies. */
  public List<MaternalVisit> maternalVisits() {
    return maternalVisits;
  }

  /** The visits of one pregnancy, in date order. */
  public List<MaternalVisit> maternalVisitsOf(String pregnancyId) {
    Objects.requireNonNull(pregnancyId, "pregnancyId");
    List<MaternalVisit> result = new ArrayList<>();
    for (MaternalVisit v : maternalVisits) {
      if (v.pregnancyId().equals(pregnancyId)) {
        result.add(v);
      }
    }
    return Collections.unmodifiableList(result);
  }

  public List<ChildVisit> childVisits() {
    return childVisits;
  }

  public List<TcmService> tcmServices() {
    return tcmServices;
  }

  public List<Vaccination> vaccinations() {
    return vaccinations;
  }

  public List<Contract> contracts() {
    return contracts;
  }

  /** Satisfaction surveys that name this resident. */
  public List<SatisfactionSurvey> surveys() {
    return surveys;
  }

  /** The number of records about the resident, the resident's own row not included. */
  public int recordCount() {
    return registrations.size()
        + followUps.size()
        + checkups.size()
        + mentalFollowUps.size()
        + tbCourses.size()
        + pregnancies.size()
        + maternalVisits.size()
        + childVisits.size()
        + tcmServices.size()
        + vaccinations.size()
        + contracts.size()
        + surveys.size();
  }

  /** For example {@code ResidentView[Resident[R0001, …], 12 records]}. */
  @Override
  public String toString() {
    return "ResidentView[" + resident + ", " + recordCount() + " records]";
  }

  /**
   * Collects the records of one resident. Records about another resident are refused with an
   * {@link IllegalArgumentException}; maternal visits are accepted for the resident's pregnancies
   * only when the pregnancy was added first or is added later (checked in {@link #build()}).
   * A builder builds one view.
   */
  public static final class Builder {
    private final Resident resident;
    private List<Registration> registrations;
    private List<FollowUp> followUps;
    private List<Checkup> checkups;
    private List<MentalFollowUp> mentalFollowUps;
    private List<TbCourse> tbCourses;
    private List<Pregnancy> pregnancies;
    private List<MaternalVisit> maternalVisits;
    private List<ChildVisit> childVisits;
    private List<TcmService> tcmServices;
    private List<Vaccination> vaccinations;
    private List<Contract> contracts;
    private List<SatisfactionSurvey> surveys;
    private boolean built;

    private Builder(Resident resident) {
      this.resident = Objects.requireNonNull(resident, "resident");
    }

    private void requireSameResident(String residentId, BundleRecord record) {
      if (!resident.residentId().equals(residentId)) {
        throw new IllegalArgumentException(
            record.recordType() + " " + record.id() + " belongs to resident " + residentId
                + ", not to " + resident.residentId());
      }
    }

    private void requireNotBuilt() {
      if (built) {
        throw new IllegalStateException("this builder has already built its view");
      }
    }

    private static <T> List<T> append(List<T> list, T item) {
      List<T> l = list == null ? new ArrayList<>(4) : list;
      l.add(item);
      return l;
    }

    /**
     * Adds a record about this resident: any resident-linked record type, or a maternal visit of
     * one of the resident's pregnancies.
     *
     * @throws IllegalArgumentException if the record is about another resident or is not a
     *     resident-linked type (institutions, events, populations)
     */
    public Builder add(BundleRecord record) {
      Objects.requireNonNull(record, "record");
      requireNotBuilt();
      switch (record.recordType()) {
        case REGISTRATION -> {
          Registration r = (Registration) record;
          requireSameResident(r.residentId(), r);
          registrations = append(registrations, r);
        }
        case FOLLOW_UP -> {
          FollowUp r = (FollowUp) record;
          requireSameResident(r.residentId(), r);
          followUps = append(followUps, r);
        }
        case CHECKUP -> {
          Checkup r = (Checkup) record;
          requireSameResident(r.residentId(), r);
          checkups = append(checkups, r);
        }
        case MENTAL_FOLLOW_UP -> {
          MentalFollowUp r = (MentalFollowUp) record;
          requireSameResident(r.residentId(), r);
          mentalFollowUps = append(mentalFollowUps, r);
        }
        case TB_COURSE -> {
          TbCourse r = (TbCourse) record;
          requireSameResident(r.residentId(), r);
          tbCourses = append(tbCourses, r);
        }
        case PREGNANCY -> {
          Pregnancy r = (Pregnancy) record;
          requireSameResident(r.residentId(), r);
          pregnancies = append(pregnancies, r);
        }
        case MATERNAL_VISIT -> maternalVisits = append(maternalVisits, (MaternalVisit) record);
        case CHILD_VISIT -> {
          ChildVisit r = (ChildVisit) record;
          requireSameResident(r.residentId(), r);
          childVisits = append(childVisits, r);
        }
        case TCM_SERVICE -> {
          TcmService r = (TcmService) record;
          requireSameResident(r.residentId(), r);
          tcmServices = append(tcmServices, r);
        }
        case VACCINATION -> {
          Vaccination r = (Vaccination) record;
          requireSameResident(r.residentId(), r);
          vaccinations = append(vaccinations, r);
        }
        case CONTRACT -> {
          Contract r = (Contract) record;
          requireSameResident(r.residentId(), r);
          contracts = append(contracts, r);
        }
        case SATISFACTION_SURVEY -> {
          SatisfactionSurvey r = (SatisfactionSurvey) record;
          requireSameResident(r.residentId().orElse(""), r);
          surveys = append(surveys, r);
        }
        default ->
            throw new IllegalArgumentException(
                record.recordType() + " records are not about one resident: " + record.id());
      }
      return this;
    }

    /** Adds every record; see {@link #add}. */
    public Builder addAll(Iterable<? extends BundleRecord> records) {
      for (BundleRecord r : records) {
        add(r);
      }
      return this;
    }

    /**
     * Builds the view.
     *
     * @throws IllegalArgumentException if a maternal visit belongs to none of the resident's
     *     pregnancies
     */
    public ResidentView build() {
      requireNotBuilt();
      built = true;
      if (maternalVisits != null) {
        for (MaternalVisit v : maternalVisits) {
          boolean known = false;
          if (pregnancies != null) {
            for (Pregnancy p : pregnancies) {
              known |= p.pregnancyId().equals(v.pregnancyId());
            }
          }
          if (!known) {
            throw new IllegalArgumentException(
                "maternal visit " + v.visitId() + " belongs to pregnancy " + v.pregnancyId()
                    + ", which is not a pregnancy of resident " + resident.residentId());
          }
        }
      }
      return new ResidentView(this);
    }
  }
}
