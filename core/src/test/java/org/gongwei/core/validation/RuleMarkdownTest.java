package org.gongwei.core.validation;

import org.gongwei.core.GeneratedDoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleMarkdownTest {

  @Test
  void committedDocumentIsWhatTheCodeGenerates() throws IOException {
    GeneratedDoc.check(
        "validation-rules.md",
        RuleMarkdown.validationRules(),
        "mvn -B -pl core test -Dtest=RuleMarkdownTest");
  }

  @Test
  void everyRuleHasOneRowWithItsSeverityAndDescription() {
    List<String> rows = tableRows(RuleMarkdown.validationRules());
    assertEquals(Rule.values().length, rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Rule rule = Rule.values()[i];
      String row = rows.get(i);
      assertTrue(row.startsWith("| `" + rule.code() + "` | " + rule.severity() + " | "), row);
      assertTrue(row.endsWith(" | " + rule.description() + " |"), row);
      rule.recordType().ifPresent(t -> assertTrue(row.contains("`" + t.fileName() + "`"), row));
      rule.field().ifPresent(f -> assertTrue(row.contains("| `" + f + "` |"), row));
    }
  }

  @Test
  void everyRowHasFiveCells() {
    for (String row : tableRows(RuleMarkdown.validationRules())) {
      assertEquals(6, row.replace("\\|", "").split("\\|", -1).length - 1, row);
    }
  }

  @Test
  void textIsDeterministicAndEndsWithANewLine() {
    String text = RuleMarkdown.validationRules();
    assertEquals(text, RuleMarkdown.validationRules());
    assertTrue(text.endsWith("|\n"));
    assertTrue(text.contains(Rule.values().length + " rules: "));
  }

  private static List<String> tableRows(String markdown) {
    return markdown.lines().filter(l -> l.startsWith("| `")).toList();
  }
}
