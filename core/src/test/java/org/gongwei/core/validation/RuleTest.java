package org.gongwei.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongwei.core.dataset.RecordType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RuleTest {

  @Test
  void codeIsTheConstantNameAndDescriptionIsOneSentence() {
    for (Rule rule : Rule.values()) {
      assertEquals(rule.name(), rule.code());
      assertEquals(Optional.of(rule), Rule.fromCode(rule.code()));
      String d = rule.description();
      assertFalse(d.isBlank(), rule + " has no description");
      assertTrue(d.endsWith("."), rule + ": " + d);
      assertEquals(d.indexOf(". "), -1, rule + " description is more than one sentence: " + d);
      assertTrue(Character.isUpperCase(d.charAt(0)), rule + ": " + d);
    }
    assertEquals(Optional.empty(), Rule.fromCode("NO_SUCH_RULE"));
    assertEquals(Optional.empty(), Rule.fromCode(null));
  }

  @Test
  void severitiesAreThoseOfTheSpecification() {
    Set<Rule> errors =
        EnumSet.of(
            Rule.ID_NUMBER_INVALID, Rule.HEALTH_RECORD_NUMBER_INVALID, Rule.USCC_INVALID,
            Rule.BIRTH_IN_FUTURE, Rule.DEATH_BEFORE_BIRTH, Rule.RECORD_BEFORE_BIRTH,
            Rule.RECORD_CLOSED_BEFORE_ESTABLISHED, Rule.ENDED_BEFORE_ENROLLED,
            Rule.TREATMENT_END_BEFORE_START, Rule.DISCHARGE_BEFORE_DELIVERY,
            Rule.CONTRACT_END_BEFORE_START, Rule.TERMINATED_BEFORE_START,
            Rule.REPORTED_BEFORE_DIAGNOSIS, Rule.REPORTED_BEFORE_DISCOVERY,
            Rule.REPORTED_BEFORE_FOUND, Rule.DUPLICATE_POPULATION_SCOPE_YEAR, Rule.DUPLICATE_ID,
            Rule.UNKNOWN_RESIDENT, Rule.UNKNOWN_PREGNANCY, Rule.UNKNOWN_INSTITUTION,
            Rule.INSTITUTION_PARENT_CYCLE);
    Set<Rule> infos = EnumSet.of(Rule.RESIDENT_OUTSIDE_INSTITUTION_REGION);
    for (Rule rule : Rule.values()) {
      Severity expected =
          errors.contains(rule) ? Severity.ERROR : infos.contains(rule) ? Severity.INFO : Severity.WARNING;
      assertEquals(expected, rule.severity(), rule.toString());
    }
  }

  @Test
  void recordTypeAndFieldWhereOneApplies() {
    assertEquals(Optional.of(RecordType.RESIDENT), Rule.ID_NUMBER_INVALID.recordType());
    assertEquals(Optional.of("id_number"), Rule.ID_NUMBER_INVALID.field());
    assertEquals(Optional.of("uscc"), Rule.USCC_INVALID.field());
    assertEquals(Optional.empty(), Rule.DATE_IN_FUTURE.recordType());
    assertEquals(Optional.empty(), Rule.DATE_IN_FUTURE.field());
    assertEquals(Optional.empty(), Rule.DUPLICATE_ID.recordType());
    assertEquals(Optional.of(RecordType.MATERNAL_VISIT), Rule.UNKNOWN_PREGNANCY.recordType());
  }

  @Test
  void everyRuleHasAFixture() {
    Set<Rule> missing = EnumSet.allOf(Rule.class);
    missing.removeAll(Fixtures.cases().keySet());
    assertEquals(Set.of(), missing, "rules without a fixture");
  }

  /**
   * For every rule: its fixture yields the rule's code, with the rule's severity, record type and
   * field; the clean twin yields no problem at all.
   */
  @TestFactory
  List<DynamicTest> everyRuleIsTriggeredByItsFixtureAndNotByItsCleanTwin() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<Rule, Fixtures.Case> e : Fixtures.cases().entrySet()) {
      Rule rule = e.getKey();
      Fixtures.Case c = e.getValue();
      tests.add(
          DynamicTest.dynamicTest(
              rule.code(),
              () -> {
                ValidationReport bad = c.validator().validate(c.triggering());
                List<Problem> found =
                    bad.problems().stream()
                        .filter(p -> p.code().equals(rule.code()))
                        .collect(Collectors.toList());
                assertFalse(found.isEmpty(), rule + " not triggered: " + bad.problems());
                for (Problem p : found) {
                  assertEquals(rule.severity(), p.severity(), p.toString());
                  rule.recordType().ifPresent(t -> assertEquals(Optional.of(t), p.recordType(), p.toString()));
                  rule.field().ifPresent(f -> assertEquals(Optional.of(f), p.field(), p.toString()));
                  assertTrue(p.recordId().isPresent(), p.toString());
                  assertTrue(p.field().isPresent(), p.toString());
                }
                ValidationReport clean = c.validator().validate(c.clean());
                assertEquals(List.of(), clean.problems(), rule + ": clean twin");
              }));
    }
    return tests;
  }

  @Test
  void theCleanBaseHasNoProblems() {
    assertTrue(Fixtures.validator().validate(Fixtures.withBase()).isEmpty());
  }

  @Test
  void disablingARuleSilencesItsFixture() {
    for (Map.Entry<Rule, Fixtures.Case> e : Fixtures.cases().entrySet()) {
      Rule rule = e.getKey();
      Fixtures.Case c = e.getValue();
      ValidationReport report =
          DatasetValidator.builder()
              .asOf(Fixtures.AS_OF)
              .healthRecordNumbers(c.strictness())
              .disabledRules(Set.of(rule))
              .build()
              .validate(c.triggering());
      assertFalse(report.countsByCode().containsKey(rule.code()), rule + " still reported");
    }
  }
}
