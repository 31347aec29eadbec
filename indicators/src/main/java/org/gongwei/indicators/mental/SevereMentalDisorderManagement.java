package org.gongwei.indicators.mental;

import java.time.LocalDate;
import java.util.List;
import org.gongwei.core.code.MentalHealthMedication;
import org.gongwei.core.code.MentalHealthStatus;
import org.gongwei.core.mental.MentalFollowUp;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.engine.PopulationBase;
import org.gongwei.indicators.engine.Reason;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;

/**
 * Severe mental disorder patient management (严重精神障碍患者管理), indicators.md §8, after
 * 国家基本公共卫生服务规范（第三版） (2017), 严重精神障碍患者管理服务规范. "Registered" (在册) is defined by
 * {@link SevereMentalRegistration}; a <i>reached</i> follow-up is a mental-health follow-up in the
 * period whose status is not {@code NOT_REACHED}, of any method.
 *
 * <ul>
 *   <li><b>SMD-01</b> 规范管理率: registered patients whose reached follow-ups in the period number at
 *       least {@code rulebook.followUpRequirement().required(q)} ({@code q} = quarters of the
 *       period under management, see {@link SevereMentalRegistration#quartersOverlapped()}) /
 *       registered patients;
 *   <li><b>SMD-02</b> 报告患病率 (shown per 1,000): registered patients / population ({@link
 *       PopulationBase#POPULATION}). The records-based denominator counts residents in the
 *       population at the period end, and the numerator only registered patients among them, so a
 *       registered patient who is not a permanent resident is not in SMD-02 (but is in the others);
 *   <li><b>SMD-03</b> 在册患者管理率: registered patients with at least one reached follow-up in the
 *       period / registered patients;
 *   <li><b>SMD-04</b> 服药率: registered patients whose latest reached follow-up in the period
 *       records medication {@code REGULAR} or {@code INTERMITTENT} / registered patients;
 *   <li><b>SMD-05</b> 规律服药率: … records {@code REGULAR} / registered patients;
 *   <li><b>SMD-06</b> 病情稳定率: registered patients whose latest reached follow-up in the period is
 *       {@code STABLE} / registered patients with at least one reached follow-up in the period.
 * </ul>
 *
 * <p>Follow-ups count when dated in the period (the specification says "in the period"; unlike
 * §7 they are not restricted to the management window). Knob: {@code followUpRequirement}.
 */
public final class SevereMentalDisorderManagement implements PersonIndicator {
  private static final int SMD_01 = 0;
  private static final int SMD_02 = 1;
  private static final int SMD_03 = 2;
  private static final int SMD_04 = 3;
  private static final int SMD_05 = 4;
  private static final int SMD_06 = 5;

  private static final List<Measure> MEASURES =
      List.of(
          Measure.of("SMD-01"),
          Measure.of("SMD-02", PopulationBase.POPULATION),
          Measure.of("SMD-03"),
          Measure.of("SMD-04"),
          Measure.of("SMD-05"),
          Measure.of("SMD-06"));

  private static final Reason NOT_REGISTERED = Reason.of("no severe mental disorder registration");

  /** The indicator. */
  public SevereMentalDisorderManagement() {}

  /** SMD-01 to SMD-06. */
  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(Subject subject, Recorder out) {
    if (subject.view().registrations().isEmpty()) {
      if (subject.isInPopulationAtEnd()) {
        out.denominatorOnly(SMD_02, NOT_REGISTERED);
      }
      return;
    }
    SevereMentalRegistration r = SevereMentalRegistration.of(subject);
    if (!r.isRegistered()) {
      if (subject.isInPopulationAtEnd()) {
        out.denominatorOnly(SMD_02, r.hasRegistration() ? r::notRegisteredText : NOT_REGISTERED);
      }
      if (r.hasRegistration()) {
        Reason why = r::notRegisteredText;
        out.excluded(SMD_01, why);
        out.excluded(SMD_03, why);
        out.excluded(SMD_04, why);
        out.excluded(SMD_05, why);
        out.excluded(SMD_06, why);
      }
      return;
    }
    if (subject.isInPopulationAtEnd()) {
      out.numerator(SMD_02);
    }
    LocalDate ps = subject.start();
    LocalDate pe = subject.end();
    List<MentalFollowUp> followUps = subject.view().mentalFollowUps();
    int reached = 0;
    MentalFollowUp latest = null;
    for (int i = 0; i < followUps.size(); i++) {
      MentalFollowUp f = followUps.get(i);
      if (isReachedIn(f, ps, pe)) {
        reached++;
        latest = f;
      }
    }
    int required = subject.rulebook().followUpRequirement().required(r.quartersOverlapped());
    String period = subject.period().toString();
    if (reached >= required) {
      out.numerator(SMD_01);
    } else {
      int n = reached;
      out.denominatorOnly(SMD_01, () -> n + " reached follow-up" + (n == 1 ? "" : "s") + " in " + period + ", " + required + " required");
    }
    if (latest == null) {
      Reason none = () -> "no reached follow-up in " + period;
      out.denominatorOnly(SMD_03, none);
      out.denominatorOnly(SMD_04, none);
      out.denominatorOnly(SMD_05, none);
      out.excluded(SMD_06, none);
      return;
    }
    out.numerator(SMD_03);
    MentalHealthMedication medication = latest.medication().orElse(null);
    MentalFollowUp last = latest;
    if (medication == MentalHealthMedication.REGULAR || medication == MentalHealthMedication.INTERMITTENT) {
      out.numerator(SMD_04);
    } else {
      out.denominatorOnly(SMD_04, () -> medicationText(last));
    }
    if (medication == MentalHealthMedication.REGULAR) {
      out.numerator(SMD_05);
    } else {
      out.denominatorOnly(SMD_05, () -> medicationText(last));
    }
    if (latest.status() == MentalHealthStatus.STABLE) {
      out.numerator(SMD_06);
    } else {
      out.denominatorOnly(SMD_06, () -> "latest reached follow-up " + last.visitDate() + ": " + last.status());
    }
  }

  /**
   * The reached follow-ups (status not {@code NOT_REACHED}, any method) dated in the period: what
   * SMD-01 compares with the required number and SMD-03 with one.
   */
  public static int reachedFollowUps(Subject subject) {
    LocalDate ps = subject.start();
    LocalDate pe = subject.end();
    List<MentalFollowUp> followUps = subject.view().mentalFollowUps();
    int reached = 0;
    for (int i = 0; i < followUps.size(); i++) {
      if (isReachedIn(followUps.get(i), ps, pe)) {
        reached++;
      }
    }
    return reached;
  }

  private static boolean isReachedIn(MentalFollowUp f, LocalDate start, LocalDate end) {
    LocalDate d = f.visitDate();
    return f.isReached() && !d.isBefore(start) && !d.isAfter(end);
  }

  private static String medicationText(MentalFollowUp f) {
    return "latest reached follow-up " + f.visitDate() + ": medication "
        + f.medication().map(Enum::name).orElse("not recorded");
  }

  @Override
  public String toString() {
    return "SevereMentalDisorderManagement[SMD-01…SMD-06]";
  }
}
