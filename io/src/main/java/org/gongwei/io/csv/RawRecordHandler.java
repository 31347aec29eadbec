package org.gongwei.io.csv;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import java.util.Arrays;

/**
 * Collects the fields FastCSV finds into a {@link RawRecord}: the cells, the line the record
 * starts on, and whether every cell is blank. Keeps at most {@link #MAX_KEPT} cells of a record
 * (the rest are only counted), so that a runaway line cannot exhaust memory.
 */
final class RawRecordHandler extends CsvCallbackHandler<RawRecordHandler.RawRecord> {
  static final int MAX_KEPT = 16_384;

  /** One record as parsed: its starting line, its cells, and how many cells were dropped. */
  record RawRecord(long line, String[] cells, int droppedCells, boolean droppedNonBlank,
      boolean blank) {
    /** The number of cells the record had, kept or dropped. */
    int cellCount() {
      return cells.length + droppedCells;
    }
  }

  private String[] fields = new String[64];
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
    count = 0;
    dropped = 0;
    droppedNonBlank = false;
    nonBlank = false;
    empty = false;
  }

  @Override
  protected void addField(char[] buf, int offset, int len, boolean quoted) {
    boolean fieldNonBlank = false;
    for (int i = offset, end = offset + len; i < end; i++) {
      if (!Character.isWhitespace(buf[i])) {
        fieldNonBlank = true;
        break;
      }
    }
    nonBlank |= fieldNonBlank;
    if (count == MAX_KEPT) {
      dropped++;
      droppedNonBlank |= fieldNonBlank;
      return;
    }
    if (count == fields.length) {
      fields = Arrays.copyOf(fields, Math.min(MAX_KEPT, fields.length * 2));
    }
    fields[count++] = len == 0 ? "" : new String(buf, offset, len);
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
    return new RawRecord(line, Arrays.copyOf(fields, count), dropped, droppedNonBlank,
        empty || !nonBlank);
  }
}
