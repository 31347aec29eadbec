package org.gongwei.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in-process with captured standard output and error. */
final class Cli {
  /** The sample bundle shipped in examples (tests run in the module's directory). */
  static final Path SAMPLE = Path.of("sample-bundle");

  private Cli() {}

  /** What a run gave: the exit code and the text of standard output and error. */
  record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
  }

  /** Runs {@code gongwei args…}. */
  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Gongwei.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** The sample bundle, checked to be there. */
  static Path sample() {
    if (!Files.isRegularFile(SAMPLE.resolve("residents.csv"))) {
      throw new IllegalStateException("no sample bundle at " + SAMPLE.toAbsolutePath());
    }
    return SAMPLE;
  }
}
