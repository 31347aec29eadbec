package org.gongwei.examples.cli;

/**
 * A failure a user can act on (no such bundle, a bad option value, an output that cannot be
 * written): its message is printed as one line on standard error, without a stack trace, and the
 * command exits with its {@linkplain #exitCode() exit code}.
 */
final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /** An unusable input or a wrong option value: exit code {@link ExitCodes#UNUSABLE}. */
  UserException(String message) {
    this(ExitCodes.UNUSABLE, message, null);
  }

  /** A failure with an exit code and the exception behind it (shown with {@code --debug}). */
  UserException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** The exit code of the command. */
  int exitCode() {
    return exitCode;
  }
}
