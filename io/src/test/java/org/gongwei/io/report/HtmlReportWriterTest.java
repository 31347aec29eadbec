package org.gongwei.io.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.definition.Catalogue;
import org.gongwei.indicators.definition.Unit;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.report.DenominatorSource;
import org.gongwei.indicators.report.Detail;
import org.gongwei.indicators.report.IndicatorReport;
import org.gongwei.indicators.report.IndicatorResult;
import org.gongwei.indicators.report.Indicators;
import org.gongwei.indicators.report.Scope;
import org.gongwei.indicators.report.Stratification;
import org.gongwei.indicators.report.Stratum;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.indicators.target.Attainment;
import org.gongwei.indicators.target.Outcome;
import org.gongwei.indicators.target.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportWriterTest {
  private static final String GOLDEN = "small-report-2024.html";
  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final String EVIL = "<script>alert(\"x\")</script>村卫生室";

  /** The page read as XHTML by the JDK's XML parser (which fails on anything not well-formed). */
  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setExpandEntityReferences(false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Document d, String namespace, String name) {
    NodeList list = d.getElementsByTagNameNS(namespace, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  /** The table row of a measure id (the first cell holds the id). */
  private static Element row(Document d, String id) {
    for (Element tr : elements(d, XHTML, "tr")) {
      Element first = (Element) tr.getElementsByTagNameNS(XHTML, "td").item(0);
      if (first != null && first.getTextContent().equals(id) && tr.getAttribute("class").startsWith("result")) {
        return tr;
      }
    }
    throw new AssertionError("no row " + id);
  }

  private static Element cell(Element tr, String cssClass) {
    NodeList tds = tr.getElementsByTagNameNS(XHTML, "td");
    for (int i = 0; i < tds.getLength(); i++) {
      Element td = (Element) tds.item(i);
      if (List.of(td.getAttribute("class").split(" ")).contains(cssClass)) {
        return td;
      }
    }
    throw new AssertionError("no cell " + cssClass);
  }

  /** The small county with the village clinic renamed to {@link #EVIL}. */
  private static IndicatorReport evilReport() {
    List<BundleRecord> records = new ArrayList<>();
    SmallDataset.dataset().stream().forEach(r -> {
      if (r instanceof Institution && ((Institution) r).code().equals(SmallDataset.VILLAGE)) {
        records.add(Institution.builder().from((Institution) r).name(EVIL).build());
      } else {
        records.add(r);
      }
    });
    return Indicators.national().report(Dataset.of(records), ReportingPeriod.ofYear(2024), Rulebook.national2017());
  }

  @Test
  void matchesTheGoldenFile() throws IOException {
    String actual = HtmlReportWriter.toHtml(SmallDataset.report(), Detail.HEADLINES);
    String expected;
    try (InputStream in = getClass().getResourceAsStream(GOLDEN)) {
      if (in == null) {
        Path out = Path.of("target", GOLDEN);
        Files.writeString(out, actual);
        throw new AssertionError("golden file missing; the actual output is in " + out.toAbsolutePath());
      }
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!expected.equals(actual)) {
      Files.writeString(Path.of("target", GOLDEN), actual);
    }
    assertEquals(expected, actual, "see target/" + GOLDEN);
  }

  @Test
  void isWellFormedXhtmlInChineseWithAHeader() throws Exception {
    IndicatorReport report = SmallDataset.report();
    String html = HtmlReportWriter.toHtml(report, Detail.HEADLINES);
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\""), html);
    Document d = parse(html);
    Element root = d.getDocumentElement();
    assertEquals(XHTML, root.getNamespaceURI());
    assertEquals("html", root.getLocalName());
    assertEquals("zh-CN", root.getAttribute("lang"));
    assertEquals("UTF-8", elements(d, XHTML, "meta").get(0).getAttribute("charset"));
    assertEquals(1, elements(d, XHTML, "title").size());
    String header = elements(d, XHTML, "header").get(0).getTextContent();
    for (String expected : List.of("2024 (2024-01-01 – 2024-12-31)", "全部 all", "national-2017", "主指标 headlines", "Gongwei")) {
      assertTrue(header.contains(expected), header);
    }
    assertFalse(header.contains("Stratification"), "not stratified");
    long met = report.headlines().stream().filter(r -> r.attainment().map(Attainment::isMet).orElse(false)).count();
    long targets = report.headlines().stream().filter(r -> r.attainment().isPresent()).count();
    assertTrue(header.contains("有目标的指标 " + targets + " 项：✓ 达标 " + met + " · "), header);
    assertEquals(1, elements(d, XHTML, "table").size());
    assertEquals(9, elements(d, XHTML, "th").size());
    assertEquals(report.headlines().size(), elements(d, XHTML, "tbody").get(0).getElementsByTagNameNS(XHTML, "tr").getLength());
  }

  @Test
  void needsNothingOutsideTheFile() {
    String html = HtmlReportWriter.toHtml(SmallDataset.report(), Detail.ALL);
    for (String external : List.of("<script", "<link", "<img", "<iframe", "<object", "src=", "href=", "url(", "@import", "@font-face")) {
      assertFalse(html.contains(external), external);
    }
    assertTrue(html.contains("<style>"));
    assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  }

  @Test
  void showsEachColumnOfAResult() throws Exception {
    Document d = parse(HtmlReportWriter.toHtml(SmallDataset.report(), Detail.HEADLINES));
    Element htn = row(d, "HTN-01");
    List<String> cells = new ArrayList<>();
    NodeList tds = htn.getElementsByTagNameNS(XHTML, "td");
    for (int i = 0; i < tds.getLength(); i++) {
      cells.add(tds.item(i).getTextContent());
    }
    assertEquals(
        List.of(
            "HTN-01",
            "高血压患者规范管理率Hypertension standardized management rate",
            "1",
            "2",
            "50.00%",
            "正常OK",
            "记录records",
            "≥ 60%",
            "✗ 未达标not met, -10.00 pp"),
        cells);
    assertEquals("attainment not-met", cell(htn, "attainment").getAttribute("class"));
    assertEquals("attainment no-target", cell(row(d, "EHR-01"), "attainment").getAttribute("class"));
    assertEquals("无目标no target", cell(row(d, "EHR-01"), "attainment").getTextContent());
    Element mat = row(d, "MAT-01");
    assertEquals("—", cell(mat, "value").getTextContent());
    assertEquals("无分母no denominator", cell(mat, "status").getTextContent());
  }

  @Test
  void labelsAttainmentInWordsNotOnlyInColour() throws Exception {
    IndicatorReport report = SmallDataset.report();
    Document d = parse(HtmlReportWriter.toHtml(report, Detail.HEADLINES));
    for (IndicatorResult r : report.headlines()) {
      Element td = cell(row(d, r.id()), "attainment");
      String expected =
          r.attainment().map(a -> a.outcome() == Outcome.MET ? "达标" : a.outcome() == Outcome.NOT_MET ? "未达标" : "无法评价")
              .orElse("无目标");
      assertTrue(td.getTextContent().contains(expected), r.id() + ": " + td.getTextContent());
    }
  }

  @Test
  void drawsAChartByInstitutionForEachIndicatorWithATarget() throws Exception {
    IndicatorReport report = SmallDataset.report();
    Document d = parse(HtmlReportWriter.toHtml(report, Detail.HEADLINES));
    long withTargets = report.headlines().stream().filter(r -> r.attainment().isPresent() && r.unit().isRate()).count();
    assertTrue(withTargets >= 5, "HTN-01, CH-02, OLD-01 … have targets: " + withTargets);
    assertEquals(withTargets, elements(d, XHTML, "figure").size());
    List<Element> svgs = elements(d, SVG, "svg");
    long withoutStrata = report.stratifiedBy(Stratification.INSTITUTION).headlines().stream()
        .filter(r -> r.attainment().isPresent() && r.unit().isRate() && r.strata().isEmpty())
        .count();
    assertTrue(withoutStrata > 0, "DM-01, SMD-01 and MAT-04 have no cells in the small county");
    assertEquals(withTargets - withoutStrata, svgs.size());
    assertEquals(withoutStrata, elements(d, XHTML, "p").stream().filter(p -> p.getAttribute("class").equals("empty")).count());
    Element htn = svgs.stream().filter(s -> s.getAttribute("aria-label").startsWith("HTN-01 ")).findFirst().orElseThrow();
    List<String> labels = new ArrayList<>();
    NodeList texts = htn.getElementsByTagNameNS(SVG, "text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element t = (Element) texts.item(i);
      if (t.getAttribute("class").equals("label")) {
        labels.add(t.getTextContent());
      }
    }
    assertEquals(List.of("某某镇卫生院", BarChart.fit(SmallDataset.VILLAGE_NAME, BarChart.LABEL_RIGHT - 4, BarChart.FONT_SIZE)), labels);
  }

  @Test
  void theChartOfAResultFollowsItsStrata() {
    IndicatorReport byInstitution = SmallDataset.byInstitution();
    IndicatorResult htn = byInstitution.result("HTN-01").orElseThrow();
    BarChart chart = HtmlReportWriter.chart(htn, htn.strata());
    assertEquals(htn.strata().size(), chart.bars().size());
    for (int i = 0; i < htn.strata().size(); i++) {
      Stratum s = htn.strata().get(i);
      BarChart.Bar bar = chart.bars().get(i);
      assertEquals(s.label(), bar.label());
      assertEquals(s.attainment().orElseThrow().outcome(), bar.outcome());
      assertEquals(s.rate().percent(2).map(p -> p.toPlainString() + "%").orElse("—"), bar.valueText());
    }
    assertEquals(new BigDecimal("390"), chart.targetX(), "60 % of 400 after 150");
  }

  @Test
  void capsAValueAbove100PercentAndShowsNoBarWithoutADenominator() {
    Target target = Target.atLeast("0.9");
    IndicatorResult result = result("CH-02", Rate.of(7, 6), target, List.of());
    List<Stratum> strata = List.of(
        stratum("A", "甲", Rate.of(5, 4), target),
        stratum("B", "乙", Rate.of(0, 0), target),
        stratum("C", "丙", Rate.of(9, 10), target));
    BarChart chart = HtmlReportWriter.chart(result, strata);
    assertTrue(chart.isCapped(0));
    assertEquals(Optional.of(new BigDecimal("400")), chart.barWidth(0));
    assertEquals("125.00% ✓", chart.valueLabel(0));
    assertEquals(Optional.empty(), chart.barWidth(1));
    assertEquals("—", chart.valueLabel(1));
    assertEquals(Optional.of(new BigDecimal("360")), chart.barWidth(2));
    assertEquals("90.00% ✓", chart.valueLabel(2), "exactly on the threshold meets it");
  }

  @Test
  void aPerThousandIndicatorGetsAnAxisCoveringItsValues() {
    Target ceiling = Target.atMost("0.005");
    IndicatorResult result = result("SMD-02", Rate.of(11, 2000), ceiling, List.of());
    assertEquals(Unit.PER_THOUSAND, result.unit());
    BarChart chart = HtmlReportWriter.chart(
        result, List.of(stratum("A", "甲", Rate.of(3, 1000), ceiling), stratum("B", "乙", Rate.of(8, 1000), ceiling)));
    // axis 0–10‰ (covering 8‰ and the 5‰ ceiling)
    assertEquals(new BigDecimal("350"), chart.targetX());
    assertEquals(Optional.of(new BigDecimal("120")), chart.barWidth(0));
    assertEquals(Optional.of(new BigDecimal("320")), chart.barWidth(1));
    assertEquals(List.of(Outcome.MET, Outcome.NOT_MET), List.of(chart.bars().get(0).outcome(), chart.bars().get(1).outcome()));
    assertEquals("3.00‰ ✓", chart.valueLabel(0));
    assertTrue(chart.toSvg().contains(">目标 ≤ 5‰</text>"));
    assertTrue(chart.toSvg().contains(">10‰</text>"));
  }

  @Test
  void writesTargetsInTheIndicatorsUnit() {
    assertEquals("≥ 60%", HtmlReportWriter.targetText(Target.atLeast("0.60"), Unit.PERCENT));
    assertEquals("≤ 5‰", HtmlReportWriter.targetText(Target.atMost("0.005"), Unit.PER_THOUSAND));
    assertEquals("≤ 4.5‱", HtmlReportWriter.targetText(Target.atMost("0.00045"), Unit.PER_TEN_THOUSAND));
    assertEquals("61.70%", HtmlReportWriter.valueText(Rate.of(1234, 2000), Unit.PERCENT));
    assertEquals("—", HtmlReportWriter.valueText(Rate.of(3, 0), Unit.PERCENT));
    assertEquals("3", HtmlReportWriter.valueText(Rate.of(3, 0), Unit.COUNT));
  }

  @Test
  void escapesScriptInAnInstitutionName() throws Exception {
    String html = HtmlReportWriter.toHtml(evilReport().stratifiedBy(Stratification.INSTITUTION), Detail.HEADLINES);
    assertFalse(html.contains("<script"), "no script element");
    assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;村卫生室"));
    Document d = parse(html);
    assertEquals(0, d.getElementsByTagName("script").getLength());
    boolean inTable = false;
    for (Element tr : elements(d, XHTML, "tr")) {
      if (tr.getAttribute("class").equals("stratum") && tr.getTextContent().contains(EVIL)) {
        inTable = true;
      }
    }
    assertTrue(inTable, "the name reads back unchanged as text");
    boolean inChart = false;
    for (Element t : elements(d, SVG, "title")) {
      inChart |= t.getTextContent().startsWith(EVIL + ": ");
    }
    assertTrue(inChart, "the bar's title carries the full name");
  }

  @Test
  void escapesFormulaLookingNamesAsTextWithoutAGuard() {
    String html = HtmlReportWriter.toHtml(SmallDataset.byInstitution(), Detail.HEADLINES);
    assertTrue(html.contains("=HYPERLINK(&quot;http://x&quot;,&quot;村卫生室&quot;)"));
    assertFalse(html.contains("'=HYPERLINK"));
  }

  @Test
  void escapesMarkupAndCharactersXmlForbids() {
    assertEquals("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;", HtmlReportWriter.escape("a & b <c> \"d\" 'e'"));
    assertEquals("x\uFFFDy\uFFFDz", HtmlReportWriter.escape("x\u0000y\u001Bz"));
    assertEquals("\t\n", HtmlReportWriter.escape("\t\n"));
    assertEquals("\uFFFD\uFFFD", HtmlReportWriter.escape("\uD800\uFFFF"));
    assertEquals("\uD83D\uDE00", HtmlReportWriter.escape("\uD83D\uDE00"));
    assertEquals("村卫生室 ≥ —", HtmlReportWriter.escape("村卫生室 ≥ —"));
  }

  @Test
  void aReportStratifiedByInstitutionListsItsStrataAndUsesThemForCharts() throws Exception {
    IndicatorReport report = SmallDataset.byInstitution();
    String html = HtmlReportWriter.toHtml(report, Detail.HEADLINES);
    Document d = parse(html);
    long strata = elements(d, XHTML, "tr").stream().filter(tr -> tr.getAttribute("class").equals("stratum")).count();
    assertEquals(report.headlines().stream().mapToLong(r -> r.strata().size()).sum(), strata);
    assertTrue(elements(d, XHTML, "header").get(0).getTextContent().contains("institution"));
    // the charts are those of the unstratified report
    String charts = html.substring(html.indexOf("<section id=\"charts\">"));
    String plain = HtmlReportWriter.toHtml(SmallDataset.report(), Detail.HEADLINES);
    assertEquals(plain.substring(plain.indexOf("<section id=\"charts\">")), charts);
  }

  @Test
  void aReportStratifiedBySexStillChartsByInstitution() throws Exception {
    IndicatorReport report = SmallDataset.report().stratifiedBy(Stratification.SEX);
    Document d = parse(HtmlReportWriter.toHtml(report, Detail.HEADLINES));
    assertTrue(elements(d, XHTML, "tr").stream().anyMatch(tr -> tr.getAttribute("class").equals("stratum")
        && tr.getTextContent().contains("男")));
    assertTrue(elements(d, SVG, "text").stream().anyMatch(t -> t.getTextContent().equals("某某镇卫生院")));
  }

  @Test
  void detailAllAddsThePartsRows() throws Exception {
    IndicatorReport report = SmallDataset.report();
    Document d = parse(HtmlReportWriter.toHtml(report, Detail.ALL));
    long parts = elements(d, XHTML, "tr").stream().filter(tr -> tr.getAttribute("class").equals("result part")).count();
    assertEquals(report.results().size() - report.headlines().size(), parts);
    assertTrue(parts > 0);
  }

  @Test
  void namesTheInstitutionOfAnInstitutionScope() {
    IndicatorReport report = SmallDataset.report().withScope(Scope.institution(SmallDataset.TOWNSHIP));
    String html = HtmlReportWriter.toHtml(report, Detail.HEADLINES);
    assertTrue(html.contains("<dd>机构 institution 430321101 某某镇卫生院</dd>"), html);
  }

  @Test
  void isDeterministic(@TempDir Path dir) throws IOException {
    String a = HtmlReportWriter.toHtml(SmallDataset.byInstitution(), Detail.ALL);
    String b = HtmlReportWriter.toHtml(SmallDataset.byInstitution(), Detail.ALL);
    assertEquals(a, b);
    assertFalse(a.contains("\r"));
    assertTrue(a.endsWith("</html>\n"));
    Path file = dir.resolve("report.html");
    HtmlReportWriter.write(SmallDataset.byInstitution(), Detail.ALL, file);
    assertArrayEquals(a.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    StringWriter w = new StringWriter();
    HtmlReportWriter.write(SmallDataset.byInstitution(), Detail.ALL, w);
    assertEquals(a, w.toString());
  }

  @Test
  void carriesNoTimeStamp() {
    String html = HtmlReportWriter.toHtml(SmallDataset.report(), Detail.HEADLINES);
    Matcher m = Pattern.compile("20[0-9]{2}-[0-9]{2}-[0-9]{2}").matcher(html);
    while (m.find()) {
      assertTrue(m.group().equals("2024-01-01") || m.group().equals("2024-12-31"), m.group());
    }
    assertFalse(Pattern.compile("[0-9]{2}:[0-9]{2}:[0-9]{2}").matcher(html).find());
  }

  @Test
  void rejectsNullArguments() {
    assertThrows(NullPointerException.class, () -> HtmlReportWriter.toHtml(null, Detail.ALL));
    assertThrows(NullPointerException.class, () -> HtmlReportWriter.toHtml(SmallDataset.report(), null));
    assertThrows(NullPointerException.class, () -> HtmlReportWriter.write(SmallDataset.report(), Detail.ALL, (Path) null));
  }

  private static IndicatorResult result(String id, Rate rate, Target target, List<Stratum> strata) {
    return new IndicatorResult(
        Measure.of(id),
        Catalogue.national().byId(id),
        rate,
        DenominatorSource.RECORDS,
        Optional.of(Attainment.of(rate, target)),
        strata);
  }

  private static Stratum stratum(String key, String label, Rate rate, Target target) {
    return new Stratum(Stratification.INSTITUTION, key, label, rate, DenominatorSource.RECORDS, Optional.of(Attainment.of(rate, target)));
  }
}
