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
 * Vaccination coverage per dose of the immunization schedule IMM-02(v,d) (某疫苗某剂次接种率) and
 * over all doses IMM-02 (免疫规划疫苗接种率).
 *
 * <p>For each primary dose <i>d</i> of vaccine <i>v</i> of the schedule, measure {@code
 * IMM-02(v,d)} (for example {@code IMM-02(MMR,1)}):
 *
 * <ul>
 *   <li>denominator: children in population at the period end whose scheduled-age date for
 *       (v,d) ({@link ScheduledDose#scheduledDate}, the calendar age of {@link Age}) falls in the
 *       period;
 *   <li>numerator: of those, children with a <i>valid</i> record of dose number d of v dated on
 *       or before the period end, valid meaning on or after the scheduled-age date (a dose given
 *       before it does not count, however late the child is now), or a valid record of one of the
 *       alternative doses that satisfy (v,d) ({@link NipSchedule#alternativesFor}: JE_I 1 for
 *       JE_L 1, JE_I 3 for JE_L 2, HEPA_I 1 for HEPA_L 1), valid against the alternative's own
 *       scheduled age.
 * </ul>
 *
 * <p>The headline {@code IMM-02} = Σ numerators ÷ Σ denominators over all doses; each child adds
 * the number of its doses due in the period to the denominator and the number of them done to
 * the numerator, with the missing doses as the reason.
 *
 * <p>The doses, and so the measures, come from the schedule given at construction (the national
 * schedule of 2021 by default); the schedule of the {@link
 * org.gongwei.indicators.engine.EvaluationContext} is not consulted, so that the measures match
 * the evaluation.
 *
 * <p>Source: 国家基本公共卫生服务规范（第三版）(2017), 预防接种服务规范, 工作指标 (某种疫苗接种率 =
 * 年度辖区内某种疫苗年度实际接种人数 / 某种疫苗年度应接种人数); 国家免疫规划疫苗儿童免疫程序及说明 (2021);
 * indicators.md §3. Knobs read: none.
 */
public final class VaccinationCoverage implements PersonIndicator {
  private static final String ID = "IMM-02";

  private final NipSchedule schedule;
  private final Doses doses;
  private final List<Measure> measures;
  private final int boundMonths;

  /** Coverage for the national schedule {@link NipSchedule#national2021()}. */
  public VaccinationCoverage() {
    this(NipSchedule.national2021());
  }

  /** Coverage for the primary doses of {@code schedule}. */
  public VaccinationCoverage(NipSchedule schedule) {
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    this.doses = new Doses(schedule);
    this.measures = doses.measures(ID);
    List<AgeOffset> ages = new ArrayList<>();
    for (ScheduledDose d : doses.primary) {
      ages.add(d.scheduledAge());
    }
    this.boundMonths = Doses.boundMonths(ages);
  }

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
      return; // every scheduled date is before the period
    }
    LocalDate end = subject.end();
    int monthsBefore = Doses.monthsBefore(birth, start);
    int monthsAtEnd = subject.ageMonthsAtEnd();
    List<Vaccination> records = subject.view().vaccinations();
    ScheduledDose[] primary = doses.primary;
    int due = 0;
    int done = 0;
    for (int i = 0; i < primary.length; i++) {
      if (!Doses.falls(primary[i].scheduledAge(), birth, monthsBefore, monthsAtEnd, start, end)) {
        continue;
      }
      LocalDate from = primary[i].scheduledDate(birth);
      due++;
      if (isValidBy(i, records, birth, from, end)) {
        done++;
        out.numerator(i + 1);
      } else {
        int index = i;
        out.denominatorOnly(i + 1, () -> doses.notValid(index, records, birth, end));
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
   * Whether the child born on {@code birth} has a valid record of the primary dose {@code
   * primary} dated on or before {@code by}: the dose itself on or after its scheduled-age date, or
   * an alternative dose that satisfies it on or after the alternative's own scheduled-age date
   * (the numerator condition of {@code IMM-02(v,d)} with {@code by} the period end).
   *
   * @param records the child's vaccinations in date order ({@link
   *     org.gongwei.core.dataset.ResidentView#vaccinations()})
   * @throws IllegalArgumentException if {@code primary} is not a primary dose of the schedule
   */
  public boolean hasValidDose(ScheduledDose primary, List<Vaccination> records, LocalDate birth, LocalDate by) {
    int i = indexOf(primary);
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(by, "by");
    return isValidBy(i, records, birth, primary.scheduledDate(birth), by);
  }

  /**
   * Why the child has no valid record of {@code primary} by {@code by}, in words, as the
   * drill-down of {@code IMM-02(v,d)} says it ({@code "no MMR dose 1 by 2024-12-31"}, or the
   * latest early record).
   *
   * @throws IllegalArgumentException if {@code primary} is not a primary dose of the schedule
   */
  public String whyNoValidDose(ScheduledDose primary, List<Vaccination> records, LocalDate birth, LocalDate by) {
    int i = indexOf(primary);
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(birth, "birth");
    Objects.requireNonNull(by, "by");
    return doses.notValid(i, records, birth, by);
  }

  /**
   * The measure {@code IMM-02(v,d)} of a primary dose.
   *
   * @throws IllegalArgumentException if {@code primary} is not a primary dose of the schedule
   */
  public Measure measureOf(ScheduledDose primary) {
    return measures.get(indexOf(primary) + 1);
  }

  private int indexOf(ScheduledDose primary) {
    Objects.requireNonNull(primary, "primary");
    for (int i = 0; i < doses.primary.length; i++) {
      if (doses.primary[i].equals(primary)) {
        return i;
      }
    }
    throw new IllegalArgumentException(primary + " is not a primary dose of " + schedule);
  }

  private boolean isValidBy(int i, List<Vaccination> records, LocalDate birth, LocalDate from, LocalDate end) {
    ScheduledDose p = doses.primary[i];
    if (Doses.givenBetween(records, p.vaccine(), p.dose(), from, end)) {
      return true;
    }
    for (ScheduledDose alt : doses.alternatives[i]) {
      if (Doses.givenBetween(records, alt.vaccine(), alt.dose(), alt.scheduledDate(birth), end)) {
        return true;
      }
    }
    return false;
  }

  private String shortfalls(int missing, int due, List<Vaccination> records, LocalDate birth, ReportingPeriod period) {
    LocalDate start = period.start();
    LocalDate end = period.end();
    StringBuilder b = new StringBuilder();
    b.append(missing).append(" of ").append(due).append(due == 1 ? " dose" : " doses").append(" due in ")
        .append(period).append(" not done: ");
    String sep = "";
    for (int i = 0; i < doses.primary.length; i++) {
      LocalDate from = doses.primary[i].scheduledDate(birth);
      if (!from.isBefore(start) && !from.isAfter(end) && !isValidBy(i, records, birth, from, end)) {
        b.append(sep).append(doses.notValid(i, records, birth, end));
        sep = "; ";
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "VaccinationCoverage[IMM-02, " + doses.primary.length + " doses]";
  }
}
