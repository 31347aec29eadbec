package org.gongwei.indicators.immunization;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.gongwei.core.immunization.NipSchedule;
import org.gongwei.core.immunization.ScheduledDose;
import org.gongwei.core.immunization.Vaccination;
import org.gongwei.indicators.engine.Measure;

/**
 * The timely vaccination rate IMM-03 (及时接种率), over all doses and per dose IMM-03(v,d).
 *
 * <p>For each primary dose <i>d</i> of vaccine <i>v</i> of the schedule, measure {@code
 * IMM-03(v,d)} (for example {@code IMM-03(MMR,1)}):
 *
 * <ul>
 *   <li>denominator: children in population at the period end whose completion-age date for
 *       (v,d) ({@link ScheduledDose#completionDate}: the recommended completion age, for HepB 1
 *       birth + 2 days) falls in the period;
 *   <li>numerator: of those, children with a <i>timely</i> record of dose number d of v: dated on
 *       or after the scheduled-age date and strictly before the completion-age date ({@link
 *       ScheduledDose#isTimely}); or a timely record of an alternative dose that satisfies (v,d)
 *       ({@link NipSchedule#alternativesFor}), timely against the alternative's own ages. A dose
 *       on the completion date is late; a dose before the scheduled date is not valid.
 * </ul>
 *
 * <p>The headline {@code IMM-03} = Σ numerators ÷ Σ denominators over all doses; each child adds
 * the number of its doses whose completion date is in the period to the denominator and the
 * number of them given timely to the numerator.
 *
 * <p>The doses, and so the measures, come from the schedule given at construction (the national
 * schedule of 2021 by default); the schedule of the {@link
 * org.gongwei.indicators.engine.EvaluationContext} is not consulted.
 *
 * <p>Source: 国家基本公共卫生服务规范（第三版）(2017), 预防接种服务规范 (及时接种); 国家免疫规划疫苗儿童免疫
 * 程序及说明 (2021), 推荐接种年龄 and 完成接种年龄; indicators.md §3. Knobs read: none.
 */
public final class TimelyVaccination extends PrimaryDoseRate {
  private static final String ID = "IMM-03";

  /** Timeliness for the national schedule {@link NipSchedule#national2021()}. */
  public TimelyVaccination() {
    this(NipSchedule.national2021());
  }

  /** Timeliness for the primary doses of {@code schedule}. */
  public TimelyVaccination(NipSchedule schedule) {
    super(schedule, ID, DenominatorAge.COMPLETION, " to complete in ", " not timely: ");
  }

  /**
   * Whether the child born on {@code birth} has a timely record of the primary dose {@code
   * primary}: dated on or after its scheduled-age date and strictly before its completion-age
   * date, or a timely record of an alternative dose that satisfies it (the numerator condition of
   * {@code IMM-03(v,d)}).
   *
   * @param records the child's vaccinations in date order
   * @throws IllegalArgumentException if {@code primary} is not a primary dose of the schedule
   */
  public boolean hasTimelyDose(ScheduledDose primary, List<Vaccination> records, LocalDate birth) {
    int i = indexOf(primary);
    Objects.requireNonNull(records, "records");
    return isTimely(i, records, birth, primary.completionDate(birth));
  }

  /**
   * The measure {@code IMM-03(v,d)} of a primary dose.
   *
   * @throws IllegalArgumentException if {@code primary} is not a primary dose of the schedule
   */
  public Measure measureOf(ScheduledDose primary) {
    return measures.get(indexOf(primary) + 1);
  }

  @Override
  boolean isMet(int i, List<Vaccination> records, LocalDate birth, LocalDate date, LocalDate end) {
    return isTimely(i, records, birth, date);
  }

  @Override
  String whyNot(int i, List<Vaccination> records, LocalDate birth, LocalDate end) {
    return doses.notTimely(i, records, birth, end);
  }

  private boolean isTimely(int i, List<Vaccination> records, LocalDate birth, LocalDate before) {
    ScheduledDose p = doses.primary[i];
    if (Doses.givenBefore(records, p.vaccine(), p.dose(), p.scheduledDate(birth), before)) {
      return true;
    }
    for (ScheduledDose alt : doses.alternatives[i]) {
      if (Doses.givenBefore(records, alt.vaccine(), alt.dose(), alt.scheduledDate(birth), alt.completionDate(birth))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "TimelyVaccination[IMM-03, " + doses.primary.length + " doses]";
  }
}
