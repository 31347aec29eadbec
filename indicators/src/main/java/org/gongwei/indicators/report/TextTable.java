package org.gongwei.indicators.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with columns aligned for a terminal: Chinese characters count as two
 * columns. Numbers are right-aligned, text left-aligned.
 */
public final class TextTable {
  private final List<String> headers;
  private final List<Boolean> rightAligned;
  private final List<List<String>> rows = new ArrayList<>();

  private TextTable(List<String> headers, List<Boolean> rightAligned) {
    this.headers = headers;
    this.rightAligned = rightAligned;
  }

  /** A table with these headers; a header ending in {@code >} is right-aligned (the marker is dropped). */
  public static TextTable of(String... headers) {
    List<String> names = new ArrayList<>();
    List<Boolean> right = new ArrayList<>();
    for (String h : headers) {
      boolean r = h.endsWith(">");
      names.add(r ? h.substring(0, h.length() - 1) : h);
      right.add(r);
    }
    return new TextTable(names, right);
  }

  /** Adds a row; missing or null cells are blank, other values are written with {@code toString()}. */
  public TextTable row(Object... cells) {
    List<String> row = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      row.add(i < cells.length && cells[i] != null ? cells[i].toString() : "");
    }
    rows.add(row);
    return this;
  }

  /** The number of rows. */
  public int size() {
    return rows.size();
  }

  /** The display width of text in a terminal: East Asian wide characters count two. */
  public static int width(String text) {
    int w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  @Override
  public String toString() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < headers.size(); i++) {
      widths[i] = width(headers.get(i));
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], width(row.get(i)));
      }
    }
    StringBuilder b = new StringBuilder();
    line(b, headers, widths);
    for (int i = 0; i < widths.length; i++) {
      b.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
    }
    b.append('\n');
    for (List<String> row : rows) {
      line(b, row, widths);
    }
    return b.toString();
  }

  private void line(StringBuilder b, List<String> cells, int[] widths) {
    StringBuilder l = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      String pad = " ".repeat(widths[i] - width(cell));
      l.append(i == 0 ? "" : "  ").append(rightAligned.get(i) ? pad + cell : cell + pad);
    }
    b.append(l.toString().stripTrailing()).append('\n');
  }
}
