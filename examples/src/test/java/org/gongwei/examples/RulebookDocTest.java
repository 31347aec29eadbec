package org.gongwei.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongwei.indicators.rulebook.FollowUpRequirement;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.indicators.target.Target;
import org.gongwei.io.json.RulebookJson;
import org.junit.jupiter.api.Test;

/**
 * Checks the rulebook files shown in {@code docs/rulebook.md} (generated in the indicators module,
 * which cannot read JSON) with the reader of rulebook files: the example reads as the Java
 * rulebook beside it, and the full file as {@code national-2017}.
 */
class RulebookDocTest {

  @Test
  void theRulebookFilesOfTheDocumentReadAsTheRulebooksTheyShow() throws IOException {
    Path doc = repositoryRoot().resolve("docs/rulebook.md");
    List<UserGuideTest.Block> json = UserGuideTest.blocks(doc).stream()
        .filter(b -> b.language().equals("json"))
        .toList();
    assertEquals(2, json.size(), "docs/rulebook.md should show the example and national-2017 in full");
    Rulebook province = Rulebook.national2017()
        .withName("province-x")
        .withFollowUpRequirement(FollowUpRequirement.fixed(4))
        .withElderlyBpTarget(false)
        .withEarlyRegistrationWeeks(12)
        .withTarget("HTN-01", Target.atLeast("0.65"));
    assertEquals(province, RulebookJson.parse(json.get(0).text()));
    assertEquals(Rulebook.national2017(), RulebookJson.parse(json.get(1).text()));
  }

  private static Path repositoryRoot() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("docs")) && Files.isRegularFile(d.resolve("pom.xml"))) {
        return d;
      }
    }
    throw new IllegalStateException("no repository root with docs/ above " + Path.of("").toAbsolutePath());
  }
}
