package org.gongwei.indicators.colour;

import static org.gongwei.indicators.colour.ColourFixture.NATIONAL_2024;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.FollowUpClassification;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.indicators.chronic.ChronicManagement;
import org.gongwei.indicators.engine.Subject;

/** Properties of {@link ColourClassifier} over random hypertension and diabetes patients. */
class ColourClassifierPropertiesTest {

  /** One random patient: the condition and the resident's view. */
  record Patient(Condition condition, ResidentView view) {}

  @Provide
  Arbitrary<Patient> patients() {
    Arbitrary<Condition> condition = Arbitraries.of(Condition.HYPERTENSION, Condition.TYPE2_DIABETES);
    Arbitrary<Integer> birthYear = Arbitraries.integers().between(1935, 1975);
    Arbitrary<List<FollowUpSpec>> followUps = followUpSpecs().list().ofMaxSize(6);
    return Combinators.combine(condition, birthYear, followUps).as(ColourClassifierPropertiesTest::patient);
  }

  /** A follow-up before its id: day of 2023-07-01 + n, method, readings, flags. */
  record FollowUpSpec(
      int day, FollowUpMethod method, Optional<int[]> bp, Optional<Double> glucose, boolean adverse, boolean referral,
      Optional<FollowUpClassification> classification) {}

  private static Arbitrary<FollowUpSpec> followUpSpecs() {
    Arbitrary<Integer> day = Arbitraries.integers().between(0, 560);
    Arbitrary<FollowUpMethod> method = Arbitraries.of(FollowUpMethod.CLINIC, FollowUpMethod.HOME, FollowUpMethod.PHONE);
    Arbitrary<Optional<int[]>> bp =
        Combinators.combine(Arbitraries.integers().between(100, 200), Arbitraries.integers().between(60, 120))
            .as((s, d) -> new int[] {s, d})
            .optional(0.8);
    Arbitrary<Optional<Double>> glucose =
        Arbitraries.integers().between(40, 200).map(i -> i / 10.0).optional(0.8);
    Arbitrary<Boolean> adverse = Arbitraries.of(false, false, false, true);
    Arbitrary<Boolean> referral = Arbitraries.of(false, false, false, true);
    Arbitrary<Optional<FollowUpClassification>> classification = Arbitraries.of(FollowUpClassification.class).optional(0.5);
    return Combinators.combine(day, method, bp, glucose, adverse, referral, classification).as(FollowUpSpec::new);
  }

  private static Patient patient(Condition condition, int birthYear, List<FollowUpSpec> specs) {
    List<BundleRecord> records = new ArrayList<>();
    records.add(ColourFixture.person("R1", birthYear + "-06-15").build());
    records.add(condition == Condition.HYPERTENSION ? ColourFixture.htn("G1", "R1") : ColourFixture.dm("G1", "R1"));
    int n = 0;
    for (FollowUpSpec s : specs) {
      FollowUp.Builder b =
          FollowUp.builder().followUpId("F" + n++).residentId("R1").condition(condition)
              .visitDate(LocalDate.of(2023, 7, 1).plusDays(s.day())).method(s.method())
              .adverseReaction(s.adverse()).referral(s.referral());
      s.bp().ifPresent(p -> b.sbp(p[0]).dbp(p[1]));
      s.glucose().ifPresent(b::fastingGlucose);
      s.classification().ifPresent(b::classification);
      records.add(b.build());
    }
    return new Patient(condition, ColourFixture.view(records.toArray(new BundleRecord[0])));
  }

  @Property(tries = 300)
  void controlAgreesWithHtn02AndDm02(@ForAll("patients") Patient p) {
    ChronicManagement m = ChronicManagement.of(new Subject(p.view(), NATIONAL_2024), p.condition());
    ColourGrade g = ColourClassifier.classify(p.view(), p.condition(), NATIONAL_2024, ColourRules.defaults()).orElseThrow();
    assertEquals(m.controlVisit().isEmpty(), g.fired(ColourRule.NO_READING));
    assertEquals(m.controlVisit().isPresent() && !m.isControlled(), g.fired(ColourRule.UNCONTROLLED));
    m.controlVisit()
        .ifPresent(
            v ->
                assertEquals(
                    m.isControlled(),
                    ColourClassifier.isControlled(
                        v, p.condition(), p.view().resident(), NATIONAL_2024.rulebook(), NATIONAL_2024)));
    if (g.colour() == Colour.GREEN) {
      assertTrue(m.isControlled());
    }
  }

  @Property(tries = 300)
  void switchingARuleOffNeverMakesTheColourWorse(@ForAll("patients") Patient p, @ForAll ColourRule rule) {
    ColourRules on = ColourRules.defaults();
    ColourRules off = on.withColour(rule, Colour.GREEN);
    Colour before = ColourClassifier.classify(p.view(), p.condition(), NATIONAL_2024, on).orElseThrow().colour();
    ColourGrade after = ColourClassifier.classify(p.view(), p.condition(), NATIONAL_2024, off).orElseThrow();
    assertFalse(after.colour().isWorseThan(before));
    assertFalse(after.fired(rule));
  }

  @Property(tries = 200)
  void everyRuleOffIsGreen(@ForAll("patients") Patient p) {
    ColourRules off = ColourRules.defaults();
    for (ColourRule r : ColourRule.values()) {
      off = off.withColour(r, Colour.GREEN);
    }
    ColourGrade g = ColourClassifier.classify(p.view(), p.condition(), NATIONAL_2024, off).orElseThrow();
    assertEquals(Colour.GREEN, g.colour());
    assertEquals(List.of(), g.reasons());
  }

  @Property(tries = 200)
  void followUpsUsedAreOfTheConditionInThePeriodAndEndWithTheLatest(@ForAll("patients") Patient p) {
    ColourGrade g = ColourClassifier.classify(p.view(), p.condition(), NATIONAL_2024, ColourRules.defaults()).orElseThrow();
    List<FollowUp> inPeriod =
        p.view().followUps().stream().filter(f -> ColourFixture.Y2024.contains(f.visitDate())).toList();
    for (FollowUp f : g.followUps()) {
      assertTrue(inPeriod.contains(f));
    }
    if (!inPeriod.isEmpty()) {
      assertEquals(inPeriod.get(inPeriod.size() - 1), g.followUps().get(g.followUps().size() - 1));
    }
  }
}
