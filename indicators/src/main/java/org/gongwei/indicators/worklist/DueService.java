package org.gongwei.indicators.worklist;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.internal.IndicatorStyle;
import org.immutables.value.Value;

/**
 * One service due for one resident on a worklist date: who, which rule makes it due and for
 * what, the indicators it serves over which period, by when it should be done, and why, in words.
 *
 * <p>The status is derived: {@link DueStatus#OVERDUE} when the worklist date is after the due
 * date, by {@link #daysOverdue()} days; {@link DueStatus#DUE} otherwise.
 */
@Value.Immutable
@IndicatorStyle
public abstract class DueService {
  DueService() {}

  /** The worklist date. */
  public abstract LocalDate date();

  /** The resident id. */
  public abstract String residentId();

  /** The resident's name, when recorded. */
  public abstract Optional<String> name();

  /** The resident's responsible institution (管辖机构). */
  public abstract String institutionCode();

  /** The resident's responsible doctor (责任医生), when recorded. */
  public abstract Optional<String> doctorId();

  /** The rule that makes the service due. */
  public abstract DueRule rule();

  /**
   * What the service is for, within the rule: the quarter ({@code 2024-Q3}) of a quarterly
   * follow-up, the year ({@code 2024}) of an annual service, the child's age ({@code 8m}, {@code
   * 3y}, as {@link org.gongwei.core.immunization.AgeOffset} writes it) of a child check-up or
   * TCM service, the dose ({@code MMR 1}) of a vaccination, the pregnancy id of a postpartum
   * visit, the course id of a TB visit, the birth date of a newborn visit.
   */
  public abstract String item();

  /**
   * The indicators the service serves (ids such as {@code HTN-01}), in the rule's order; empty
   * when doing it can no longer count anywhere (a postpartum visit after a stillbirth, a late TB
   * visit under {@code firstVisitHours}).
   */
  public abstract List<String> indicatorIds();

  /** The period, ending on the worklist date, over which the rule was judged (see {@link DueRule}). */
  public abstract ReportingPeriod period();

  /** The last day on which the service is on time. */
  public abstract LocalDate dueDate();

  /** Why the service is due, in words. */
  public abstract String reason();

  /** {@link DueStatus#OVERDUE} when the worklist date is after the due date, else {@link DueStatus#DUE}. */
  public DueStatus status() {
    return date().isAfter(dueDate()) ? DueStatus.OVERDUE : DueStatus.DUE;
  }

  /** The days from the due date to the worklist date when overdue; 0 when due. */
  public long daysOverdue() {
    return Math.max(0, ChronoUnit.DAYS.between(dueDate(), date()));
  }

  /** Whether the service serves indicator {@code indicatorId}. */
  public boolean serves(String indicatorId) {
    return indicatorIds().contains(indicatorId);
  }

  @Value.Check
  protected void check() {
    if (residentId().isBlank()) {
      throw new IllegalArgumentException("residentId must not be blank");
    }
    if (institutionCode().isBlank()) {
      throw new IllegalArgumentException("institutionCode must not be blank");
    }
    if (reason().isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
    if (!period().end().equals(date())) {
      throw new IllegalArgumentException("period " + period() + " must end on the worklist date " + date());
    }
    for (String id : indicatorIds()) {
      if (!rule().indicatorIds().contains(id)) {
        throw new IllegalArgumentException(
            "indicatorIds: " + rule() + " does not serve " + id + " (it serves " + rule().indicatorIds() + ")");
      }
    }
  }

  /** For example {@code DueService[R0001 HYPERTENSION_FOLLOW_UP 2024-Q3, OVERDUE 13d]}; no name. */
  @Override
  public String toString() {
    return "DueService["
        + residentId()
        + " "
        + rule()
        + " "
        + item()
        + ", "
        + (status() == DueStatus.OVERDUE ? "OVERDUE " + daysOverdue() + "d" : "DUE " + dueDate())
        + "]";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DueService}; every attribute but {@code name} and {@code doctorId} is
   * required ({@code indicatorIds} may be empty).
   */
  public static final class Builder extends ImmutableDueService.Builder {
    public Builder() {}
  }
}
