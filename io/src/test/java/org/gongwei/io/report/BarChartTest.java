package org.gongwei.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.gongwei.indicators.target.Outcome;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BarChartTest {
  private static final String SVG = "http://www.w3.org/2000/svg";

  private static BarChart.Bar bar(String label, String value, String text, Outcome outcome) {
    return new BarChart.Bar(label, Optional.ofNullable(value).map(BigDecimal::new), text, outcome);
  }

  /** Five institutions on a percent axis against ≥ 60 %: 50, 100, 125 (capped), none, 1/3. */
  private static BarChart example() {
    return BarChart.of(
        "HTN-01 高血压患者规范管理率",
        BarChart.Axis.percent(),
        new BigDecimal("60"),
        "目标 ≥ 60%",
        List.of(
            bar("甲镇卫生院", "50", "50.00%", Outcome.NOT_MET),
            bar("乙村卫生室", "100", "100.00%", Outcome.MET),
            bar("丙村卫生室", "125", "125.00%", Outcome.MET),
            bar("丁村卫生室", null, "—", Outcome.NOT_APPLICABLE),
            new BarChart.Bar(
                "戊村卫生室",
                Optional.of(new BigDecimal("100").divide(new BigDecimal("3"), java.math.MathContext.DECIMAL128)),
                "33.33%",
                Outcome.NOT_MET)));
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void mapsValuesLinearlyOntoThePlot() {
    BarChart c = example();
    assertEquals(new BigDecimal("150"), c.x(BigDecimal.ZERO));
    assertEquals(new BigDecimal("350"), c.x(new BigDecimal("50")));
    assertEquals(new BigDecimal("550"), c.x(new BigDecimal("100")));
    assertEquals(new BigDecimal("550"), c.x(new BigDecimal("250")), "capped at the axis maximum");
    assertEquals(new BigDecimal("390"), c.targetX());
  }

  @Test
  void barLengthsAndPositionsOfTheHandMadeExample() {
    BarChart c = example();
    assertEquals(Optional.of(new BigDecimal("200")), c.barWidth(0));
    assertEquals(Optional.of(new BigDecimal("400")), c.barWidth(1));
    assertEquals(Optional.of(new BigDecimal("400")), c.barWidth(2));
    assertEquals(Optional.empty(), c.barWidth(3));
    assertEquals(Optional.of(new BigDecimal("133.33")), c.barWidth(4), "1/3 of 400, HALF_UP to 2 decimals");
    assertEquals(34, c.barY(0));
    assertEquals(58, c.barY(1));
    assertEquals(130, c.barY(4));
    assertEquals(30 + 5 * 24 + 30, c.height());
    assertEquals(List.of(false, false, true, false, false), List.of(c.isCapped(0), c.isCapped(1), c.isCapped(2), c.isCapped(3), c.isCapped(4)));
    assertEquals(562, BarChart.VALUE_LEFT, "value labels stand right of the plot and of the arrowhead");
  }

  @Test
  void theSvgCarriesTheComputedCoordinates() {
    String svg = example().toSvg();
    assertTrue(svg.contains("<rect x=\"150\" y=\"34\" width=\"200\" height=\"16\" fill=\"#c62828\"/>"), svg);
    assertTrue(svg.contains("<rect x=\"150\" y=\"58\" width=\"400\" height=\"16\" fill=\"#1b7f3b\"/>"), svg);
    assertTrue(svg.contains("<rect x=\"150\" y=\"82\" width=\"400\" height=\"16\" fill=\"#1b7f3b\"/>"), svg);
    assertTrue(svg.contains("<rect x=\"150\" y=\"130\" width=\"133.33\" height=\"16\" fill=\"#c62828\"/>"), svg);
    assertTrue(svg.contains("<polygon class=\"capped\" points=\"550,82 557,90 550,98\" fill=\"#1b7f3b\"/>"), svg);
    assertTrue(svg.contains("<polygon class=\"break\" points=\"536,98 541,82 545,82 540,98\" fill=\"#fff\"/>"), svg);
    assertTrue(svg.contains("<line class=\"target\" x1=\"390\" y1=\"24\" x2=\"390\" y2=\"150\""), svg);
    assertTrue(svg.contains("width=\"640\" height=\"180\" viewBox=\"0 0 640 180\""), svg);
    assertTrue(svg.contains("<text class=\"value\" x=\"562\" y=\"94\" fill=\"#212121\">125.00% ✓</text>"), "a capped bar keeps its true value");
    assertTrue(svg.contains("<rect class=\"band\" x=\"0\" y=\"54\" width=\"640\" height=\"24\" fill=\"#f4f5f7\"/>"), svg);
    assertTrue(svg.contains("<text class=\"value\" x=\"562\" y=\"118\" fill=\"#212121\">—</text>"), svg);
  }

  @Test
  void drawsOneRectPerBarWithAValueAndTicksAtQuarters() throws Exception {
    Document d = parse(example().toSvg());
    Element svg = d.getDocumentElement();
    assertEquals(SVG, svg.getNamespaceURI());
    assertEquals("img", svg.getAttribute("role"));
    List<String> rects = new ArrayList<>();
    NodeList all = d.getElementsByTagNameNS(SVG, "rect");
    for (int i = 0; i < all.getLength(); i++) {
      rects.add(((Element) all.item(i)).getAttribute("class"));
    }
    assertEquals(List.of("band", "band", "", "", "", ""), rects, "bands behind rows 1 and 3, then the 4 bars with a value");
    assertEquals(2, d.getElementsByTagNameNS(SVG, "polygon").getLength(), "the cut and the arrowhead of the capped bar");
    List<String> ticks = new ArrayList<>();
    List<String> tickXs = new ArrayList<>();
    NodeList texts = d.getElementsByTagNameNS(SVG, "text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element t = (Element) texts.item(i);
      if (t.getAttribute("class").equals("tick")) {
        ticks.add(t.getTextContent());
        tickXs.add(t.getAttribute("x"));
      }
    }
    assertEquals(List.of("0%", "25%", "50%", "75%", "100%"), ticks);
    assertEquals(List.of("150", "250", "350", "450", "550"), tickXs);
  }

  @Test
  void marksOutcomesWithSymbolsAsWellAsColours() {
    BarChart c = example();
    assertEquals("50.00% ✗", c.valueLabel(0));
    assertEquals("100.00% ✓", c.valueLabel(1));
    assertEquals("—", c.valueLabel(3));
    assertEquals(BarChart.MET, BarChart.fill(Outcome.MET));
    assertEquals(BarChart.NOT_MET, BarChart.fill(Outcome.NOT_MET));
    assertEquals(BarChart.NEUTRAL, BarChart.fill(Outcome.NOT_APPLICABLE));
  }

  @Test
  void escapesLabelsAndTitles() throws Exception {
    String evil = "<script>alert(\"x&y\")</script>";
    BarChart c = BarChart.of(evil, BarChart.Axis.percent(), BigDecimal.TEN, "目标 ≥ 10%",
        List.of(bar(evil, "5", "5.00%", Outcome.NOT_MET)));
    String svg = c.toSvg();
    assertFalse(svg.contains("<script"), svg);
    assertTrue(svg.contains("&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;"), svg);
    Document d = parse(svg);
    assertEquals(evil, d.getDocumentElement().getAttribute("aria-label"));
    assertEquals(0, d.getElementsByTagName("script").getLength());
  }

  @Test
  void anAxisCoversValuesWithoutANaturalMaximum() {
    assertEquals(new BigDecimal("5"), BarChart.Axis.covering(new BigDecimal("3.2"), "‰").max());
    assertEquals(new BigDecimal("0.05"), BarChart.Axis.covering(new BigDecimal("0.04"), "‰").max());
    assertEquals(new BigDecimal("20"), BarChart.Axis.covering(new BigDecimal("12"), "‰").max());
    assertEquals(new BigDecimal("20"), BarChart.Axis.covering(new BigDecimal("20.00"), "‰").max());
    assertEquals(new BigDecimal("2.5"), BarChart.Axis.covering(new BigDecimal("2.1"), "‰").max());
    assertEquals(new BigDecimal("10"), BarChart.Axis.covering(new BigDecimal("5.01"), "‰").max());
    assertEquals(BigDecimal.ONE, BarChart.Axis.covering(BigDecimal.ZERO, "‰").max());
    assertEquals(
        List.of(new BigDecimal("0"), new BigDecimal("0.0125"), new BigDecimal("0.025"), new BigDecimal("0.0375"), new BigDecimal("0.05")),
        new BarChart.Axis(new BigDecimal("0.05"), "‰").ticks());
    assertThrows(IllegalArgumentException.class, () -> new BarChart.Axis(BigDecimal.ZERO, "%"));
  }

  @Test
  void shortensLongLabelsToTheirColumn() {
    assertEquals("甲镇卫生院", BarChart.fit("甲镇卫生院", 196, 12));
    String longName = "某某县某某镇某某村卫生室第一分室附属站点";
    String fitted = BarChart.fit(longName, 196, 12);
    assertEquals("某某县某某镇某某村卫生室第一分…", fitted);
    assertTrue(BarChart.width(fitted, 12) <= 196);
    assertEquals(12 * 3 + 0.6 * 12 * 2, BarChart.width("卫生室ab", 12), 1e-9);
    assertEquals("a\uD83D\uDE00", BarChart.fit("a\uD83D\uDE00", 196, 12), "code points are never split");
  }

  @Test
  void rejectsNegativeValuesAndTargets() {
    assertThrows(IllegalArgumentException.class, () -> bar("x", "-1", "-1%", Outcome.NOT_MET));
    assertThrows(
        IllegalArgumentException.class,
        () -> BarChart.of("t", BarChart.Axis.percent(), new BigDecimal("-1"), "t", List.of()));
  }

  @Test
  void anEmptyChartHasOnlyItsMargins() {
    BarChart c = BarChart.of("t", BarChart.Axis.percent(), BigDecimal.TEN, "t", List.of());
    assertEquals(BarChart.TOP + BarChart.BOTTOM, c.height());
    assertFalse(c.toSvg().contains("<rect"));
    assertTrue(c.toSvg().contains("<line class=\"target\""));
  }

  @Property
  void barsStayWithinThePlotAndGrowWithTheirValue(
      @ForAll @BigRange(min = "0", max = "1000") @Scale(4) BigDecimal a,
      @ForAll @BigRange(min = "0", max = "1000") @Scale(4) BigDecimal b) {
    BarChart c = BarChart.of("t", BarChart.Axis.percent(), BigDecimal.TEN, "t",
        List.of(new BarChart.Bar("a", Optional.of(a), "a", Outcome.MET), new BarChart.Bar("b", Optional.of(b), "b", Outcome.MET)));
    BigDecimal wa = c.barWidth(0).orElseThrow();
    BigDecimal wb = c.barWidth(1).orElseThrow();
    assertTrue(wa.signum() >= 0 && wa.compareTo(BigDecimal.valueOf(BarChart.PLOT_WIDTH)) <= 0, wa::toPlainString);
    if (a.compareTo(b) <= 0) {
      assertTrue(wa.compareTo(wb) <= 0, () -> wa + " > " + wb);
    }
    assertEquals(a.compareTo(new BigDecimal("100")) > 0, c.isCapped(0));
  }
}
