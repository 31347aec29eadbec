package org.gongwei.io.bundle;

import org.gongwei.core.GeneratedDoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongwei.core.code.Coded;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.validation.Problem;
import org.gongwei.io.csv.ColumnAliases;
import org.gongwei.io.csv.ColumnSchema;
import org.gongwei.io.csv.CsvProblemCode;
import org.gongwei.io.csv.FileAccount;
import org.gongwei.io.csv.FileSchema;
import org.gongwei.io.csv.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleReferenceMarkdownTest {
  private static final String TEXT = BundleReferenceMarkdown.bundleFormat();

  @Test
  void committedDocumentIsWhatTheCodeGenerates() throws IOException {
    GeneratedDoc.check(
        "bundle-format.md",
        TEXT,
        "mvn -B -pl io -am test -Dtest=BundleReferenceMarkdownTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false");
  }

  @Test
  void everyFileHasASectionWithEveryColumnInSchemaOrder() {
    for (RecordType t : RecordType.values()) {
      String section = section("### " + t.fileName() + "\n");
      int last = -1;
      for (ColumnSchema c : FileSchema.of(t).columns()) {
        String row = "\n| `" + c.name() + "` | " + (c.isRequired() ? "**required**" : "optional") + " | ";
        int at = section.indexOf(row);
        assertTrue(at > last, t + " " + c.name());
        last = at;
        ColumnAliases.chineseLabel(t, c.name())
            .ifPresent(label -> assertTrue(section.substring(at).startsWith(row + kindPrefix(c)), c.name()));
        ColumnAliases.chineseLabel(t, c.name())
            .ifPresent(label -> assertTrue(section.indexOf(label, at) > at, t + " " + c.name() + " " + label));
      }
      assertTrue(TEXT.contains("| [`" + t.fileName() + "`](#" + t.fileName().replace(".", "") + ") | "), t.fileName());
    }
  }

  @Test
  void theFurtherChineseNamesTheTextMentionsAreAliases() {
    ColumnAliases aliases = ColumnAliases.builtIn();
    Map<String, String> names = Map.of(
        "健康档案编号", "resident_id", "档案编号", "resident_id",
        "证件号码", "id_number", "身份证件号码", "id_number",
        "区划代码", "region_code", "机构编码", "institution_code", "机构代码", "institution_code");
    names.forEach((label, column) -> {
      assertEquals(java.util.Optional.of(column), aliases.resolve(RecordType.RESIDENT, label), label);
      assertTrue(TEXT.contains("`" + column + "` to ") && TEXT.contains(label), label);
    });
    assertEquals(java.util.Optional.of("sbp"), aliases.resolve(RecordType.FOLLOW_UP, "收缩压(mmHg)"));
  }

  @Test
  void everyCodeColumnIsDocumented() {
    for (RecordType t : RecordType.values()) {
      for (ColumnSchema c : FileSchema.of(t).columns()) {
        if (c.kind() != ValueKind.CODE) {
          continue;
        }
        boolean table = BundleReferenceMarkdown.CODE_TABLES.getOrDefault(t, Map.of()).containsKey(c.name());
        boolean free = BundleReferenceMarkdown.FREE_CODES.containsKey(c.name());
        assertTrue(table ^ free, t.fileName() + " " + c.name()
            + ": say which code table it takes (CODE_TABLES) or what it holds (FREE_CODES)");
      }
    }
  }

  @Test
  void codeTablesNameCodeColumnsOfTheirFile() {
    BundleReferenceMarkdown.CODE_TABLES.forEach((t, columns) -> columns.forEach((column, table) -> {
      ColumnSchema c = FileSchema.of(t).column(column).orElseThrow(() -> new AssertionError(t + " " + column));
      assertEquals(ValueKind.CODE, c.kind(), t + " " + column);
    }));
  }

  @Test
  void everyCodeOfEveryTableIsListed() {
    BundleReferenceMarkdown.CODE_TABLES.values().forEach(columns -> columns.values().forEach(table -> {
      String section = section("### " + table.getSimpleName() + "\n");
      for (Coded v : table.getEnumConstants()) {
        assertTrue(section.contains("\n| `" + v.code() + "` | " + v.label() + " | `" + ((Enum<?>) v).name() + "` |"),
            table.getSimpleName() + " " + v);
      }
    }));
  }

  @Test
  void everyProblemCodeHasAMeaningAndARow() {
    for (CsvProblemCode p : CsvProblemCode.values()) {
      assertNotNull(BundleReferenceMarkdown.PROBLEM_MEANINGS.get(p), p.name());
      assertTrue(TEXT.contains("\n| `" + p.name() + "` | " + p.severity() + " | "), p.name());
    }
    for (BundleProblemCode p : BundleProblemCode.values()) {
      assertNotNull(BundleReferenceMarkdown.BUNDLE_PROBLEM_MEANINGS.get(p), p.name());
      assertTrue(TEXT.contains("\n| `" + p.name() + "` | " + p.severity() + " | "), p.name());
    }
  }

  @Test
  void theCodeTablesAreThoseTheReaderUses(@TempDir Path dir) throws IOException {
    BundleReferenceMarkdown.CODE_TABLES.forEach((type, columns) -> columns.forEach((column, table) -> {
      List<String> header = new ArrayList<>(FileSchema.of(type).requiredColumns());
      if (!header.contains(column)) {
        header.add(column);
      }
      List<String> cells = new ArrayList<>();
      for (String h : header) {
        cells.add(h.equals(column) ? "NOT_A_CODE" : sample(FileSchema.of(type).column(h).orElseThrow()));
      }
      Path file = dir.resolve(type.fileName());
      try {
        Files.writeString(file, String.join(",", header) + "\n" + String.join(",", cells) + "\n",
            StandardCharsets.UTF_8);
        FileAccount account = BundleReader.defaults().readFile(file, type, r -> { });
        List<Problem> unknown = account.problems().stream()
            .filter(p -> p.code().equals(BundleProblemCode.CODE_UNKNOWN.name()))
            .filter(p -> p.field().equals(java.util.Optional.of(column)))
            .toList();
        assertEquals(1, unknown.size(), type + " " + column + ": " + account.problems());
        assertTrue(unknown.get(0).message().contains("is not a code of " + table.getSimpleName() + " "),
            type + " " + column + " is read with another table than " + table.getSimpleName() + ": "
                + unknown.get(0).message());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }));
  }

  /** A valid-looking cell for a column, so that only the column under test is wrong. */
  private static String sample(ColumnSchema c) {
    switch (c.kind()) {
      case CODE:
        return c.codeWidth().isPresent() ? "1".repeat(c.codeWidth().getAsInt()) : "430321";
      case DATE:
        return "2024-01-01";
      case DATE_TIME:
        return "2024-01-01 08:00";
      case BOOLEAN:
      case INTEGER:
      case DECIMAL:
        return "1";
      default:
        return "X1";
    }
  }

  @Test
  void rowsOfTheColumnTablesHaveFiveCells() {
    TEXT.lines()
        .filter(l -> l.startsWith("| `") && l.contains("| **required** |") || l.contains("| optional |"))
        .forEach(l -> assertEquals(6, l.replace("\\|", "").split("\\|", -1).length - 1, l));
  }

  @Test
  void textIsDeterministic() {
    assertEquals(TEXT, BundleReferenceMarkdown.bundleFormat());
  }

  private static String kindPrefix(ColumnSchema c) {
    switch (c.kind()) {
      case DATE_TIME:
        return "date-time";
      case BOOLEAN:
        return "yes/no";
      case INTEGER:
        return "whole number";
      case ID_NUMBER:
        return "ID number";
      default:
        return c.kind().name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static String section(String heading) {
    int start = TEXT.indexOf("\n" + heading);
    assertTrue(start >= 0, heading);
    int end = TEXT.indexOf("\n## ", start + 1);
    int next = TEXT.indexOf("\n### ", start + 1);
    if (next >= 0 && (end < 0 || next < end)) {
      end = next;
    }
    return TEXT.substring(start, end < 0 ? TEXT.length() : end);
  }
}
