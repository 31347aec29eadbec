package org.gongwei.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GongweiTest {
  private static final List<String> COMMANDS =
      List.of("report", "validate", "explain", "worklist", "catalogue", "generate", "convert", "bench");

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    Cli.Result r = Cli.run("--help");
    assertEquals(0, r.code(), r.toString());
    for (String c : COMMANDS) {
      assertTrue(r.out().contains("\n  " + c + " ") || r.out().contains("\n  " + c + ","), c + "\n" + r.out());
    }
    assertTrue(r.out().contains("Exit codes:"));
    assertTrue(r.out().contains("docs/cli.md"));
  }

  @Test
  void everyCommandHasHelpWithItsExitCodes() {
    for (String c : COMMANDS) {
      Cli.Result r = Cli.run(c, "--help");
      assertEquals(0, r.code(), c + ": " + r);
      assertTrue(r.out().contains("Usage: gongwei " + c), c + ": " + r.out());
      assertTrue(r.out().contains("Exit codes:"), c + ": " + r.out());
      assertTrue(r.out().contains("Example"), c + ": " + r.out());
      assertTrue(r.err().isEmpty(), c + ": " + r.err());
    }
    assertEquals(0, Cli.run("help", "report").code());
  }

  @Test
  void versionIsPrinted() {
    Cli.Result r = Cli.run("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("gongwei "), r.out());
  }

  @Test
  void aWrongCommandLineIsOneLineOnStandardErrorAndExitCode2() {
    for (String[] args : List.of(new String[] {}, new String[] {"nonsense"}, new String[] {"report"},
        new String[] {"report", "x", "--format", "xml"}, new String[] {"generate", "--residents", "many", "out"})) {
      Cli.Result r = Cli.run(args);
      assertEquals(ExitCodes.UNUSABLE, r.code(), String.join(" ", args) + ": " + r);
      assertEquals(1, r.err().lines().count(), r.err());
      assertTrue(r.err().startsWith("gongwei"), r.err());
      assertTrue(r.err().contains("--help"), r.err());
      assertTrue(r.out().isEmpty(), r.out());
    }
  }

  @Test
  void anUnusableInputIsOneLineWithoutStackTraceUnlessDebug() {
    Cli.Result r = Cli.run("report", "no-such-bundle");
    assertEquals(ExitCodes.UNUSABLE, r.code());
    assertEquals("gongwei report: no such directory: no-such-bundle\n", r.err());
    Cli.Result debug = Cli.run("--debug", "report", "no-such-bundle");
    assertEquals(ExitCodes.UNUSABLE, debug.code());
    assertTrue(debug.err().contains("UserException"), debug.err());
    Cli.Result after = Cli.run("report", "no-such-bundle", "--debug");
    assertTrue(after.err().lines().count() > 1, after.err());
  }

  @Test
  void theConsoleCharsetCanShowChinese() {
    assertTrue(Gongwei.consoleCharset().newEncoder().canEncode("公卫"));
    assertFalse(Gongwei.consoleCharset().equals(StandardCharsets.US_ASCII));
  }
}
