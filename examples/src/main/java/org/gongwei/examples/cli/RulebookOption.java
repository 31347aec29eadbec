package org.gongwei.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.io.json.RulebookFormatException;
import org.gongwei.io.json.RulebookJson;
import picocli.CommandLine.Option;

/** The {@code --rulebook FILE} option: a JSON rulebook read onto {@code national-2017}. */
final class RulebookOption {
  @Option(names = "--rulebook", paramLabel = "FILE",
      description = "A JSON rulebook (knobs and targets) read onto national-2017. Default: national-2017.")
  Path file;

  /** Package-private: picocli fills the field. */
  RulebookOption() {}

  /**
   * The rulebook of the file, or {@code national-2017}.
   *
   * @throws UserException if the file is missing or not a valid rulebook
   */
  Rulebook rulebook() {
    if (file == null) {
      return Rulebook.national2017();
    }
    if (!Files.isRegularFile(file)) {
      throw new UserException("no such rulebook file: " + file);
    }
    try {
      return RulebookJson.read(file);
    } catch (RulebookFormatException e) {
      throw new UserException(ExitCodes.UNUSABLE,
          "rulebook " + file + ": " + String.join("; ", e.errors()), e);
    } catch (NoSuchFileException e) {
      throw new UserException("no such rulebook file: " + file);
    } catch (IOException e) {
      throw new UserException(ExitCodes.UNUSABLE, "cannot read the rulebook " + file + ": " + e, e);
    }
  }
}
