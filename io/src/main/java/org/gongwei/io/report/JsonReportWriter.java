package org.gongwei.io.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.indicators.definition.IndicatorDefinition;
import org.gongwei.indicators.definition.Unit;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.report.Detail;
import org.gongwei.indicators.report.IndicatorReport;
import org.gongwei.indicators.report.IndicatorResult;
import org.gongwei.indicators.report.Stratum;
import org.gongwei.indicators.target.Attainment;
import org.gongwei.indicators.target.Comparison;
import org.gongwei.indicators.target.Target;

/**
 * Writes an {@link IndicatorReport} as JSON (exchange format §2), pretty-printed with two-space
 * indents and {@code \n} line breaks, in a stable order (the report's, which is the catalogue's),
 * so the same report always gives the same text:
 *
 * <pre>{@code
 * { "period": {"start": "2024-01-01", "end": "2024-12-31", "label": "2024"},
 *   "scope": "all", "rulebook": "national-2017", "detail": "HEADLINES",
 *   "stratification": "INSTITUTION",                  (only when stratified)
 *   "indicators": [
 *     { "id": "HTN-01", "part": "…" (parts only), "name": "高血压患者规范管理率", "nameEn": "…",
 *       "numerator": 1234, "denominator": 2000, "value": 0.617000, "percent": "61.70",
 *       "unit": "PERCENT", "status": "OK", "denominatorSource": "RECORDS",
 *       "target": {"atLeast": 0.6}, "attainment": {"outcome": "MET", "gap": 1.70},
 *       "strata": [ {"key": "430321101", "label": "…", "numerator": …, "denominator": …,
 *                    "value": …, "percent": …, "status": …, "denominatorSource": …,
 *                    "attainment": {…}} ] } ] }
 * }</pre>
 *
 * <p>{@code value} is the fraction with 6 decimals (HALF_UP from the exact fraction) or {@code
 * null} without a value; {@code percent} is the value in the indicator's {@code unit} (per
 * hundred, thousand or ten thousand) as a string with 2 decimals, or {@code null}; {@code gap} is
 * value − threshold in the same unit, 2 decimals. {@code target} and {@code attainment} are left
 * out when the rulebook has no target for the measure, {@code strata} when the report is not
 * stratified, {@code part} and {@code nameEn} when there is none. {@link Detail#HEADLINES} writes
 * the headline of each indicator, {@link Detail#ALL} its parts too.
 */
public final class JsonReportWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonReportWriter() {}

  /** The report as JSON text with a final line break. */
  public static String toJson(IndicatorReport report, Detail detail) {
    StringWriter out = new StringWriter();
    try {
      write(report, detail, out);
    } catch (IOException e) {
      throw new IllegalStateException("a string writer cannot fail", e);
    }
    return out.toString();
  }

  /** Writes the report as UTF-8 JSON to {@code file} (created or replaced). */
  public static void write(IndicatorReport report, Detail detail, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(report, detail, out);
    }
  }

  /** Writes the report as JSON with a final line break; flushes but does not close {@code out}. */
  public static void write(IndicatorReport report, Detail detail, Writer out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(out, "out");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
      writeReport(report, detail, g);
    }
    out.write('\n');
    out.flush();
  }

  private static void writeReport(IndicatorReport report, Detail detail, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("period");
    g.writeStringField("start", report.period().start().toString());
    g.writeStringField("end", report.period().end().toString());
    g.writeStringField("label", report.period().toString());
    g.writeEndObject();
    g.writeStringField("scope", report.scope().toString());
    g.writeStringField("rulebook", report.rulebook().name());
    g.writeStringField("detail", detail.name());
    if (report.stratification().isPresent()) {
      g.writeStringField("stratification", report.stratification().get().name());
    }
    g.writeArrayFieldStart("indicators");
    for (IndicatorResult r : ReportRow.results(report, detail)) {
      writeResult(r, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeResult(IndicatorResult r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    if (!r.measure().isHeadline()) {
      g.writeStringField("part", r.measure().label());
    }
    g.writeStringField("name", ReportRow.name(r));
    Optional<String> nameEn = r.definition().map(IndicatorDefinition::nameEn);
    if (nameEn.isPresent()) {
      g.writeStringField("nameEn", nameEn.get());
    }
    writeRate(r.rate(), r.unit(), g);
    g.writeStringField("unit", r.unit().name());
    g.writeStringField("status", r.rate().status().name());
    g.writeStringField("denominatorSource", r.denominatorSource().name());
    if (r.attainment().isPresent()) {
      writeTarget(r.attainment().get().target(), g);
      writeAttainment(r.attainment().get(), r.unit(), g);
    }
    if (!r.strata().isEmpty()) {
      g.writeArrayFieldStart("strata");
      for (Stratum s : r.strata()) {
        writeStratum(s, r.unit(), g);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeStratum(Stratum s, Unit unit, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", s.key());
    g.writeStringField("label", s.label());
    writeRate(s.rate(), unit, g);
    g.writeStringField("status", s.rate().status().name());
    g.writeStringField("denominatorSource", s.denominatorSource().name());
    if (s.attainment().isPresent()) {
      writeAttainment(s.attainment().get(), unit, g);
    }
    g.writeEndObject();
  }

  private static void writeRate(Rate rate, Unit unit, JsonGenerator g) throws IOException {
    g.writeNumberField("numerator", rate.numerator());
    g.writeNumberField("denominator", rate.denominator());
    g.writeFieldName("value");
    writeDecimalOrNull(ReportRow.fraction(rate), g);
    g.writeFieldName("percent");
    Optional<BigDecimal> inUnit = ReportRow.inUnit(rate, unit);
    if (inUnit.isPresent()) {
      g.writeString(inUnit.get().toPlainString());
    } else {
      g.writeNull();
    }
  }

  private static void writeTarget(Target t, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("target");
    g.writeFieldName(t.comparison() == Comparison.AT_LEAST ? "atLeast" : "atMost");
    g.writeNumber(t.threshold().toPlainString());
    g.writeEndObject();
  }

  private static void writeAttainment(Attainment a, Unit unit, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("attainment");
    g.writeStringField("outcome", a.outcome().name());
    g.writeFieldName("gap");
    writeDecimalOrNull(ReportRow.gap(a, unit).orElse(null), g);
    g.writeEndObject();
  }

  private static void writeDecimalOrNull(BigDecimal d, JsonGenerator g) throws IOException {
    if (d == null) {
      g.writeNull();
    } else {
      g.writeNumber(d.toPlainString());
    }
  }
}
