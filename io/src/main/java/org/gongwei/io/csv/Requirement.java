package org.gongwei.io.csv;

/** Whether a column of the CSV bundle must be present (bold in exchange format §1) or may be absent. */
public enum Requirement {
  /** The column must be in the header and every row must have a value in it. */
  REQUIRED,
  /** The column may be absent from the header; an empty cell means "no value". */
  OPTIONAL
}
