/**
 * Writers of indicator reports: JSON ({@link org.gongwei.io.report.JsonReportWriter}, exchange
 * format §2), CSV ({@link org.gongwei.io.report.CsvReportWriter}) and Excel xlsx ({@link
 * org.gongwei.io.report.XlsxReportWriter}), the tables with the same columns ({@link
 * org.gongwei.io.report.ReportColumn}) and the same formula guard of text cells; and a
 * self-contained HTML page ({@link org.gongwei.io.report.HtmlReportWriter}) with the table and
 * bar charts by institution against the targets.
 *
 * <p>The HTML charts are inline SVG written by a small class of this package ({@code BarChart},
 * package-private, its geometry tested) rather than by a charting library: the JavaScript
 * libraries would have to be inlined (hundreds of KB) and run in the reader's browser, and a Java
 * one such as JFreeChart (with JFreeSVG for SVG output) adds more than a megabyte of Java2D drawing
 * code for one kind of chart; horizontal bars against a target line take a few hundred lines with
 * exact, deterministic coordinates.
 *
 * <p>The xlsx writer uses fastexcel ({@code org.dhatim:fastexcel}) rather than Apache POI:
 * fastexcel is a small streaming writer (about 200 KB with its one dependency, the opczip zip
 * writer) against POI's ooxml stack of some 15 MB (poi, poi-ooxml, xmlbeans, commons-compress,
 * commons-io, log4j-api …), which would weigh on every embedding application; it writes rows
 * straight to the zip stream, several times faster than POI's in-memory model and in constant
 * memory; and it has what the reports need: frozen panes, bold headers, column widths, number
 * formats such as {@code 0.00%}, numbers and text as distinct cell types. It is a module
 * ({@code org.dhatim.fastexcel}) and needs no reflection. It cannot read workbooks; reading
 * bundle tables from xlsx is a separate matter.
 */
package org.gongwei.io.report;
