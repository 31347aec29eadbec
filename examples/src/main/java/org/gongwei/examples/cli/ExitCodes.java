package org.gongwei.examples.cli;

/**
 * The exit codes of every {@code gongwei} command, as {@code --help} and {@code docs/cli.md}
 * document them.
 */
final class ExitCodes {
  /** The command did its work (for {@code validate}: no errors, warnings allowed). */
  static final int OK = 0;
  /** {@code validate} found errors in the data. */
  static final int DATA_ERRORS = 1;
  /** The command line is wrong, or the input cannot be used (no such bundle, a bad rulebook file). */
  static final int UNUSABLE = 2;
  /** The command failed: an output could not be written, or an internal error (see {@code --debug}). */
  static final int FAILURE = 3;

  /** The heading of the exit code list in {@code --help}. */
  static final String HEADING = "%nExit codes:%n";
  /** The line of {@link #OK} in {@code --help}. */
  static final String OK_LINE = "0:done";
  /** The line of {@link #UNUSABLE} in {@code --help}. */
  static final String UNUSABLE_LINE =
      "2:wrong command line, or unusable input (no such bundle, no residents.csv, a bad rulebook file)";
  /** The line of {@link #FAILURE} in {@code --help}. */
  static final String FAILURE_LINE = "3:failed: an output could not be written, or an internal error (see --debug)";

  private ExitCodes() {}
}
