package org.gongwei.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writing a command's output: text to standard output or a file, other formats to a file; a
 * failure to write becomes a {@link UserException} with exit code {@link ExitCodes#FAILURE}.
 */
final class Outputs {
  private Outputs() {}

  /** Something that writes a file. */
  @FunctionalInterface
  interface FileWriting {
    /** Writes {@code file}. */
    void write(Path file) throws IOException;
  }

  /**
   * Runs {@code writing} on {@code file}, creating the parent directories first.
   *
   * @throws UserException if the file cannot be written
   */
  static void toFile(Path file, FileWriting writing) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      writing.write(file);
    } catch (IOException e) {
      throw new UserException(ExitCodes.FAILURE, "cannot write " + file + ": " + e, e);
    }
  }

  /**
   * Runs {@code writing} on {@code directory}, creating it first.
   *
   * @throws UserException if the directory cannot be created or written
   */
  static void toDirectory(Path directory, FileWriting writing) {
    try {
      Files.createDirectories(directory);
      writing.write(directory);
    } catch (IOException e) {
      throw new UserException(ExitCodes.FAILURE, "cannot write " + directory + ": " + e, e);
    }
  }

  /** Prints {@code text} to {@code out}, or writes it to {@code file} in UTF-8 when one is given. */
  static void text(String text, Path file, PrintWriter out) {
    if (file == null) {
      out.print(text);
      out.flush();
    } else {
      toFile(file, f -> Files.writeString(f, text, StandardCharsets.UTF_8));
    }
  }
}
