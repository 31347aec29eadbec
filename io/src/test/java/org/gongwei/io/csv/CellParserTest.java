package org.gongwei.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.gongwei.io.csv.CellParser.DateForm;
import org.gongwei.io.csv.CellParser.DateTimeForm;
import org.junit.jupiter.api.Test;

class CellParserTest {

  @Test
  void standardDate() {
    CellParser.ParsedDate d = CellParser.date("2024-03-05");
    assertEquals(LocalDate.of(2024, 3, 5), d.date());
    assertEquals(DateForm.STANDARD, d.form());
  }

  @Test
  void otherDateForms() {
    assertEquals(DateForm.COMPACT, CellParser.date("20240305").form());
    assertEquals(LocalDate.of(2024, 3, 5), CellParser.date("20240305").date());
    assertEquals(LocalDate.of(2024, 3, 5), CellParser.date("2024/3/5").date());
    assertEquals(DateForm.SEPARATED, CellParser.date("2024/3/5").form());
    assertEquals(LocalDate.of(2024, 12, 25), CellParser.date("2024.12.25").date());
    assertEquals(LocalDate.of(2024, 1, 5), CellParser.date("2024-1-5").date());
    assertEquals(DateForm.WITH_TIME, CellParser.date("2024-01-05 08:30:00").form());
    assertEquals(LocalDate.of(2024, 1, 5), CellParser.date("2024-01-05 08:30:00").date());
  }

  @Test
  void invalidDates() {
    assertNotNull(CellParser.date("2024-02-30").error());
    assertNotNull(CellParser.date("20241301").error());
    assertNotNull(CellParser.date("2024/13/1").error());
    assertNotNull(CellParser.date("2024/1-5").error(), "mixed separators");
    assertNotNull(CellParser.date("05/03/2024").error());
    assertNotNull(CellParser.date("yesterday").error());
    assertNotNull(CellParser.date("202403051").error(), "nine digits");
    assertNotNull(CellParser.date("0").error());
  }

  @Test
  void excelSerials() {
    assertEquals(LocalDate.of(2024, 1, 1), CellParser.date("45292").date());
    assertEquals(DateForm.EXCEL_SERIAL, CellParser.date("45292").form());
    assertEquals(LocalDate.of(1900, 1, 1), CellParser.fromExcelSerial(1));
    assertEquals(LocalDate.of(1900, 2, 28), CellParser.fromExcelSerial(59));
    assertNull(CellParser.fromExcelSerial(60), "Excel's phantom 1900-02-29");
    assertEquals(LocalDate.of(1900, 3, 1), CellParser.fromExcelSerial(61));
    assertEquals(LocalDate.of(9999, 12, 31), CellParser.fromExcelSerial(2_958_465));
    assertNull(CellParser.fromExcelSerial(2_958_466));
    assertNull(CellParser.fromExcelSerial(0));
    assertTrue(CellParser.date("60").error().contains("1900-02-29"));
    assertTrue(CellParser.date("2958466").error().contains("outside"));
  }

  /** From serial 61 on, consecutive serials are consecutive days ending at 9999-12-31. */
  @Property
  void excelSerialsAreConsecutiveDays(@ForAll @LongRange(min = 61, max = 2_958_464) long serial) {
    assertEquals(CellParser.fromExcelSerial(serial).plusDays(1),
        CellParser.fromExcelSerial(serial + 1));
  }

  @Test
  void dateTimes() {
    assertEquals(LocalDateTime.of(2024, 1, 5, 8, 30),
        CellParser.dateTime("2024-01-05 08:30").dateTime());
    assertEquals(DateTimeForm.STANDARD, CellParser.dateTime("2024-01-05 08:30").form());
    assertEquals(DateTimeForm.STANDARD, CellParser.dateTime("2024-01-05T08:30:15").form());
    assertEquals(LocalDateTime.of(2024, 1, 5, 8, 30, 15, 500_000_000),
        CellParser.dateTime("2024-01-05 08:30:15.5").dateTime());
    assertEquals(DateTimeForm.NONSTANDARD, CellParser.dateTime("2024/1/5 8:30").form());
    assertEquals(LocalDateTime.of(2024, 1, 5, 8, 30),
        CellParser.dateTime("2024/1/5 8:30").dateTime());
    assertEquals(DateTimeForm.DATE_ONLY, CellParser.dateTime("2024-01-05").form());
    assertEquals(LocalDateTime.of(2024, 1, 5, 0, 0), CellParser.dateTime("2024-01-05").dateTime());
    assertEquals(LocalDateTime.of(2024, 1, 1, 12, 0),
        CellParser.dateTime("45292.5").dateTime());
    assertEquals(DateTimeForm.EXCEL_SERIAL, CellParser.dateTime("45292.5").form());
  }

  @Test
  void invalidDateTimes() {
    assertNotNull(CellParser.dateTime("2024-01-05 25:00").error());
    assertNotNull(CellParser.dateTime("2024-01-05 08:60").error());
    assertNotNull(CellParser.dateTime("2024-01-05 8").error());
    assertNotNull(CellParser.dateTime("2024-02-30 08:00").error());
    assertNotNull(CellParser.dateTime("noon").error());
    assertNotNull(CellParser.dateTime("60.5").error());
  }

  @Test
  void times() {
    assertEquals(LocalTime.of(8, 5), CellParser.time("8:05"));
    assertEquals(LocalTime.of(23, 59, 59), CellParser.time("23:59:59"));
    assertEquals(LocalTime.of(0, 0, 0, 123_000_000), CellParser.time("00:00:00.123"));
    assertNull(CellParser.time("24:00"));
    assertNull(CellParser.time("8:5"));
    assertNull(CellParser.time("08:00:"));
    assertNull(CellParser.time("08:00:00."));
    assertNull(CellParser.time("0800"));
  }

  @Test
  void booleans() {
    for (String yes : new String[] {"1", "是", "true", "TRUE", "True", "y", "Y"}) {
      assertEquals(Boolean.TRUE, CellParser.bool(yes), yes);
    }
    for (String no : new String[] {"0", "否", "false", "FALSE", "n", "N"}) {
      assertEquals(Boolean.FALSE, CellParser.bool(no), no);
    }
    for (String bad : new String[] {"2", "yes", "有", "T", "-1"}) {
      assertNull(CellParser.bool(bad), bad);
    }
  }

  @Test
  void integers() {
    assertEquals(12, CellParser.integer("12"));
    assertEquals(-7, CellParser.integer("-7"));
    assertEquals(7, CellParser.integer("+7"));
    assertEquals(Integer.MAX_VALUE, CellParser.integer("2147483647"));
    assertEquals(Integer.MIN_VALUE, CellParser.integer("-2147483648"));
    assertNull(CellParser.integer("2147483648"));
    assertNull(CellParser.integer("12.0"));
    assertNull(CellParser.integer("1,000"));
    assertNull(CellParser.integer("-"));
    assertNull(CellParser.integer("１２"), "full-width digits");
  }

  @Test
  void decimals() {
    assertEquals(12.5, CellParser.decimal("12.5"));
    assertEquals(-0.5, CellParser.decimal("-.5"));
    assertEquals(5.0, CellParser.decimal("5."));
    assertEquals(1200.0, CellParser.decimal("1.2e3"));
    assertEquals(0.275, CellParser.decimal("0.275"));
    assertNull(CellParser.decimal("1,5"));
    assertNull(CellParser.decimal("NaN"));
    assertNull(CellParser.decimal("Infinity"));
    assertNull(CellParser.decimal("1e400"));
    assertNull(CellParser.decimal("1.5d"), "Java's type suffix is not a number in a CSV");
    assertNull(CellParser.decimal("0x1p3"));
    assertNull(CellParser.decimal("."));
    assertNull(CellParser.decimal("1e"));
  }

  @Test
  void scientificNotation() {
    assertTrue(CellParser.isScientific("1.10105E+17"));
    assertTrue(CellParser.isScientific("1.10105e17"));
    assertTrue(CellParser.isScientific("1E+11"));
    assertFalse(CellParser.isScientific("11010519491231002X"));
    assertFalse(CellParser.isScientific("110105194912310021"));
    assertFalse(CellParser.isScientific("E12"));
    assertFalse(CellParser.isScientific("1.2E"));
    assertFalse(CellParser.isScientific("HEPB"));
  }
}
