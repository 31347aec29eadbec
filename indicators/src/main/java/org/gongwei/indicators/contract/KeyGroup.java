package org.gongwei.indicators.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.gongwei.core.maternal.Pregnancy;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.tb.TbCourse;
import org.gongwei.indicators.chronic.ChronicManagement;
import org.gongwei.indicators.engine.Subject;
import org.gongwei.indicators.mental.SevereMentalRegistration;

/**
 * A key group (重点人群) of family-doctor contract services, indicators.md §13. A resident may
 * belong to several groups. Membership is judged in a reporting period; being in the population at the
 * period end is a separate condition, checked by {@link KeyGroupCoverage}.
 */
public enum KeyGroup {
  /** Aged 65 or more at the period end. */
  AGED_65_PLUS("65岁及以上老年人"),
  /** Aged 0–6 (under 7 full years) at the period end. */
  AGED_0_6("0～6岁儿童"),
  /**
   * Pregnant during the period: a pregnancy registered (建册) on or before the period end and not
   * delivered before the period start (a registered pregnancy without a delivery date counts).
   */
  PREGNANT("孕产妇"),
  /** A managed hypertension or type 2 diabetes patient ({@link ChronicManagement#isManaged()}). */
  CHRONIC("高血压、2型糖尿病患者"),
  /** A registered severe mental disorder patient ({@link SevereMentalRegistration#isRegistered()}). */
  SEVERE_MENTAL("严重精神障碍患者"),
  /** Under tuberculosis treatment: a course whose treatment overlaps the period. */
  TUBERCULOSIS("肺结核患者"),
  /** A person with disability ({@code disabled = 1}). */
  DISABLED("残疾人"),
  /** Lifted out of poverty ({@code poverty_alleviated = 1}, 脱贫人口). */
  POVERTY_ALLEVIATED("脱贫人口"),
  /** A family-planning special family ({@code family_planning_special = 1}, 计划生育特殊家庭). */
  FAMILY_PLANNING_SPECIAL("计划生育特殊家庭");

  private static final KeyGroup[] ALL = values();

  private final String label;

  KeyGroup(String label) {
    this.label = label;
  }

  /** The Chinese name of the group, e.g. {@code 65岁及以上老年人}. */
  public String label() {
    return label;
  }

  /** Whether the resident of {@code subject} belongs to this group in the subject's period. */
  public boolean includes(Subject subject) {
    Objects.requireNonNull(subject, "subject");
    Resident r = subject.resident();
    switch (this) {
      case AGED_65_PLUS:
        return subject.ageYearsAtEnd() >= 65;
      case AGED_0_6:
        return subject.ageYearsAtEnd() >= 0 && subject.ageYearsAtEnd() < 7;
      case PREGNANT:
        return isPregnant(subject);
      case CHRONIC:
        return !subject.view().registrations().isEmpty()
            && (ChronicManagement.hypertension(subject).isManaged() || ChronicManagement.diabetes(subject).isManaged());
      case SEVERE_MENTAL:
        return !subject.view().registrations().isEmpty() && SevereMentalRegistration.of(subject).isRegistered();
      case TUBERCULOSIS:
        return isUnderTbTreatment(subject);
      case DISABLED:
        return r.disabled();
      case POVERTY_ALLEVIATED:
        return r.povertyAlleviated();
      case FAMILY_PLANNING_SPECIAL:
        return r.familyPlanningSpecial();
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * The groups of the resident of {@code subject} as a bit set: bit {@code g.ordinal()} is set
   * when the resident is in group {@code g}; 0 for none.
   */
  public static int membership(Subject subject) {
    int mask = 0;
    for (int g = 0; g < ALL.length; g++) {
      if (ALL[g].includes(subject)) {
        mask |= 1 << g;
      }
    }
    return mask;
  }

  private static boolean isPregnant(Subject subject) {
    List<Pregnancy> pregnancies = subject.view().pregnancies();
    LocalDate ps = subject.start();
    LocalDate pe = subject.end();
    for (int i = 0; i < pregnancies.size(); i++) {
      Pregnancy p = pregnancies.get(i);
      if (p.registrationDate().isPresent()
          && !p.registrationDate().get().isAfter(pe)
          && (p.deliveryDate().isEmpty() || !p.deliveryDate().get().isBefore(ps))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUnderTbTreatment(Subject subject) {
    List<TbCourse> courses = subject.view().tbCourses();
    for (int i = 0; i < courses.size(); i++) {
      if (courses.get(i).isUnderTreatmentBetween(subject.start(), subject.end())) {
        return true;
      }
    }
    return false;
  }
}
