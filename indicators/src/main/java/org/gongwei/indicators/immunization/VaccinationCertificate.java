package org.gongwei.indicators.immunization;

import java.time.LocalDate;
import java.util.List;
import org.gongwei.core.resident.Resident;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.engine.PopulationBase;
import org.gongwei.indicators.engine.Reason;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;
import org.gongwei.indicators.rulebook.CertificateCohort;

/**
 * The vaccination-certificate rate IMM-01 (建证率).
 *
 * <p>IMM-01 = children of the denominator whose vaccination certificate (预防接种证) was issued on
 * or before the period end ÷ the children of the cohort chosen by knob {@code
 * certificateCohort}:
 *
 * <ul>
 *   <li>{@link CertificateCohort#CHILDREN_0_6} (default): children aged 0–6 (under 7 full years)
 *       at the period end, in population at the period end;
 *   <li>{@link CertificateCohort#BORN_IN_PERIOD}: children born in the period, in population at
 *       the period end.
 * </ul>
 *
 * <p>The measure's population base is {@link PopulationBase#AGED_0_6}, which fits the default
 * cohort; with {@code BORN_IN_PERIOD} the report layer should keep the records-based count.
 *
 * <p>Source: 国家基本公共卫生服务规范（第三版）(2017), 预防接种服务规范, 工作指标 (建证率 = 年度辖区内建立
 * 预防接种证人数 / 年度辖区内应建立预防接种证人数); indicators.md §3. Knob read: {@code certificateCohort}.
 */
public final class VaccinationCertificate implements PersonIndicator {
  private static final int IMM_01 = 0;
  private static final int MAX_AGE = 6;
  private static final List<Measure> MEASURES = List.of(Measure.of("IMM-01", PopulationBase.AGED_0_6));
  private static final Reason NO_CERTIFICATE = Reason.of("no vaccination certificate");

  /** The calculator; its setting comes from the rulebook. */
  public VaccinationCertificate() {}

  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(Subject subject, Recorder out) {
    int age = subject.ageYearsAtEnd();
    if (age < 0 || !subject.isInPopulationAtEnd()) {
      return;
    }
    Resident r = subject.resident();
    boolean inCohort =
        subject.rulebook().certificateCohort() == CertificateCohort.CHILDREN_0_6
            ? age <= MAX_AGE
            : !r.birthDate().isBefore(subject.start());
    if (!inCohort) {
      return;
    }
    if (r.vaccinationCertificateDate().isEmpty()) {
      out.denominatorOnly(IMM_01, NO_CERTIFICATE);
      return;
    }
    LocalDate issued = r.vaccinationCertificateDate().get();
    LocalDate end = subject.end();
    if (issued.isAfter(end)) {
      out.denominatorOnly(IMM_01, () -> "vaccination certificate issued " + issued + ", after " + end);
    } else {
      out.numerator(IMM_01);
    }
  }

  @Override
  public String toString() {
    return "VaccinationCertificate[IMM-01]";
  }
}
