package org.gongwei.indicators.worklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.gongwei.core.institution.InstitutionTree;
import org.gongwei.indicators.report.TextTable;

/**
 * The services due on one date, sorted by urgency: overdue services first, most days overdue
 * first; then due services, earliest due date first; ties by institution, doctor, resident, rule
 * and item. Filter it by institution or doctor, or split it per institution or per doctor.
 * {@link #toString()} prints an aligned table, one line per due service. Immutable.
 */
public final class Worklist {
  /** The order of urgency. */
  public static final Comparator<DueService> URGENCY =
      Comparator.comparing(DueService::status, Comparator.reverseOrder())
          .thenComparing(DueService::daysOverdue, Comparator.reverseOrder())
          .thenComparing(DueService::dueDate)
          .thenComparing(DueService::institutionCode)
          .thenComparing(s -> s.doctorId().orElse(""))
          .thenComparing(DueService::residentId)
          .thenComparing(DueService::rule)
          .thenComparing(DueService::item);

  private final LocalDate date;
  private final List<DueService> services;
  private final InstitutionTree institutions;

  private Worklist(LocalDate date, List<DueService> sorted, InstitutionTree institutions) {
    this.date = date;
    this.services = sorted;
    this.institutions = institutions;
  }

  /**
   * The worklist of {@code date} with these services, sorted by urgency; {@link #forInstitution}
   * then matches institution codes exactly.
   *
   * @throws IllegalArgumentException if a service is of another date
   */
  public static Worklist of(LocalDate date, Collection<DueService> services) {
    return of(date, services, InstitutionTree.of(List.of()));
  }

  /**
   * The worklist of {@code date} with these services, sorted by urgency; {@link #forInstitution}
   * includes the institutions below the one asked for in {@code institutions}.
   *
   * @throws IllegalArgumentException if a service is of another date
   */
  public static Worklist of(LocalDate date, Collection<DueService> services, InstitutionTree institutions) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(services, "services");
    Objects.requireNonNull(institutions, "institutions");
    List<DueService> sorted = new ArrayList<>(services);
    for (DueService s : sorted) {
      Objects.requireNonNull(s, "services contains null");
      if (!s.date().equals(date)) {
        throw new IllegalArgumentException("service " + s + " is of " + s.date() + ", not " + date);
      }
    }
    sorted.sort(URGENCY);
    return new Worklist(date, Collections.unmodifiableList(sorted), institutions);
  }

  /** The worklist date. */
  public LocalDate date() {
    return date;
  }

  /** The services, most urgent first. */
  public List<DueService> services() {
    return services;
  }

  /** The number of services. */
  public int size() {
    return services.size();
  }

  /** Whether nothing is due. */
  public boolean isEmpty() {
    return services.isEmpty();
  }

  /** The services that match {@code filter}, in the same order. */
  public Worklist filter(Predicate<DueService> filter) {
    Objects.requireNonNull(filter, "filter");
    List<DueService> kept = new ArrayList<>();
    for (DueService s : services) {
      if (filter.test(s)) {
        kept.add(s);
      }
    }
    return new Worklist(date, Collections.unmodifiableList(kept), institutions);
  }

  /**
   * The services of residents of institution {@code code} and of the institutions below it in the
   * institution tree.
   */
  public Worklist forInstitution(String code) {
    Objects.requireNonNull(code, "code");
    String wanted = code.strip();
    return filter(s -> institutions.isWithin(s.institutionCode(), wanted));
  }

  /** The services of residents whose responsible doctor is {@code doctorId}. */
  public Worklist forDoctor(String doctorId) {
    Objects.requireNonNull(doctorId, "doctorId");
    String wanted = doctorId.strip();
    return filter(s -> s.doctorId().filter(wanted::equals).isPresent());
  }

  /** The services of one rule. */
  public Worklist forRule(DueRule rule) {
    Objects.requireNonNull(rule, "rule");
    return filter(s -> s.rule() == rule);
  }

  /** The overdue services. */
  public Worklist overdue() {
    return filter(s -> s.status() == DueStatus.OVERDUE);
  }

  /** One worklist per responsible institution of the residents (exact codes), by code. */
  public SortedMap<String, Worklist> perInstitution() {
    return split(DueService::institutionCode);
  }

  /**
   * One worklist per responsible doctor, by doctor id; services of residents without a recorded
   * doctor are under the empty id {@code ""}.
   */
  public SortedMap<String, Worklist> perDoctor() {
    return split(s -> s.doctorId().orElse(""));
  }

  private SortedMap<String, Worklist> split(Function<DueService, String> key) {
    SortedMap<String, List<DueService>> groups = new TreeMap<>();
    for (DueService s : services) {
      groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s);
    }
    SortedMap<String, Worklist> result = new TreeMap<>();
    groups.forEach((k, v) -> result.put(k, new Worklist(date, Collections.unmodifiableList(v), institutions)));
    return Collections.unmodifiableSortedMap(result);
  }

  /** The residents with a service due, most urgent first, each once. */
  public List<String> residentIds() {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    for (DueService s : services) {
      ids.add(s.residentId());
    }
    return List.copyOf(ids);
  }

  /** The number of services per rule, in rule order (rules without services left out). */
  public Map<DueRule, Integer> countsByRule() {
    Map<DueRule, Integer> counts = new EnumMap<>(DueRule.class);
    for (DueService s : services) {
      counts.merge(s.rule(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Worklist && ((Worklist) o).date.equals(date) && ((Worklist) o).services.equals(services);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, services);
  }

  /**
   * An aligned table, one line per due service: status, days overdue, due date, resident, name,
   * institution, doctor, service, item, indicators and reason.
   */
  @Override
  public String toString() {
    TextTable t =
        TextTable.of(
            "Status", "Days>", "Due", "Resident", "Name", "Institution", "Doctor", "Service", "Item", "Indicators",
            "Reason");
    for (DueService s : services) {
      t.row(
          s.status().name(),
          s.status() == DueStatus.OVERDUE ? Long.toString(s.daysOverdue()) : "",
          s.dueDate().toString(),
          s.residentId(),
          s.name().orElse(""),
          s.institutionCode(),
          s.doctorId().orElse(""),
          s.rule().label(),
          s.item(),
          String.join(" ", s.indicatorIds()),
          s.reason());
    }
    return t.toString();
  }
}
