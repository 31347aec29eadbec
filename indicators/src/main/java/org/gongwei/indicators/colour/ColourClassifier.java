package org.gongwei.indicators.colour;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.FollowUpClassification;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.core.period.Age;
import org.gongwei.core.resident.Resident;
import org.gongwei.indicators.chronic.ChronicManagement;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.Subject;
import org.gongwei.indicators.rulebook.ControlVisit;
import org.gongwei.indicators.rulebook.Rulebook;

/**
 * Grades a managed hypertension or type 2 diabetes patient green, yellow or red (红黄绿分色管理,
 * indicators.md §15) by the {@link ColourRules}.
 *
 * <p>Who is graded: the managed patients of the period as HTN-01…03 / DM-01…03 count them ({@link
 * ChronicManagement#isManaged()}); anyone else has no grade. Which follow-ups (of the condition,
 * dated in the period, in date order):
 *
 * <ul>
 *   <li><b>the control visit</b>, the one HTN-02 / DM-02 judge control on ({@link
 *       ChronicManagement#controlVisit()}; rulebook knob {@code controlVisit}), for {@link
 *       ColourRule#NO_READING} (there is none) and {@link ColourRule#UNCONTROLLED} (it is not
 *       controlled: {@link ChronicManagement#isControlled()}, with the elderly target and the
 *       glucose target of the rulebook);
 *   <li><b>the run</b>: the control visit and the {@code uncontrolledRun − 1} readings just
 *       before it in the period (follow-ups with the measurement, or any follow-up when {@code
 *       controlVisit = LATEST_ANY}), for {@link ColourRule#CONSECUTIVE_UNCONTROLLED}: it fires
 *       when the run is complete and every reading of it is uncontrolled by the same rule (a
 *       reading without the measurement is uncontrolled). Unlike the control visit, the earlier
 *       readings are not checked against the management window;
 *   <li><b>the latest blood pressure</b> and <b>the latest fasting glucose</b> recorded at a
 *       follow-up, for {@link ColourRule#SEVERE_BLOOD_PRESSURE} and {@link
 *       ColourRule#SEVERE_GLUCOSE} (whatever the condition: a diabetes follow-up with SBP 185 is
 *       severe too, as in the referral criteria of both 规范 services);
 *   <li><b>the latest follow-up</b> of any method, with or without a reading, for {@link
 *       ColourRule#ADVERSE_REACTION}, {@link ColourRule#CLASSIFIED_UNSATISFACTORY}, {@link
 *       ColourRule#CLASSIFIED_ADVERSE_REACTION}, {@link ColourRule#COMPLICATION} and {@link
 *       ColourRule#REFERRAL}.
 * </ul>
 *
 * <p>Every rule that is on and fires gives a {@link ColourReason}; the patient's colour is the
 * most severe of them (red beats yellow beats green), green when none fired. A managed patient
 * without any follow-up in the period fires {@link ColourRule#NO_READING} (yellow by default).
 */
public final class ColourClassifier {
  private static final Comparator<ColourReason> ORDER =
      Comparator.comparing(ColourReason::colour).reversed().thenComparing(ColourReason::rule);

  private ColourClassifier() {}

  /**
   * The colour of {@code view}'s management of {@code condition} in the context's period, or
   * empty when the resident is not a managed patient of that condition.
   *
   * @throws IllegalArgumentException if {@code condition} is neither {@link
   *     Condition#HYPERTENSION} nor {@link Condition#TYPE2_DIABETES}
   */
  public static Optional<ColourGrade> classify(
      ResidentView view, Condition condition, EvaluationContext context, ColourRules rules) {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(rules, "rules");
    return classify(new Subject(view, context), condition, rules);
  }

  /** As {@link #classify(ResidentView, Condition, EvaluationContext, ColourRules)}, for a subject. */
  static Optional<ColourGrade> classify(Subject subject, Condition condition, ColourRules rules) {
    ChronicManagement m = ChronicManagement.of(subject, condition);
    if (!m.isManaged()) {
      return Optional.empty();
    }
    LocalDate start = subject.start();
    LocalDate end = subject.end();
    List<FollowUp> inPeriod = new ArrayList<>();
    for (FollowUp f : subject.view().followUps()) {
      LocalDate d = f.visitDate();
      if (f.condition() == condition && !d.isBefore(start) && !d.isAfter(end)) {
        inPeriod.add(f);
      }
    }
    boolean[] used = new boolean[inPeriod.size()];
    List<ColourReason> reasons = new ArrayList<>();
    Rules r = new Rules(rules, reasons);

    // the control visit and the run of uncontrolled readings
    Optional<FollowUp> control = m.controlVisit();
    if (control.isEmpty()) {
      r.fire(ColourRule.NO_READING, m.notControlledText());
    } else {
      int c = inPeriod.indexOf(control.get());
      if (c >= 0) {
        used[c] = true;
      }
      if (!m.isControlled()) {
        r.fire(ColourRule.UNCONTROLLED, m.notControlledText());
        if (rules.isOn(ColourRule.CONSECUTIVE_UNCONTROLLED) && c >= 0) {
          consecutive(subject, condition, rules, inPeriod, c, used, r);
        }
      }
    }

    // the latest readings
    int bp = -1;
    int glucose = -1;
    for (int i = inPeriod.size() - 1; i >= 0 && (bp < 0 || glucose < 0); i--) {
      FollowUp f = inPeriod.get(i);
      if (bp < 0 && f.hasBloodPressure()) {
        bp = i;
      }
      if (glucose < 0 && f.fastingGlucose().isPresent()) {
        glucose = i;
      }
    }
    if (bp >= 0 && rules.isOn(ColourRule.SEVERE_BLOOD_PRESSURE)) {
      used[bp] = true;
      FollowUp f = inPeriod.get(bp);
      int sbp = f.sbp().getAsInt();
      int dbp = f.dbp().getAsInt();
      boolean highS = sbp >= rules.severeSbp();
      boolean highD = dbp >= rules.severeDbp();
      if (highS || highD) {
        String s = "SBP " + sbp + " ≥ " + rules.severeSbp();
        String d = "DBP " + dbp + " ≥ " + rules.severeDbp();
        String text = highS && highD ? s + " and " + d : highS ? s : d;
        r.fire(ColourRule.SEVERE_BLOOD_PRESSURE, text + " on " + f.visitDate());
      }
    }
    if (glucose >= 0 && rules.isOn(ColourRule.SEVERE_GLUCOSE)) {
      used[glucose] = true;
      FollowUp f = inPeriod.get(glucose);
      BigDecimal g = BigDecimal.valueOf(f.fastingGlucose().getAsDouble());
      if (g.compareTo(rules.severeGlucose()) >= 0) {
        r.fire(
            ColourRule.SEVERE_GLUCOSE,
            "fasting glucose " + g.toPlainString() + " ≥ " + rules.severeGlucose().toPlainString() + " mmol/L on "
                + f.visitDate());
      }
    }

    // the latest follow-up
    if (!inPeriod.isEmpty()) {
      int last = inPeriod.size() - 1;
      used[last] = true;
      FollowUp f = inPeriod.get(last);
      LocalDate d = f.visitDate();
      if (f.adverseReaction()) {
        r.fire(ColourRule.ADVERSE_REACTION, "adverse drug reaction on " + d);
      }
      if (f.classification().isPresent()) {
        FollowUpClassification k = f.classification().get();
        String text = "classified " + k.code() + " " + k.label() + " on " + d;
        switch (k) {
          case UNSATISFACTORY -> r.fire(ColourRule.CLASSIFIED_UNSATISFACTORY, text);
          case ADVERSE_REACTION -> r.fire(ColourRule.CLASSIFIED_ADVERSE_REACTION, text);
          case COMPLICATION -> r.fire(ColourRule.COMPLICATION, text);
          case SATISFACTORY -> {}
        }
      }
      if (f.referral()) {
        r.fire(ColourRule.REFERRAL, "referral on " + d);
      }
    }

    reasons.sort(ORDER);
    Colour colour = Colour.GREEN;
    for (ColourReason reason : reasons) {
      colour = colour.worse(reason.colour());
    }
    List<FollowUp> followUps = new ArrayList<>();
    for (int i = 0; i < used.length; i++) {
      if (used[i]) {
        followUps.add(inPeriod.get(i));
      }
    }
    return Optional.of(new ColourGrade(subject.view().residentId(), condition, colour, reasons, followUps));
  }

  private static void consecutive(
      Subject subject, Condition condition, ColourRules rules, List<FollowUp> inPeriod, int control, boolean[] used,
      Rules r) {
    boolean any = subject.rulebook().controlVisit() == ControlVisit.LATEST_ANY;
    int needed = rules.uncontrolledRun();
    List<Integer> run = new ArrayList<>();
    run.add(control);
    for (int i = control - 1; i >= 0 && run.size() < needed; i--) {
      FollowUp f = inPeriod.get(i);
      if (!any && !hasMeasurement(f, condition)) {
        continue;
      }
      run.add(i);
      used[i] = true;
      if (isControlled(f, condition, subject.resident(), subject.rulebook(), subject.context())) {
        return;
      }
    }
    if (run.size() < needed) {
      return;
    }
    StringBuilder b = new StringBuilder().append(needed).append(" consecutive uncontrolled readings: ");
    for (int k = run.size() - 1; k >= 0; k--) {
      b.append(reading(inPeriod.get(run.get(k)), condition));
      if (k > 0) {
        b.append(", ");
      }
    }
    r.fire(ColourRule.CONSECUTIVE_UNCONTROLLED, b.toString());
  }

  private static boolean hasMeasurement(FollowUp f, Condition condition) {
    return condition == Condition.HYPERTENSION ? f.hasBloodPressure() : f.fastingGlucose().isPresent();
  }

  /**
   * Whether one follow-up is controlled by the rule of HTN-02 / DM-02: hypertension SBP &lt; 140
   * and DBP &lt; 90, or &lt; 150/90 when aged 65 or more at the visit with {@code elderlyBpTarget};
   * diabetes fasting glucose below {@code fastingGlucoseTarget}. A follow-up without the
   * measurement is not controlled.
   */
  static boolean isControlled(
      FollowUp f, Condition condition, Resident resident, Rulebook rulebook, EvaluationContext context) {
    if (condition == Condition.HYPERTENSION) {
      if (!f.hasBloodPressure()) {
        return false;
      }
      LocalDate birth = resident.birthDate();
      boolean elderly =
          rulebook.elderlyBpTarget()
              && !f.visitDate().isBefore(birth)
              && Age.yearsAt(birth, f.visitDate()) >= 65;
      return f.sbp().getAsInt() < (elderly ? 150 : 140) && f.dbp().getAsInt() < 90;
    }
    return f.fastingGlucose().isPresent() && f.fastingGlucose().getAsDouble() < context.fastingGlucoseTarget();
  }

  private static String reading(FollowUp f, Condition condition) {
    if (condition == Condition.HYPERTENSION) {
      return f.hasBloodPressure()
          ? f.sbp().getAsInt() + "/" + f.dbp().getAsInt() + " mmHg on " + f.visitDate()
          : "no blood pressure on " + f.visitDate();
    }
    return f.fastingGlucose().isPresent()
        ? BigDecimal.valueOf(f.fastingGlucose().getAsDouble()).toPlainString() + " mmol/L on " + f.visitDate()
        : "no fasting glucose on " + f.visitDate();
  }

  /** Collects the reasons of the rules that are on. */
  private static final class Rules {
    private final ColourRules rules;
    private final List<ColourReason> reasons;

    Rules(ColourRules rules, List<ColourReason> reasons) {
      this.rules = rules;
      this.reasons = reasons;
    }

    void fire(ColourRule rule, String text) {
      Colour colour = rules.colourOf(rule);
      if (colour != Colour.GREEN) {
        reasons.add(new ColourReason(rule, colour, text));
      }
    }
  }
}
