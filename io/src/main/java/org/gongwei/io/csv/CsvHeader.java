package org.gongwei.io.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;

/**
 * A header line resolved against a file's schema: where each schema column sits, which header
 * cells are unknown columns (kept aside by name), and the problems of the header.
 */
final class CsvHeader {
  final FileSchema schema;
  /** The number of header cells up to the last named one; trailing unnamed cells are dropped. */
  final int width;
  /** Per schema position, the cell index of that column, or -1 when the file lacks it. */
  final int[] cellIndex;
  /** Per schema position, the header text that named the column, or null. */
  final String[] headerText;
  /** Unknown header names in header order, each with its cell index (the first if repeated). */
  final Map<String, Integer> unknown;
  /** Schema positions of required columns the header has, for the per-row value check. */
  final int[] requiredPresent;
  final List<Problem> problems;
  final boolean rejected;

  private CsvHeader(FileSchema schema, int width, int[] cellIndex, String[] headerText,
      Map<String, Integer> unknown, List<Problem> problems) {
    this.schema = schema;
    this.width = width;
    this.cellIndex = cellIndex;
    this.headerText = headerText;
    this.unknown = Collections.unmodifiableMap(unknown);
    this.problems = List.copyOf(problems);
    this.rejected = problems.stream().anyMatch(Problem::isError);
    List<ColumnSchema> columns = schema.columns();
    this.requiredPresent = IntStream.range(0, columns.size())
        .filter(p -> columns.get(p).isRequired() && cellIndex[p] >= 0)
        .toArray();
  }

  /** Resolves the header cells of a file: aliases, unknown, unnamed, duplicate and missing columns. */
  static CsvHeader resolve(String[] cells, RecordType type, ColumnAliases aliases, String file,
      long line) {
    FileSchema schema = FileSchema.of(type);
    int size = schema.columns().size();
    int[] cellIndex = new int[size];
    Arrays.fill(cellIndex, -1);
    String[] headerText = new String[size];
    Map<String, Integer> unknown = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();

    String[] names = new String[cells.length];
    int width = 0;
    for (int i = 0; i < cells.length; i++) {
      String name = cells[i].strip();
      if (i == 0 && !name.isEmpty() && name.charAt(0) == '\uFEFF') {
        name = name.substring(1).strip();
      }
      names[i] = name;
      if (!name.isEmpty()) {
        width = i + 1;
      }
    }

    List<Integer> unnamed = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      String name = names[i];
      if (name.isEmpty()) {
        unnamed.add(i + 1);
        continue;
      }
      String column = aliases.resolve(type, name).orElse(null);
      if (column == null) {
        if (unknown.containsKey(name)) {
          problems.add(CsvProblemCode.CSV_DUPLICATE_COLUMN
              .problem("unknown column '" + name + "' appears twice in the header (columns "
                  + (unknown.get(name) + 1) + " and " + (i + 1) + "); the first is kept aside")
              .withSeverity(Severity.WARNING)
              .withLocation(file, line)
              .withField(name));
        } else {
          unknown.put(name, i);
        }
        continue;
      }
      int p = schema.position(column);
      if (cellIndex[p] >= 0) {
        problems.add(CsvProblemCode.CSV_DUPLICATE_COLUMN
            .problem("header columns " + (cellIndex[p] + 1) + " ('" + headerText[p] + "') and "
                + (i + 1) + " ('" + name + "') both name column " + column
                + "; the file is rejected and each of its rows counted as rejected")
            .withLocation(file, line)
            .withField(column));
      } else {
        cellIndex[p] = i;
        headerText[p] = name;
      }
    }

    if (!unnamed.isEmpty()) {
      problems.add(CsvProblemCode.CSV_UNNAMED_COLUMN
          .problem("header column" + (unnamed.size() == 1 ? " " : "s ")
              + unnamed.stream().map(String::valueOf).collect(Collectors.joining(", "))
              + (unnamed.size() == 1 ? " has" : " have") + " no name; the cells below are ignored")
          .withLocation(file, line));
    }
    if (!unknown.isEmpty()) {
      problems.add(CsvProblemCode.CSV_UNKNOWN_COLUMNS
          .problem("unknown column" + (unknown.size() == 1 ? " " : "s ")
              + unknown.keySet().stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))
              + " kept aside (not part of " + type.fileName() + ")")
          .withLocation(file, line));
    }
    for (int p = 0; p < size; p++) {
      ColumnSchema c = schema.columns().get(p);
      if (c.isRequired() && cellIndex[p] < 0) {
        String label = ColumnAliases.chineseLabel(type, c.name()).map(l -> " (" + l + ")").orElse("");
        problems.add(CsvProblemCode.CSV_MISSING_COLUMN
            .problem("required column " + c.name() + label + " is missing from the header;"
                + " the file is rejected and each of its rows counted as rejected")
            .withLocation(file, line)
            .withField(c.name()));
      }
    }
    return new CsvHeader(schema, width, cellIndex, headerText, unknown, problems);
  }

  /** The canonical columns the header has, in header order. */
  List<String> columns() {
    List<Integer> positions = new ArrayList<>();
    for (int p = 0; p < cellIndex.length; p++) {
      if (cellIndex[p] >= 0) {
        positions.add(p);
      }
    }
    positions.sort((a, b) -> Integer.compare(cellIndex[a], cellIndex[b]));
    return positions.stream().map(p -> schema.columns().get(p).name()).toList();
  }
}
