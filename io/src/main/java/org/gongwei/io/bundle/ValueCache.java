package org.gongwei.io.bundle;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.id.RegionCode;

/**
 * Shares repeated values within one file: institution codes, doctor ids, region codes, ICD-10
 * codes and decimals recur on many rows, and sharing one instance saves memory and parsing.
 * Bounded: past {@value #MAX_ENTRIES} distinct values a map stops growing and new values are
 * returned as they are. One cache per file being read; not thread-safe.
 *
 * <p>Resident ids are not kept here: the rows of a resident follow one another, and {@link
 * org.gongwei.io.csv.CsvRow} already gives such a run one string.
 */
final class ValueCache {
  static final int MAX_ENTRIES = 50_000;

  private final Map<String, String> strings = new HashMap<>();
  private final Map<String, RegionCode> regions = new HashMap<>();
  private final Map<String, Icd10Code> icd10 = new HashMap<>();
  private final Map<String, BigDecimal> decimals = new HashMap<>();

  /**
   * The last value made from each column, by the very string it was made from: consecutive rows
   * often repeat a value, and {@link org.gongwei.io.csv.CsvRow} then gives them one string, so
   * an identity check finds the value without hashing. Slots by the column name's hash.
   */
  private final String[] memoColumn = new String[64];
  private final String[] memoText = new String[64];
  private final Object[] memoValue = new Object[64];

  ValueCache() {}

  /** The value remembered for exactly this string in this column, or null. */
  Object recall(String column, String text) {
    int k = column.hashCode() & 63;
    return memoColumn[k] == column && memoText[k] == text ? memoValue[k] : null;
  }

  /** Remembers the value made from this string in this column, and returns it. */
  <T> T remember(String column, String text, T value) {
    int k = column.hashCode() & 63;
    memoColumn[k] = column;
    memoText[k] = text;
    memoValue[k] = value;
    return value;
  }

  /** {@link #share(String)}, first asking the column's memo. */
  String share(String column, String s) {
    Object known = recall(column, s);
    return known != null ? (String) known : remember(column, s, share(s));
  }

  /** The instance of an equal string seen before, or this one (remembered if there is room). */
  String share(String s) {
    String known = strings.get(s);
    if (known != null) {
      return known;
    }
    if (strings.size() < MAX_ENTRIES) {
      strings.put(s, s);
    }
    return s;
  }

  /** The region code parsed before from this text, or null. */
  RegionCode region(String text) {
    return regions.get(text);
  }

  /** Remembers a parsed region code (if there is room) and returns it. */
  RegionCode putRegion(String text, RegionCode code) {
    if (regions.size() < MAX_ENTRIES) {
      regions.put(text, code);
    }
    return code;
  }

  /** The ICD-10 code parsed before from this text, or null. */
  Icd10Code icd10(String text) {
    return icd10.get(text);
  }

  /** Remembers a parsed ICD-10 code (if there is room) and returns it. */
  Icd10Code putIcd10(String text, Icd10Code code) {
    if (icd10.size() < MAX_ENTRIES) {
      icd10.put(text, code);
    }
    return code;
  }

  /** The decimal made before from this text, or null. */
  BigDecimal decimal(String text) {
    return decimals.get(text);
  }

  /** Remembers a decimal made from this text (if there is room) and returns it. */
  BigDecimal putDecimal(String text, BigDecimal value) {
    if (decimals.size() < MAX_ENTRIES) {
      decimals.put(text, value);
    }
    return value;
  }
}
