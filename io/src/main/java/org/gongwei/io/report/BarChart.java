package org.gongwei.io.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.indicators.target.Outcome;

/**
 * A horizontal bar chart as inline SVG: one bar per category (an institution) with its value, a
 * dashed vertical line at the target, bars coloured by {@link Outcome} (met green, not met red,
 * no value grey) and marked {@code ✓} / {@code ✗} in their value labels, so that colour is never
 * the only cue.
 *
 * <p>Geometry, in SVG user units (pixels): the chart is {@value #WIDTH} wide; category labels
 * end at x = {@value #LABEL_RIGHT}; the plot runs from x = {@value #PLOT_LEFT} to {@value
 * #PLOT_RIGHT} ({@value #PLOT_WIDTH} wide) and maps the axis [0, max] linearly onto it, so a value
 * v lies at {@code PLOT_LEFT + min(v, max) / max × PLOT_WIDTH}, rounded HALF_UP to 2 decimals. Row
 * i (from 0) starts at y = {@value #TOP} + i × {@value #ROW}; its bar is {@value #BAR} high and
 * starts {@value #BAR_OFFSET} below the row's top. Value labels stand in a column from x = {@value
 * #VALUE_LEFT}, clear of the bars and of the target line; every other row has a faint band. Below
 * the rows come the tick labels; the chart is {@code TOP + n × ROW + BOTTOM} high.
 *
 * <p>A value above the axis maximum (above 100 % on a percent axis) is drawn to the end of the
 * plot, cut by a white slash near its end and followed by a small arrowhead ({@code ▸} shape), and
 * its label keeps the true value. A bar without a value (no denominator, missing estimate) is not
 * drawn: its label is {@code —}.
 *
 * <p>All text is XML-escaped. The output depends only on the inputs, never on the locale.
 */
final class BarChart {
  /** Width of the whole chart. */
  static final int WIDTH = 640;
  /** Where the (right-aligned) category labels end. */
  static final int LABEL_RIGHT = 142;
  /** Left edge of the plot (the axis zero). */
  static final int PLOT_LEFT = 150;
  /** Width of the plot (the axis maximum lies at its right edge). */
  static final int PLOT_WIDTH = 400;
  /** Right edge of the plot. */
  static final int PLOT_RIGHT = PLOT_LEFT + PLOT_WIDTH;
  /** Space above the first row, for the target label. */
  static final int TOP = 30;
  /** Height of a row. */
  static final int ROW = 24;
  /** Height of a bar. */
  static final int BAR = 16;
  /** Offset of a bar below the top of its row. */
  static final int BAR_OFFSET = (ROW - BAR) / 2;
  /** Space below the last row, for the tick labels. */
  static final int BOTTOM = 30;
  /** Length of the arrowhead marking a capped bar. */
  static final int CAP_MARK = 7;
  /** Where the value labels start: a column right of the plot (and of a capped bar's arrowhead). */
  static final int VALUE_LEFT = PLOT_RIGHT + CAP_MARK + 5;
  /** Font size of labels. */
  static final int FONT_SIZE = 12;

  /** Fill of a bar that meets its target. */
  static final String MET = "#1b7f3b";
  /** Fill of a bar that does not meet its target. */
  static final String NOT_MET = "#c62828";
  /** Fill of a bar without a value, and of other neutral marks. */
  static final String NEUTRAL = "#8a8a8a";
  /** The target line. */
  static final String TARGET = "#1a237e";
  /** Text. */
  static final String INK = "#212121";
  /** Grid lines. */
  static final String GRID = "#e0e0e0";
  /** The band behind every other row. */
  static final String BAND = "#f4f5f7";

  private final String title;
  private final Axis axis;
  private final BigDecimal target;
  private final String targetLabel;
  private final List<Bar> bars;

  private BarChart(String title, Axis axis, BigDecimal target, String targetLabel, List<Bar> bars) {
    this.title = title;
    this.axis = axis;
    this.target = target;
    this.targetLabel = targetLabel;
    this.bars = bars;
  }

  /**
   * A chart.
   *
   * @param title the accessible title (SVG {@code <title>} and {@code aria-label})
   * @param axis the value axis
   * @param target the target in axis units (60 for 60 % on a percent axis), at least 0
   * @param targetLabel the label over the target line, e.g. {@code 目标 ≥ 60%}
   * @param bars the bars, top to bottom
   */
  static BarChart of(String title, Axis axis, BigDecimal target, String targetLabel, List<Bar> bars) {
    Objects.requireNonNull(target, "target");
    if (target.signum() < 0) {
      throw new IllegalArgumentException("target must be >= 0: " + target.toPlainString());
    }
    return new BarChart(
        Objects.requireNonNull(title, "title"),
        Objects.requireNonNull(axis, "axis"),
        target,
        Objects.requireNonNull(targetLabel, "targetLabel"),
        List.copyOf(bars));
  }

  /**
   * The value axis: from 0 to {@code max}, with ticks at every {@code max / TICKS}, labelled with
   * the unit's symbol.
   *
   * @param max the value at the right edge of the plot, above 0
   * @param symbol the unit symbol after tick labels, e.g. {@code %}
   */
  record Axis(BigDecimal max, String symbol) {
    /** Intervals between ticks: ticks at 0, ¼, ½, ¾ and 1 of the maximum. */
    static final int TICKS = 4;

    /** Checks that the maximum is positive. */
    Axis {
      Objects.requireNonNull(max, "max");
      Objects.requireNonNull(symbol, "symbol");
      if (max.signum() <= 0) {
        throw new IllegalArgumentException("max must be > 0: " + max.toPlainString());
      }
    }

    /** The percent axis, 0 to 100 %. */
    static Axis percent() {
      return new Axis(BigDecimal.valueOf(100), "%");
    }

    /**
     * An axis whose maximum is the smallest of 1, 2, 2.5, 5 × 10^k at or above {@code largest}
     * (1 when {@code largest} is not positive), for values of a unit without a natural maximum
     * (‰, ‱): 3.2 gives 5, 0.04 gives 0.05, 12 gives 20, 20 gives 20.
     */
    static Axis covering(BigDecimal largest, String symbol) {
      Objects.requireNonNull(largest, "largest");
      if (largest.signum() <= 0) {
        return new Axis(BigDecimal.ONE, symbol);
      }
      int exponent = largest.precision() - largest.scale() - 1; // largest = d.ddd × 10^exponent
      BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
      for (String step : new String[] {"1", "2", "2.5", "5", "10"}) {
        BigDecimal candidate = new BigDecimal(step).multiply(power);
        if (candidate.compareTo(largest) >= 0) {
          return new Axis(plain(candidate), symbol);
        }
      }
      throw new AssertionError(largest);
    }

    /** The tick values, 0 to max. */
    List<BigDecimal> ticks() {
      List<BigDecimal> ticks = new ArrayList<>();
      for (int i = 0; i <= TICKS; i++) {
        ticks.add(plain(max.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(TICKS), MathContext.DECIMAL64)));
      }
      return ticks;
    }
  }

  /**
   * One bar.
   *
   * @param label the category, e.g. an institution's name (shortened to fit when drawn)
   * @param value the value in axis units, empty without a value
   * @param valueText the value as shown, e.g. {@code 61.70%} or {@code —}
   * @param outcome against the target, which decides the colour and the mark
   */
  record Bar(String label, Optional<BigDecimal> value, String valueText, Outcome outcome) {
    /** Checks the components. */
    Bar {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(valueText, "valueText");
      Objects.requireNonNull(outcome, "outcome");
      if (value.isPresent() && value.get().signum() < 0) {
        throw new IllegalArgumentException("value must be >= 0: " + value.get().toPlainString());
      }
    }
  }

  List<Bar> bars() {
    return bars;
  }

  /** The height of the chart: {@code TOP + n × ROW + BOTTOM}. */
  int height() {
    return TOP + bars.size() * ROW + BOTTOM;
  }

  /** The x of a value: {@code PLOT_LEFT + min(v, max) / max × PLOT_WIDTH}, 2 decimals HALF_UP. */
  BigDecimal x(BigDecimal value) {
    BigDecimal v = value.min(axis.max()).max(BigDecimal.ZERO);
    return plain(
        v.multiply(BigDecimal.valueOf(PLOT_WIDTH))
            .divide(axis.max(), 2, RoundingMode.HALF_UP)
            .add(BigDecimal.valueOf(PLOT_LEFT)));
  }

  /** The length of bar {@code i}: its right end minus {@code PLOT_LEFT}; empty without a value. */
  Optional<BigDecimal> barWidth(int i) {
    return bars.get(i).value().map(v -> plain(x(v).subtract(BigDecimal.valueOf(PLOT_LEFT))));
  }

  /** The top of bar {@code i}: {@code TOP + i × ROW + BAR_OFFSET}. */
  int barY(int i) {
    return TOP + i * ROW + BAR_OFFSET;
  }

  /** Whether bar {@code i} is cut at the axis maximum. */
  boolean isCapped(int i) {
    return bars.get(i).value().filter(v -> v.compareTo(axis.max()) > 0).isPresent();
  }

  /** The x of the target line. */
  BigDecimal targetX() {
    return x(target);
  }

  /** The text of the value label of bar {@code i}: its value text and ✓, ✗ or nothing. */
  String valueLabel(int i) {
    Bar b = bars.get(i);
    switch (b.outcome()) {
      case MET:
        return b.valueText() + " ✓";
      case NOT_MET:
        return b.valueText() + " ✗";
      default:
        return b.valueText();
    }
  }

  /** The fill of an outcome. */
  static String fill(Outcome outcome) {
    switch (outcome) {
      case MET:
        return MET;
      case NOT_MET:
        return NOT_MET;
      default:
        return NEUTRAL;
    }
  }

  /**
   * {@code text} shortened with {@code …} so that its estimated width at {@code fontSize} is at
   * most {@code maxWidth}: a wide character (CJK, full-width forms, U+2E80 and above) counts as
   * 1 em, any other as 0.6 em.
   */
  static String fit(String text, double maxWidth, double fontSize) {
    if (width(text, fontSize) <= maxWidth) {
      return text;
    }
    double budget = maxWidth - fontSize; // room for the ellipsis
    StringBuilder b = new StringBuilder();
    double used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      double w = charWidth(cp, fontSize);
      if (used + w > budget) {
        break;
      }
      b.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return b.toString().stripTrailing() + "…";
  }

  /** The estimated width of {@code text} at {@code fontSize} (see {@link #fit}). */
  static double width(String text, double fontSize) {
    return text.codePoints().mapToDouble(cp -> charWidth(cp, fontSize)).sum();
  }

  private static double charWidth(int codePoint, double fontSize) {
    return codePoint >= 0x2E80 ? fontSize : 0.6 * fontSize;
  }

  /** The chart as an SVG element (with the SVG namespace, so it can stand in XHTML). */
  String toSvg() {
    int height = height();
    int plotBottom = TOP + bars.size() * ROW;
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(HtmlReportWriter.escape(title)).append("\" font-size=\"")
        .append(FONT_SIZE).append("\">\n");
    s.append("<title>").append(HtmlReportWriter.escape(title)).append("</title>\n");
    // a band behind every other row, so that a row reads across from label to value
    for (int i = 1; i < bars.size(); i += 2) {
      s.append("<rect class=\"band\" x=\"0\" y=\"").append(TOP + i * ROW).append("\" width=\"").append(WIDTH)
          .append("\" height=\"").append(ROW).append("\" fill=\"").append(BAND).append("\"/>\n");
    }
    // grid and ticks
    for (BigDecimal tick : axis.ticks()) {
      String x = x(tick).toPlainString();
      s.append("<line class=\"grid\" x1=\"").append(x).append("\" y1=\"").append(TOP).append("\" x2=\"").append(x)
          .append("\" y2=\"").append(plotBottom).append("\" stroke=\"").append(GRID).append("\"/>\n");
      s.append("<text class=\"tick\" x=\"").append(x).append("\" y=\"").append(plotBottom + 16)
          .append("\" text-anchor=\"middle\" fill=\"").append(INK).append("\">")
          .append(HtmlReportWriter.escape(tick.toPlainString() + axis.symbol())).append("</text>\n");
    }
    s.append("<line class=\"axis\" x1=\"").append(PLOT_LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"")
        .append(PLOT_LEFT).append("\" y2=\"").append(plotBottom).append("\" stroke=\"").append(INK).append("\"/>\n");
    // bars
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = barY(i);
      int baseline = y + BAR - 4;
      s.append("<g class=\"bar ").append(b.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
          .append("\">\n");
      s.append("<title>").append(HtmlReportWriter.escape(b.label() + ": " + valueLabel(i))).append("</title>\n");
      s.append("<text class=\"label\" x=\"").append(LABEL_RIGHT).append("\" y=\"").append(baseline)
          .append("\" text-anchor=\"end\" fill=\"").append(INK).append("\">")
          .append(HtmlReportWriter.escape(fit(b.label(), LABEL_RIGHT - 4, FONT_SIZE))).append("</text>\n");
      Optional<BigDecimal> w = barWidth(i);
      if (w.isPresent()) {
        s.append("<rect x=\"").append(PLOT_LEFT).append("\" y=\"").append(y).append("\" width=\"")
            .append(w.get().toPlainString()).append("\" height=\"").append(BAR).append("\" fill=\"")
            .append(fill(b.outcome())).append("\"/>\n");
      }
      if (isCapped(i)) {
        // a white slash across the bar's end (the bar is cut) and an arrowhead (it goes on)
        s.append("<polygon class=\"break\" points=\"").append(PLOT_RIGHT - 14).append(',').append(y + BAR).append(' ')
            .append(PLOT_RIGHT - 9).append(',').append(y).append(' ').append(PLOT_RIGHT - 5).append(',').append(y).append(' ')
            .append(PLOT_RIGHT - 10).append(',').append(y + BAR).append("\" fill=\"#fff\"/>\n");
        s.append("<polygon class=\"capped\" points=\"").append(PLOT_RIGHT).append(',').append(y).append(' ')
            .append(PLOT_RIGHT + CAP_MARK).append(',').append(y + BAR / 2).append(' ')
            .append(PLOT_RIGHT).append(',').append(y + BAR).append("\" fill=\"").append(fill(b.outcome()))
            .append("\"/>\n");
      }
      s.append("<text class=\"value\" x=\"").append(VALUE_LEFT).append("\" y=\"")
          .append(baseline).append("\" fill=\"").append(INK).append("\">").append(HtmlReportWriter.escape(valueLabel(i)))
          .append("</text>\n");
      s.append("</g>\n");
    }
    // target line over the bars
    String tx = targetX().toPlainString();
    s.append("<line class=\"target\" x1=\"").append(tx).append("\" y1=\"").append(TOP - 6).append("\" x2=\"")
        .append(tx).append("\" y2=\"").append(plotBottom).append("\" stroke=\"").append(TARGET)
        .append("\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>\n");
    s.append("<text class=\"target-label\" x=\"").append(tx).append("\" y=\"").append(TOP - 10)
        .append("\" text-anchor=\"middle\" fill=\"").append(TARGET).append("\">").append(HtmlReportWriter.escape(targetLabel))
        .append("</text>\n");
    s.append("</svg>");
    return s.toString();
  }

  /** {@code d} without trailing zeros and never in exponent form: 200.00 → 200, 0.50 → 0.5. */
  static BigDecimal plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** For example {@code BarChart[HTN-01 …, 3 bars, target 60]}. */
  @Override
  public String toString() {
    return "BarChart[" + title + ", " + bars.size() + " bars, target " + plain(target).toPlainString() + "]";
  }
}
