package org.gongwei.io.bundle;

/** The names a bundle writer puts in a file's header row (exchange format §1). */
public enum HeaderStyle {
  /** The contract column names: {@code resident_id}, {@code birth_date}, … */
  CONTRACT,
  /**
   * The first Chinese label of each column ({@code 居民编号}, {@code 出生日期}, …), for people who
   * open the files in a spreadsheet; readers map the labels back to the columns.
   */
  CHINESE
}
