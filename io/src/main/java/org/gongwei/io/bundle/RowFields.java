package org.gongwei.io.bundle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.gongwei.core.code.Coded;
import org.gongwei.core.code.UnknownCodeException;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.validation.Problem;
import org.gongwei.io.csv.CsvRow;
import org.gongwei.io.csv.FileSchema;
import org.gongwei.io.internal.RowValues;

/**
 * The typed values of one row as a mapper reads them: each getter reads a column through the
 * {@link CsvRow} accessors (which report bad values as problems) and returns the value or null.
 * The {@code required…} getters also note when a required value is missing or invalid, so the
 * mapper knows to reject the row ({@link #complete()}). A problem on an optional column drops
 * the value and keeps the row.
 */
final class RowFields {
  private static final RowValues VALUES = RowValues.get();

  private CsvRow row;
  private final ValueCache cache;
  private boolean incomplete;

  /** The fields of no row yet: {@link #of} sets the row; one instance serves a file's rows. */
  RowFields(ValueCache cache) {
    this.cache = cache;
  }

  /** These fields, now of {@code newRow}. */
  RowFields of(CsvRow newRow) {
    row = newRow;
    incomplete = false;
    return this;
  }

  /** Whether every required value was present and valid. */
  boolean complete() {
    return !incomplete;
  }

  private <T> T need(T value) {
    if (value == null) {
      incomplete = true;
    }
    return value;
  }

  /** The text of a column, or null. */
  String text(String column) {
    return VALUES.text(row, column);
  }

  String requiredText(String column) {
    return need(text(column));
  }

  Optional<String> optionalText(String column) {
    return Optional.ofNullable(text(column));
  }

  /** A code that is not from a code table (an institution code, say), shared when repeated. */
  Optional<String> optionalCodeText(String column) {
    return Optional.ofNullable(codeText(column));
  }

  /** {@link #optionalCodeText}, or null. */
  String codeText(String column) {
    String s = VALUES.code(row, column);
    return s == null ? null : cache.share(column, s);
  }

  String requiredCodeText(String column) {
    return need(codeText(column));
  }

  /** Free text that repeats across rows (a doctor or team id), shared when repeated; or null. */
  String sharedText(String column) {
    String s = text(column);
    return s == null ? null : cache.share(column, s);
  }

  /** An ID number, or null. */
  String idNumber(String column) {
    return VALUES.idNumber(row, column);
  }

  /** A date, or null. */
  LocalDate date(String column) {
    return VALUES.date(row, column);
  }

  LocalDate requiredDate(String column) {
    return need(date(column));
  }

  Optional<LocalDate> optionalDate(String column) {
    return Optional.ofNullable(date(column));
  }

  LocalDateTime requiredDateTime(String column) {
    return need(row.dateTime(column).orElse(null));
  }

  Optional<LocalDateTime> optionalDateTime(String column) {
    return row.dateTime(column);
  }

  /** A yes/no value; absent (or invalid) is {@code false}, the records' default. */
  boolean flag(String column) {
    return Boolean.TRUE.equals(VALUES.bool(row, column));
  }

  Boolean requiredBool(String column) {
    return need(VALUES.bool(row, column));
  }

  OptionalInt integer(String column) {
    return row.integer(column);
  }

  Integer requiredInteger(String column) {
    OptionalInt i = row.integer(column);
    return need(i.isPresent() ? i.getAsInt() : null);
  }

  OptionalDouble decimal(String column) {
    return row.decimal(column);
  }

  /**
   * A whole-number measurement written in a decimal column (blood pressure in mmHg): a value with
   * a fraction is rounded to the nearest whole number with a WARNING.
   */
  OptionalInt wholeNumber(String column, String unit) {
    String text = text(column);
    if (text == null) {
      return OptionalInt.empty();
    }
    int n = text.length();
    if (n <= 9) { // the usual case, plain digits: no need to parse a double
      int v = 0;
      int i = 0;
      while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        v = v * 10 + (text.charAt(i++) - '0');
      }
      if (i == n) {
        return OptionalInt.of(v);
      }
    }
    OptionalDouble d = row.decimal(column);
    if (d.isEmpty()) {
      return OptionalInt.empty();
    }
    double v = d.getAsDouble();
    long rounded = Math.round(v);
    if (rounded < Integer.MIN_VALUE || rounded > Integer.MAX_VALUE) {
      row.report(BundleProblemCode.RECORD_INVALID
          .problem("'" + row.text(column).orElse("") + "' is out of range for " + column)
          .withField(column));
      return OptionalInt.empty();
    }
    if (rounded != v) {
      row.report(BundleProblemCode.NUMBER_ROUNDED
          .problem("'" + row.text(column).orElse("") + "' read as " + rounded + " (" + column
              + " is a whole number of " + unit + ")")
          .withField(column));
    }
    return OptionalInt.of((int) rounded);
  }

  /** An exact decimal (fees, fractions): checked by {@link CsvRow#decimal}, kept as written. */
  Optional<BigDecimal> bigDecimal(String column) {
    String text = text(column);
    if (text == null) {
      return Optional.empty();
    }
    BigDecimal known = cache.decimal(text); // only valid text is remembered
    if (known != null) {
      return Optional.of(known);
    }
    if (row.decimal(column).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(cache.putDecimal(text, new BigDecimal(text)));
  }

  /** The constant of a code table, or null with a CODE_UNKNOWN error when the value is not a code. */
  <E extends Enum<E> & Coded> E code(String column, CodeTable<E> table) {
    String s = VALUES.code(row, column);
    if (s == null) {
      return null;
    }
    E known = table.cast(cache.recall(column, s)); // only codes found are remembered
    if (known != null) {
      return known;
    }
    try {
      return cache.remember(column, s, table.lookup(s));
    } catch (UnknownCodeException e) {
      row.report(BundleProblemCode.CODE_UNKNOWN.problem(column + ": " + e.getMessage())
          .withField(column));
      return null;
    }
  }

  <E extends Enum<E> & Coded> E requiredCode(String column, CodeTable<E> table) {
    return need(code(column, table));
  }

  <E extends Enum<E> & Coded> Optional<E> optionalCode(String column, CodeTable<E> table) {
    return Optional.ofNullable(code(column, table));
  }

  RegionCode requiredRegion(String column) {
    String s = VALUES.code(row, column);
    if (s == null) {
      return need(null);
    }
    Object recalled = cache.recall(column, s);
    if (recalled instanceof RegionCode r) {
      return r;
    }
    RegionCode known = cache.region(s);
    if (known != null) {
      return cache.remember(column, s, known);
    }
    Optional<String> why = RegionCode.whyInvalid(s);
    if (why.isPresent()) {
      row.report(BundleProblemCode.REGION_CODE_INVALID.problem(column + ": " + why.get())
          .withField(column));
      return need(null);
    }
    return cache.remember(column, s, cache.putRegion(s, RegionCode.parse(s)));
  }

  Optional<Icd10Code> icd10(String column) {
    String s = VALUES.code(row, column);
    if (s == null) {
      return Optional.empty();
    }
    Icd10Code known = cache.icd10(s); // only valid codes are remembered
    if (known != null) {
      return Optional.of(known);
    }
    Optional<String> why = Icd10Code.whyInvalid(s);
    if (why.isPresent()) {
      row.report(BundleProblemCode.ICD10_INVALID.problem(column + ": " + why.get())
          .withField(column));
      return Optional.empty();
    }
    return Optional.of(cache.putIcd10(s, Icd10Code.parse(s)));
  }

  /** Records that building the record failed on an invariant; the row is rejected. */
  void invalid(RuntimeException e) {
    incomplete = true;
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Problem p = BundleProblemCode.RECORD_INVALID
        .problem("the record cannot be built: " + message + "; the row is rejected");
    int space = message.indexOf(' ');
    String first = space < 0 ? message : message.substring(0, space);
    if (FileSchema.of(row.recordType()).column(first).isPresent()) {
      p = p.withField(first);
    }
    row.report(p);
  }
}
