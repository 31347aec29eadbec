package org.gongwei.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table aligned for a terminal, where Chinese characters take two columns: a header
 * row, a rule, then the rows; columns whose header ends in {@code >} are right-aligned (the marker
 * is not shown).
 */
final class TextGrid {
  private final List<String> headers = new ArrayList<>();
  private final List<Boolean> right = new ArrayList<>();
  private final List<String[]> rows = new ArrayList<>();

  private TextGrid(String... headers) {
    for (String h : headers) {
      boolean r = h.endsWith(">");
      this.headers.add(r ? h.substring(0, h.length() - 1) : h);
      this.right.add(r);
    }
  }

  /** A table with these headers. */
  static TextGrid of(String... headers) {
    return new TextGrid(headers);
  }

  /** Adds a row; missing or null cells are blank. */
  TextGrid row(Object... cells) {
    String[] row = new String[headers.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = i < cells.length && cells[i] != null ? cells[i].toString() : "";
    }
    rows.add(row);
    return this;
  }

  /** The number of rows. */
  int size() {
    return rows.size();
  }

  /** The width of text in a terminal: East Asian wide and full-width characters count two. */
  static int width(String text) {
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

  /** The table, each line ending in a line break. */
  @Override
  public String toString() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = width(headers.get(i));
      for (String[] row : rows) {
        widths[i] = Math.max(widths[i], width(row[i]));
      }
    }
    StringBuilder b = new StringBuilder();
    line(b, headers.toArray(new String[0]), widths);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
    }
    b.append(rule).append('\n');
    for (String[] row : rows) {
      line(b, row, widths);
    }
    return b.toString();
  }

  private void line(StringBuilder b, String[] cells, int[] widths) {
    StringBuilder l = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String pad = " ".repeat(widths[i] - width(cells[i]));
      l.append(i == 0 ? "" : "  ").append(right.get(i) ? pad + cells[i] : cells[i] + pad);
    }
    b.append(l.toString().stripTrailing()).append('\n');
  }
}
