package org.gongwei.indicators.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.gongwei.core.code.Sex;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.core.period.Age;
import org.gongwei.core.resident.Resident;
import org.gongwei.indicators.rulebook.AgeBand;

/**
 * Evaluates a set of person-based and event-based indicators over residents and events, into a
 * {@link Tally}, and explains single results (drill-down, per-resident explanations) with the
 * very same functions.
 *
 * <p>Residents are evaluated in chunks in parallel; each chunk fills its own tally and the
 * tallies are merged, so the result does not depend on the number of threads or the order of
 * the data. The same engine evaluates a stream of residents ({@link #evaluateResidents}) without
 * holding more than one resident's records. Immutable and thread-safe.
 */
public final class Engine {
  private static final int MIN_CHUNK = 2048;

  private final List<PersonIndicator> personIndicators;
  private final List<EventIndicator> eventIndicators;
  private final List<Measure> measures;
  private final int[] personBase;
  private final int[] eventBase;

  private Engine(List<PersonIndicator> persons, List<EventIndicator> events) {
    this.personIndicators = List.copyOf(persons);
    this.eventIndicators = List.copyOf(events);
    List<Measure> all = new ArrayList<>();
    personBase = new int[personIndicators.size()];
    for (int i = 0; i < personIndicators.size(); i++) {
      personBase[i] = all.size();
      all.addAll(personIndicators.get(i).measures());
    }
    eventBase = new int[eventIndicators.size()];
    for (int i = 0; i < eventIndicators.size(); i++) {
      eventBase[i] = all.size();
      all.addAll(eventIndicators.get(i).measures());
    }
    this.measures = List.copyOf(all);
    Tally.slots(measures); // refuses duplicate ids
  }

  /**
   * An engine for these indicators.
   *
   * @throws IllegalArgumentException if two measures share an id
   */
  public static Engine of(List<? extends PersonIndicator> persons, List<? extends EventIndicator> events) {
    Objects.requireNonNull(persons, "persons");
    Objects.requireNonNull(events, "events");
    return new Engine(new ArrayList<>(persons), new ArrayList<>(events));
  }

  /** Every measure, person-based first, in the order of the indicators. */
  public List<Measure> measures() {
    return measures;
  }

  public List<PersonIndicator> personIndicators() {
    return personIndicators;
  }

  public List<EventIndicator> eventIndicators() {
    return eventIndicators;
  }

  /** Evaluates every indicator over the dataset, residents in parallel. */
  public Tally evaluate(Dataset dataset, EvaluationContext context) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(context, "context");
    List<ResidentView> views = dataset.residentViews();
    int threads = Runtime.getRuntime().availableProcessors();
    int chunk = Math.max(MIN_CHUNK, (views.size() + threads * 4 - 1) / (threads * 4));
    int chunks = (views.size() + chunk - 1) / chunk;
    Tally persons =
        IntStream.range(0, chunks)
            .parallel()
            .mapToObj(i -> evaluateResidents(views.subList(i * chunk, Math.min(views.size(), (i + 1) * chunk)), context))
            .reduce(Tally::merge)
            .orElseGet(() -> Tally.empty(measures));
    return persons.merge(evaluateEvents(new DatasetEvents(dataset, context), context));
  }

  /** Evaluates the person-based indicators over residents, one at a time, in this thread. */
  public Tally evaluateResidents(Iterable<ResidentView> residents, EvaluationContext context) {
    Objects.requireNonNull(residents, "residents");
    Objects.requireNonNull(context, "context");
    Tally.Accumulator acc = new Tally.Accumulator(measures, 256);
    Counting out = new Counting(acc);
    int[] bands = bandIndex(context);
    CellCache cells = new CellCache(acc, bands);
    Iterator<ResidentView> it = residents.iterator();
    while (it.hasNext()) {
      Subject subject = new Subject(it.next(), context);
      out.cell = cells.of(subject.resident(), subject.ageYearsAtEnd());
      for (int i = 0; i < personIndicators.size(); i++) {
        out.base = personBase[i];
        personIndicators.get(i).evaluate(subject, out);
      }
    }
    return acc.toTally();
  }

  /** Evaluates the event-based indicators. */
  public Tally evaluateEvents(EventSource events, EvaluationContext context) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(context, "context");
    Tally.Accumulator acc = new Tally.Accumulator(measures, 64);
    Counting out = new Counting(acc);
    EventRecorder at =
        (subject, cell) -> {
          out.cell = acc.cell(cell);
          return out;
        };
    for (int i = 0; i < eventIndicators.size(); i++) {
      out.base = eventBase[i];
      eventIndicators.get(i).evaluate(events, context, at);
    }
    return acc.toTally();
  }

  /**
   * Every person-based measure for one resident: what the resident adds and why, including the
   * measures the resident is outside of (with a reason where the indicator gives one).
   */
  public List<Evaluation> explain(ResidentView resident, EvaluationContext context) {
    Objects.requireNonNull(resident, "resident");
    Collecting out = new Collecting(-1, true);
    Subject subject = new Subject(resident, context);
    out.subjectId = resident.residentId();
    for (int i = 0; i < personIndicators.size(); i++) {
      out.base = personBase[i];
      int before = out.results.size();
      personIndicators.get(i).evaluate(subject, out);
      // measures the indicator said nothing about: outside the denominator, no reason given
      List<Measure> own = personIndicators.get(i).measures();
      for (int m = 0; m < own.size(); m++) {
        boolean said = false;
        for (int k = before; k < out.results.size(); k++) {
          said |= out.results.get(k).measure().equals(own.get(m));
        }
        if (!said) {
          out.results.add(new Evaluation(own.get(m), resident.residentId(), 0, 0, "not applicable"));
        }
      }
    }
    return Collections.unmodifiableList(out.results);
  }

  /**
   * The subjects behind one measure, restricted to the cells that pass {@code stratum} (use
   * {@code c -> true} for all): the same evaluation as the counts, with the reasons kept.
   */
  public DrillDown drillDown(Dataset dataset, EvaluationContext context, String measureId, Predicate<Cell> stratum) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(stratum, "stratum");
    int slot = measures.indexOf(measureOf(measureId));
    Collecting out = new Collecting(slot, false);
    int[] bands = bandIndex(context);
    for (int i = 0; i < personIndicators.size(); i++) {
      if (slot >= personBase[i] && slot < personBase[i] + personIndicators.get(i).measures().size()) {
        PersonIndicator indicator = personIndicators.get(i);
        out.base = personBase[i];
        for (ResidentView view : dataset.residentViews()) {
          Subject subject = new Subject(view, context);
          if (stratum.test(cellOf(subject.resident(), subject.ageYearsAtEnd(), bands))) {
            out.subjectId = view.residentId();
            indicator.evaluate(subject, out);
          }
        }
      }
    }
    for (int i = 0; i < eventIndicators.size(); i++) {
      if (slot >= eventBase[i] && slot < eventBase[i] + eventIndicators.get(i).measures().size()) {
        out.base = eventBase[i];
        EventRecorder at =
            (subject, cell) -> {
              out.subjectId = subject.id();
              out.skip = !stratum.test(cell);
              return out;
            };
        eventIndicators.get(i).evaluate(new DatasetEvents(dataset, context), context, at);
      }
    }
    return new DrillDown(measures.get(slot), out.results);
  }

  private Measure measureOf(String measureId) {
    Objects.requireNonNull(measureId, "measureId");
    for (Measure m : measures) {
      if (m.id().equals(measureId)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no measure " + measureId + " in this engine");
  }

  /** Age-band index by completed years 0–150, from the rulebook's bands; -1 beyond. */
  static int[] bandIndex(EvaluationContext context) {
    List<AgeBand> bands = context.rulebook().ageBands().bands();
    int[] index = new int[151];
    for (int years = 0; years < index.length; years++) {
      index[years] = -1;
      for (int b = 0; b < bands.size(); b++) {
        if (bands.get(b).contains(years)) {
          index[years] = b;
          break;
        }
      }
    }
    return index;
  }

  /** The cell of a resident: responsible institution, region, sex and age band at the period end. */
  static Cell cellOf(Resident resident, int ageYearsAtEnd, int[] bands) {
    int band = ageYearsAtEnd < 0 ? -1 : bands[Math.min(ageYearsAtEnd, bands.length - 1)];
    return new Cell(resident.institutionCode(), resident.regionCode().code(), resident.sex(), band);
  }

  /** The cell of a resident for a context (used by event sources). */
  static Cell cellOf(Resident resident, EvaluationContext context, int[] bands) {
    int age = resident.birthDate().isAfter(context.end()) ? -1 : Age.yearsAt(resident.birthDate(), context.end());
    return cellOf(resident, age, bands);
  }

  @Override
  public String toString() {
    return "Engine[" + personIndicators.size() + " person-based, " + eventIndicators.size() + " event-based indicators, "
        + measures.size() + " measures]";
  }

  /**
   * The accumulator's cell index of each resident, without making and hashing a {@link Cell}
   * for every resident: residents come village by village, so while the institution and region
   * stay those of the resident before, the index is kept per sex and age band.
   */
  private static final class CellCache {
    private final Tally.Accumulator acc;
    private final int[] bands;
    private final int perSex;
    private final int[] indexes;
    private String institution;
    private String region;

    CellCache(Tally.Accumulator acc, int[] bands) {
      this.acc = acc;
      this.bands = bands;
      int maxBand = -1;
      for (int b : bands) {
        maxBand = Math.max(maxBand, b);
      }
      this.perSex = maxBand + 2; // bands -1 .. maxBand
      this.indexes = new int[Sex.values().length * perSex];
    }

    int of(Resident resident, int ageYearsAtEnd) {
      String inst = resident.institutionCode();
      String reg = resident.regionCode().code();
      if (!inst.equals(institution) || !reg.equals(region)) {
        institution = inst;
        region = reg;
        Arrays.fill(indexes, -1);
      }
      int band = ageYearsAtEnd < 0 ? -1 : bands[Math.min(ageYearsAtEnd, bands.length - 1)];
      int k = resident.sex().ordinal() * perSex + band + 1;
      int index = indexes[k];
      if (index < 0) {
        index = acc.cell(new Cell(inst, reg, resident.sex(), band));
        indexes[k] = index;
      }
      return index;
    }
  }

  /** Adds to an accumulator at the current slot base and cell. */
  private static final class Counting implements Recorder {
    private final Tally.Accumulator acc;
    int base;
    int cell;

    Counting(Tally.Accumulator acc) {
      this.acc = acc;
    }

    @Override
    public void numerator(int measure) {
      acc.add(base + measure, cell, 1, 1);
    }

    @Override
    public void denominatorOnly(int measure, Reason reason) {
      acc.add(base + measure, cell, 0, 1);
    }

    @Override
    public void excluded(int measure, Reason reason) {
      // nothing to count
    }

    @Override
    public void add(int measure, long numerator, long denominator, Reason reason) {
      if (numerator < 0 || denominator < 0) {
        throw new IllegalArgumentException("negative counts for measure " + measure);
      }
      acc.add(base + measure, cell, numerator, denominator);
    }
  }

  /** Keeps evaluations with their reasons, for one slot or all. */
  private final class Collecting implements Recorder {
    private final int onlySlot;
    private final boolean withExcluded;
    final List<Evaluation> results = new ArrayList<>();
    int base;
    String subjectId;
    boolean skip;

    Collecting(int onlySlot, boolean withExcluded) {
      this.onlySlot = onlySlot;
      this.withExcluded = withExcluded;
    }

    private void keep(int measure, long numerator, long denominator, Reason reason) {
      int slot = base + measure;
      if (skip || (onlySlot >= 0 && slot != onlySlot)) {
        return;
      }
      if (numerator == 0 && denominator == 0 && !withExcluded) {
        return;
      }
      String text = numerator >= denominator && denominator > 0 ? Reason.COUNTED.text() : reason.text();
      results.add(new Evaluation(measures.get(slot), subjectId, numerator, denominator, text));
    }

    @Override
    public void numerator(int measure) {
      keep(measure, 1, 1, Reason.COUNTED);
    }

    @Override
    public void denominatorOnly(int measure, Reason reason) {
      keep(measure, 0, 1, reason);
    }

    @Override
    public void excluded(int measure, Reason reason) {
      keep(measure, 0, 0, reason);
    }

    @Override
    public void add(int measure, long numerator, long denominator, Reason reason) {
      keep(measure, numerator, denominator, reason);
    }
  }

  /** The event source of a dataset. */
  private static final class DatasetEvents implements EventSource {
    private final Dataset dataset;
    private final EvaluationContext context;
    private final int[] bands;
    private final Map<String, Cell> institutionCells = new HashMap<>();

    DatasetEvents(Dataset dataset, EvaluationContext context) {
      this.dataset = dataset;
      this.context = context;
      this.bands = bandIndex(context);
    }

    @Override
    public List<org.gongwei.core.institution.Institution> institutions() {
      return dataset.institutions();
    }

    @Override
    public List<org.gongwei.core.surveillance.InfectiousCase> infectiousCases() {
      return dataset.infectiousCases();
    }

    @Override
    public List<org.gongwei.core.surveillance.EmergencyEvent> emergencyEvents() {
      return dataset.emergencyEvents();
    }

    @Override
    public List<org.gongwei.core.supervision.SupervisionRecord> supervisionRecords() {
      return dataset.supervisionRecords();
    }

    @Override
    public List<org.gongwei.core.education.EducationActivity> educationActivities() {
      return dataset.educationActivities();
    }

    @Override
    public List<org.gongwei.core.contract.SatisfactionSurvey> surveys() {
      return dataset.surveys();
    }

    /** The cell of an institution, made once per code (event indicators ask for it at every event). */
    @Override
    public Cell institutionCell(String institutionCode) {
      Cell cell = institutionCells.get(institutionCode);
      if (cell == null) {
        cell =
            dataset
                .institution(institutionCode)
                .map(i -> Cell.ofInstitution(i.code(), i.regionCode().code()))
                .orElseGet(() -> Cell.ofInstitution(institutionCode, ""));
        institutionCells.put(institutionCode, cell);
      }
      return cell;
    }

    @Override
    public Cell residentCell(String residentId) {
      return dataset
          .resident(residentId)
          .map(r -> cellOf(r, context, bands))
          .orElseGet(() -> Cell.ofInstitution("", ""));
    }
  }
}
