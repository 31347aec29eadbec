package org.gongwei.io.csv;

/**
 * The kind of value a column of the CSV bundle holds (exchange format §1), which tells a mapper
 * which typed accessor of {@link CsvRow} reads it.
 */
public enum ValueKind {
  /** Free text or a record identifier, read with {@link CsvRow#text}. */
  TEXT,
  /** A code from a code table or code system, leading zeros kept, read with {@link CsvRow#code}. */
  CODE,
  /** A calendar date {@code yyyy-MM-dd}, read with {@link CsvRow#date}. */
  DATE,
  /** A date and time {@code yyyy-MM-dd HH:mm[:ss]}, read with {@link CsvRow#dateTime}. */
  DATE_TIME,
  /** A yes/no value {@code 1/0}, read with {@link CsvRow#bool}. */
  BOOLEAN,
  /** A whole number, read with {@link CsvRow#integer}. */
  INTEGER,
  /** A decimal number, read with {@link CsvRow#decimal}. */
  DECIMAL,
  /** An identity document number (居民身份证号), read with {@link CsvRow#idNumber}. */
  ID_NUMBER
}
