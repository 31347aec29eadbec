package org.gongwei.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongwei.indicators.definition.Catalogue;
import org.gongwei.indicators.definition.IndicatorDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueCommandTest {
  @Test
  void listsEveryIndicatorWithItsDefinitionKnobsAndTarget() {
    Cli.Result r = Cli.run("catalogue");
    assertEquals(0, r.code(), r.toString());
    for (IndicatorDefinition d : Catalogue.national().all()) {
      assertTrue(r.out().contains("\n" + d.id() + "  " + d.nameZh()) || r.out().startsWith(d.id() + "  " + d.nameZh()),
          d.id());
    }
    assertTrue(r.out().contains("numerator:"));
    assertTrue(r.out().contains("denominator:"));
    assertTrue(r.out().contains("knobs:       managedRequiresFollowUp = false"), r.out());
    assertTrue(r.out().contains("target:      ≥ 60%"), r.out());
    assertTrue(r.out().contains(Catalogue.national().size() + " indicators; rulebook national-2017"), r.out());
  }

  @Test
  void aTableHasOneLinePerIndicator() {
    Cli.Result r = Cli.run("catalogue", "--format", "table");
    assertEquals(0, r.code(), r.toString());
    for (IndicatorDefinition d : Catalogue.national().all()) {
      assertTrue(r.out().lines().anyMatch(l -> l.startsWith(d.id() + " ")), d.id());
    }
  }

  @Test
  void chosenIndicatorsUnderARulebook(@TempDir Path dir) throws IOException {
    Path rules = Files.writeString(dir.resolve("r.json"), "{\"name\": \"x\", \"followUpRequirement\": \"FIXED(2)\"}");
    Cli.Result r = Cli.run("catalog", "htn-01", "--rulebook", rules.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("HTN-01  "), r.out());
    assertTrue(r.out().contains("followUpRequirement = FIXED(2)"), r.out());
    assertTrue(r.out().contains("1 indicator; rulebook x"), r.out());
    Cli.Result unknown = Cli.run("catalogue", "XYZ-99");
    assertEquals(ExitCodes.UNUSABLE, unknown.code());
    assertTrue(unknown.err().contains("no indicator 'XYZ-99'"), unknown.err());
  }
}
