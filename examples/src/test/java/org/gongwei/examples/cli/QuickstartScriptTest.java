package org.gongwei.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code examples/jshell/quickstart.jsh} snippet by snippet in JShell (in this JVM, on the
 * test class path), with the sample bundle and the workbook at absolute paths: every snippet must
 * be accepted and run without an exception.
 */
class QuickstartScriptTest {
  private static final Path SCRIPT = Path.of("jshell", "quickstart.jsh");
  private static final String XLSX = "Path.of(System.getProperty(\"java.io.tmpdir\"), \"gongwei-report-2024.xlsx\")";

  @Test
  void theQuickstartScriptRunsWithoutErrors(@TempDir Path dir) throws IOException {
    Path xlsx = dir.resolve("gongwei-report-2024.xlsx");
    String source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
    assertTrue(source.contains("Path.of(\"examples/sample-bundle\")") && source.contains(XLSX),
        "the script's paths changed: update this test");
    source = source
        .replace("Path.of(\"examples/sample-bundle\")", "Path.of(\"" + escape(Cli.sample().toAbsolutePath()) + "\")")
        .replace(XLSX, "Path.of(\"" + escape(xlsx) + "\")");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    int snippets = 0;
    PrintStream console = System.out;
    // the local execution engine runs snippets in this JVM: their System.out is this JVM's
    System.setOut(out);
    try (JShell shell = JShell.builder().executionEngine("local").out(out).err(out).build()) {
      for (String entry : classPath.split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          shell.addToClasspath(entry);
        }
      }
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      String rest = source;
      while (true) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
        if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
          break;
        }
        if (!info.completeness().isComplete()) {
          fail("an incomplete snippet at the end of the script: " + rest);
        }
        List<SnippetEvent> events = shell.eval(info.source());
        for (SnippetEvent e : events) {
          String diagnostics = shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).collect(Collectors.joining("; "));
          assertTrue(e.status() == Snippet.Status.VALID || e.status() == Snippet.Status.OVERWRITTEN,
              e.status() + " " + info.source() + " " + diagnostics);
          assertNull(e.exception(), () -> info.source() + " threw " + e.exception());
        }
        snippets++;
        rest = info.remaining();
      }
    } finally {
      System.setOut(console);
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(snippets > 15, snippets + " snippets");
    assertTrue(text.contains("Indicator report 2024"), text);
    assertTrue(text.contains("DrillDown[HTN-01"), text);
    assertTrue(text.contains("wrote " + xlsx.toAbsolutePath()), text);
    assertTrue(Files.size(xlsx) > 1000);
    assertEquals(0, text.lines().filter(l -> l.contains("Exception")).count(), text);
  }

  private static String escape(Path path) {
    return path.toString().replace("\\", "\\\\");
  }
}
