package org.gongwei.indicators.immunization;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.gongwei.core.immunization.NipSchedule;
import org.gongwei.core.immunization.ScheduledDose;
import org.gongwei.core.immunization.Vaccination;
import org.gongwei.indicators.engine.Measure;

/**
 * Vaccination coverage per dose of the immunization schedule IMM-02(v,d) (某疫苗某剂次接种率) and
 * over all doses IMM-02 (免疫规划疫苗接种率).
 *
 * <p>For each primary dose <i>d</i> of vaccine <i>v</i> of the schedule, measure {@code
 * IMM-02(v,d)} (for example {@code IMM-02(MMR,1)}):
 *
 * <ul>
 *   <li>denominator: children in population at the period end whose scheduled-age date for
 *       (v,d) ({@link ScheduledDose#scheduledDate}, the calendar age of {@link
 *       org.gongwei.core.period.Age}) falls in the period;
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
public final class VaccinationCoverage extends PrimaryDoseRate {
  private static final String ID = "IMM-02";

  /** Coverage for the national schedule {@link NipSchedule#national2021()}. */
  public VaccinationCoverage() {
    this(NipSchedule.national2021());
  }

  /** Coverage for the primary doses of {@code schedule}. */
  public VaccinationCoverage(NipSchedule schedule) {
    super(schedule, ID, DenominatorAge.SCHEDULED, " due in ", " not done: ");
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

  @Override
  boolean isMet(int i, List<Vaccination> records, LocalDate birth, LocalDate date, LocalDate end) {
    return isValidBy(i, records, birth, date, end);
  }

  @Override
  String whyNot(int i, List<Vaccination> records, LocalDate birth, LocalDate end) {
    return doses.notValid(i, records, birth, end);
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

  @Override
  public String toString() {
    return "VaccinationCoverage[IMM-02, " + doses.primary.length + " doses]";
  }
}
