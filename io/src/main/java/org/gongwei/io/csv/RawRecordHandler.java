package org.gongwei.io.csv;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import java.util.Arrays;

/**
 * Collects the fields FastCSV finds into a {@link RawRecord}: the text of its cells in one
 * character array with each cell's bounds, the line the record starts on, and whether every cell
 * is blank. No string is made per cell: a {@link CsvRow} makes the strings it is asked for and
 * parses dates, numbers and yes/no values from the characters. Keeps at most {@link #MAX_KEPT}
 * cells of a record (the rest are only counted), so that a runaway line cannot exhaust memory.
 */
final class RawRecordHandler extends CsvCallbackHandler<RawRecordHandler.RawRecord> {
  static final int MAX_KEPT = 16_384;

  /**
   * One record as parsed: its starting line, its cells (cell {@code i} is
   * {@code text[bounds[2i]]} up to {@code text[bounds[2i + 1]]}, exclusive), how many cells were
   * dropped, and whether it is blank.
   */
  static final class RawRecord {
    final long line;
    final char[] text;
    final int[] bounds;
    final int droppedCells;
    final boolean droppedNonBlank;
    final boolean blank;

    RawRecord(long line, char[] text, int[] bounds, int droppedCells, boolean droppedNonBlank,
        boolean blank) {
      this.line = line;
      this.text = text;
      this.bounds = bounds;
      this.droppedCells = droppedCells;
      this.droppedNonBlank = droppedNonBlank;
      this.blank = blank;
    }

    /** The number of cells kept. */
    int keptCells() {
      return bounds.length / 2;
    }

    /** The number of cells the record had, kept or dropped. */
    int cellCount() {
      return keptCells() + droppedCells;
    }

    /** The kept cells as strings, with their white space. */
    String[] cells() {
      String[] cells = new String[keptCells()];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = new String(text, bounds[2 * i], bounds[2 * i + 1] - bounds[2 * i]);
      }
      return cells;
    }

    /** Whether kept cell {@code i} is empty or white space only. */
    boolean isBlank(int i) {
      return RawRecordHandler.isBlank(text, bounds[2 * i], bounds[2 * i + 1]);
    }
  }

  private char[] text = new char[1024];
  private int used;
  private int[] bounds = new int[128];
  private int count;
  private int dropped;
  private boolean droppedNonBlank;
  private boolean nonBlank;
  private boolean empty;
  private long line;

  RawRecordHandler() {}

  /** The line the record being parsed (or last parsed) starts on. */
  long currentLine() {
    return line;
  }

  /** Whether the characters from {@code from} to {@code to} (exclusive) are all white space. */
  static boolean isBlank(char[] buf, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isSpace(buf[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link Character#isWhitespace(char)}, asking it only about the characters that can be
   * white space: up to the space, and from U+1680 to U+3000 (not about letters, digits or Han).
   */
  static boolean isSpace(char c) {
    return c <= ' ' ? Character.isWhitespace(c)
        : c >= '\u1680' && c <= '\u3000' && Character.isWhitespace(c);
  }

  @Override
  protected de.siegmar.fastcsv.reader.RecordType getRecordType() {
    return empty ? de.siegmar.fastcsv.reader.RecordType.EMPTY
        : de.siegmar.fastcsv.reader.RecordType.DATA;
  }

  @Override
  protected int getFieldCount() {
    return count + dropped;
  }

  @Override
  protected void beginRecord(long startingLineNumber) {
    line = startingLineNumber;
    used = 0;
    count = 0;
    dropped = 0;
    droppedNonBlank = false;
    nonBlank = false;
    empty = false;
  }

  @Override
  protected void addField(char[] buf, int offset, int len, boolean quoted) {
    if (count == MAX_KEPT) {
      boolean fieldNonBlank = !isBlank(buf, offset, offset + len);
      nonBlank |= fieldNonBlank;
      dropped++;
      droppedNonBlank |= fieldNonBlank;
      return;
    }
    if (!nonBlank) { // once a cell of the record has text, the record is not blank
      nonBlank = !isBlank(buf, offset, offset + len);
    }
    if (2 * count + 2 > bounds.length) {
      bounds = Arrays.copyOf(bounds, 2 * bounds.length);
    }
    if (used + len > text.length) {
      text = Arrays.copyOf(text, Math.max(2 * text.length, used + len));
    }
    System.arraycopy(buf, offset, text, used, len);
    bounds[2 * count] = used;
    used += len;
    bounds[2 * count + 1] = used;
    count++;
  }

  @Override
  protected void setComment(char[] buf, int offset, int len) {
    // comments are not enabled: a '#' is data
  }

  @Override
  protected void setEmpty() {
    empty = true;
  }

  @Override
  protected RawRecord buildRecord() {
    return new RawRecord(line, Arrays.copyOf(text, used), Arrays.copyOf(bounds, 2 * count),
        dropped, droppedNonBlank, empty || !nonBlank);
  }
}
