package org.gongwei.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongwei.indicators.rulebook.AgeBand;
import org.gongwei.indicators.rulebook.AgeBands;
import org.gongwei.indicators.rulebook.CertificateCohort;
import org.gongwei.indicators.rulebook.ControlVisit;
import org.gongwei.indicators.rulebook.FollowUpRequirement;
import org.gongwei.indicators.rulebook.Knob;
import org.gongwei.indicators.rulebook.PopulationDenominator;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.indicators.target.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulebookJsonTest {
  private static final Rulebook NATIONAL = Rulebook.national2017();

  /** Every knob away from its default, the targets changed and the age bands too. */
  private static Rulebook everyKnobChanged() {
    return NATIONAL
        .withName("province-x 某省")
        .withPopulationDenominator(PopulationDenominator.ESTIMATE_ONLY)
        .withDynamicRecordWindowMonths(6)
        .withCertificateCohort(CertificateCohort.BORN_IN_PERIOD)
        .withNewbornVisitDays(7)
        .withEarlyRegistrationWeeks(12)
        .withPostpartumVisitDays(14)
        .withSystematicPrenatalVisits(8)
        .withManagedRequiresFollowUp(true)
        .withFollowUpRequirement(FollowUpRequirement.fixed(4))
        .withRequireAnnualCheckup(false)
        .withCheckupCountsAsFollowUp(false)
        .withControlVisit(ControlVisit.LATEST_ANY)
        .withElderlyBpTarget(false)
        .withFastingGlucoseTarget(new BigDecimal("6.1"))
        .withFirstVisitHours(72)
        .withRenewalGraceDays(0)
        .withTarget("HTN-01", Target.atLeast("0.65"))
        .withTarget("ID-03", Target.atMost("0.05"))
        .withoutTarget("DM-01")
        .withAgeBands(AgeBands.of(AgeBand.of(0, 14, "儿童"), AgeBand.of(15, 59), AgeBand.andOver(60)));
  }

  @Test
  void readsTheExampleOfTheSpecification() throws IOException {
    Rulebook r = RulebookJson.parse(
        "{\"name\": \"province-x\", \"followUpRequirement\": \"FIXED(4)\", \"elderlyBpTarget\": false,\n"
            + "\"earlyRegistrationWeeks\": 12, \"targets\": {\"HTN-01\": {\"atLeast\": 0.65}}}");
    Rulebook expected = NATIONAL
        .withName("province-x")
        .withFollowUpRequirement(FollowUpRequirement.fixed(4))
        .withElderlyBpTarget(false)
        .withEarlyRegistrationWeeks(12)
        .withTarget("HTN-01", Target.atLeast("0.65"));
    assertEquals(expected, r);
    // the other national targets are kept
    assertEquals(Optional.of(Target.atLeast("0.60")), r.target("DM-01"));
  }

  @Test
  void anEmptyObjectIsNational2017() throws IOException {
    assertEquals(NATIONAL, RulebookJson.parse("{}"));
  }

  @Test
  void everyKnobSetIsReadBack() throws IOException {
    Rulebook r = everyKnobChanged();
    for (Knob k : Knob.values()) {
      if (k != Knob.NAME) {
        assertFalse(r.valueText(k).equals(NATIONAL.valueText(k)), k + " must differ from its default in this test");
      }
    }
    String json = RulebookJson.write(r);
    assertEquals(r, RulebookJson.parse(json));
  }

  @Test
  void writesEveryKnobInTableOrderThenTheAgeBands() throws IOException {
    String json = RulebookJson.write(NATIONAL);
    int last = -1;
    for (Knob k : Knob.values()) {
      int at = json.indexOf("\"" + k.key() + "\"");
      assertTrue(at > last, k.key() + " in order");
      last = at;
    }
    assertTrue(json.indexOf("\"ageBands\"") > last);
    assertTrue(json.contains("\"followUpRequirement\" : \"PRORATED_QUARTERS\""), json);
    assertTrue(json.contains("\"firstVisitHours\" : null"), json);
    assertTrue(json.contains("\"fastingGlucoseTarget\" : 7.0"), json);
    assertTrue(json.contains("\"HTN-01\" : {\n      \"atLeast\" : 0.6\n    }"), json);
    assertTrue(json.endsWith("}\n"));
    assertFalse(json.contains("\r"));
    assertEquals(NATIONAL, RulebookJson.parse(json));
  }

  @Test
  void aRemovedNationalTargetIsWrittenAsNullAndStaysRemoved() throws IOException {
    Rulebook r = NATIONAL.withoutTarget("DM-01");
    String json = RulebookJson.write(r);
    assertTrue(json.contains("\"DM-01\" : null"), json);
    assertEquals(Optional.empty(), RulebookJson.parse(json).target("DM-01"));
  }

  @Test
  void targetsMayBeWrittenAsText() throws IOException {
    Rulebook r = RulebookJson.parse("{\"targets\": {\"SMD-01\": \"≥ 85%\", \"ID-03\": \"<= 5%\"}}");
    assertEquals(Optional.of(Target.atLeast("0.85")), r.target("SMD-01"));
    assertEquals(Optional.of(Target.atMost("0.05")), r.target("ID-03"));
  }

  @Test
  void firstVisitHoursMayBeNullOrANumber() throws IOException {
    assertEquals(OptionalInt.of(72), RulebookJson.parse("{\"firstVisitHours\": 72}").firstVisitHours());
    assertEquals(OptionalInt.empty(), RulebookJson.parse("{\"firstVisitHours\": null}").firstVisitHours());
  }

  @Test
  void readsAgeBandsWithDefaultLabels() throws IOException {
    Rulebook r = RulebookJson.parse("{\"ageBands\": [{\"from\": 0, \"to\": 17}, {\"from\": 18, \"label\": \"adults\"}]}");
    assertEquals(AgeBands.of(AgeBand.of(0, 17), AgeBand.andOver(18, "adults")), r.ageBands());
  }

  @Test
  void anUnknownKeyIsAnErrorNamingIt() {
    RulebookFormatException e = assertThrows(
        RulebookFormatException.class, () -> RulebookJson.parse("{\"followUpRequirment\": \"FIXED(4)\"}"));
    assertTrue(e.getMessage().startsWith("rulebook: unknown key 'followUpRequirment' (known keys: name, populationDenominator"), e.getMessage());
    assertEquals(1, e.errors().size());
  }

  @Test
  void aBadFollowUpRequirementNamesTheKeyAndTheValue() {
    RulebookFormatException e = assertThrows(
        RulebookFormatException.class, () -> RulebookJson.parse("{\"followUpRequirement\": \"QUARTERLY\"}"));
    assertTrue(e.getMessage().contains("followUpRequirement"), e.getMessage());
    assertTrue(e.getMessage().contains("QUARTERLY"), e.getMessage());
  }

  @Test
  void everyBadValueIsReportedWithItsKeyAndValue() {
    Map<String, String> cases = Map.ofEntries(
        Map.entry("\"name\": \"  \"", "name"),
        Map.entry("\"name\": 3", "name: expected a non-blank string, found 3"),
        Map.entry("\"populationDenominator\": \"ESTIMATE\"", "populationDenominator: expected PREFER_ESTIMATE | RECORDS_ONLY | ESTIMATE_ONLY, found \"ESTIMATE\""),
        Map.entry("\"dynamicRecordWindowMonths\": 0", "dynamicRecordWindowMonths must be between 1 and 120: 0"),
        Map.entry("\"dynamicRecordWindowMonths\": 12.5", "dynamicRecordWindowMonths: expected a whole number, found 12.5"),
        Map.entry("\"certificateCohort\": \"children_0_6\"", "certificateCohort: expected CHILDREN_0_6 | BORN_IN_PERIOD, found \"children_0_6\""),
        Map.entry("\"newbornVisitDays\": \"28\"", "newbornVisitDays: expected a whole number, found \"28\""),
        Map.entry("\"earlyRegistrationWeeks\": 99", "earlyRegistrationWeeks must be between 1 and 45: 99"),
        Map.entry("\"postpartumVisitDays\": null", "postpartumVisitDays: expected a whole number, found null"),
        Map.entry("\"systematicPrenatalVisits\": -1", "systematicPrenatalVisits must be between 0 and 40: -1"),
        Map.entry("\"managedRequiresFollowUp\": \"yes\"", "managedRequiresFollowUp: expected true or false, found \"yes\""),
        Map.entry("\"followUpRequirement\": \"FIXED(-1)\"", "followUpRequirement"),
        Map.entry("\"requireAnnualCheckup\": 1", "requireAnnualCheckup: expected true or false, found 1"),
        Map.entry("\"checkupCountsAsFollowUp\": null", "checkupCountsAsFollowUp: expected true or false, found null"),
        Map.entry("\"controlVisit\": \"LATEST\"", "controlVisit: expected LATEST_WITH_MEASUREMENT | LATEST_ANY, found \"LATEST\""),
        Map.entry("\"elderlyBpTarget\": \"false\"", "elderlyBpTarget: expected true or false, found \"false\""),
        Map.entry("\"fastingGlucoseTarget\": 0", "fastingGlucoseTarget must be above 0 and at most 50 mmol/L: 0"),
        Map.entry("\"fastingGlucoseTarget\": \"7.0\"", "fastingGlucoseTarget: expected a number (mmol/L), found \"7.0\""),
        Map.entry("\"firstVisitHours\": 0", "firstVisitHours must be between 1 and 8784: 0"),
        Map.entry("\"firstVisitHours\": \"24h\"", "firstVisitHours: expected a whole number or null, found \"24h\""),
        Map.entry("\"renewalGraceDays\": 400", "renewalGraceDays must be between 0 and 366: 400"),
        Map.entry("\"targets\": []", "targets: expected an object"),
        Map.entry("\"targets\": {\"HTN-01\": {\"atLeast\": 65}}", "targets: HTN-01: threshold must be a fraction between 0 and 1"),
        Map.entry("\"targets\": {\"HTN-01\": {\"above\": 0.6}}", "targets: HTN-01: expected"),
        Map.entry("\"targets\": {\"HTN 01\": {\"atLeast\": 0.6}}", "targets: indicator id must be non-blank without white space"),
        Map.entry("\"ageBands\": [{\"from\": 1, \"to\": 5}, {\"from\": 6}]", "ageBands must start at age 0"),
        Map.entry("\"ageBands\": [{\"from\": 0, \"upTo\": 5}]", "ageBands[0]: unknown key 'upTo'"));
    cases.forEach(
        (json, expected) -> {
          RulebookFormatException e = assertThrows(RulebookFormatException.class, () -> RulebookJson.parse("{" + json + "}"), json);
          assertEquals(1, e.errors().size(), json);
          assertTrue(e.errors().get(0).contains(expected), json + " -> " + e.errors().get(0));
        });
  }

  @Test
  void allErrorsOfAFileAreReportedTogether() {
    RulebookFormatException e = assertThrows(
        RulebookFormatException.class,
        () -> RulebookJson.read(new StringReader("{\"a\": 1, \"newbornVisitDays\": 0, \"elderlyBpTarget\": 2}"), NATIONAL, "p.json"));
    assertEquals(3, e.errors().size());
    assertEquals("p.json", e.source());
    assertTrue(e.getMessage().startsWith("p.json: 3 errors: unknown key 'a'"), e.getMessage());
  }

  @Test
  void syntaxErrorsRepeatedKeysAndNonObjectsAreErrors() {
    RulebookFormatException syntax = assertThrows(RulebookFormatException.class, () -> RulebookJson.parse("{\"name\": }"));
    assertTrue(syntax.getMessage().startsWith("rulebook: JSON: "), syntax.getMessage());
    assertTrue(syntax.getMessage().contains("line 1"), syntax.getMessage());
    RulebookFormatException repeated = assertThrows(
        RulebookFormatException.class, () -> RulebookJson.parse("{\"name\": \"a\", \"name\": \"b\"}"));
    assertTrue(repeated.getMessage().contains("name"), repeated.getMessage());
    RulebookFormatException array = assertThrows(RulebookFormatException.class, () -> RulebookJson.parse("[]"));
    assertTrue(array.getMessage().contains("must be a JSON object"), array.getMessage());
    assertThrows(RulebookFormatException.class, () -> RulebookJson.parse("{} {}"));
  }

  @Test
  void readsOntoAnotherBase() throws IOException {
    Rulebook base = NATIONAL.withElderlyBpTarget(false);
    Rulebook r = RulebookJson.read(new StringReader("{\"renewalGraceDays\": 10}"), base, "x");
    assertEquals(base.withRenewalGraceDays(10), r);
  }

  @Test
  void readsAndWritesFiles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("province.json");
    RulebookJson.write(everyKnobChanged(), file);
    assertEquals(everyKnobChanged(), RulebookJson.read(file));
    Files.writeString(file, "\uFEFF{\"elderlyBpTarget\": false}");
    assertEquals(NATIONAL.withElderlyBpTarget(false), RulebookJson.read(file));
    Files.writeString(file, "{\"elderlyBpTarget\": 0}");
    RulebookFormatException e = assertThrows(RulebookFormatException.class, () -> RulebookJson.read(file));
    assertTrue(e.getMessage().startsWith(file.toString() + ": elderlyBpTarget"), e.getMessage());
  }

  @Provide
  Arbitrary<Rulebook> rulebooks() {
    Arbitrary<Map<String, Target>> targets = Arbitraries.maps(
            Arbitraries.of("HTN-01", "DM-01", "X-01", "IMM-02(MMR,1)", "ID-03"),
            Arbitraries.integers().between(0, 1000).flatMap(
                permille -> Arbitraries.of(
                    Target.atLeast(BigDecimal.valueOf(permille, 3)), Target.atMost(BigDecimal.valueOf(permille, 3)))))
        .ofMaxSize(5);
    return Builders.withBuilder(() -> new Rulebook[] {NATIONAL})
        .use(Arbitraries.strings().ofMinLength(1).ofMaxLength(12).filter(s -> !s.isBlank())).in((b, v) -> set(b, b[0].withName(v)))
        .use(Arbitraries.of(PopulationDenominator.class)).in((b, v) -> set(b, b[0].withPopulationDenominator(v)))
        .use(Arbitraries.integers().between(1, 120)).in((b, v) -> set(b, b[0].withDynamicRecordWindowMonths(v)))
        .use(Arbitraries.of(CertificateCohort.class)).in((b, v) -> set(b, b[0].withCertificateCohort(v)))
        .use(Arbitraries.integers().between(1, 365)).in((b, v) -> set(b, b[0].withNewbornVisitDays(v)))
        .use(Arbitraries.integers().between(1, 45)).in((b, v) -> set(b, b[0].withEarlyRegistrationWeeks(v)))
        .use(Arbitraries.integers().between(1, 365)).in((b, v) -> set(b, b[0].withPostpartumVisitDays(v)))
        .use(Arbitraries.integers().between(0, 40)).in((b, v) -> set(b, b[0].withSystematicPrenatalVisits(v)))
        .use(Arbitraries.of(true, false)).in((b, v) -> set(b, b[0].withManagedRequiresFollowUp(v)))
        .use(Arbitraries.oneOf(Arbitraries.just(FollowUpRequirement.proratedQuarters()), Arbitraries.integers().between(0, 12).map(FollowUpRequirement::fixed)))
        .in((b, v) -> set(b, b[0].withFollowUpRequirement(v)))
        .use(Arbitraries.of(true, false)).in((b, v) -> set(b, b[0].withRequireAnnualCheckup(v)))
        .use(Arbitraries.of(true, false)).in((b, v) -> set(b, b[0].withCheckupCountsAsFollowUp(v)))
        .use(Arbitraries.of(ControlVisit.class)).in((b, v) -> set(b, b[0].withControlVisit(v)))
        .use(Arbitraries.of(true, false)).in((b, v) -> set(b, b[0].withElderlyBpTarget(v)))
        .use(Arbitraries.integers().between(1, 500).map(i -> BigDecimal.valueOf(i, 1))).in((b, v) -> set(b, b[0].withFastingGlucoseTarget(v)))
        .use(Arbitraries.integers().between(1, 8784)).withProbability(0.5).in((b, v) -> set(b, b[0].withFirstVisitHours(v)))
        .use(Arbitraries.integers().between(0, 366)).in((b, v) -> set(b, b[0].withRenewalGraceDays(v)))
        .use(targets).in((b, v) -> set(b, b[0].withTargets(v)))
        .build(b -> b[0]);
  }

  private static Rulebook[] set(Rulebook[] holder, Rulebook r) {
    holder[0] = r;
    return holder;
  }

  @Property(tries = 200)
  void anyRulebookRoundTrips(@ForAll("rulebooks") Rulebook r) throws IOException {
    assertEquals(r, RulebookJson.parse(RulebookJson.write(r)));
  }

  @Test
  void theKnobTableIsCoveredByTheWriter() {
    Set<Knob> written = EnumSet.noneOf(Knob.class);
    String json = RulebookJson.write(NATIONAL);
    for (Knob k : Knob.values()) {
      if (json.contains("\"" + k.key() + "\" :")) {
        written.add(k);
      }
    }
    assertEquals(EnumSet.allOf(Knob.class), written);
    assertEquals(List.of("ageBands"), List.of(RulebookJson.AGE_BANDS));
  }
}
