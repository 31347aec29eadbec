package org.gongwei.io.csv;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongwei.core.validation.Problem;

/**
 * How a {@link CsvTable} reads a file: the header aliases, the character set (detected unless
 * given), and where problems go (kept in the {@link FileAccount} unless a sink is given).
 * Immutable; the {@code with…} methods return changed copies.
 */
public final class CsvReadOptions {
  private static final CsvReadOptions DEFAULTS =
      new CsvReadOptions(ColumnAliases.builtIn(), null, null);

  private final ColumnAliases aliases;
  private final Charset charset;
  private final Consumer<? super Problem> problemSink;

  private CsvReadOptions(ColumnAliases aliases, Charset charset,
      Consumer<? super Problem> problemSink) {
    this.aliases = aliases;
    this.charset = charset;
    this.problemSink = problemSink;
  }

  /** Built-in aliases, detected character set, problems kept in the account. */
  public static CsvReadOptions defaults() {
    return DEFAULTS;
  }

  /** These options with other header aliases. */
  public CsvReadOptions withAliases(ColumnAliases newAliases) {
    return new CsvReadOptions(Objects.requireNonNull(newAliases, "newAliases"), charset,
        problemSink);
  }

  /**
   * These options with a given character set instead of detection (GBK and GB2312 are read as
   * GB18030, their superset).
   */
  public CsvReadOptions withCharset(Charset newCharset) {
    return new CsvReadOptions(aliases,
        CharsetDetection.widen(Objects.requireNonNull(newCharset, "newCharset")), problemSink);
  }

  /**
   * These options with problems handed to a sink as they are found, instead of kept in the
   * account (which then only counts them): for large files whose problems stream to a report.
   */
  public CsvReadOptions withProblemSink(Consumer<? super Problem> sink) {
    return new CsvReadOptions(aliases, charset, Objects.requireNonNull(sink, "sink"));
  }

  /** The header aliases. */
  public ColumnAliases aliases() {
    return aliases;
  }

  /** The given character set; empty when it is detected. */
  public Optional<Charset> charset() {
    return Optional.ofNullable(charset);
  }

  /** The problem sink; empty when problems are kept in the account. */
  public Optional<Consumer<? super Problem>> problemSink() {
    return Optional.ofNullable(problemSink);
  }

  /** For example {@code CsvReadOptions[charset=detected, ColumnAliases[built-in], problems=kept]}. */
  @Override
  public String toString() {
    return "CsvReadOptions[charset=" + (charset == null ? "detected" : charset.name()) + ", "
        + aliases + ", problems=" + (problemSink == null ? "kept" : "sink") + "]";
  }
}
