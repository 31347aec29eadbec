package org.gongwei.examples.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.report.Detail;
import org.gongwei.indicators.report.IndicatorReport;
import org.gongwei.indicators.report.IndicatorResult;
import org.gongwei.indicators.report.Indicators;
import org.gongwei.indicators.report.Stratification;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.io.report.HtmlReportWriter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The HTML report of a synthetic county of 5,000 residents: it is well-formed, has a chart for
 * every indicator with a target and one bar per institution. The page is also left in {@code
 * target/synthetic-county-2024.html}, to be looked at in a browser (or screenshot with headless
 * Chromium).
 */
class SyntheticCountyHtmlReportTest {
  private static final String SVG = "http://www.w3.org/2000/svg";

  @Test
  void writesTheHtmlReportOfASyntheticCounty() throws Exception {
    SyntheticCounty county = SyntheticCounty.builder().residents(5_000).seed(7).year(2024).build();
    IndicatorReport report =
        Indicators.national().report(county.toDataset(), ReportingPeriod.ofYear(2024), Rulebook.national2017());
    Path file = Path.of("target", "synthetic-county-2024.html");
    Files.createDirectories(file.getParent());
    HtmlReportWriter.write(report, Detail.HEADLINES, file);

    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(HtmlReportWriter.toHtml(report, Detail.HEADLINES), html);
    assertFalse(html.contains("<script"));
    Document d = parse(html);
    List<IndicatorResult> charted = report.stratifiedBy(Stratification.INSTITUTION).headlines().stream()
        .filter(r -> r.attainment().isPresent() && r.unit().isRate() && !r.strata().isEmpty())
        .toList();
    assertTrue(charted.size() >= 8, "most national targets have data: " + charted.size());
    assertEquals(charted.size(), d.getElementsByTagNameNS(SVG, "svg").getLength());
    int bars = 0;
    for (IndicatorResult r : charted) {
      bars += r.strata().size();
    }
    assertEquals(bars, d.getElementsByTagNameNS(SVG, "g").getLength(), "one bar group per institution and chart");
  }

  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    try (var in = new java.io.ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))) {
      return f.newDocumentBuilder().parse(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
