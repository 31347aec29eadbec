package org.gongwei.core;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file of {@code docs/} generated from code: compares the committed file with the generated
 * text, or writes the text when the tests run with {@code -Dgongwei.docs.write=true}.
 *
 * <p>Maven runs a module's tests in the module's directory; the repository root is the nearest
 * directory above that holds both {@code pom.xml} and {@code docs/}.
 */
public final class GeneratedDoc {
  /** The system property that makes {@link #check} write the file instead of comparing. */
  public static final String WRITE_PROPERTY = "gongwei.docs.write";

  private GeneratedDoc() {}

  /** The {@code docs/} directory of the repository. */
  public static Path docsDirectory() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("docs")) && Files.isRegularFile(d.resolve("pom.xml"))) {
        return d.resolve("docs");
      }
    }
    throw new IllegalStateException("no docs/ directory above " + dir);
  }

  /**
   * Fails, naming the first differing line, when {@code docs/<fileName>} is not exactly {@code
   * generated}; with {@code -Dgongwei.docs.write=true}, writes it instead.
   */
  public static void check(String fileName, String generated, String regenerate) throws IOException {
    Path file = docsDirectory().resolve(fileName);
    if (Boolean.parseBoolean(System.getProperty(WRITE_PROPERTY, "false"))) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
      return;
    }
    String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    if (generated.equals(committed)) {
      return;
    }
    String how = "Regenerate it with: " + regenerate + " -D" + WRITE_PROPERTY + "=true"
        + " (see docs/README.md), then review and commit the change.";
    if (committed == null) {
      fail("docs/" + fileName + " is missing. " + how);
    }
    String[] a = committed.split("\n", -1);
    String[] b = generated.split("\n", -1);
    int line = 0;
    while (line < a.length && line < b.length && a[line].equals(b[line])) {
      line++;
    }
    fail("docs/" + fileName + " differs from what the code generates, from line " + (line + 1)
        + ":\n  committed: " + (line < a.length ? a[line] : "(end of file)")
        + "\n  generated: " + (line < b.length ? b[line] : "(end of file)") + "\n" + how);
  }
}
