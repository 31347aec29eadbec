package org.gongwei.io.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.indicators.definition.IndicatorDefinition;
import org.gongwei.indicators.definition.Unit;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.rate.Scale;
import org.gongwei.indicators.report.DenominatorSource;
import org.gongwei.indicators.report.Detail;
import org.gongwei.indicators.report.IndicatorReport;
import org.gongwei.indicators.report.IndicatorResult;
import org.gongwei.indicators.report.Scope;
import org.gongwei.indicators.report.Stratification;
import org.gongwei.indicators.report.Stratum;
import org.gongwei.indicators.target.Attainment;
import org.gongwei.indicators.target.Outcome;
import org.gongwei.indicators.target.Target;

/**
 * Writes an {@link IndicatorReport} as one self-contained HTML page (UTF-8, {@code lang="zh-CN"}):
 * a header with the period, scope, rulebook, detail and stratification, the table of results, and
 * for every indicator with a target a horizontal bar chart of its rate in each institution
 * against the target.
 *
 * <p>The page needs nothing else: the style sheet is inline, the charts are inline SVG ({@link
 * BarChart}), there is no script, no image, no font or link to fetch. It is written in the XML
 * syntax of HTML (every element closed, only the character references {@code &amp;}, {@code
 * &lt;}, {@code &gt;}, {@code &quot;}, {@code &#39;}), so an XML parser reads it as XHTML and a
 * browser as HTML. Every text that comes from data (names, labels, codes, the rulebook's name) is
 * escaped; characters XML does not allow are replaced with U+FFFD. The output depends only on the
 * report and the detail: no time stamp, no locale, {@code \n} line breaks, so the same report
 * gives the same bytes.
 *
 * <p>The table has one row per result of the {@link Detail} (each followed by its strata when the
 * report is stratified): id, Chinese and English names, numerator, denominator, value in the
 * indicator's unit, rate status, denominator source, target, and attainment. Attainment is
 * coloured — met green, not met red, no value or no target grey — and always also written out
 * ({@code ✓ 达标 met}, {@code ✗ 未达标 not met} with the gap), so colour is never the only cue.
 *
 * <p>The charts use the report stratified by {@link Stratification#INSTITUTION}: the report
 * itself when it is stratified so, otherwise {@code report.stratifiedBy(INSTITUTION)}. A percent
 * indicator is drawn on a 0–100 % axis (a value above 100 % is cut at the end and marked), one in
 * ‰ or ‱ on an axis covering its largest value and target; counts get no chart. An institution
 * without a value shows {@code —} and no bar.
 *
 * <p>Text is not guarded against spreadsheet formulas (as the CSV and xlsx writers do): in a
 * page the guard's apostrophe would be visible, and nothing evaluates formulas in HTML.
 */
public final class HtmlReportWriter {
  /** What the page says generated it. */
  static final String GENERATOR = "Gongwei 公卫 (org.gongwei.io.report.HtmlReportWriter)";

  private HtmlReportWriter() {}

  /** The report as an HTML page. */
  public static String toHtml(IndicatorReport report, Detail detail) {
    StringWriter out = new StringWriter();
    try {
      write(report, detail, out);
    } catch (IOException e) {
      throw new IllegalStateException("a string writer cannot fail", e);
    }
    return out.toString();
  }

  /** Writes the page to {@code file} (created or replaced), UTF-8 without byte order mark. */
  public static void write(IndicatorReport report, Detail detail, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(detail, "detail");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(report, detail, out);
    }
  }

  /** Writes the page to {@code out}; flushes but does not close it. */
  public static void write(IndicatorReport report, Detail detail, Writer out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(out, "out");
    out.write(page(report, detail));
    out.flush();
  }

  private static String page(IndicatorReport report, Detail detail) {
    List<IndicatorResult> results = ReportRow.results(report, detail);
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n");
    h.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\" xml:lang=\"zh-CN\">\n");
    h.append("<head>\n<meta charset=\"UTF-8\"/>\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    h.append("<meta name=\"generator\" content=\"").append(escape(GENERATOR)).append("\"/>\n");
    h.append("<title>").append(escape("基本公共卫生服务指标报告 " + report.period() + " · " + report.scope()))
        .append("</title>\n");
    h.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    header(h, report, detail, results);
    h.append("<main>\n");
    table(h, results, detail);
    charts(h, report, results);
    h.append("</main>\n");
    h.append("<footer>\n<p>达标按精确分数（分子/分母）判定，不按四舍五入后的数值。")
        .append("<span class=\"en\" lang=\"en\">Attainment compares the exact fraction numerator/denominator"
            + " with the target, not the rounded value.</span></p>\n</footer>\n");
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  // ---------------------------------------------------------------- header

  private static void header(StringBuilder h, IndicatorReport report, Detail detail, List<IndicatorResult> results) {
    h.append("<header>\n<h1>基本公共卫生服务指标报告 <span class=\"en\" lang=\"en\">Basic public health service indicator report</span></h1>\n");
    h.append("<dl class=\"meta\">\n");
    meta(h, "报告期", "Period", report.period() + " (" + report.period().start() + " – " + report.period().end() + ")");
    meta(h, "范围", "Scope", scope(report));
    meta(h, "规则集", "Rulebook", report.rulebook().name());
    meta(h, "明细", "Detail", detail == Detail.ALL ? "全部测量 all measures" : "主指标 headlines");
    report.stratification().ifPresent(s -> meta(h, "分层", "Stratification", lower(s.name())));
    meta(h, "生成", "Generated by", GENERATOR);
    h.append("</dl>\n");
    summary(h, results);
    h.append("</header>\n");
  }

  /** How many results with a target meet it, miss it, or have no value. */
  private static void summary(StringBuilder h, List<IndicatorResult> results) {
    int met = 0;
    int notMet = 0;
    int none = 0;
    for (IndicatorResult r : results) {
      if (r.attainment().isPresent()) {
        Outcome o = r.attainment().get().outcome();
        met += o == Outcome.MET ? 1 : 0;
        notMet += o == Outcome.NOT_MET ? 1 : 0;
        none += o == Outcome.NOT_APPLICABLE ? 1 : 0;
      }
    }
    h.append("<p class=\"summary\">有目标的指标 ").append(met + notMet + none).append(" 项：")
        .append("<span class=\"met\">✓ 达标 ").append(met).append("</span> · ")
        .append("<span class=\"not-met\">✗ 未达标 ").append(notMet).append("</span> · ")
        .append("<span class=\"not-applicable\">— 无法评价 ").append(none).append("</span>")
        .append("<span class=\"en\" lang=\"en\">").append(met + notMet + none).append(" with a target: ")
        .append(met).append(" met, ").append(notMet).append(" not met, ").append(none).append(" without a value</span></p>\n");
  }

  private static void meta(StringBuilder h, String zh, String en, String value) {
    h.append("<dt>").append(zh).append(" <span class=\"en\" lang=\"en\">").append(en).append("</span></dt><dd>")
        .append(escape(value)).append("</dd>\n");
  }

  private static String scope(IndicatorReport report) {
    Scope scope = report.scope();
    switch (scope.kind()) {
      case INSTITUTION:
        return "机构 institution " + scope.code()
            + report.institutions().institution(scope.code()).map(i -> " " + i.name()).orElse("");
      case REGION:
        return "地区 region " + scope.code();
      default:
        return "全部 all";
    }
  }

  // ---------------------------------------------------------------- table

  private static void table(StringBuilder h, List<IndicatorResult> results, Detail detail) {
    h.append("<section id=\"indicators\">\n<h2>指标 <span class=\"en\" lang=\"en\">Indicators</span></h2>\n");
    h.append("<table>\n<thead>\n<tr>");
    th(h, "编号", "Id");
    th(h, "指标", "Indicator");
    th(h, "分子", "Numerator");
    th(h, "分母", "Denominator");
    th(h, "值", "Value");
    th(h, "状态", "Status");
    th(h, "分母来源", "Denominator source");
    th(h, "目标", "Target");
    th(h, "达标情况", "Attainment");
    h.append("</tr>\n</thead>\n<tbody>\n");
    for (IndicatorResult r : results) {
      String nameEn = r.definition().map(IndicatorDefinition::nameEn).orElse("");
      if (!r.measure().isHeadline() && !nameEn.isEmpty()) {
        nameEn = nameEn + " · " + r.measure().label();
      }
      row(h, r.measure().isHeadline() ? "result" : "result part", r.id(), r.nameZh(), nameEn, r.rate(), r.unit(),
          r.denominatorSource(), r.attainment());
      for (Stratum s : r.strata()) {
        row(h, "stratum", s.key(), s.label(), lower(s.stratification().name()), s.rate(), r.unit(),
            s.denominatorSource(), s.attainment());
      }
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static void th(StringBuilder h, String zh, String en) {
    h.append("<th scope=\"col\">").append(zh).append("<span class=\"en\" lang=\"en\">").append(en).append("</span></th>");
  }

  private static void row(
      StringBuilder h,
      String rowClass,
      String id,
      String nameZh,
      String nameEn,
      Rate rate,
      Unit unit,
      DenominatorSource source,
      Optional<Attainment> attainment) {
    h.append("<tr class=\"").append(rowClass).append("\">");
    h.append("<td class=\"id\">").append(escape(id)).append("</td>");
    h.append("<td class=\"name\">").append(escape(nameZh));
    if (!nameEn.isEmpty()) {
      h.append("<span class=\"en\" lang=\"en\">").append(escape(nameEn)).append("</span>");
    }
    h.append("</td>");
    h.append("<td class=\"num\">").append(rate.numerator()).append("</td>");
    h.append("<td class=\"num\">").append(unit.isRate() ? Long.toString(rate.denominator()) : "—").append("</td>");
    h.append("<td class=\"num value\">").append(escape(valueText(rate, unit))).append("</td>");
    h.append("<td class=\"status\">").append(status(rate, unit)).append("</td>");
    h.append("<td class=\"source\">")
        .append(source == DenominatorSource.ESTIMATE
            ? "人口估计<span class=\"en\" lang=\"en\">estimate</span>"
            : "记录<span class=\"en\" lang=\"en\">records</span>")
        .append("</td>");
    h.append("<td class=\"target\">").append(attainment.map(a -> escape(targetText(a.target(), unit))).orElse(""))
        .append("</td>");
    attainmentCell(h, attainment, unit);
    h.append("</tr>\n");
  }

  private static String status(Rate rate, Unit unit) {
    if (!unit.isRate()) {
      return "计数<span class=\"en\" lang=\"en\">count</span>";
    }
    switch (rate.status()) {
      case OK:
        return "正常<span class=\"en\" lang=\"en\">OK</span>";
      case NO_DENOMINATOR:
        return "无分母<span class=\"en\" lang=\"en\">no denominator</span>";
      case MISSING_ESTIMATE:
        return "缺人口估计<span class=\"en\" lang=\"en\">missing estimate</span>";
      case ABOVE_100:
        return "超过 100%<span class=\"en\" lang=\"en\">above 100%</span>";
      default:
        throw new AssertionError(rate.status());
    }
  }

  private static void attainmentCell(StringBuilder h, Optional<Attainment> attainment, Unit unit) {
    if (attainment.isEmpty()) {
      h.append("<td class=\"attainment no-target\">无目标<span class=\"en\" lang=\"en\">no target</span></td>");
      return;
    }
    Attainment a = attainment.get();
    String gap = ReportRow.gap(a, unit).map(g -> ", " + signed(g) + gapUnit(unit)).orElse("");
    switch (a.outcome()) {
      case MET:
        h.append("<td class=\"attainment met\">✓ 达标<span class=\"en\" lang=\"en\">met")
            .append(escape(gap)).append("</span></td>");
        break;
      case NOT_MET:
        h.append("<td class=\"attainment not-met\">✗ 未达标<span class=\"en\" lang=\"en\">not met")
            .append(escape(gap)).append("</span></td>");
        break;
      default:
        h.append("<td class=\"attainment not-applicable\">— 无法评价<span class=\"en\" lang=\"en\">no value</span></td>");
        break;
    }
  }

  private static String signed(BigDecimal gap) {
    return (gap.signum() > 0 ? "+" : "") + gap.toPlainString();
  }

  private static String gapUnit(Unit unit) {
    return unit == Unit.PERCENT || !unit.isRate() ? " pp" : unit.scale().orElseThrow().symbol();
  }

  /** The value in the unit at 2 decimals ({@code 61.70%}), the count for a count, {@code —} without a value. */
  static String valueText(Rate rate, Unit unit) {
    return unit.scale().map(s -> rate.format(s, ReportRow.DISPLAY_SCALE)).orElse(Long.toString(rate.numerator()));
  }

  /**
   * The target in the indicator's unit: {@code ≥ 60%} for a percent, {@code ≤ 4.5‱} for a rate
   * per ten thousand (whose threshold is the fraction 0.00045).
   */
  static String targetText(Target target, Unit unit) {
    Scale scale = unit.scale().orElse(Scale.PERCENT);
    return target.comparison().symbol() + " "
        + BarChart.plain(target.threshold().multiply(scale.multiplierDecimal())).toPlainString() + scale.symbol();
  }

  // ---------------------------------------------------------------- charts

  private static void charts(StringBuilder h, IndicatorReport report, List<IndicatorResult> results) {
    List<IndicatorResult> charted = new ArrayList<>();
    for (IndicatorResult r : results) {
      if (r.attainment().isPresent() && r.unit().isRate()) {
        charted.add(r);
      }
    }
    if (charted.isEmpty()) {
      return;
    }
    IndicatorReport byInstitution =
        report.stratification().equals(Optional.of(Stratification.INSTITUTION))
            ? report
            : report.stratifiedBy(Stratification.INSTITUTION);
    h.append("<section id=\"charts\">\n<h2>各机构达标情况 <span class=\"en\" lang=\"en\">By institution, against the target</span></h2>\n");
    h.append("<ul class=\"legend\">")
        .append("<li><span class=\"swatch met\"></span>✓ 达标 <span lang=\"en\">met</span></li>")
        .append("<li><span class=\"swatch not-met\"></span>✗ 未达标 <span lang=\"en\">not met</span></li>")
        .append("<li><span class=\"swatch target\"></span>目标 <span lang=\"en\">target</span></li>")
        .append("<li>— 无分母，不画条 <span lang=\"en\">no denominator: no bar</span></li>")
        .append("<li>▶ 超过 100%，截断显示 <span lang=\"en\">above 100%: bar cut, true value shown</span></li>")
        .append("</ul>\n");
    h.append("<div class=\"charts\">\n");
    for (IndicatorResult r : charted) {
      List<Stratum> strata = byInstitution.result(r.id()).map(IndicatorResult::strata).orElse(List.of());
      h.append("<figure>\n<figcaption><strong>").append(escape(r.id())).append("</strong> ").append(escape(r.nameZh()));
      r.definition().map(IndicatorDefinition::nameEn)
          .ifPresent(en -> h.append(" <span class=\"en\" lang=\"en\">").append(escape(en)).append("</span>"));
      Attainment a = r.attainment().orElseThrow();
      h.append("<br/>目标 ").append(escape(targetText(a.target(), r.unit()))).append(" · 合计 ")
          .append(escape(valueText(r.rate(), r.unit()))).append(' ').append(outcomeWord(a.outcome()))
          .append("</figcaption>\n");
      if (strata.isEmpty()) {
        h.append("<p class=\"empty\">无机构数据 <span lang=\"en\">no institution data</span></p>\n");
      } else {
        h.append(chart(r, strata).toSvg()).append('\n');
      }
      h.append("</figure>\n");
    }
    h.append("</div>\n</section>\n");
  }

  private static String outcomeWord(Outcome outcome) {
    switch (outcome) {
      case MET:
        return "✓ 达标";
      case NOT_MET:
        return "✗ 未达标";
      default:
        return "— 无法评价";
    }
  }

  /** The chart of a result with a target, one bar per institution stratum. */
  static BarChart chart(IndicatorResult result, List<Stratum> strata) {
    Unit unit = result.unit();
    Scale scale = unit.scale().orElseThrow(() -> new IllegalArgumentException(result.id() + " is a count"));
    Target target = result.attainment().orElseThrow(() -> new IllegalArgumentException(result.id() + " has no target"))
        .target();
    BigDecimal targetValue = target.threshold().multiply(scale.multiplierDecimal());
    List<BarChart.Bar> bars = new ArrayList<>();
    BigDecimal largest = targetValue;
    for (Stratum s : strata) {
      Optional<BigDecimal> value = s.rate().value().map(v -> v.multiply(scale.multiplierDecimal()));
      if (value.isPresent()) {
        largest = largest.max(value.get());
      }
      Outcome outcome = s.attainment().map(Attainment::outcome).orElse(Outcome.NOT_APPLICABLE);
      bars.add(new BarChart.Bar(s.label(), value, valueText(s.rate(), unit), outcome));
    }
    BarChart.Axis axis = unit == Unit.PERCENT ? BarChart.Axis.percent() : BarChart.Axis.covering(largest, scale.symbol());
    String title = result.id() + " " + result.nameZh() + "：各机构 · 目标 " + targetText(target, unit);
    return BarChart.of(title, axis, targetValue, "目标 " + targetText(target, unit), bars);
  }

  // ---------------------------------------------------------------- text

  /**
   * {@code text} escaped for XML and HTML text and attribute values: {@code & < > " '} as
   * character references, and every character XML 1.0 does not allow (control characters other
   * than tab, line feed and carriage return; unpaired surrogates; U+FFFE, U+FFFF) as U+FFFD.
   */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          b.append("&amp;");
          break;
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\'':
          b.append("&#39;");
          break;
        default:
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            b.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
      }
    }
    return b.toString();
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static final String STYLE =
      "body { font-family: \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\","
          + " \"WenQuanYi Micro Hei\", sans-serif; margin: 24px; color: " + BarChart.INK + "; background: #fff;"
          + " font-size: 14px; line-height: 1.45; }\n"
          + "h1 { font-size: 22px; margin: 0 0 10px; }\n"
          + "h2 { font-size: 18px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid #ccc; }\n"
          + ".en { color: #555; font-size: 12px; font-weight: normal; }\n"
          + "th .en, td .en { display: block; }\n"
          + "dl.meta { display: grid; grid-template-columns: max-content auto; gap: 2px 14px; margin: 0; }\n"
          + "dl.meta dt { font-weight: bold; }\n"
          + "dl.meta dd { margin: 0; }\n"
          + "p.summary { margin: 10px 0 0; font-size: 15px; }\n"
          + "p.summary .en { display: block; }\n"
          + "p.summary .met { color: #0d5c26; font-weight: bold; }\n"
          + "p.summary .not-met { color: #a31515; font-weight: bold; }\n"
          + "p.summary .not-applicable { color: #555; }\n"
          + "table { border-collapse: collapse; width: 100%; }\n"
          + "th, td { border: 1px solid #d0d0d0; padding: 4px 6px; vertical-align: top; text-align: left; }\n"
          + "thead th { background: #eef1f5; position: sticky; top: 0; }\n"
          + "td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }\n"
          + "td.id { white-space: nowrap; font-family: monospace; }\n"
          + "td.target { white-space: nowrap; }\n"
          + "tr.part td.name { padding-left: 20px; }\n"
          + "tr.stratum td { font-size: 12px; background: #fafafa; }\n"
          + "tr.stratum td.id, tr.stratum td.name { padding-left: 20px; }\n"
          + "td.met { background: #e6f4ea; color: #0d5c26; }\n"
          + "td.not-met { background: #fdecea; color: #a31515; }\n"
          + "td.no-target, td.not-applicable { background: #f0f0f0; color: #555; }\n"
          + "td.met .en, td.not-met .en { color: inherit; }\n"
          + "ul.legend { list-style: none; padding: 0; margin: 0 0 12px; display: flex; flex-wrap: wrap; gap: 6px 20px; }\n"
          + ".swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px; vertical-align: -1px; }\n"
          + ".swatch.met { background: " + BarChart.MET + "; }\n"
          + ".swatch.not-met { background: " + BarChart.NOT_MET + "; }\n"
          + ".swatch.target { width: 0; border-left: 2px dashed " + BarChart.TARGET + "; }\n"
          + "div.charts { display: flex; flex-wrap: wrap; gap: 16px; }\n"
          + "figure { margin: 0; padding: 8px; border: 1px solid #ddd; }\n"
          + "figcaption { font-size: 13px; margin-bottom: 4px; max-width: " + BarChart.WIDTH + "px; }\n"
          + "svg.chart { display: block; }\n"
          + "footer { margin-top: 28px; color: #555; font-size: 12px; }\n";
}
