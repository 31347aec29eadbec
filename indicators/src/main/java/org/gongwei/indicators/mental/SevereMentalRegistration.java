package org.gongwei.indicators.mental;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.Condition;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.resident.Resident;
import org.gongwei.indicators.engine.MemoKey;
import org.gongwei.indicators.engine.Subject;

/**
 * Whether a resident is a registered (在册) patient with a severe mental disorder at the end of a
 * reporting period, and over how many quarters of the period the patient was under management
 * (indicators.md §8; 国家基本公共卫生服务规范（第三版）, 严重精神障碍患者管理服务规范). Shared by SMD-01…06 and
 * the key group "severe mental disorder" of FD-02, computed once per resident ({@link
 * Subject#memo}).
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>A registration counts when its condition is {@link Condition#SEVERE_MENTAL_DISORDER} and
 *       its ICD-10 code is one of the six disorders — schizophrenia F20, persistent delusional
 *       disorder F22, schizoaffective disorder F25, bipolar disorder F31, mental disorder due to
 *       epilepsy F06 (also accepted when coded by the epilepsy code G40 alone, since the bundle
 *       holds one code), intellectual disability with mental disorder F70–F79 — or has no code. A
 *       registration with another code is excluded.
 *   <li><b>Registered</b> = such a registration open at the period end: enrolled on or before the
 *       end, not ended on or before the end, and the resident neither dead nor with a closed
 *       record on or before the end.
 *   <li><b>Quarters under management</b>: the calendar quarters of the period that overlap the
 *       union of the windows {@code [enrolled_date, earliest of ended_date, death, closure]} of
 *       the resident's counted registrations (the same rule as §7); SMD-01 requires {@code
 *       rulebook.followUpRequirement().required(quarters)} reached follow-ups.
 * </ul>
 *
 * <p>Immutable.
 */
public final class SevereMentalRegistration {
  private static final MemoKey<SevereMentalRegistration> KEY = MemoKey.named("mental.registration");
  private static final SevereMentalRegistration NONE = new SevereMentalRegistration(null, 0, null, false, 0);

  private final ReportingPeriod period;
  private final int registrations;
  private final Registration excluded;
  private final boolean registered;
  private final int quarters;

  private SevereMentalRegistration(
      ReportingPeriod period, int registrations, Registration excluded, boolean registered, int quarters) {
    this.period = period;
    this.registrations = registrations;
    this.excluded = excluded;
    this.registered = registered;
    this.quarters = quarters;
  }

  /** The registration status of {@code subject} in its period, computed once per subject. */
  public static SevereMentalRegistration of(Subject subject) {
    Objects.requireNonNull(subject, "subject");
    if (subject.view().registrations().isEmpty()) {
      return NONE;
    }
    return subject.memo(KEY, SevereMentalRegistration::compute);
  }

  /**
   * Whether {@code code} is one of the six severe mental disorders: F20, F22, F25, F31, F06 (or
   * G40), F70–F79.
   */
  public static boolean isProgrammeCode(Icd10Code code) {
    Objects.requireNonNull(code, "code");
    String c = code.category();
    return c.equals("F20") || c.equals("F22") || c.equals("F25") || c.equals("F31") || c.equals("F06")
        || c.equals("G40") || code.isInRange("F70", "F79");
  }

  private static boolean counts(Registration r) {
    return r.condition() == Condition.SEVERE_MENTAL_DISORDER
        && (r.icd10().isEmpty() || isProgrammeCode(r.icd10().get()));
  }

  private static SevereMentalRegistration compute(Subject subject) {
    List<Registration> all = subject.view().registrations();
    Resident resident = subject.resident();
    LocalDate ps = subject.start();
    LocalDate pe = subject.end();
    LocalDate exit = resident.exitDate().orElse(null);
    boolean exitedByEnd = exit != null && !exit.isAfter(pe);
    int n = 0;
    Registration excluded = null;
    boolean open = false;
    long lastQuarter = Long.MIN_VALUE;
    int q = 0;
    for (int i = 0; i < all.size(); i++) {
      Registration r = all.get(i);
      if (r.condition() != Condition.SEVERE_MENTAL_DISORDER) {
        continue;
      }
      if (!counts(r)) {
        if (excluded == null) {
          excluded = r;
        }
        continue;
      }
      n++;
      LocalDate enrolled = r.enrolledDate();
      LocalDate ended = r.endedDate().orElse(null);
      open |= !enrolled.isAfter(pe) && (ended == null || ended.isAfter(pe)) && !exitedByEnd;
      // window [enrolled, earliest of ended, exit], clipped to the period; registrations are in
      // order of enrolment, so the clipped windows are in order of their start
      LocalDate end = ended == null ? exit : exit == null || ended.isBefore(exit) ? ended : exit;
      LocalDate from = enrolled.isBefore(ps) ? ps : enrolled;
      LocalDate to = end == null || end.isAfter(pe) ? pe : end;
      if (to.isBefore(from) || (end != null && end.isBefore(enrolled))) {
        continue;
      }
      long qFrom = Math.max(quarterIndex(from), lastQuarter + 1);
      long qTo = quarterIndex(to);
      if (qTo >= qFrom) {
        q += (int) (qTo - qFrom + 1);
      }
      lastQuarter = Math.max(lastQuarter, qTo);
    }
    if (n == 0 && excluded == null) {
      return NONE;
    }
    return new SevereMentalRegistration(subject.period(), n, excluded, open, q);
  }

  private static long quarterIndex(LocalDate date) {
    return 4L * date.getYear() + (date.getMonthValue() - 1) / 3;
  }

  /** Whether the resident has a severe-mental-disorder registration at all, counted or excluded. */
  public boolean hasRegistration() {
    return registrations > 0 || excluded != null;
  }

  /** The number of the resident's counted registrations (programme code or none). */
  public int registrations() {
    return registrations;
  }

  /** A registration excluded for its ICD-10 code (the first one), if any. */
  public Optional<Registration> excludedRegistration() {
    return Optional.ofNullable(excluded);
  }

  /** Whether the resident is a registered patient (在册) at the period end. */
  public boolean isRegistered() {
    return registered;
  }

  /** The calendar quarters of the period that overlap the union of the management windows. */
  public int quartersOverlapped() {
    return quarters;
  }

  /** Why the resident is not registered at the period end, in words; empty when registered. */
  public String notRegisteredText() {
    if (registered) {
      return "";
    }
    if (registrations == 0) {
      if (excluded != null) {
        return "severe mental disorder registration " + excluded.registrationId() + " has ICD-10 "
            + excluded.icd10().map(Icd10Code::code).orElse("") + ", not one of the six disorders";
      }
      return "no severe mental disorder registration";
    }
    return "no severe mental disorder registration open on " + period.end();
  }

  /** For example {@code SevereMentalRegistration[2024: registered, 4 quarters]}. */
  @Override
  public String toString() {
    if (period == null) {
      return "SevereMentalRegistration[none]";
    }
    return "SevereMentalRegistration[" + period + ": " + (registered ? "registered" : "not registered") + ", "
        + quarters + " quarters]";
  }
}
