/**
 * The low-level CSV layer of the bundle (exchange format §1): turns a bundle file into a stream of
 * accounted rows with typed, problem-reporting cell access; mapping rows to domain records is
 * done above it.
 *
 * <p>Parsing is FastCSV's ({@code de.siegmar:fastcsv}): a small library with no dependencies,
 * among the fastest CSV parsers for Java, strictly RFC 4180 (quoted separators, quotes and line
 * breaks), streaming with a bounded buffer, and giving each record's starting line number, which
 * problems need. We feed it through our own callback handler (cells as plain strings, blank-line
 * detection, a cap on runaway records). What is ours: choosing the character set
 * ({@link org.gongwei.io.csv.CharsetDetection}: byte order mark, strict streamed UTF-8, else
 * GB18030), resolving headers through the aliases and Chinese labels
 * ({@link org.gongwei.io.csv.ColumnAliases}, {@link org.gongwei.io.csv.FileSchema}), the cell
 * rules (dates, Excel serials, leading zeros, Excel-damaged ID numbers:
 * {@link org.gongwei.io.csv.CsvRow}), and the accounting that loses no row and no problem
 * ({@link org.gongwei.io.csv.CsvTable}, {@link org.gongwei.io.csv.FileAccount}).
 *
 * <pre>{@code
 * try (CsvTable table = CsvTable.open(dir.resolve("residents.csv"), RecordType.RESIDENT)) {
 *   for (CsvRow row : table) {
 *     Optional<LocalDate> birth = row.date("birth_date");
 *     ...
 *     if (row.hasError()) table.reject(row); else table.accept(row);
 *   }
 *   FileAccount account = table.account();   // read = accepted + rejected
 * }
 * }</pre>
 */
package org.gongwei.io.csv;
