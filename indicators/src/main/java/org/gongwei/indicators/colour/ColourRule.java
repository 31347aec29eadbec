package org.gongwei.indicators.colour;

/**
 * A rule of colour-coded management: a condition on a managed patient's follow-ups in the period
 * that, when it holds, gives the patient at least the rule's colour ({@link
 * ColourRules#colourOf}). The patient's colour is the most severe colour of the rules that fired,
 * green when none fired.
 *
 * <p>Which follow-ups a rule looks at (all of the condition, in the period): the <i>control
 * visit</i> is the follow-up that HTN-02 / DM-02 judge control on ({@link
 * org.gongwei.indicators.chronic.ChronicManagement#controlVisit()}, rulebook knob {@code
 * controlVisit}); the <i>latest follow-up</i> is the latest one of any method, with or without
 * a reading.
 */
public enum ColourRule {
  /** The managed patient has no control visit in the period (no reading). Default yellow. */
  NO_READING(Colour.YELLOW),
  /**
   * The control visit is not controlled: the rule of HTN-02 / DM-02 (SBP &lt; 140 and DBP &lt; 90,
   * &lt; 150/90 at 65 or over with {@code elderlyBpTarget}; fasting glucose below {@code
   * fastingGlucoseTarget}). Default yellow.
   */
  UNCONTROLLED(Colour.YELLOW),
  /** An adverse drug reaction (药物不良反应) recorded at the latest follow-up. Default yellow. */
  ADVERSE_REACTION(Colour.YELLOW),
  /** The latest follow-up classified 2, 控制不满意 (unsatisfactory control). Default yellow. */
  CLASSIFIED_UNSATISFACTORY(Colour.YELLOW),
  /** The latest follow-up classified 3, 不良反应 (adverse reaction). Default yellow. */
  CLASSIFIED_ADVERSE_REACTION(Colour.YELLOW),
  /**
   * The control visit and the readings just before it, {@link ColourRules#uncontrolledRun()} in
   * all (default 2: two consecutive follow-ups), all in the period and all uncontrolled. Default
   * red: 规范 asks to refer a patient uncontrolled at two consecutive follow-ups.
   */
  CONSECUTIVE_UNCONTROLLED(Colour.RED),
  /**
   * The latest blood pressure recorded at a follow-up in the period has SBP ≥ {@link
   * ColourRules#severeSbp()} (180) or DBP ≥ {@link ColourRules#severeDbp()} (110) mmHg. Default red
   * (规范: urgent referral).
   */
  SEVERE_BLOOD_PRESSURE(Colour.RED),
  /**
   * The latest fasting glucose recorded at a follow-up in the period is ≥ {@link
   * ColourRules#severeGlucose()} (16.7 mmol/L). Default red (规范: urgent referral).
   */
  SEVERE_GLUCOSE(Colour.RED),
  /** The latest follow-up classified 4, 并发症 (new or worsened complication). Default red. */
  COMPLICATION(Colour.RED),
  /** A referral (转诊) recorded at the latest follow-up. Default red. */
  REFERRAL(Colour.RED);

  private final Colour defaultColour;

  ColourRule(Colour defaultColour) {
    this.defaultColour = defaultColour;
  }

  /** The colour this rule gives in {@link ColourRules#defaults()}. */
  public Colour defaultColour() {
    return defaultColour;
  }
}
