package org.gongwei.io.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.report.IndicatorReport;
import org.gongwei.indicators.report.Indicators;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.indicators.score.ItemScore;
import org.gongwei.indicators.score.ScorecardResult;
import org.gongwei.indicators.score.Scorecards;
import org.gongwei.indicators.score.MissingRate;
import org.gongwei.indicators.score.ScoreRule;
import org.gongwei.indicators.score.Scorecard;
import org.gongwei.indicators.score.ScorecardItem;
import org.gongwei.indicators.score.Tier;
import org.gongwei.indicators.score.Tiers;
import org.gongwei.indicators.target.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorecardJsonTest {
  private static final Scorecard CARD =
      new Scorecard(
          "county-2024",
          List.of(
              ScorecardItem.of("HTN-01", new BigDecimal("12"), Target.atLeast("0.6")),
              ScorecardItem.of("IMM-02(MMR,1)", new BigDecimal("2.5"), Target.atLeast("0.9"),
                  ScoreRule.tiered(Tiers.of(Tier.of(Target.atLeast("0.9"), "1"), Tier.of(Target.atLeast("0.85"), "0.8")))),
              ScorecardItem.of("X-01", new BigDecimal("5"), Target.atMost("0.05"), ScoreRule.inverseCapped()),
              ScorecardItem.of("FD-01", new BigDecimal("8"), Target.atLeast("0.75"), ScoreRule.binary())),
          MissingRate.EXCLUDE);

  private static JsonContentException problem(String json) {
    return assertThrows(JsonContentException.class, () -> ScorecardJson.parse(json));
  }

  private static String withItem(String item) {
    return "{\"name\": \"x\", \"items\": [" + item + "]}";
  }

  @Test
  void roundTrip(@TempDir Path dir) throws IOException {
    assertEquals(CARD, ScorecardJson.parse(ScorecardJson.toJson(CARD)));
    Path file = dir.resolve("card.json");
    ScorecardJson.write(CARD, file);
    assertEquals(CARD, ScorecardJson.read(file));
    StringWriter w = new StringWriter();
    ScorecardJson.write(CARD, w);
    w.write("\n"); // the writer stays open
    assertEquals(CARD, ScorecardJson.parse(w.toString()));
  }

  @Test
  void writesPlainDecimals() {
    String json = ScorecardJson.toJson(CARD);
    assertTrue(json.contains("\"weight\" : 2.5"), json);
    assertTrue(json.contains("\"weight\" : 12,"), json);
    assertTrue(json.contains("\"atLeast\" : 0.85"), json);
    assertTrue(json.contains("\"rule\" : \"TIERED\""), json);
  }

  @Test
  void defaultsForRuleAndMissingRate() {
    Scorecard card = ScorecardJson.parse(withItem("{\"measure\": \"HTN-01\", \"weight\": 10, \"target\": {\"atLeast\": 0.6}}"));
    assertEquals(MissingRate.SCORE_ZERO, card.missingRate());
    assertEquals(ScoreRule.proportionalCapped(), card.items().get(0).rule());
  }

  @Test
  void illustrationHasTheNationalTargets() {
    Scorecard card = ScorecardJson.illustration();
    assertEquals(11, card.items().size());
    assertEquals(new BigDecimal("100.00"), card.fullScore());
    for (ScorecardItem item : card.items()) {
      assertEquals(Rulebook.national2017().target(item.measureId()), Optional.of(item.target()), item.measureId());
    }
    assertEquals(ScoreRule.Kind.TIERED, card.item("IMM-02").orElseThrow().rule().kind());
    assertEquals(ScoreRule.Kind.BINARY, card.item("FD-01").orElseThrow().rule().kind());
  }

  @Test
  void illustrationMeasuresAreComputedByTheNationalCatalogue() {
    // on an empty dataset every rate lacks a denominator, but every measure but PC-01 (aggregate
    // inputs, not in the bundle) has a result
    IndicatorReport report = Indicators.national().report(Dataset.of(List.of()), ReportingPeriod.ofYear(2024), Rulebook.national2017());
    ScorecardResult r = Scorecards.score(ScorecardJson.illustration(), report);
    for (ItemScore i : r.items()) {
      assertEquals(!i.measureId().equals("PC-01"), i.rate().isPresent(), i.toString());
    }
    assertEquals(new BigDecimal("0.00"), r.total());
    assertEquals(Optional.of(new BigDecimal("0.0000")), r.qualityCoefficient());
  }

  @Test
  void problemsNameTheirPath() {
    assertEquals(
        "$.items[0].weight: must be a number, found string \"ten\"",
        problem(withItem("{\"measure\": \"A-01\", \"weight\": \"ten\", \"target\": {\"atLeast\": 0.6}}")).getMessage());
    assertEquals(
        "$.items[0]: unknown key 'wieght' (expected: measure, weight, target, rule, tiers)",
        problem(withItem("{\"measure\": \"A-01\", \"wieght\": 1, \"target\": {\"atLeast\": 0.6}}")).getMessage());
    assertEquals(
        "$.items[0].rule: unknown value 'LINEAR' (expected: BINARY, INVERSE_CAPPED, PROPORTIONAL_CAPPED, TIERED)",
        problem(withItem("{\"measure\": \"A-01\", \"weight\": 1, \"target\": {\"atLeast\": 0.6}, \"rule\": \"LINEAR\"}")).getMessage());
    assertEquals(
        "$.items[0]: rule TIERED needs 'tiers'",
        problem(withItem("{\"measure\": \"A-01\", \"weight\": 1, \"target\": {\"atLeast\": 0.6}, \"rule\": \"TIERED\"}")).getMessage());
    assertEquals(
        "$.items[0].tiers: tiers are only allowed with rule TIERED, not BINARY",
        problem(withItem("{\"measure\": \"A-01\", \"weight\": 1, \"target\": {\"atLeast\": 0.6}, \"rule\": \"BINARY\", \"tiers\": []}")).getMessage());
    assertEquals(
        "$.items[0].target: needs exactly one of 'atLeast' and 'atMost'",
        problem(withItem("{\"measure\": \"A-01\", \"weight\": 1, \"target\": {\"atLeast\": 0.6, \"atMost\": 0.9}}")).getMessage());
    assertEquals(
        "$.items[0].target.atLeast: threshold must be a fraction between 0 and 1 (0.9 = 90%): 90",
        problem(withItem("{\"measure\": \"A-01\", \"weight\": 1, \"target\": {\"atLeast\": 90}}")).getMessage());
    assertEquals(
        "$.items[0]: A-01: rule PROPORTIONAL_CAPPED needs a floor (≥) target, not ≤ 5%",
        problem(withItem("{\"measure\": \"A-01\", \"weight\": 1, \"target\": {\"atMost\": 0.05}}")).getMessage());
    assertEquals(
        "$.items[0].tiers[1]: share must be a fraction between 0 and 1 (0.8 = 80% of the weight): 80",
        problem(withItem("{\"measure\": \"A-01\", \"weight\": 1, \"target\": {\"atLeast\": 0.9}, \"rule\": \"TIERED\","
            + " \"tiers\": [{\"atLeast\": 0.9, \"share\": 1}, {\"atLeast\": 0.8, \"share\": 80}]}")).getMessage());
    assertTrue(
        problem(withItem("{\"measure\": \"A-01\", \"weight\": 1, \"target\": {\"atLeast\": 0.9}, \"rule\": \"TIERED\","
            + " \"tiers\": [{\"atLeast\": 0.8, \"share\": 0.8}, {\"atLeast\": 0.9, \"share\": 1}]}")).getMessage()
            .startsWith("$.items[0].tiers: tiers must go from the strictest cut-off to the loosest"));
    String item = "{\"measure\": \"A-01\", \"weight\": 1, \"target\": {\"atLeast\": 0.6}}";
    assertEquals("$: scorecard x: duplicate measure id A-01", problem(withItem(item + ", " + item)).getMessage());
    assertEquals(
        "$.missingRate: unknown value 'SKIP' (expected: EXCLUDE, SCORE_ZERO)",
        problem("{\"name\": \"x\", \"missingRate\": \"SKIP\", \"items\": [" + item + "]}").getMessage());
    assertEquals("$: missing field 'name'", problem("{\"items\": [" + item + "]}").getMessage());
  }
}
