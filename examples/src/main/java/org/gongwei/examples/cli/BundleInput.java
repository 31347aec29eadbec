package org.gongwei.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.validation.Severity;
import org.gongwei.io.bundle.BundleAccount;
import org.gongwei.io.bundle.BundleRead;
import org.gongwei.io.bundle.BundleReader;

/**
 * Reads the CSV bundle a command names, with a progress line, and turns what makes it unusable
 * (no such directory, a file instead of a directory, no {@code residents.csv}, a file that cannot
 * be read) into a {@link UserException}.
 */
final class BundleInput {
  private BundleInput() {}

  /**
   * Reads a bundle directory.
   *
   * @throws UserException if the directory is missing, not a directory, has no {@code
   *     residents.csv} or cannot be read
   */
  static BundleRead read(Path directory, PrintWriter err) {
    requireBundle(directory);
    boolean terminal = Progress.isTerminal();
    long expected = terminal ? estimateRows(directory) : 0;
    try (Progress progress = Progress.start(err, "reading", expected)) {
      BundleReader reader = BundleReader.defaults();
      if (terminal) {
        reader = reader.withRecordLines((record, line) -> progress.advance(1));
      }
      BundleRead read = reader.read(directory);
      if (read.account().file(RecordType.RESIDENT).isEmpty()) {
        throw new UserException("no residents.csv in " + directory + ": not a bundle");
      }
      return read;
    } catch (IOException e) {
      throw new UserException(ExitCodes.UNUSABLE, "cannot read the bundle " + directory + ": " + e, e);
    }
  }

  /**
   * Checks that a path is a directory, without reading it.
   *
   * @throws UserException if it does not exist or is not a directory
   */
  static void requireBundle(Path directory) {
    if (!Files.exists(directory)) {
      throw new UserException("no such directory: " + directory);
    }
    if (!Files.isDirectory(directory)) {
      throw new UserException("not a directory: " + directory + " (a bundle is a directory of CSV files)");
    }
  }

  /**
   * One line about what was read, for standard error, e.g. {@code read examples/sample-bundle:
   * 3,021 residents, 14,566 records; no errors} or {@code …; 12 rows rejected, 15 errors, 3
   * warnings (details: gongwei validate examples/sample-bundle)}.
   */
  static String summary(Path directory, BundleRead read) {
    BundleAccount a = read.account();
    String head = String.format(Locale.ROOT, "read %s: %,d residents, %,d records", directory,
        read.dataset().residents().size(), read.dataset().size());
    long errors = a.problemCount(Severity.ERROR);
    long warnings = a.problemCount(Severity.WARNING);
    if (errors == 0 && warnings == 0 && a.rowsRejected() == 0) {
      return head + "; no errors";
    }
    return head + String.format(Locale.ROOT, "; %,d row%s rejected, %,d error%s, %,d warning%s"
            + " (details: gongwei validate %s)", a.rowsRejected(), a.rowsRejected() == 1 ? "" : "s",
        errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s", directory);
  }

  /** The number of data lines of the CSV files of a directory (line breaks less one per file). */
  private static long estimateRows(Path directory) {
    long rows = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.{csv,CSV}")) {
      byte[] buffer = new byte[1 << 16];
      for (Path f : files) {
        long lines = 0;
        try (InputStream in = Files.newInputStream(f)) {
          for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
              if (buffer[i] == '\n') {
                lines++;
              }
            }
          }
        }
        rows += Math.max(0, lines - 1);
      }
    } catch (IOException e) {
      return 0; // progress without a total; the reader reports the real failure
    }
    return rows;
  }
}
