package org.gongwei.io.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.definition.Catalogue;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.report.IndicatorReport;
import org.gongwei.indicators.report.IndicatorResult;
import org.gongwei.indicators.report.Indicators;
import org.gongwei.indicators.report.Scope;
import org.gongwei.indicators.report.Stratification;
import org.gongwei.indicators.report.Stratum;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasureReportWriterTest {

  private static IndicatorReport report() {
    return Indicators.national().report(FhirSamples.dataset(), ReportingPeriod.ofYear(2024), Rulebook.national2017());
  }

  private static JsonNode tree(String json) throws IOException {
    return Json.MAPPER.readTree(json);
  }

  private static Map<String, JsonNode> byUrlOrMeasure(JsonNode bundle, String type) {
    Map<String, JsonNode> m = new LinkedHashMap<>();
    for (JsonNode e : bundle.get("entry")) {
      JsonNode r = e.get("resource");
      if (r.get("resourceType").asText().equals(type)) {
        m.put(type.equals("Measure") ? r.get("url").asText() : r.get("measure").asText(), r);
      }
    }
    return m;
  }

  @Test
  void measuresAndReportsAreValidR4() {
    String json = MeasureReportWriter.toJson(report().stratifiedBy(Stratification.SEX));
    R4Validation.parseStrictly(json);
    assertEquals("", R4Validation.errors(json));
  }

  @Test
  void institutionScopedReportIsValidR4() {
    String json = MeasureReportWriter.toJson(report().withScope(Scope.institution("T1")).stratifiedBy(Stratification.INSTITUTION));
    assertEquals("", R4Validation.errors(json));
  }

  @Test
  void oneMeasureAndOneMeasureReportPerIndicator() throws IOException {
    IndicatorReport report = report();
    JsonNode bundle = tree(MeasureReportWriter.toJson(report));
    long indicators = report.results().stream().map(r -> r.measure().indicatorId()).distinct().count();
    Map<String, JsonNode> measures = byUrlOrMeasure(bundle, "Measure");
    Map<String, JsonNode> reports = byUrlOrMeasure(bundle, "MeasureReport");
    assertEquals(indicators, measures.size());
    assertEquals(measures.keySet(), reports.keySet(), "each MeasureReport points to its Measure");
    JsonNode htn = measures.get(MeasureReportWriter.measureUrl("HTN-01"));
    assertEquals("高血压患者规范管理率", htn.get("title").asText());
    assertEquals("proportion", htn.at("/scoring/coding/0/code").asText());
    assertEquals("HTN-01", htn.get("id").asText());
    assertEquals("HTN_01", htn.get("name").asText());
    assertTrue(htn.get("description").asText().contains("来源 source:"));
  }

  @Test
  void groupsCarryTheCountsAndTheScoreAsAFraction() throws IOException {
    IndicatorReport report = report();
    JsonNode bundle = tree(MeasureReportWriter.toJson(report));
    Map<String, JsonNode> reports = byUrlOrMeasure(bundle, "MeasureReport");
    int checked = 0;
    for (IndicatorResult r : report.results()) {
      JsonNode mr = reports.get(MeasureReportWriter.measureUrl(r.measure().indicatorId()));
      assertEquals("complete", mr.get("status").asText());
      assertEquals("summary", mr.get("type").asText());
      assertEquals("2024-01-01", mr.at("/period/start").asText());
      assertEquals("2024-12-31", mr.at("/period/end").asText());
      JsonNode group = group(mr, r.id());
      assertGroup(group, r.rate(), MeasureReportWriter.scoring(r.definition()));
      checked++;
    }
    assertTrue(checked > 40, "every result line, parts included: " + checked);
  }

  private static JsonNode group(JsonNode mr, String measureId) {
    for (JsonNode g : mr.get("group")) {
      if (g.at("/code/coding/0/code").asText().equals(measureId)) {
        return g;
      }
    }
    throw new AssertionError("no group " + measureId);
  }

  private static void assertGroup(JsonNode group, Rate rate, String scoring) {
    Map<String, Long> counts = new LinkedHashMap<>();
    group.get("population").forEach(p -> counts.put(p.at("/code/coding/0/code").asText(), p.get("count").asLong()));
    if (scoring.equals("cohort")) {
      assertEquals(Map.of("initial-population", rate.numerator()), counts);
      assertFalse(group.has("measureScore"));
      return;
    }
    assertEquals(List.of("initial-population", "denominator", "numerator"), new ArrayList<>(counts.keySet()));
    assertEquals(rate.denominator(), counts.get("denominator"));
    assertEquals(rate.numerator(), counts.get("numerator"));
    Optional<BigDecimal> value = rate.value(6);
    assertEquals(value.isPresent(), group.has("measureScore"));
    value.ifPresent(v -> assertEquals(0, v.compareTo(group.at("/measureScore/value").decimalValue())));
    assertEquals(rate.status().name(), group.at("/extension/0/valueCode").asText());
  }

  @Test
  void strataAreCarriedWithTheirKeysAndCounts() throws IOException {
    IndicatorReport report = report().stratifiedBy(Stratification.SEX);
    Map<String, JsonNode> reports = byUrlOrMeasure(tree(MeasureReportWriter.toJson(report)), "MeasureReport");
    IndicatorResult ehr = report.result("EHR-01").orElseThrow();
    assertFalse(ehr.strata().isEmpty());
    JsonNode stratifier = group(reports.get(MeasureReportWriter.measureUrl("EHR-01")), "EHR-01").at("/stratifier/0");
    assertEquals("SEX", stratifier.at("/code/0/coding/0/code").asText());
    assertEquals(ehr.strata().size(), stratifier.get("stratum").size());
    for (int i = 0; i < ehr.strata().size(); i++) {
      Stratum s = ehr.strata().get(i);
      JsonNode st = stratifier.get("stratum").get(i);
      assertEquals(s.key(), st.at("/value/coding/0/code").asText());
      assertEquals(FhirConventions.STRATUM_SYSTEM_PREFIX + "sex", st.at("/value/coding/0/system").asText());
      assertEquals(s.label(), st.at("/value/text").asText());
      assertGroup(st, s.rate(), "proportion");
    }
  }

  @Test
  void scoringFollowsTheUnitAndBasis() {
    Catalogue c = Catalogue.national();
    assertEquals("proportion", MeasureReportWriter.scoring(c.byId("HTN-01")));
    assertEquals("proportion", MeasureReportWriter.scoring(c.byId("SMD-02")), "per mille is still a proportion");
    assertEquals("cohort", MeasureReportWriter.scoring(c.byId("SUP-02")), "a count is the size of the initial population");
    assertEquals("ratio", MeasureReportWriter.scoring(c.byId("PC-02")), "doctors per 10,000 people");
    assertEquals("proportion", MeasureReportWriter.scoring(Optional.empty()));
  }

  @Test
  void partsAreGroupsOfTheirIndicatorsMeasure() throws IOException {
    IndicatorReport report = report();
    List<IndicatorResult> imm = report.results().stream().filter(r -> r.measure().indicatorId().equals("IMM-02")).toList();
    assertTrue(imm.size() > 1);
    JsonNode measure = byUrlOrMeasure(tree(MeasureReportWriter.toJson(report)), "Measure").get(MeasureReportWriter.measureUrl("IMM-02"));
    assertEquals(imm.size(), measure.get("group").size());
    assertEquals(imm.get(1).id(), measure.at("/group/1/code/coding/0/code").asText());
  }

  @Test
  void idsAreFhirIdsAndOutputIsDeterministic(@TempDir Path dir) throws IOException {
    assertEquals("IMM-02-MMR-1-", MeasureReportWriter.fhirId("IMM-02(MMR,1)"));
    assertEquals("https://gongwei.org/fhir/Measure/HTN-01", MeasureReportWriter.measureUrl("HTN-01"));
    Path file = dir.resolve("report.json");
    MeasureReportWriter.write(report(), file);
    assertEquals(MeasureReportWriter.toJson(report()), Files.readString(file));
  }

  @Test
  void institutionScopeIsTheReporter() throws IOException {
    IndicatorReport report = report().withScope(Scope.institution("T1"));
    JsonNode mr = byUrlOrMeasure(tree(MeasureReportWriter.toJson(report)), "MeasureReport").values().iterator().next();
    assertEquals(FhirConventions.INSTITUTION_SYSTEM, mr.at("/reporter/identifier/system").asText());
    assertEquals("T1", mr.at("/reporter/identifier/value").asText());
    assertEquals("institution T1", mr.at("/extension/0/valueString").asText());
  }
}
