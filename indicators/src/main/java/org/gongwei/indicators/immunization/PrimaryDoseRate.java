package org.gongwei.indicators.immunization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gongwei.core.immunization.AgeOffset;
import org.gongwei.core.immunization.NipSchedule;
import org.gongwei.core.immunization.ScheduledDose;
import org.gongwei.core.immunization.Vaccination;
import org.gongwei.core.period.Age;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.engine.Reason;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;

/**
 * A rate over the primary doses of a schedule, the form shared by IMM-02 and IMM-03: a child in
 * population at the period end is in the denominator of dose (v,d) when the dose's denominator
 * date ({@link DenominatorAge}) falls in the period, and in its numerator when a record meets
 * the indicator's condition ({@link #isMet}); the headline measure sums numerators and
 * denominators over the doses. Immutable.
 */
abstract sealed class PrimaryDoseRate implements PersonIndicator permits TimelyVaccination, VaccinationCoverage {
  final NipSchedule schedule;
  final Doses doses;
  final List<Measure> measures;
  private final DenominatorAge age;
  private final int boundMonths;
  private final String dueWords;
  private final String unmetWords;

  /**
   * @param id the headline measure id ({@code IMM-02})
   * @param age the age of a dose whose date puts a child in its denominator
   * @param dueWords the words of a shortfall between the counts and the period ({@code " due in "})
   * @param unmetWords the words of a shortfall after the period ({@code " not done: "})
   */
  PrimaryDoseRate(NipSchedule schedule, String id, DenominatorAge age, String dueWords, String unmetWords) {
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    this.doses = new Doses(schedule);
    this.measures = doses.measures(id);
    this.age = age;
    List<AgeOffset> ages = new ArrayList<>();
    for (ScheduledDose d : doses.primary) {
      ages.add(age.of(d));
    }
    this.boundMonths = Doses.boundMonths(ages);
    this.dueWords = dueWords;
    this.unmetWords = unmetWords;
  }

  /** The age of a dose whose date puts a child in the denominator of the dose when it falls in the period. */
  enum DenominatorAge {
    /** The scheduled age ({@link ScheduledDose#scheduledAge}): the dose is due (IMM-02). */
    SCHEDULED,
    /** The completion age ({@link ScheduledDose#completeBefore}): the dose is to be complete (IMM-03). */
    COMPLETION;

    AgeOffset of(ScheduledDose d) {
      return this == SCHEDULED ? d.scheduledAge() : d.completeBefore();
    }

    LocalDate dateOf(ScheduledDose d, LocalDate birth) {
      return this == SCHEDULED ? d.scheduledDate(birth) : d.completionDate(birth);
    }
  }

  /**
   * Whether the records meet the numerator condition of primary dose {@code index}, whose
   * denominator date is {@code date}, by the period end {@code end}.
   */
  abstract boolean isMet(int index, List<Vaccination> records, LocalDate birth, LocalDate date, LocalDate end);

  /** Why primary dose {@code index} is not met by {@code end}, in words. */
  abstract String whyNot(int index, List<Vaccination> records, LocalDate birth, LocalDate end);

  /** The schedule whose primary doses are measured. */
  public NipSchedule schedule() {
    return schedule;
  }

  @Override
  public List<Measure> measures() {
    return measures;
  }

  @Override
  public void evaluate(Subject subject, Recorder out) {
    if (!subject.isInPopulationAtEnd()) {
      return;
    }
    LocalDate birth = subject.resident().birthDate();
    LocalDate start = subject.start();
    if (birth.isBefore(start) && Age.monthsAt(birth, start) > boundMonths) {
      return; // every denominator date is before the period
    }
    LocalDate end = subject.end();
    int monthsBefore = Doses.monthsBefore(birth, start);
    int monthsAtEnd = subject.ageMonthsAtEnd();
    List<Vaccination> records = subject.view().vaccinations();
    ScheduledDose[] primary = doses.primary;
    int due = 0;
    int done = 0;
    for (int i = 0; i < primary.length; i++) {
      if (!Doses.falls(age.of(primary[i]), birth, monthsBefore, monthsAtEnd, start, end)) {
        continue;
      }
      LocalDate date = age.dateOf(primary[i], birth);
      due++;
      if (isMet(i, records, birth, date, end)) {
        done++;
        out.numerator(i + 1);
      } else {
        int index = i;
        out.denominatorOnly(i + 1, () -> whyNot(index, records, birth, end));
      }
    }
    if (due > 0) {
      int missing = due - done;
      int total = due;
      ReportingPeriod period = subject.period();
      out.add(0, done, due, done == due ? Reason.COUNTED : () -> shortfalls(missing, total, records, birth, period));
    }
  }

  /**
   * The index of a primary dose of the schedule.
   *
   * @throws IllegalArgumentException if {@code primary} is not a primary dose of the schedule
   */
  final int indexOf(ScheduledDose primary) {
    Objects.requireNonNull(primary, "primary");
    for (int i = 0; i < doses.primary.length; i++) {
      if (doses.primary[i].equals(primary)) {
        return i;
      }
    }
    throw new IllegalArgumentException(primary + " is not a primary dose of " + schedule);
  }

  private String shortfalls(int missing, int due, List<Vaccination> records, LocalDate birth, ReportingPeriod period) {
    LocalDate start = period.start();
    LocalDate end = period.end();
    StringBuilder b = new StringBuilder();
    b.append(missing).append(" of ").append(due).append(due == 1 ? " dose" : " doses")
        .append(dueWords).append(period).append(unmetWords);
    String sep = "";
    for (int i = 0; i < doses.primary.length; i++) {
      LocalDate date = age.dateOf(doses.primary[i], birth);
      if (!date.isBefore(start) && !date.isAfter(end) && !isMet(i, records, birth, date, end)) {
        b.append(sep).append(whyNot(i, records, birth, end));
        sep = "; ";
      }
    }
    return b.toString();
  }
}
