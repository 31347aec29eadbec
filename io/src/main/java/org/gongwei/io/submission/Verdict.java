package org.gongwei.io.submission;

/** The outcome of validating a submission, with the exit code of the command line. */
public enum Verdict {
  /** No errors (warnings and information allowed): exit code 0. */
  NO_ERRORS(0),
  /** At least one error: exit code 1. */
  ERRORS(1),
  /** The input cannot be used at all (no such directory, not a directory, unreadable): exit code 2. */
  UNUSABLE(2);

  private final int exitCode;

  Verdict(int exitCode) {
    this.exitCode = exitCode;
  }

  /** The exit code of {@code gongwei validate}. */
  public int exitCode() {
    return exitCode;
  }
}
