package org.gongwei.io.csv;

/** How far the reading of one bundle file has come, and whether the file as a whole is usable. */
public enum FileStatus {
  /** Rows are still being read. */
  READING,
  /** Every row has been read (or the file is empty). */
  COMPLETE,
  /**
   * The header has an ERROR (a required column missing, a column named twice, an unreadable
   * header): no row is handed out, and every row of the file is counted as read and rejected.
   */
  REJECTED
}
