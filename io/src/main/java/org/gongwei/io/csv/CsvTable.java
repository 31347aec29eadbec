package org.gongwei.io.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;

/**
 * One file of the CSV bundle opened for reading: the header resolved against the file's
 * {@link FileSchema}, then its rows handed out lazily, one {@link CsvRow} at a time, with every
 * row and problem accounted for in a {@link FileAccount}.
 *
 * <p>Reading never stops at bad data and never throws for it; only I/O failures (a missing file,
 * a failing disk) are exceptions. The rules:
 *
 * <ul>
 *   <li>The header is the first non-blank line; columns may come in any order and are matched
 *       through {@link ColumnAliases}. Unknown columns are kept aside ({@link CsvRow#extra}) and
 *       reported once as INFO.
 *   <li>A missing required column, or a column named twice, is an ERROR for the file: the file is
 *       rejected as a whole ({@link FileStatus#REJECTED}). No row is handed out, but every row is
 *       still parsed and counted as read and rejected, so the account balances.
 *   <li>Blank lines (no cell with any text, {@code ,,,} included) are skipped: neither read nor
 *       rejected, counted apart in {@link FileAccount#blankLines()}.
 *   <li>Extra empty cells at the end of a row (a trailing separator) are tolerated. A row with
 *       text beyond the header's columns, or with fewer cells than the header, is an ERROR row:
 *       rejected by the table and not handed out. So is a quoted field left open at the end of the
 *       file (a truncated file), which ends reading.
 *   <li>Quoting follows RFC 4180: separators, quotes ({@code ""}) and line breaks inside quoted
 *       fields; a row's line is the line it starts on. Text after a closing quote is joined to
 *       the field, as Excel does.
 *   <li>A required column with an empty cell is an ERROR in the row (handed out, so a mapper can
 *       report its other problems too).
 * </ul>
 *
 * <p>Accounting: rows read = accepted + rejected. The caller accepts or rejects each row it maps
 * ({@link #accept}, {@link #reject(CsvRow, Problem)}); a row left unmarked is settled when the
 * next row is asked for (or at the end, or by {@link #account()}): rejected if it has an ERROR,
 * accepted otherwise. Marking a row again moves it between the counts. The rows can be iterated
 * once; a table is not thread-safe.
 */
public final class CsvTable implements Iterable<CsvRow>, Closeable {
  private final RecordType recordType;
  private final String fileName;
  private final CharsetChoice charsetChoice;
  private final Consumer<? super Problem> sink;
  private final RawRecordHandler handler = new RawRecordHandler();
  private final CsvReader<RawRecordHandler.RawRecord> reader;
  private final CloseableIterator<RawRecordHandler.RawRecord> raw;
  private final RowIterator rows = new RowIterator();

  private static final char[] NO_TEXT = new char[0];
  private static final int[] NO_BOUNDS = new int[0];

  private CsvHeader header;
  /**
   * Per cell index, the text of that cell in the last row that asked for it: consecutive rows
   * often repeat a value (the resident of a run of vaccinations, a code, an institution), and
   * one string then serves them all.
   */
  private String[] lastCells = new String[0];
  private FileStatus status = FileStatus.READING;
  private boolean exhausted;
  private boolean closed;
  private CsvRow current;
  private CsvRow next;

  private long rowsRead;
  private long accepted;
  private long rejected;
  private long blankLines;
  private final long[] bySeverity = new long[Severity.values().length];
  private final Map<String, Long> byCode = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();

  private CsvTable(Reader text, String fileName, RecordType recordType, CsvReadOptions options,
      CharsetChoice charsetChoice) throws IOException {
    this.recordType = recordType;
    this.fileName = fileName;
    this.charsetChoice = charsetChoice;
    this.sink = options.problemSink().orElse(null);
    this.reader = newReader(handler, withoutByteOrderMark(text));
    this.raw = reader.iterator();
    if (charsetChoice != null && charsetChoice.basis() == CharsetChoice.Basis.GB18030_FALLBACK) {
      publish(CsvProblemCode.CSV_CHARSET_GB18030
          .problem(fileName + " is not valid UTF-8 and has no byte order mark; read as GB18030")
          .withLocation(fileName, 0));
    }
    readHeader(options.aliases());
  }

  /** The text without a leading byte order mark character, which would stick to the first cell. */
  private static Reader withoutByteOrderMark(Reader text) throws IOException {
    PushbackReader r = new PushbackReader(text, 1);
    int first = r.read();
    if (first >= 0 && first != '\uFEFF') {
      r.unread(first);
    }
    return r;
  }

  @SuppressWarnings("removal") // allowExtraCharsAfterClosingQuote: join "a"b as Excel does
  private static CsvReader<RawRecordHandler.RawRecord> newReader(RawRecordHandler handler,
      Reader text) {
    return CsvReader.builder()
        .skipEmptyLines(false)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .allowUnclosedQuote(false)
        .allowExtraCharsAfterClosingQuote(true)
        .build(handler, text);
  }

  /**
   * Opens a bundle file with the built-in aliases and a detected character set.
   *
   * @throws IOException if the file cannot be opened or read
   */
  public static CsvTable open(Path file, RecordType recordType) throws IOException {
    return open(file, recordType, CsvReadOptions.defaults());
  }

  /**
   * Opens a bundle file: chooses its character set (given in the options, else detected by
   * {@link CharsetDetection}), skips its byte order mark and reads the header.
   *
   * @throws IOException if the file cannot be opened or read
   */
  public static CsvTable open(Path file, RecordType recordType, CsvReadOptions options)
      throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(recordType, "recordType");
    Objects.requireNonNull(options, "options");
    Optional<Charset> given = options.charset();
    CharsetChoice choice = given.isPresent()
        ? CharsetDetection.explicit(file, given.get())
        : CharsetDetection.detect(file);
    InputStream in = Files.newInputStream(file);
    try {
      in.skipNBytes(choice.bomLength());
      Path name = file.getFileName();
      Reader text = choice.charset().equals(StandardCharsets.UTF_8)
          ? new Utf8Reader(in) : new InputStreamReader(in, choice.charset());
      return new CsvTable(text,
          name == null ? file.toString() : name.toString(), recordType, options, choice);
    } catch (IOException | RuntimeException e) {
      try {
        in.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** Reads bundle text from a reader (tests, in-memory text) with the built-in aliases. */
  public static CsvTable of(Reader text, String fileName, RecordType recordType) {
    return of(text, fileName, recordType, CsvReadOptions.defaults());
  }

  /**
   * Reads bundle text from a reader; the options' character set is not used (the reader decodes).
   * A byte order mark character at the start is dropped.
   *
   * @throws UncheckedIOException if the reader fails
   */
  public static CsvTable of(Reader text, String fileName, RecordType recordType,
      CsvReadOptions options) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(recordType, "recordType");
    Objects.requireNonNull(options, "options");
    try {
      return new CsvTable(text, fileName, recordType, options, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------ accessors

  /** The file name problems are located in, for example {@code residents.csv}. */
  public String fileName() {
    return fileName;
  }

  /** The record type of the file. */
  public RecordType recordType() {
    return recordType;
  }

  /** The schema the header was resolved against. */
  public FileSchema schema() {
    return FileSchema.of(recordType);
  }

  /** How the character set was chosen; empty when reading from a {@code Reader}. */
  public Optional<CharsetChoice> charsetChoice() {
    return Optional.ofNullable(charsetChoice);
  }

  /** The canonical columns the header has, in header order (empty when there is no header). */
  public List<String> columns() {
    return header == null ? List.of() : header.columns();
  }

  /** The header names of unknown columns, kept aside, in header order. */
  public List<String> unknownColumns() {
    return header == null ? List.of() : List.copyOf(header.unknown.keySet());
  }

  /** How far reading has come, or {@link FileStatus#REJECTED} when the header made the file unusable. */
  public FileStatus status() {
    return status;
  }

  // ------------------------------------------------------------ iteration

  /** The rows, handed out lazily; they can be iterated once (a second call continues the first). */
  @Override
  public Iterator<CsvRow> iterator() {
    return rows;
  }

  /** The rows as a sequential stream; closing the stream closes the table. */
  public Stream<CsvRow> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(() -> {
          try {
            close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  // ----------------------------------------------------------- accounting

  /** Counts a row as accepted (moving it if it was counted as rejected). */
  public void accept(CsvRow row) {
    mark(own(row), CsvRow.Status.ACCEPTED);
  }

  /** Counts a row as rejected (moving it if it was counted as accepted). */
  public void reject(CsvRow row) {
    mark(own(row), CsvRow.Status.REJECTED);
  }

  /** Records the reason in the row (see {@link CsvRow#report}) and counts the row as rejected. */
  public void reject(CsvRow row, Problem reason) {
    own(row).report(Objects.requireNonNull(reason, "reason"));
    mark(row, CsvRow.Status.REJECTED);
  }

  /**
   * The account of the file so far; complete once the rows have been iterated to the end. The
   * row handed out last is settled first if it is still pending.
   */
  public FileAccount account() {
    settleCurrent();
    Map<Severity, Long> severities = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      severities.put(s, bySeverity[s.ordinal()]);
    }
    return new FileAccount(fileName, recordType,
        Optional.ofNullable(charsetChoice).map(CharsetChoice::charset), status, rowsRead,
        accepted, rejected, blankLines, severities, byCode, problems);
  }

  /** Closes the file. Rows not yet read are not counted. */
  @Override
  public void close() throws IOException {
    settleCurrent();
    exhausted = true;
    if (!closed) {
      closed = true;
      reader.close();
    }
  }

  /** For example {@code CsvTable[residents.csv, UTF-8 (valid UTF-8), READING, 120 rows read]}. */
  @Override
  public String toString() {
    return "CsvTable[" + fileName + (charsetChoice == null ? "" : ", " + charsetChoice) + ", "
        + status + ", " + rowsRead + " rows read]";
  }

  // ------------------------------------------------------------ internals

  /** Counts a problem, and keeps it or hands it to the sink. */
  void publish(Problem p) {
    bySeverity[p.severity().ordinal()]++;
    byCode.merge(p.code(), 1L, Long::sum);
    if (sink != null) {
      sink.accept(p);
    } else {
      problems.add(p);
    }
  }

  private CsvRow own(CsvRow row) {
    Objects.requireNonNull(row, "row");
    if (row.table() != this) {
      throw new IllegalArgumentException("row " + row + " belongs to another table");
    }
    return row;
  }

  private void mark(CsvRow row, CsvRow.Status newStatus) {
    switch (row.status()) {
      case ACCEPTED:
        accepted--;
        break;
      case REJECTED:
        rejected--;
        break;
      default:
        break;
    }
    row.status(newStatus);
    if (newStatus == CsvRow.Status.ACCEPTED) {
      accepted++;
    } else {
      rejected++;
    }
  }

  private void settleCurrent() {
    if (current != null && current.status() == CsvRow.Status.PENDING) {
      mark(current, current.hasError() ? CsvRow.Status.REJECTED : CsvRow.Status.ACCEPTED);
    }
  }

  private void readHeader(ColumnAliases aliases) {
    RawRecordHandler.RawRecord first = null;
    try {
      while (raw.hasNext()) {
        RawRecordHandler.RawRecord r = raw.next();
        if (r.blank) {
          blankLines++;
        } else {
          first = r;
          break;
        }
      }
    } catch (CsvParseException e) {
      publish(parseProblem(e, handler.currentLine(), " in the header; the file is rejected"));
      status = FileStatus.REJECTED;
      finish();
      return;
    }
    if (first == null) {
      publish(CsvProblemCode.CSV_EMPTY_FILE
          .problem(fileName + " has no header line: it is empty and holds no records")
          .withLocation(fileName, 0));
      status = FileStatus.COMPLETE;
      finish();
      return;
    }
    header = CsvHeader.resolve(first.cells(), recordType, aliases, fileName, first.line);
    lastCells = new String[header.width];
    header.problems.forEach(this::publish);
    if (header.rejected) {
      status = FileStatus.REJECTED;
      countRejectedFile();
    }
  }

  /** Parses the rest of a rejected file only to count its rows, all rejected. */
  private void countRejectedFile() {
    try {
      while (raw.hasNext()) {
        if (raw.next().blank) {
          blankLines++;
        } else {
          rowsRead++;
          rejected++;
        }
      }
    } catch (CsvParseException e) {
      rowsRead++;
      rejected++;
      publish(parseProblem(e, handler.currentLine(), ""));
    }
    finish();
  }

  /** The next row to hand out, or null at the end; rejects malformed rows on the way. */
  private CsvRow fetch() {
    while (true) {
      RawRecordHandler.RawRecord r;
      try {
        if (!raw.hasNext()) {
          finish();
          return null;
        }
        r = raw.next();
      } catch (CsvParseException e) {
        long line = handler.currentLine();
        CsvRow row = new CsvRow(this, header, line, NO_TEXT, NO_BOUNDS);
        rowsRead++;
        row.add(parseProblem(e, line, "").withRecord(recordType, null));
        mark(row, CsvRow.Status.REJECTED);
        finish();
        return null;
      }
      if (r.blank) {
        blankLines++;
        continue;
      }
      CsvRow row = new CsvRow(this, header, r.line, r.text, r.bounds);
      if (!checkShape(row, r)) {
        rowsRead++;
        mark(row, CsvRow.Status.REJECTED);
        continue;
      }
      for (int p : header.requiredPresent) {
        if (!row.hasTextAt(header.cellIndex[p])) {
          String column = header.schema.columns().get(p).name();
          row.report(CsvProblemCode.VALUE_MISSING, column, "required column " + column
              + " is empty");
        }
      }
      return row;
    }
  }

  private boolean checkShape(CsvRow row, RawRecordHandler.RawRecord r) {
    int n = r.cellCount();
    int width = header.width;
    if (n > width) {
      boolean extraText = r.droppedNonBlank;
      for (int i = width; i < r.keptCells() && !extraText; i++) {
        extraText = !r.isBlank(i);
      }
      if (extraText) {
        row.report(CsvProblemCode.CSV_TOO_MANY_CELLS, null, "row has " + n
            + " cells, with text beyond the header's " + width + " columns; the row is rejected");
        return false;
      }
    } else if (n < width) {
      row.report(CsvProblemCode.CSV_TOO_FEW_CELLS, null, "row has " + n
          + " cell" + (n == 1 ? "" : "s") + " but the header has " + width
          + " columns; the row is rejected");
      return false;
    }
    return true;
  }

  /**
   * The string of {@code text[from..to)}: the string of the same cell of an earlier row when it
   * has the same characters, else a new one, remembered for the next rows.
   */
  String cellString(int cell, char[] text, int from, int to) {
    String[] last = lastCells;
    if (cell >= last.length) {
      return new String(text, from, to - from);
    }
    String known = last[cell];
    int n = to - from;
    if (known != null && known.length() == n) {
      int i = n - 1;
      while (i >= 0 && known.charAt(i) == text[from + i]) {
        i--;
      }
      if (i < 0) {
        return known;
      }
    }
    String s = new String(text, from, n);
    last[cell] = s;
    return s;
  }

  private Problem parseProblem(CsvParseException e, long line, String consequence) {
    String message = String.valueOf(e.getMessage());
    CsvProblemCode code = message.contains("Unclosed quoted field")
        ? CsvProblemCode.CSV_UNCLOSED_QUOTE : CsvProblemCode.CSV_MALFORMED;
    String text = code == CsvProblemCode.CSV_UNCLOSED_QUOTE
        ? "a quoted field opened in the row starting here is not closed before the end of the"
            + " file (a truncated file or a stray quote)" + consequence
        : "the file cannot be read as CSV from here on (" + message + ")" + consequence;
    return code.problem(text).withLocation(fileName, line);
  }

  private void finish() {
    exhausted = true;
    if (status == FileStatus.READING) {
      status = FileStatus.COMPLETE;
    }
    if (!closed) {
      closed = true;
      try {
        reader.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final class RowIterator implements Iterator<CsvRow> {
    @Override
    public boolean hasNext() {
      if (next != null) {
        return true;
      }
      settleCurrent();
      if (exhausted) {
        return false;
      }
      next = fetch();
      return next != null;
    }

    @Override
    public CsvRow next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      current = next;
      next = null;
      rowsRead++;
      return current;
    }
  }
}
