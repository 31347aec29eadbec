package org.gongwei.io.bundle;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gongwei.core.code.CheckupKind;
import org.gongwei.core.code.ChildVisitKind;
import org.gongwei.core.code.Coded;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.DiseaseClass;
import org.gongwei.core.code.EducationKind;
import org.gongwei.core.code.Ethnicity;
import org.gongwei.core.code.FollowUpClassification;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.IdDocumentType;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.code.MaternalVisitKind;
import org.gongwei.core.code.MedicationAdherence;
import org.gongwei.core.code.MentalHealthMedication;
import org.gongwei.core.code.MentalHealthStatus;
import org.gongwei.core.code.RecordClosureReason;
import org.gongwei.core.code.Sex;
import org.gongwei.core.code.SupervisionDomain;
import org.gongwei.core.code.SupervisionKind;
import org.gongwei.core.code.TbOutcome;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.code.Vaccine;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.io.csv.ColumnAliases;
import org.gongwei.io.csv.ColumnSchema;
import org.gongwei.io.csv.CsvProblemCode;
import org.gongwei.io.csv.FileSchema;
import org.gongwei.io.csv.ValueKind;

/**
 * The Markdown text of {@code docs/bundle-format.md}: every file of the CSV bundle with its
 * columns ({@link FileSchema}: name, requiredness, value kind, code width), their Chinese labels
 * ({@link ColumnAliases#chineseLabel}), the code tables of the code columns, the reading rules of
 * {@link BundleReader} and the CSV layer in prose, and the problems found while reading ({@link
 * CsvProblemCode}, {@link BundleProblemCode}).
 *
 * <p>The text is deterministic: files in {@link RecordType} order, columns in schema order, no
 * dates. {@code BundleReferenceMarkdownTest} fails when the committed file differs from it (and
 * when a code column's table here is not the one the reader uses), and rewrites the file when run
 * with {@code -Dgongwei.docs.write=true}.
 */
final class BundleReferenceMarkdown {
  /**
   * The code table of each code column that has one, by file and column. Code columns without a
   * table hold identifiers or external code systems ({@link #FREE_CODES}).
   */
  static final Map<RecordType, Map<String, Class<? extends Coded>>> CODE_TABLES = codeTables();

  /** Code columns that hold identifiers or codes of external systems, with what they hold. */
  static final Map<String, String> FREE_CODES = Map.of(
      "institution_code", "an institution code of `institutions.csv`",
      "parent_code", "the institution code of the parent institution",
      "region_code", "a GB/T 2260 region code: 6 digits, or 9/12 with township and village",
      "uscc", "a GB 32100 unified social credit code (18 characters)",
      "icd10", "an ICD-10 code; national extensions such as `I10.x00x002` are accepted",
      "ended_reason", "the reason management ended, as the source system codes it",
      "scope_code", "an institution code or a region code");

  /** What each problem code of the CSV layer means, in the words of {@link CsvProblemCode}. */
  static final Map<CsvProblemCode, String> PROBLEM_MEANINGS = problemMeanings();

  /** What each problem code of the reader means, in the words of {@link BundleProblemCode}. */
  static final Map<BundleProblemCode, String> BUNDLE_PROBLEM_MEANINGS = bundleProblemMeanings();

  private BundleReferenceMarkdown() {}

  /** The whole document. */
  static String bundleFormat() {
    StringBuilder md = new StringBuilder();
    md.append("<!-- Generated from FileSchema, ColumnAliases, CsvProblemCode and the code tables of core\n")
        .append("     by org.gongwei.io.csv.BundleReferenceMarkdown; do not edit.\n")
        .append("     Regenerate: see docs/README.md. -->\n\n");
    md.append("# The CSV bundle\n\n");
    md.append(
        """
        A *bundle* is a directory of CSV files, one per record type: the library's own interchange \
        format, what the synthetic-data generator produces and what the other formats convert to and \
        from. The column names below are the contract. Every file except `residents.csv` is \
        optional, and a missing file means "no records"; optional columns may be absent.

        `BundleReader.defaults().read(directory)` reads a bundle into a `Dataset` with an account of \
        every file (rows read, accepted and rejected, problems); `BundleWriter.defaults().write(\
        dataset, directory)` writes one (`withHeaders(HeaderStyle.CHINESE)` for Chinese headers, \
        `withEncoding(CsvOutputEncoding.GB18030)` for older systems). Writing then reading gives \
        equal records. A written bundle is a full export: ID numbers and names are not masked.

        This reference is generated from the schemas of `org.gongwei.io.csv` (`FileSchema`, \
        `ColumnAliases`, `CsvProblemCode`), the reader's problem codes (`BundleProblemCode`) and \
        the code tables of `org.gongwei.core.code`. The record types behind the files are \
        described in [domain-model.md](domain-model.md); what validation checks beyond a single \
        row is in [validation-rules.md](validation-rules.md).

        """);
    md.append("## Files\n\n");
    md.append("| File | 中文 | Record type | Columns | Required columns |\n");
    md.append("|---|---|---|---|---|\n");
    for (RecordType t : RecordType.values()) {
      FileSchema s = FileSchema.of(t);
      md.append("| [`").append(t.fileName()).append("`](#").append(fileAnchor(t)).append(") | ")
          .append(t.label()).append(" | `").append(t.name()).append("` | ")
          .append(s.columns().size()).append(" | ")
          .append(String.join(", ", s.requiredColumns().stream().map(c -> "`" + c + "`").toList()))
          .append(" |\n");
    }
    md.append('\n');
    md.append(READING_RULES);

    md.append("## Columns\n\n");
    md.append(
        """
        Required columns must be in the header and have a value in every row. The *label* is the \
        Chinese header name a column also answers to, and the one writers use for Chinese headers. \
        Some columns answer to further Chinese names (`resident_id` to 健康档案编号 and 档案编号, \
        `id_number` to 证件号码 and 身份证件号码, `region_code` to 区划代码, `institution_code` to \
        机构编码 and 机构代码). A label may carry a unit in brackets, which is ignored \
        (`收缩压(mmHg)` is `收缩压`).

        """);
    Map<Class<? extends Coded>, List<String>> usedBy = new LinkedHashMap<>();
    for (RecordType t : RecordType.values()) {
      md.append("### ").append(t.fileName()).append("\n\n");
      md.append(t.label()).append(" — record type `").append(t.name()).append("`")
          .append(t == RecordType.RESIDENT ? "; the only file a bundle must have" : "")
          .append(". The first column identifies the record.\n\n");
      md.append("| Column | Required | Value | Label | Codes |\n");
      md.append("|---|---|---|---|---|\n");
      for (ColumnSchema c : FileSchema.of(t).columns()) {
        Class<? extends Coded> table = codeTable(t, c.name()).orElse(null);
        if (table != null) {
          usedBy.computeIfAbsent(table, k -> new ArrayList<>())
              .add("`" + c.name() + "` of `" + t.fileName() + "`");
        }
        md.append("| `").append(c.name()).append("` | ")
            .append(c.isRequired() ? "**required**" : "optional").append(" | ")
            .append(kind(c)).append(" | ")
            .append(label(t, c.name())).append(" | ")
            .append(codes(t, c, table)).append(" |\n");
      }
      md.append('\n');
    }

    md.append("## Code tables\n\n");
    md.append(
        """
        A code column holds the code of its table, as writers write it: the national code, leading \
        zeros included, or for tables whose codes are words (`HYPERTENSION`) the constant's name. \
        Readers also accept the constant's name, in any case, for every table.

        """);
    for (Map.Entry<Class<? extends Coded>, List<String>> e : usedBy.entrySet()) {
      Class<? extends Coded> table = e.getKey();
      md.append("### ").append(table.getSimpleName()).append("\n\n");
      md.append("Used by ").append(String.join(", ", e.getValue())).append(".\n\n");
      md.append("| Code | 中文 | Constant |\n");
      md.append("|---|---|---|\n");
      for (Coded v : table.getEnumConstants()) {
        md.append("| `").append(v.code()).append("` | ").append(cell(v.label())).append(" | `")
            .append(((Enum<?>) v).name()).append("` |\n");
      }
      md.append('\n');
    }

    md.append("## Problems found while reading\n\n");
    md.append(
        """
        Reading never stops at bad data and never throws for it: each finding is a `Problem` with \
        the file, the line on which the row starts, the record id, the column, a code and a \
        severity, and rows read = rows accepted + rows rejected for every file (`FileAccount`, \
        `BundleAccount`). The problems of the CSV layer:

        """);
    md.append("| Code | Severity | Meaning |\n");
    md.append("|---|---|---|\n");
    for (CsvProblemCode p : CsvProblemCode.values()) {
      String meaning = PROBLEM_MEANINGS.get(p);
      if (meaning == null) {
        throw new IllegalStateException("no meaning written for problem code " + p);
      }
      md.append("| `").append(p.name()).append("` | ").append(p.severity()).append(" | ")
          .append(cell(meaning)).append(" |\n");
    }
    md.append("\nThe problems of the bundle reader, on top of those:\n\n");
    md.append("| Code | Severity | Meaning |\n");
    md.append("|---|---|---|\n");
    for (BundleProblemCode p : BundleProblemCode.values()) {
      String meaning = BUNDLE_PROBLEM_MEANINGS.get(p);
      if (meaning == null) {
        throw new IllegalStateException("no meaning written for problem code " + p);
      }
      md.append("| `").append(p.name()).append("` | ").append(p.severity()).append(" | ")
          .append(cell(meaning)).append(" |\n");
    }
    return md.toString();
  }

  /** The reading rules in prose (exchange format §1, {@link CsvTable}, {@link CsvRow}). */
  private static final String READING_RULES =
      """
      ## Reading rules

      **Files.** Files are matched by their exact names; an upper-case extension \
      (`residents.CSV`) is read with a WARNING, other `.csv` files are ignored with an INFO. A \
      bundle without `residents.csv` is an ERROR of the bundle, not an exception: the other files \
      are still read. Files are read row by row, never whole into memory.

      **Rows and records.** Every cell is read according to its column's kind (below). A row whose \
      required value is missing or invalid, or whose values break an invariant of its record (a \
      negative count, a score of 7), is rejected. A bad optional value is an ERROR that drops the \
      value; the row is accepted. Warnings never reject a row. Plausibility (blood-pressure ranges \
      and the like) and the rules across records (duplicate ids, unknown residents) are checked by \
      validation, not by the reader: see [validation-rules.md](validation-rules.md).

      **Encoding.** UTF-8 with or without a byte order mark. Without a mark, a file that is not \
      valid UTF-8 from start to end is read as GB18030 (the superset of GBK and GB2312 that Chinese \
      Excel and older systems write), with an INFO. UTF-16 is read when the file starts with its \
      byte order mark. A character set can also be given (`BundleReader.withCharset`; GBK and \
      GB2312 are read as GB18030). Writers emit UTF-8 with a byte order mark, so that Excel opens \
      the file correctly, or GB18030 on request (`BundleWriter.withEncoding`).

      **Header.** The first non-blank line. Columns may come in any order and are matched by their \
      name or one of their Chinese labels, ignoring surrounding white space and the case of \
      letters; users can add aliases (`BundleReader.withAliases`, `ColumnAliases.withAlias`). \
      Unknown columns are kept aside and reported once, as INFO. A missing required column, or a column named twice, rejects the whole \
      file: every row is still counted, as read and rejected.

      **Quoting and lines.** RFC 4180 quoting: separators, doubled quotes and line breaks inside quoted fields; \
      a row's line is the line it starts on. Blank lines are skipped and counted apart. A trailing \
      empty cell is tolerated; text beyond the header's columns, or fewer cells than the header, \
      rejects the row. A quoted field still open at the end of the file (a truncated file) is an \
      error and ends reading.

      **Empty cells.** An empty (or blank) cell means "no value". In a required column it is an \
      ERROR.

      **Dates** are written `yyyy-MM-dd`. Also accepted, with a WARNING: `yyyyMMdd`, `yyyy/M/d`, \
      `yyyy.M.d`, `yyyy-M-d`, an Excel serial day number (1 to 2958465 in Excel's 1900 date \
      system, so 45292 is 2024-01-01; 60, Excel's phantom 29 February 1900, is an error), and a \
      date followed by a time (the time is ignored). Anything else is an ERROR.

      **Date-times** are written `yyyy-MM-dd HH:mm` or `yyyy-MM-dd HH:mm:ss` (a `T` instead of the \
      space, and fractions of a second, are accepted too). Also accepted, with a WARNING: the other \
      date forms with a time, a one-digit hour (`2024/1/5 8:30`), an Excel serial number with a \
      fraction of a day, and a date alone, read as the start of that day.

      **Yes/no** values are `1` and `0`; `是`/`否`, `true`/`false` and `Y`/`N` (any case) are \
      accepted too.

      **Numbers.** Whole numbers are ASCII digits with an optional sign. Decimals use a point \
      (`12.5`, `1.2e3`); thousands separators and decimal commas are errors.

      **Codes** keep their leading zeros (`01`). A code of a fixed-width column (the *code width* \
      below: `sex` 1 digit, `ethnicity` 2 digits …) that lost its leading zeros in a spreadsheet \
      (`1` for `01`) is repaired, with a WARNING. A code column with a code table takes the codes \
      of its table (the constant's name, in any case, is accepted too); another value is an ERROR \
      naming the accepted codes. Region codes must have 2, 4, 6, 9 or 12 digits; ICD-10 codes may \
      carry the national extensions (`I10.x00x002`).

      **Measurements.** A whole-number measurement written with a fraction (`138.5` mmHg) is \
      rounded, with a WARNING.

      **Excel damage.** A code or an ID number in scientific notation (`1.10105E+17`) has lost its \
      digits in a spreadsheet: it is an ERROR and the value is dropped (the row is rejected when the \
      column is required). Store such columns as text \
      when editing a bundle in Excel.

      """;

  private static Optional<Class<? extends Coded>> codeTable(RecordType type, String column) {
    return Optional.ofNullable(CODE_TABLES.getOrDefault(type, Map.of()).get(column));
  }

  private static String kind(ColumnSchema c) {
    String text = switch (c.kind()) {
      case TEXT -> "text";
      case CODE -> "code";
      case DATE -> "date";
      case DATE_TIME -> "date-time";
      case BOOLEAN -> "yes/no";
      case INTEGER -> "whole number";
      case DECIMAL -> "decimal";
      case ID_NUMBER -> "ID number";
    };
    if (c.codeWidth().isPresent()) {
      int w = c.codeWidth().getAsInt();
      text += " (" + w + (w == 1 ? " digit" : " digits") + ")";
    }
    return text;
  }

  private static String label(RecordType type, String column) {
    return ColumnAliases.chineseLabel(type, column).orElse("—");
  }

  private static String codes(RecordType t, ColumnSchema c, Class<? extends Coded> table) {
    if (table != null) {
      Coded[] values = table.getEnumConstants();
      StringBuilder s = new StringBuilder("[").append(table.getSimpleName()).append("](#")
          .append(table.getSimpleName().toLowerCase(Locale.ROOT)).append("): ");
      for (int i = 0; i < values.length; i++) {
        if (i == 4 && values.length > 6) {
          s.append(", … (").append(values.length).append(" codes)");
          break;
        }
        s.append(i == 0 ? "" : ", ").append('`').append(values[i].code()).append('`');
      }
      return s.toString();
    }
    if (t == RecordType.INSTITUTION && c.name().equals("institution_code")) {
      return "the institution's own code";
    }
    String free = FREE_CODES.get(c.name());
    return free != null && c.kind() == ValueKind.CODE ? cell(free) : "";
  }

  private static String fileAnchor(RecordType t) {
    return t.fileName().replace(".", "").toLowerCase(Locale.ROOT);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private static Map<RecordType, Map<String, Class<? extends Coded>>> codeTables() {
    Map<RecordType, Map<String, Class<? extends Coded>>> m = new EnumMap<>(RecordType.class);
    m.put(RecordType.INSTITUTION, Map.of("type", InstitutionType.class));
    m.put(RecordType.RESIDENT, Map.of(
        "id_type", IdDocumentType.class,
        "sex", Sex.class,
        "ethnicity", Ethnicity.class,
        "record_closed_reason", RecordClosureReason.class));
    m.put(RecordType.REGISTRATION, Map.of("condition", Condition.class));
    m.put(RecordType.FOLLOW_UP, Map.of(
        "condition", Condition.class,
        "method", FollowUpMethod.class,
        "classification", FollowUpClassification.class,
        "adherence", MedicationAdherence.class));
    m.put(RecordType.CHECKUP, Map.of("kind", CheckupKind.class));
    m.put(RecordType.MENTAL_FOLLOW_UP, Map.of(
        "method", FollowUpMethod.class,
        "medication", MentalHealthMedication.class,
        "status", MentalHealthStatus.class));
    m.put(RecordType.TB_COURSE, Map.of("outcome", TbOutcome.class));
    m.put(RecordType.MATERNAL_VISIT, Map.of("kind", MaternalVisitKind.class));
    m.put(RecordType.CHILD_VISIT, Map.of("kind", ChildVisitKind.class));
    m.put(RecordType.TCM_SERVICE, Map.of("kind", TcmKind.class));
    m.put(RecordType.VACCINATION, Map.of("vaccine", Vaccine.class));
    m.put(RecordType.INFECTIOUS_CASE, Map.of("disease_class", DiseaseClass.class));
    m.put(RecordType.SUPERVISION, Map.of(
        "domain", SupervisionDomain.class,
        "kind", SupervisionKind.class));
    m.put(RecordType.EDUCATION, Map.of("kind", EducationKind.class));
    return m;
  }

  private static Map<CsvProblemCode, String> problemMeanings() {
    Map<CsvProblemCode, String> m = new EnumMap<>(CsvProblemCode.class);
    m.put(CsvProblemCode.CSV_CHARSET_GB18030,
        "The file has no byte order mark and is not valid UTF-8: it was read as GB18030.");
    m.put(CsvProblemCode.CSV_EMPTY_FILE,
        "The file has no header line (it is empty or blank): it holds no records.");
    m.put(CsvProblemCode.CSV_UNKNOWN_COLUMNS,
        "The header has columns the file's schema does not know: their cells are kept aside.");
    m.put(CsvProblemCode.CSV_MISSING_COLUMN,
        "A required column is missing from the header: the file is rejected, every row counted.");
    m.put(CsvProblemCode.CSV_DUPLICATE_COLUMN,
        "Two header cells name the same column: an ERROR rejecting the file for a schema column, a WARNING for an unknown column (the first is kept).");
    m.put(CsvProblemCode.CSV_UNNAMED_COLUMN,
        "A header cell between named ones is empty: the cells below it are ignored.");
    m.put(CsvProblemCode.CSV_TOO_MANY_CELLS,
        "A row has non-empty cells beyond the last header column.");
    m.put(CsvProblemCode.CSV_TOO_FEW_CELLS, "A row has fewer cells than the header has columns.");
    m.put(CsvProblemCode.CSV_UNCLOSED_QUOTE,
        "A quoted field is not closed before the end of the file (a truncated file).");
    m.put(CsvProblemCode.CSV_MALFORMED,
        "The rest of the file cannot be parsed as CSV (for example a field over 16 M characters).");
    m.put(CsvProblemCode.VALUE_MISSING, "A required column has an empty cell.");
    m.put(CsvProblemCode.DATE_INVALID, "A date cell is not a date in any accepted form.");
    m.put(CsvProblemCode.DATE_NONSTANDARD,
        "A date was read from `yyyyMMdd`, `yyyy/M/d`, `yyyy.M.d` or `yyyy-M-d`.");
    m.put(CsvProblemCode.DATE_EXCEL_SERIAL, "A date was read from an Excel serial day number.");
    m.put(CsvProblemCode.DATE_WITH_TIME, "A date cell holds a date and time: the time is ignored.");
    m.put(CsvProblemCode.DATE_TIME_INVALID,
        "A date-time cell is not a date-time in any accepted form.");
    m.put(CsvProblemCode.DATE_TIME_NONSTANDARD,
        "A date-time was read from a form other than `yyyy-MM-dd HH:mm[:ss]`.");
    m.put(CsvProblemCode.DATE_TIME_DATE_ONLY,
        "A date-time cell holds a date only: read as the start of that day.");
    m.put(CsvProblemCode.BOOLEAN_INVALID,
        "A yes/no cell is none of `1/0`, `是/否`, `true/false`, `Y/N`.");
    m.put(CsvProblemCode.INTEGER_INVALID, "A whole-number cell is not a whole number in range.");
    m.put(CsvProblemCode.DECIMAL_INVALID, "A decimal cell is not a plain decimal number.");
    m.put(CsvProblemCode.CODE_LEADING_ZEROS,
        "A numeric code lost its leading zeros (`1` for `01`): repaired.");
    m.put(CsvProblemCode.CODE_SCIENTIFIC,
        "A code is in scientific notation: Excel turned it into a number and the digits are lost.");
    m.put(CsvProblemCode.ID_NUMBER_SCIENTIFIC,
        "An ID number is in scientific notation: Excel turned it into a number and the digits are lost.");
    return m;
  }

  private static Map<BundleProblemCode, String> bundleProblemMeanings() {
    Map<BundleProblemCode, String> m = new EnumMap<>(BundleProblemCode.class);
    m.put(BundleProblemCode.BUNDLE_RESIDENTS_MISSING,
        "The bundle has no `residents.csv`, the one required file: it holds no residents.");
    m.put(BundleProblemCode.BUNDLE_UNKNOWN_FILE,
        "A `.csv` file whose name is not a file of the bundle: ignored.");
    m.put(BundleProblemCode.BUNDLE_FILE_NAME_CASE,
        "A bundle file written with an upper-case extension (`residents.CSV`): read all the same.");
    m.put(BundleProblemCode.BUNDLE_DUPLICATE_FILE,
        "Two files hold the same record type (`residents.csv` and `residents.CSV`): the second is ignored.");
    m.put(BundleProblemCode.CODE_UNKNOWN,
        "A code cell holds a value that is not a code of its code table.");
    m.put(BundleProblemCode.REGION_CODE_INVALID,
        "A region code (行政区划代码) cell is not 2, 4, 6, 9 or 12 digits.");
    m.put(BundleProblemCode.ICD10_INVALID, "An ICD-10 cell is not an ICD-10 code.");
    m.put(BundleProblemCode.NUMBER_ROUNDED,
        "A whole-number measurement was written with a fraction (`138.5` mmHg): rounded.");
    m.put(BundleProblemCode.RECORD_INVALID,
        "The row's values break an invariant of the record (a negative count, say): the row is rejected.");
    return m;
  }
}
