package org.gongwei.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void rendersABarWithThePercentageOrTheCount() {
    assertEquals("reading      [############............]  50%  1.5 s", Progress.render("reading", 50, 100, 1_500_000_000L));
    assertEquals("reading      [........................]   0%  0.0 s", Progress.render("reading", 0, 100, 0));
    // an estimated total never shows 100 % before the work ends
    assertEquals("reading      [#######################.]  99%  2.0 s", Progress.render("reading", 150, 100, 2_000_000_000L));
    assertEquals("evaluating   12,345  0.3 s", Progress.render("evaluating", 12_345, 0, 300_000_000L));
    assertEquals("evaluating   0.3 s", Progress.render("evaluating", 0, 0, 300_000_000L));
  }

  @Test
  void isSilentWhenNotATerminal() throws Exception {
    assertFalse(Progress.isTerminal(), "tests do not run in a terminal");
    StringWriter text = new StringWriter();
    PrintWriter err = new PrintWriter(text, true);
    try (Progress p = Progress.start(err, "work", 10)) {
      p.advance(4);
      p.set(7);
      assertEquals(7, p.done());
      Thread.sleep(300);
    }
    assertEquals("x", Progress.during(err, "more", () -> "x"));
    assertEquals("", text.toString());
  }
}
