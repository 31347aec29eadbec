package org.gongwei.io.internal;

import java.time.LocalDate;
import org.gongwei.io.csv.CsvRow;

/**
 * The typed values of a {@link CsvRow} as nullable values, for the bundle reader: the row's
 * public accessors return {@code Optional}s, and millions of rows made tens of millions of
 * them (a fifth of everything a bundle read allocated). Same rules and problems as the public
 * accessors; null where they return empty. Installed by {@link CsvRow}; not exported.
 */
public abstract class RowValues {
  private static volatile RowValues installed;

  /** For {@link CsvRow}'s implementation. */
  protected RowValues() {}

  /**
   * Installs the implementation (once, by {@link CsvRow}).
   *
   * @throws IllegalStateException if one is installed already
   */
  public static void install(RowValues values) {
    if (installed != null) {
      throw new IllegalStateException("row values already installed");
    }
    installed = values;
  }

  /** The implementation. */
  public static RowValues get() {
    RowValues v = installed;
    if (v == null) {
      try { // initializing CsvRow installs it
        Class.forName(CsvRow.class.getName(), true, CsvRow.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      v = installed;
    }
    return v;
  }

  /** {@link CsvRow#text}, or null. */
  public abstract String text(CsvRow row, String column);

  /** {@link CsvRow#code(String)}, or null. */
  public abstract String code(CsvRow row, String column);

  /** {@link CsvRow#date}, or null. */
  public abstract LocalDate date(CsvRow row, String column);

  /** {@link CsvRow#bool}, or null. */
  public abstract Boolean bool(CsvRow row, String column);

  /** {@link CsvRow#idNumber}, or null. */
  public abstract String idNumber(CsvRow row, String column);
}
