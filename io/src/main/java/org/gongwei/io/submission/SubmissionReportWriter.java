package org.gongwei.io.submission;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;
import org.gongwei.io.csv.FileAccount;
import org.gongwei.io.csv.FormulaGuard;

/**
 * Writes a {@link SubmissionReport} as JSON (the summary, the files and every problem kept) or as
 * a CSV of problems. Each problem carries {@code file}, {@code line} (the 1-based line where its
 * record starts, 0 when unknown), {@code column}, {@code code}, {@code severity} and {@code
 * message}, plus the record type and id. ID card numbers are masked; CSV cells are guarded
 * against spreadsheet formulas ({@link FormulaGuard}) and the file starts with a UTF-8 BOM.
 */
public final class SubmissionReportWriter {
  /** The columns of the CSV of problems. */
  public static final List<String> CSV_COLUMNS =
      List.of("file", "line", "column", "code", "severity", "message", "record_type", "record_id");

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SubmissionReportWriter() {}

  /** The report as JSON text. */
  public static String toJson(SubmissionReport report) {
    Objects.requireNonNull(report, "report");
    ObjectNode root = JSON.createObjectNode();
    root.put("source", report.source());
    root.put("kind", report.kind().name());
    root.put("verdict", report.verdict().name());
    root.put("exitCode", report.verdict().exitCode());
    ObjectNode totals = root.putObject("counts");
    totals.put("unit", report.kind().unit());
    totals.put("read", report.read());
    totals.put("accepted", report.accepted());
    totals.put("rejected", report.rejected());
    totals.put("ignored", report.ignored());
    ArrayNode files = root.putArray("files");
    for (FileAccount f : report.files()) {
      ObjectNode n = files.addObject();
      n.put("file", f.fileName());
      n.put("recordType", f.recordType().name());
      n.put("charset", f.charset().map(c -> c.name()).orElse(null));
      n.put("status", f.status().name());
      n.put("rowsRead", f.rowsRead());
      n.put("rowsAccepted", f.rowsAccepted());
      n.put("rowsRejected", f.rowsRejected());
      n.put("blankLines", f.blankLines());
      n.put("errors", f.problemCount(Severity.ERROR));
      n.put("warnings", f.problemCount(Severity.WARNING));
      n.put("infos", f.problemCount(Severity.INFO));
    }
    ObjectNode severities = root.putObject("problemsBySeverity");
    for (Severity s : Severity.values()) {
      severities.put(s.name(), report.count(s));
    }
    ObjectNode codes = root.putObject("problemsByCode");
    report.countsByCode().forEach(codes::put);
    root.put("problemsOmitted", report.problemsOmitted());
    ArrayNode problems = root.putArray("problems");
    for (Problem p : report.problems()) {
      ObjectNode n = problems.addObject();
      n.put("file", p.file().orElse(null));
      n.put("line", p.line().orElse(0));
      n.put("column", p.field().orElse(null));
      n.put("code", p.code());
      n.put("severity", p.severity().name());
      n.put("message", p.message());
      n.put("recordType", p.recordType().map(Enum::name).orElse(null));
      n.put("recordId", p.recordId().orElse(null));
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the report as JSON (UTF-8). */
  public static void writeJson(SubmissionReport report, Path file) throws IOException {
    Files.writeString(file, toJson(report), StandardCharsets.UTF_8);
  }

  /** The problems as CSV text (without the BOM). */
  public static String toCsv(SubmissionReport report) {
    StringWriter out = new StringWriter();
    try {
      writeCsv(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the problems as CSV: UTF-8 with BOM, CRLF, one row per problem. */
  public static void writeCsv(SubmissionReport report, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write('\uFEFF');
      writeCsv(report, w);
    }
  }

  private static void writeCsv(SubmissionReport report, Writer out) throws IOException {
    Objects.requireNonNull(report, "report");
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(new NonClosing(out));
    csv.writeRecord(CSV_COLUMNS);
    for (Problem p : report.problems()) {
      csv.writeRecord(
          FormulaGuard.guard(p.file().orElse("")),
          Long.toString(p.line().orElse(0)),
          FormulaGuard.guard(p.field().orElse("")),
          p.code(),
          p.severity().name(),
          FormulaGuard.guard(p.message()),
          p.recordType().map(Enum::name).orElse(""),
          FormulaGuard.guard(p.recordId().orElse("")));
    }
    csv.close();
  }

  /** Passes writes through and leaves the caller's writer open. */
  private static final class NonClosing extends Writer {
    private final Writer out;

    NonClosing(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      out.write(cbuf, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
