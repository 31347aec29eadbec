package org.gongwei.indicators.colour;

import static org.gongwei.indicators.colour.ColourFixture.NATIONAL_2024;
import static org.gongwei.indicators.colour.ColourFixture.Y2024;
import static org.gongwei.indicators.colour.ColourFixture.adult;
import static org.gongwei.indicators.colour.ColourFixture.bp;
import static org.gongwei.indicators.colour.ColourFixture.dm;
import static org.gongwei.indicators.colour.ColourFixture.dmGrade;
import static org.gongwei.indicators.colour.ColourFixture.fpg;
import static org.gongwei.indicators.colour.ColourFixture.htn;
import static org.gongwei.indicators.colour.ColourFixture.htnGrade;
import static org.gongwei.indicators.colour.ColourFixture.person;
import static org.gongwei.indicators.colour.ColourFixture.view;
import static org.gongwei.indicators.colour.ColourFixture.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.FollowUpClassification;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.rulebook.ControlVisit;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class ColourClassifierTest {
  private static final ColourRules DEFAULTS = ColourRules.defaults();

  private static ColourGrade htnOf(BundleRecord... records) {
    return htnGrade(DEFAULTS, records).orElseThrow();
  }

  private static List<ColourRule> rules(ColourGrade g) {
    return g.reasons().stream().map(ColourReason::rule).toList();
  }

  // ---- who is graded -----------------------------------------------------------------------

  @Test
  void residentWithoutRegistrationHasNoGrade() {
    assertEquals(Optional.empty(), htnGrade(DEFAULTS, adult("R1"), bp("F1", "R1", "2024-11-02", 130, 80).build()));
  }

  @Test
  void registrationEndedBeforeThePeriodHasNoGrade() {
    Registration ended =
        Registration.builder().registrationId("G1").residentId("R1").condition(Condition.HYPERTENSION)
            .icd10(Icd10Code.parse("I10")).enrolledDate(ColourFixture.d("2020-01-01"))
            .endedDate(ColourFixture.d("2023-12-31")).build();
    assertEquals(Optional.empty(), htnGrade(DEFAULTS, adult("R1"), ended));
  }

  @Test
  void hypertensionPatientHasNoDiabetesGrade() {
    assertEquals(Optional.empty(), dmGrade(DEFAULTS, adult("R1"), htn("G1", "R1")));
  }

  @Test
  void otherConditionsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ColourClassifier.classify(view(adult("R1")), Condition.TUBERCULOSIS, NATIONAL_2024, DEFAULTS));
  }

  // ---- green -------------------------------------------------------------------------------

  @Test
  void controlledLatestReadingWithoutFlagsIsGreen() {
    // 130 < 140 and 80 < 90 at the latest reading; nothing else recorded
    FollowUp f = bp("F1", "R1", "2024-11-02", 130, 80).build();
    ColourGrade g = htnOf(adult("R1"), htn("G1", "R1"), f);
    assertEquals(Colour.GREEN, g.colour());
    assertEquals(List.of(), g.reasons());
    assertEquals("no rule fired", g.reasonText());
    assertEquals(List.of(f), g.followUps());
    assertEquals("R1 HYPERTENSION GREEN: no rule fired", g.toString());
  }

  @Test
  void classificationSatisfactoryStaysGreen() {
    ColourGrade g =
        htnOf(adult("R1"), htn("G1", "R1"),
            bp("F1", "R1", "2024-11-02", 130, 80).classification(FollowUpClassification.SATISFACTORY).build());
    assertEquals(Colour.GREEN, g.colour());
  }

  // ---- yellow rules, each alone ------------------------------------------------------------

  @Test
  void noReadingIsYellowByDefaultAndAKnob() {
    // managed (registration open all 2024) but no follow-up in 2024; a 2023 reading does not count
    BundleRecord[] records = {adult("R1"), htn("G1", "R1"), bp("F0", "R1", "2023-12-30", 130, 80).build()};
    ColourGrade g = htnGrade(DEFAULTS, records).orElseThrow();
    assertEquals(Colour.YELLOW, g.colour());
    assertEquals(List.of(ColourRule.NO_READING), rules(g));
    assertEquals("no follow-up with blood pressure in 2024", g.reasonText());
    assertEquals(List.of(), g.followUps());
    // knob: a patient without a reading is red, or green (rule switched off)
    assertEquals(Colour.RED, htnGrade(DEFAULTS.withColour(ColourRule.NO_READING, Colour.RED), records).orElseThrow().colour());
    ColourGrade off = htnGrade(DEFAULTS.withColour(ColourRule.NO_READING, Colour.GREEN), records).orElseThrow();
    assertEquals(Colour.GREEN, off.colour());
    assertEquals(List.of(), off.reasons());
  }

  @Test
  void phoneFollowUpWithoutReadingIsNoReading() {
    // the only follow-up of 2024 has no blood pressure: no control visit (LATEST_WITH_MEASUREMENT)
    ColourGrade g =
        htnOf(adult("R1"), htn("G1", "R1"),
            visit("F1", "R1", Condition.HYPERTENSION, "2024-06-01").method(FollowUpMethod.PHONE).build());
    assertEquals(List.of(ColourRule.NO_READING), rules(g));
    assertEquals(1, g.followUps().size()); // the latest follow-up was looked at for the flags
  }

  @Test
  void uncontrolledLatestReadingIsYellow() {
    // F1 130/80 controlled, F2 145/85: 145 >= 140 -> uncontrolled; the run of two is broken by F1
    FollowUp f1 = bp("F1", "R1", "2024-03-01", 130, 80).build();
    FollowUp f2 = bp("F2", "R1", "2024-11-02", 145, 85).build();
    ColourGrade g = htnOf(adult("R1"), htn("G1", "R1"), f1, f2);
    assertEquals(Colour.YELLOW, g.colour());
    assertEquals(List.of(ColourRule.UNCONTROLLED), rules(g));
    assertEquals("latest follow-up with blood pressure 2024-11-02: 145/85 mmHg, target below 140/90", g.reasonText());
    assertEquals(List.of(f1, f2), g.followUps());
  }

  @Test
  void diastolicAtNinetyIsUncontrolled() {
    // 139 < 140 but 90 is not < 90
    assertEquals(Colour.YELLOW, htnOf(adult("R1"), htn("G1", "R1"), bp("F1", "R1", "2024-11-02", 139, 90).build()).colour());
    assertEquals(Colour.GREEN, htnOf(adult("R1"), htn("G1", "R1"), bp("F1", "R1", "2024-11-02", 139, 89).build()).colour());
  }

  @Test
  void elderlyTargetFromTheRulebook() {
    // born 1955-01-01: 69 on 2024-11-02 -> target 150/90; 145/85 is controlled
    BundleRecord[] records = {
      person("R1", "1955-01-01").build(), htn("G1", "R1"), bp("F1", "R1", "2024-11-02", 145, 85).build()
    };
    assertEquals(Colour.GREEN, htnGrade(DEFAULTS, records).orElseThrow().colour());
    // elderlyBpTarget off: 145 >= 140 -> yellow
    EvaluationContext strict = EvaluationContext.of(Y2024, Rulebook.national2017().withElderlyBpTarget(false));
    ColourGrade g = ColourClassifier.classify(view(records), Condition.HYPERTENSION, strict, DEFAULTS).orElseThrow();
    assertEquals(Colour.YELLOW, g.colour());
  }

  @Test
  void glucoseTargetFromTheRulebook() {
    // 6.9 < 7.0 controlled; 7.0 is not < 7.0
    assertEquals(Colour.GREEN, dmGrade(DEFAULTS, adult("R1"), dm("G1", "R1"), fpg("F1", "R1", "2024-11-02", 6.9).build()).orElseThrow().colour());
    ColourGrade g = dmGrade(DEFAULTS, adult("R1"), dm("G1", "R1"), fpg("F1", "R1", "2024-11-02", 7.0).build()).orElseThrow();
    assertEquals(Colour.YELLOW, g.colour());
    assertEquals("latest follow-up with fasting glucose 2024-11-02: 7.0 mmol/L, target below 7.0", g.reasonText());
    // target 7.5: 7.0 is controlled
    EvaluationContext loose =
        EvaluationContext.of(Y2024, Rulebook.national2017().withFastingGlucoseTarget(new BigDecimal("7.5")));
    assertEquals(
        Colour.GREEN,
        ColourClassifier.classify(
                view(adult("R1"), dm("G1", "R1"), fpg("F1", "R1", "2024-11-02", 7.0).build()),
                Condition.TYPE2_DIABETES, loose, DEFAULTS)
            .orElseThrow().colour());
  }

  @Test
  void adverseDrugReactionIsYellow() {
    ColourGrade g = htnOf(adult("R1"), htn("G1", "R1"), bp("F1", "R1", "2024-11-02", 130, 80).adverseReaction(true).build());
    assertEquals(Colour.YELLOW, g.colour());
    assertEquals(List.of(ColourRule.ADVERSE_REACTION), rules(g));
    assertEquals("adverse drug reaction on 2024-11-02", g.reasonText());
  }

  @Test
  void classificationTwoIsYellow() {
    ColourGrade g =
        htnOf(adult("R1"), htn("G1", "R1"),
            bp("F1", "R1", "2024-11-02", 130, 80).classification(FollowUpClassification.UNSATISFACTORY).build());
    assertEquals(Colour.YELLOW, g.colour());
    assertEquals(List.of(ColourRule.CLASSIFIED_UNSATISFACTORY), rules(g));
    assertEquals("classified 2 控制不满意 on 2024-11-02", g.reasonText());
  }

  @Test
  void classificationThreeIsYellow() {
    ColourGrade g =
        htnOf(adult("R1"), htn("G1", "R1"),
            bp("F1", "R1", "2024-11-02", 130, 80).classification(FollowUpClassification.ADVERSE_REACTION).build());
    assertEquals(Colour.YELLOW, g.colour());
    assertEquals(List.of(ColourRule.CLASSIFIED_ADVERSE_REACTION), rules(g));
    assertEquals("classified 3 不良反应 on 2024-11-02", g.reasonText());
  }

  // ---- red rules, each alone -----------------------------------------------------------------

  @Test
  void twoConsecutiveUncontrolledReadingsAreRed() {
    // F1 150/92 and F2 152/88 both >= 140: the run of 2 is complete -> red; F2 alone -> yellow too
    FollowUp f1 = bp("F1", "R1", "2024-08-01", 150, 92).build();
    FollowUp f2 = bp("F2", "R1", "2024-11-02", 152, 88).build();
    ColourGrade g = htnOf(adult("R1"), htn("G1", "R1"), f1, f2);
    assertEquals(Colour.RED, g.colour());
    assertEquals(List.of(ColourRule.CONSECUTIVE_UNCONTROLLED, ColourRule.UNCONTROLLED), rules(g));
    assertEquals(
        "2 consecutive uncontrolled readings: 150/92 mmHg on 2024-08-01, 152/88 mmHg on 2024-11-02; "
            + "latest follow-up with blood pressure 2024-11-02: 152/88 mmHg, target below 140/90",
        g.reasonText());
    assertEquals(List.of(f1, f2), g.followUps());
    // alone: with UNCONTROLLED switched off only the run fires
    ColourGrade alone = htnGrade(DEFAULTS.withColour(ColourRule.UNCONTROLLED, Colour.GREEN), adult("R1"), htn("G1", "R1"), f1, f2).orElseThrow();
    assertEquals(List.of(ColourRule.CONSECUTIVE_UNCONTROLLED), rules(alone));
    assertEquals(Colour.RED, alone.colour());
  }

  @Test
  void followUpWithoutReadingDoesNotBreakTheRun() {
    // F1 150/92, F2 phone without blood pressure, F3 152/88: the readings are F1 and F3 -> red
    ColourGrade g =
        htnOf(adult("R1"), htn("G1", "R1"),
            bp("F1", "R1", "2024-05-01", 150, 92).build(),
            visit("F2", "R1", Condition.HYPERTENSION, "2024-08-01").method(FollowUpMethod.PHONE).build(),
            bp("F3", "R1", "2024-11-02", 152, 88).build());
    assertTrue(g.fired(ColourRule.CONSECUTIVE_UNCONTROLLED));
  }

  @Test
  void runNeedsItsReadingsInThePeriod() {
    // F0 in 2023 is not a reading of 2024: one uncontrolled reading only -> yellow
    ColourGrade g =
        htnOf(adult("R1"), htn("G1", "R1"),
            bp("F0", "R1", "2023-12-01", 150, 92).build(), bp("F1", "R1", "2024-02-01", 152, 88).build());
    assertEquals(Colour.YELLOW, g.colour());
    assertFalse(g.fired(ColourRule.CONSECUTIVE_UNCONTROLLED));
  }

  @Test
  void runLengthIsAKnob() {
    BundleRecord[] two = {
      adult("R1"), htn("G1", "R1"), bp("F1", "R1", "2024-08-01", 150, 92).build(), bp("F2", "R1", "2024-11-02", 152, 88).build()
    };
    ColourRules three = DEFAULTS.withUncontrolledRun(3);
    // two uncontrolled readings < a run of 3 -> yellow
    assertEquals(Colour.YELLOW, htnGrade(three, two).orElseThrow().colour());
    // three uncontrolled readings -> red
    ColourGrade g =
        htnGrade(three, adult("R1"), htn("G1", "R1"),
                bp("F0", "R1", "2024-05-01", 160, 95).build(),
                bp("F1", "R1", "2024-08-01", 150, 92).build(),
                bp("F2", "R1", "2024-11-02", 152, 88).build())
            .orElseThrow();
    assertEquals(Colour.RED, g.colour());
    assertEquals(
        "3 consecutive uncontrolled readings: 160/95 mmHg on 2024-05-01, 150/92 mmHg on 2024-08-01, 152/88 mmHg on 2024-11-02",
        g.reasons().get(0).text());
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withUncontrolledRun(1));
  }

  @Test
  void runUnderLatestAnyCountsFollowUpsWithoutReading() {
    // controlVisit = LATEST_ANY: F2 (phone, no blood pressure) is the control visit and is not
    // controlled; F1 150/95 just before it is not controlled either -> a run of 2
    EvaluationContext any = EvaluationContext.of(Y2024, Rulebook.national2017().withControlVisit(ControlVisit.LATEST_ANY));
    ColourGrade g =
        ColourClassifier.classify(
                view(adult("R1"), htn("G1", "R1"),
                    bp("F1", "R1", "2024-08-01", 150, 95).build(),
                    visit("F2", "R1", Condition.HYPERTENSION, "2024-11-02").method(FollowUpMethod.PHONE).build()),
                Condition.HYPERTENSION, any, DEFAULTS)
            .orElseThrow();
    assertEquals(Colour.RED, g.colour());
    assertEquals(
        "2 consecutive uncontrolled readings: 150/95 mmHg on 2024-08-01, no blood pressure on 2024-11-02; "
            + "latest follow-up 2024-11-02 has no blood pressure",
        g.reasonText());
  }

  @Test
  void severeSystolicPressureIsRed() {
    // 182 >= 180; it is uncontrolled too (182 >= 140)
    ColourGrade g = htnOf(adult("R1"), htn("G1", "R1"), bp("F1", "R1", "2024-11-02", 182, 88).build());
    assertEquals(Colour.RED, g.colour());
    assertEquals(List.of(ColourRule.SEVERE_BLOOD_PRESSURE, ColourRule.UNCONTROLLED), rules(g));
    assertEquals("SBP 182 ≥ 180 on 2024-11-02", g.reasons().get(0).text());
    // alone: with UNCONTROLLED off
    ColourGrade alone =
        htnGrade(DEFAULTS.withColour(ColourRule.UNCONTROLLED, Colour.GREEN), adult("R1"), htn("G1", "R1"),
                bp("F1", "R1", "2024-11-02", 182, 88).build())
            .orElseThrow();
    assertEquals(List.of(ColourRule.SEVERE_BLOOD_PRESSURE), rules(alone));
    assertEquals(Colour.RED, alone.colour());
  }

  @Test
  void severeDiastolicPressureIsRed() {
    ColourGrade g = htnOf(adult("R1"), htn("G1", "R1"), bp("F1", "R1", "2024-11-02", 150, 112).build());
    assertEquals(Colour.RED, g.colour());
    assertEquals("DBP 112 ≥ 110 on 2024-11-02", g.reasons().get(0).text());
    ColourGrade both = htnOf(adult("R1"), htn("G1", "R1"), bp("F1", "R1", "2024-11-02", 185, 115).build());
    assertEquals("SBP 185 ≥ 180 and DBP 115 ≥ 110 on 2024-11-02", both.reasons().get(0).text());
  }

  @Test
  void severePressureBoundaries() {
    // 179/109: below both thresholds -> only uncontrolled, yellow; 180/80 and 150/110 -> red
    assertEquals(Colour.YELLOW, htnOf(adult("R1"), htn("G1", "R1"), bp("F1", "R1", "2024-11-02", 179, 109).build()).colour());
    assertEquals(Colour.RED, htnOf(adult("R1"), htn("G1", "R1"), bp("F1", "R1", "2024-11-02", 180, 80).build()).colour());
    assertEquals(Colour.RED, htnOf(adult("R1"), htn("G1", "R1"), bp("F1", "R1", "2024-11-02", 150, 110).build()).colour());
  }

  @Test
  void severePressureThresholdsAreKnobs() {
    BundleRecord[] records = {adult("R1"), htn("G1", "R1"), bp("F1", "R1", "2024-11-02", 175, 105).build()};
    assertEquals(Colour.YELLOW, htnGrade(DEFAULTS, records).orElseThrow().colour());
    ColourGrade g = htnGrade(DEFAULTS.withSevereSbp(170), records).orElseThrow();
    assertEquals(Colour.RED, g.colour());
    assertEquals("SBP 175 ≥ 170 on 2024-11-02", g.reasons().get(0).text());
    assertEquals(Colour.RED, htnGrade(DEFAULTS.withSevereDbp(100), records).orElseThrow().colour());
    // switched off: only the yellow of UNCONTROLLED remains for 182/88
    assertEquals(
        Colour.YELLOW,
        htnGrade(DEFAULTS.withColour(ColourRule.SEVERE_BLOOD_PRESSURE, Colour.GREEN), adult("R1"), htn("G1", "R1"),
                bp("F1", "R1", "2024-11-02", 182, 88).build())
            .orElseThrow().colour());
  }

  @Test
  void severeGlucoseIsRed() {
    // 17.2 >= 16.7; uncontrolled too (17.2 >= 7.0)
    ColourGrade g = dmGrade(DEFAULTS, adult("R1"), dm("G1", "R1"), fpg("F1", "R1", "2024-11-02", 17.2).build()).orElseThrow();
    assertEquals(Colour.RED, g.colour());
    assertEquals(List.of(ColourRule.SEVERE_GLUCOSE, ColourRule.UNCONTROLLED), rules(g));
    assertEquals(
        "fasting glucose 17.2 ≥ 16.7 mmol/L on 2024-11-02; latest follow-up with fasting glucose 2024-11-02: "
            + "17.2 mmol/L, target below 7.0",
        g.reasonText());
    // boundary: 16.7 is severe, 16.6 is not
    assertEquals(Colour.RED, dmGrade(DEFAULTS, adult("R1"), dm("G1", "R1"), fpg("F1", "R1", "2024-11-02", 16.7).build()).orElseThrow().colour());
    assertEquals(Colour.YELLOW, dmGrade(DEFAULTS, adult("R1"), dm("G1", "R1"), fpg("F1", "R1", "2024-11-02", 16.6).build()).orElseThrow().colour());
    // knob: 13.9
    ColourGrade k =
        dmGrade(DEFAULTS.withSevereGlucose(new BigDecimal("13.9")), adult("R1"), dm("G1", "R1"),
                fpg("F1", "R1", "2024-11-02", 14.0).build())
            .orElseThrow();
    assertEquals("fasting glucose 14.0 ≥ 13.9 mmol/L on 2024-11-02", k.reasons().get(0).text());
  }

  @Test
  void severeBloodPressureAtADiabetesFollowUpIsRed() {
    // a diabetes follow-up: glucose controlled (6.1 < 7.0) but blood pressure 185/95
    ColourGrade g =
        dmGrade(DEFAULTS, adult("R1"), dm("G1", "R1"), fpg("F1", "R1", "2024-11-02", 6.1).sbp(185).dbp(95).build()).orElseThrow();
    assertEquals(Colour.RED, g.colour());
    assertEquals(List.of(ColourRule.SEVERE_BLOOD_PRESSURE), rules(g));
  }

  @Test
  void complicationIsRed() {
    ColourGrade g =
        htnOf(adult("R1"), htn("G1", "R1"),
            bp("F1", "R1", "2024-11-02", 130, 80).classification(FollowUpClassification.COMPLICATION).build());
    assertEquals(Colour.RED, g.colour());
    assertEquals(List.of(ColourRule.COMPLICATION), rules(g));
    assertEquals("classified 4 并发症 on 2024-11-02", g.reasonText());
  }

  @Test
  void referralIsRed() {
    ColourGrade g = htnOf(adult("R1"), htn("G1", "R1"), bp("F1", "R1", "2024-11-02", 130, 80).referral(true).build());
    assertEquals(Colour.RED, g.colour());
    assertEquals(List.of(ColourRule.REFERRAL), rules(g));
    assertEquals("referral on 2024-11-02", g.reasonText());
  }

  // ---- which follow-up the flags are read from ----------------------------------------------

  @Test
  void flagsAreReadFromTheLatestFollowUp() {
    // a referral in March, then a controlled visit in November without flags -> green
    ColourGrade g =
        htnOf(adult("R1"), htn("G1", "R1"),
            bp("F1", "R1", "2024-03-01", 130, 80).referral(true).build(), bp("F2", "R1", "2024-11-02", 130, 80).build());
    assertEquals(Colour.GREEN, g.colour());
  }

  @Test
  void complicationAtALaterFollowUpWithoutReading() {
    // F1 130/80 is the control visit (controlled); F2, a home visit without blood pressure, is the
    // latest follow-up and records a complication -> red; both were looked at
    FollowUp f1 = bp("F1", "R1", "2024-08-01", 130, 80).build();
    FollowUp f2 =
        visit("F2", "R1", Condition.HYPERTENSION, "2024-11-02").method(FollowUpMethod.HOME)
            .classification(FollowUpClassification.COMPLICATION).build();
    ColourGrade g = htnOf(adult("R1"), htn("G1", "R1"), f1, f2);
    assertEquals(Colour.RED, g.colour());
    assertEquals(List.of(f1, f2), g.followUps());
  }

  @Test
  void followUpsOfTheOtherConditionAreIgnored() {
    // the diabetes follow-up with a referral does not colour the hypertension grade
    ColourGrade g =
        htnOf(adult("R1"), htn("G1", "R1"), dm("G2", "R1"),
            bp("F1", "R1", "2024-08-01", 130, 80).build(), fpg("F2", "R1", "2024-11-02", 6.0).referral(true).build());
    assertEquals(Colour.GREEN, g.colour());
  }

  // ---- precedence and knobs ----------------------------------------------------------------

  @Test
  void theExampleOfTheSpecification() {
    // SBP 182 >= 180 (red), referral (red), and 182/96 >= 140/90 (yellow): red, every rule listed,
    // red ones first
    ColourGrade g = htnOf(adult("R1"), htn("G1", "R1"), bp("F1", "R1", "2024-11-02", 182, 96).referral(true).build());
    assertEquals(Colour.RED, g.colour());
    assertEquals(
        "SBP 182 ≥ 180 on 2024-11-02; referral on 2024-11-02; "
            + "latest follow-up with blood pressure 2024-11-02: 182/96 mmHg, target below 140/90",
        g.reasonText());
  }

  @Test
  void redBeatsYellowBeatsGreen() {
    // adverse reaction (yellow) and referral (red) at a controlled visit: red, both reasons
    ColourGrade g =
        htnOf(adult("R1"), htn("G1", "R1"), bp("F1", "R1", "2024-11-02", 130, 80).adverseReaction(true).referral(true).build());
    assertEquals(Colour.RED, g.colour());
    assertEquals(List.of(ColourRule.REFERRAL, ColourRule.ADVERSE_REACTION), rules(g));
    assertEquals(List.of(Colour.RED, Colour.YELLOW), g.reasons().stream().map(ColourReason::colour).toList());
    // the referral switched off: yellow
    ColourGrade y =
        htnGrade(DEFAULTS.withColour(ColourRule.REFERRAL, Colour.GREEN), adult("R1"), htn("G1", "R1"),
                bp("F1", "R1", "2024-11-02", 130, 80).adverseReaction(true).referral(true).build())
            .orElseThrow();
    assertEquals(Colour.YELLOW, y.colour());
  }

  @Test
  void aRuleCanChangeColour() {
    BundleRecord[] records = {adult("R1"), htn("G1", "R1"), bp("F1", "R1", "2024-11-02", 130, 80).referral(true).build()};
    // referral demoted to yellow
    ColourGrade y = htnGrade(DEFAULTS.withColour(ColourRule.REFERRAL, Colour.YELLOW), records).orElseThrow();
    assertEquals(Colour.YELLOW, y.colour());
    assertEquals(Colour.YELLOW, y.reasons().get(0).colour());
    // adverse reaction promoted to red
    ColourGrade r =
        htnGrade(DEFAULTS.withColour(ColourRule.ADVERSE_REACTION, Colour.RED), adult("R1"), htn("G1", "R1"),
                bp("F1", "R1", "2024-11-02", 130, 80).adverseReaction(true).build())
            .orElseThrow();
    assertEquals(Colour.RED, r.colour());
    // complication switched off: green
    ColourGrade gr =
        htnGrade(DEFAULTS.withColour(ColourRule.COMPLICATION, Colour.GREEN), adult("R1"), htn("G1", "R1"),
                bp("F1", "R1", "2024-11-02", 130, 80).classification(FollowUpClassification.COMPLICATION).build())
            .orElseThrow();
    assertEquals(Colour.GREEN, gr.colour());
  }
}
