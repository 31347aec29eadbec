package org.gongwei.io.fhir;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.indicators.definition.Basis;
import org.gongwei.indicators.definition.IndicatorDefinition;
import org.gongwei.indicators.definition.Polarity;
import org.gongwei.indicators.definition.Unit;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.report.DenominatorSource;
import org.gongwei.indicators.report.IndicatorReport;
import org.gongwei.indicators.report.IndicatorResult;
import org.gongwei.indicators.report.Scope;
import org.gongwei.indicators.report.Stratification;
import org.gongwei.indicators.report.Stratum;

/**
 * Writes an {@link IndicatorReport} as a FHIR R4 Bundle (type {@code collection}, JSON, UTF-8) of
 * one Measure and one MeasureReport per indicator.
 *
 * <p><b>Measure</b> (from the indicator's definition): id the indicator id, url {@code
 * https://gongwei.org/fhir/Measure/<id>}, name (the id with underscores), title the Chinese name,
 * subtitle the English name, description (numerator, denominator and source in words), scoring
 * {@code proportion} for rates, {@code ratio} for aggregate figures and rates per 10,000, {@code
 * cohort} for counts (FHIR's scoring for "the number of members of the initial population"),
 * improvementNotation from the polarity, and one group per result line of the indicator (the
 * headline, then parts such as {@code IMM-02(MMR,1)}) with its populations described in words.
 * The criteria are those words: R4 has no code for a plain-language expression, so {@code
 * criteria.language} is absent with the data-absent-reason {@code as-text} and {@code
 * criteria.expression} holds the words (the calculations are the library's Java code, not CQL).
 *
 * <p><b>MeasureReport</b>: status complete, type summary, measure the Measure's canonical URL,
 * the report period, one group per result line with the populations {@code initial-population},
 * {@code denominator} and {@code numerator} and their counts (a count has the initial population
 * only), the measureScore as a decimal fraction (numerator / denominator to 6 decimals, HALF_UP;
 * absent when the rate has no value), and, for a stratified report, one stratifier with a stratum
 * per key. Extensions carry what MeasureReport lacks: the rate status and the denominator source
 * on each group and stratum, the scope and rulebook on the report. An institution scope is also
 * the reporter (a logical reference by institution code). Targets and their attainment are not
 * written.
 *
 * <p>Ids and fullUrls are deterministic, so the same report gives the same Bundle.
 */
public final class MeasureReportWriter {
  private MeasureReportWriter() {}

  static final String SCORING = "http://terminology.hl7.org/CodeSystem/measure-scoring";
  static final String IMPROVEMENT = "http://terminology.hl7.org/CodeSystem/measure-improvement-notation";
  static final String POPULATION = "http://terminology.hl7.org/CodeSystem/measure-population";
  static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
  private static final int SCORE_DECIMALS = 6;

  /** Writes the Bundle to {@code out} (not closed). */
  public static void write(IndicatorReport report, Writer out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      write(report, g);
    }
  }

  /** Writes the Bundle to a file in UTF-8 (replacing it). */
  public static void write(IndicatorReport report, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(report, w);
    }
  }

  /** The Bundle as a JSON string. */
  public static String toJson(IndicatorReport report) {
    StringWriter s = new StringWriter();
    try {
      write(report, s);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return s.toString();
  }

  /** The canonical URL of the Measure of an indicator. */
  public static String measureUrl(String indicatorId) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    return FhirConventions.BASE + "/Measure/" + fhirId(indicatorId);
  }

  /** A FHIR id ({@code [A-Za-z0-9-.]{1,64}}) for an indicator id: other characters become {@code -}. */
  static String fhirId(String id) {
    StringBuilder s = new StringBuilder(id.length());
    for (int i = 0; i < id.length() && s.length() < 64; i++) {
      char c = id.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
      s.append(ok ? c : '-');
    }
    return s.toString();
  }

  private static void write(IndicatorReport report, JsonGenerator g) throws IOException {
    Map<String, List<IndicatorResult>> byIndicator = new LinkedHashMap<>();
    for (IndicatorResult r : report.results()) {
      byIndicator.computeIfAbsent(r.measure().indicatorId(), k -> new ArrayList<>()).add(r);
    }
    g.writeStartObject();
    g.writeStringField("resourceType", "Bundle");
    g.writeStringField("type", "collection");
    if (byIndicator.isEmpty()) {
      g.writeEndObject();
      g.flush();
      return;
    }
    g.writeArrayFieldStart("entry");
    for (Map.Entry<String, List<IndicatorResult>> e : byIndicator.entrySet()) {
      entry(g, measureUrl(e.getKey()), measure(e.getKey(), e.getValue(), report.stratification()));
    }
    for (Map.Entry<String, List<IndicatorResult>> e : byIndicator.entrySet()) {
      ObjectNode mr = measureReport(report, e.getKey(), e.getValue());
      entry(g, "urn:uuid:" + mr.get("id").asText(), mr);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
  }

  private static void entry(JsonGenerator g, String fullUrl, ObjectNode resource) throws IOException {
    g.writeStartObject();
    g.writeStringField("fullUrl", fullUrl);
    g.writeFieldName("resource");
    Json.MAPPER.writeTree(g, resource);
    g.writeEndObject();
  }

  /** FHIR's scoring of an indicator. */
  static String scoring(Optional<IndicatorDefinition> d) {
    Unit unit = d.map(IndicatorDefinition::unit).orElse(Unit.PERCENT);
    if (!unit.isRate()) {
      return "cohort";
    }
    if (unit == Unit.PER_TEN_THOUSAND || d.map(x -> x.basis() == Basis.AGGREGATE).orElse(false)) {
      return "ratio";
    }
    return "proportion";
  }

  private static ObjectNode measure(String indicatorId, List<IndicatorResult> results, Optional<Stratification> by) {
    Optional<IndicatorDefinition> d = results.get(0).definition();
    String scoring = scoring(d);
    ObjectNode m = Json.resource("Measure").put("id", fhirId(indicatorId));
    Json.addExtension(m, Json.extension(FhirConventions.EXT_DISPLAY_UNIT).put("valueCode", d.map(IndicatorDefinition::unit).orElse(Unit.PERCENT).name()));
    m.put("url", measureUrl(indicatorId));
    m.putArray("identifier").add(Json.identifier(FhirConventions.INDICATOR_ID, indicatorId));
    m.put("name", computableName(indicatorId));
    m.put("title", d.map(IndicatorDefinition::nameZh).orElse(indicatorId));
    d.ifPresent(x -> m.put("subtitle", x.nameEn()));
    m.put("status", "active");
    m.put("experimental", false);
    m.put("publisher", "Gongwei");
    String numerator = d.map(IndicatorDefinition::numerator).orElse("numerator of " + indicatorId);
    String denominator = d.flatMap(IndicatorDefinition::denominator).orElse("denominator of " + indicatorId);
    m.put("description", d.map(x -> "分子 numerator: " + x.numerator()
        + x.denominator().map(den -> "\n\n分母 denominator: " + den).orElse("")
        + "\n\n来源 source: " + x.source()).orElse(indicatorId));
    m.set("scoring", Json.concept(Json.coding(SCORING, scoring, scoringDisplay(scoring))));
    Polarity polarity = d.map(IndicatorDefinition::polarity).orElse(Polarity.HIGHER_IS_BETTER);
    m.set("improvementNotation", improvement(polarity));
    ArrayNode groups = m.putArray("group");
    for (IndicatorResult r : results) {
      ObjectNode group = groups.addObject();
      group.set("code", groupCode(r));
      group.put("description", r.nameZh());
      ArrayNode populations = group.putArray("population");
      if (scoring.equals("cohort")) {
        populations.add(measurePopulation("initial-population", "Initial Population", numerator));
      } else {
        populations.add(measurePopulation("initial-population", "Initial Population", denominator));
        populations.add(measurePopulation("denominator", "Denominator", denominator));
        populations.add(measurePopulation("numerator", "Numerator", numerator));
      }
      by.ifPresent(s -> {
        ObjectNode stratifier = group.putArray("stratifier").addObject();
        stratifier.set("code", stratifierCode(s));
        stratifier.put("description", "by " + s.name().toLowerCase(Locale.ROOT));
      });
    }
    return m;
  }

  private static String computableName(String indicatorId) {
    StringBuilder s = new StringBuilder();
    for (char c : indicatorId.toCharArray()) {
      s.append((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '_');
    }
    if (s.length() == 0 || !(s.charAt(0) >= 'A' && s.charAt(0) <= 'Z')) {
      s.insert(0, 'M');
    }
    return s.toString();
  }

  private static String scoringDisplay(String scoring) {
    switch (scoring) {
      case "cohort":
        return "Cohort";
      case "ratio":
        return "Ratio";
      default:
        return "Proportion";
    }
  }

  private static ObjectNode improvement(Polarity p) {
    return p == Polarity.LOWER_IS_BETTER
        ? Json.concept(Json.coding(IMPROVEMENT, "decrease", "Decreased score indicates improvement"))
        : Json.concept(Json.coding(IMPROVEMENT, "increase", "Increased score indicates improvement"));
  }

  private static ObjectNode groupCode(IndicatorResult r) {
    return Json.concept(Json.coding(FhirConventions.INDICATOR_ID, r.id(), null)).put("text", r.nameZh());
  }

  private static ObjectNode stratifierCode(Stratification s) {
    return Json.concept(Json.coding(FhirConventions.STRATIFICATION, s.name(), null)).put("text", s.name().toLowerCase(Locale.ROOT));
  }

  private static ObjectNode measurePopulation(String code, String display, String words) {
    ObjectNode p = Json.object();
    p.set("code", Json.concept(Json.coding(POPULATION, code, display)));
    p.put("description", words);
    ObjectNode criteria = p.putObject("criteria").put("description", words);
    Json.addExtension(criteria.putObject("_language"), Json.extension(DATA_ABSENT_REASON).put("valueCode", "as-text"));
    criteria.put("expression", words);
    return p;
  }

  private static ObjectNode measureReport(IndicatorReport report, String indicatorId, List<IndicatorResult> results) {
    Optional<IndicatorDefinition> d = results.get(0).definition();
    String scoring = scoring(d);
    String key = report.scope() + "|" + report.period() + "|" + report.rulebook().name() + "|"
        + report.stratification().map(Enum::name).orElse("") + "|" + indicatorId;
    ObjectNode mr = Json.resource("MeasureReport").put("id", WriteContext.uuid("MeasureReport", key));
    Json.addExtension(mr, Json.extension(FhirConventions.EXT_REPORT_SCOPE).put("valueString", report.scope().toString()));
    Json.addExtension(mr, Json.extension(FhirConventions.EXT_RULEBOOK).put("valueString", report.rulebook().name()));
    mr.putArray("identifier").add(Json.identifier(FhirConventions.INDICATOR_ID, indicatorId));
    mr.put("status", "complete");
    mr.put("type", "summary");
    mr.put("measure", measureUrl(indicatorId));
    mr.putObject("period").put("start", report.period().start().toString()).put("end", report.period().end().toString());
    if (report.scope().kind() == Scope.Kind.INSTITUTION) {
      ObjectNode reporter = mr.putObject("reporter").put("type", "Organization");
      reporter.set("identifier", Json.identifier(FhirConventions.INSTITUTION_SYSTEM, report.scope().code()));
    }
    mr.set("improvementNotation", improvement(d.map(IndicatorDefinition::polarity).orElse(Polarity.HIGHER_IS_BETTER)));
    ArrayNode groups = mr.putArray("group");
    for (IndicatorResult r : results) {
      ObjectNode group = groups.addObject();
      rateExtensions(group, r.rate(), r.denominatorSource());
      group.set("code", groupCode(r));
      populations(group, r.rate(), scoring);
      if (report.stratification().isPresent()) {
        Stratification s = report.stratification().get();
        ObjectNode stratifier = group.putArray("stratifier").addObject();
        stratifier.putArray("code").add(stratifierCode(s));
        for (Stratum st : r.strata()) {
          ArrayNode strata = stratifier.has("stratum") ? (ArrayNode) stratifier.get("stratum") : stratifier.putArray("stratum");
          ObjectNode stratum = strata.addObject();
          rateExtensions(stratum, st.rate(), st.denominatorSource());
          String system = FhirConventions.STRATUM_SYSTEM_PREFIX + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
          stratum.set("value", Json.concept(Json.coding(system, st.key(), st.label())).put("text", st.label()));
          populations(stratum, st.rate(), scoring);
        }
      }
    }
    return mr;
  }

  private static void rateExtensions(ObjectNode node, Rate rate, DenominatorSource source) {
    Json.addExtension(node, Json.extension(FhirConventions.EXT_RATE_STATUS).put("valueCode", rate.status().name()));
    Json.addExtension(node, Json.extension(FhirConventions.EXT_DENOMINATOR_SOURCE).put("valueCode", source.name().toLowerCase(Locale.ROOT)));
  }

  private static void populations(ObjectNode node, Rate rate, String scoring) {
    ArrayNode populations = node.putArray("population");
    if (scoring.equals("cohort")) {
      populations.add(reportPopulation("initial-population", "Initial Population", rate.numerator()));
      return;
    }
    populations.add(reportPopulation("initial-population", "Initial Population", rate.denominator()));
    populations.add(reportPopulation("denominator", "Denominator", rate.denominator()));
    populations.add(reportPopulation("numerator", "Numerator", rate.numerator()));
    Optional<BigDecimal> score = rate.value(SCORE_DECIMALS).map(BigDecimal::stripTrailingZeros);
    score.ifPresent(v -> node.putObject("measureScore").put("value", v));
  }

  private static ObjectNode reportPopulation(String code, String display, long count) {
    ObjectNode p = Json.object();
    p.set("code", Json.concept(Json.coding(POPULATION, code, display)));
    p.put("count", count);
    return p;
  }
}
