package org.gongwei.indicators.report;

import org.gongwei.core.GeneratedDoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.gongwei.indicators.definition.IndicatorDefinition;
import org.gongwei.indicators.definition.Requirement;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.rulebook.Knob;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.indicators.target.Target;
import org.junit.jupiter.api.Test;

class CatalogueMarkdownTest {
  private static final Indicators NATIONAL = Indicators.national();
  private static final Rulebook RULEBOOK = Rulebook.national2017();
  private static final String TEXT = CatalogueMarkdown.indicatorCatalogue(NATIONAL, RULEBOOK);

  @Test
  void committedDocumentIsWhatTheCodeGenerates() throws IOException {
    GeneratedDoc.check(
        "indicator-catalogue.md",
        TEXT,
        "mvn -B -pl indicators -am test -Dtest=CatalogueMarkdownTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false");
  }

  @Test
  void everyIndicatorHasOneEntryAndOneSummaryRow() {
    for (IndicatorDefinition d : NATIONAL.catalogue().all()) {
      assertEquals(1, count(TEXT, "\n### " + d.id() + "\n"), d.id());
      assertEquals(1, count(TEXT, "| [" + d.id() + "](#" + d.id().toLowerCase(java.util.Locale.ROOT) + ") | "
          + d.nameZh() + " | "), d.id());
    }
  }

  @Test
  void entriesGiveTheDefinitionTheTargetAndTheKnobs() {
    for (IndicatorDefinition d : NATIONAL.catalogue().all()) {
      String entry = entry(d.id());
      assertTrue(entry.contains("**" + d.nameZh() + "** — " + d.nameEn()), d.id());
      assertTrue(entry.contains("- **Numerator**: " + d.numerator() + "\n"), d.id());
      d.denominator().ifPresent(x -> assertTrue(entry.contains("- **Denominator**: " + x + "\n"), d.id()));
      assertTrue(entry.contains("- **Source**: " + d.source() + "\n"), d.id());
      d.section().ifPresent(s -> assertTrue(entry.contains("indicators.md " + s + "\n"), d.id()));
      String target = RULEBOOK.target(d.id()).map(Target::toString).orElse("none");
      assertTrue(entry.contains("- **Target** (national-2017): " + target + "\n"), d.id());
      assertTrue(entry.contains("- **Requirement**: "
          + (d.requirement() == Requirement.OPTIONAL ? "optional" : "required")), d.id());
      for (Knob k : Knob.values()) {
        assertEquals(d.reads(k), entry.contains("[`" + k.key() + "`](rulebook.md#"), d.id() + " " + k);
      }
    }
  }

  @Test
  void everyMeasureOfTheEngineIsListedUnderItsIndicator() {
    for (Measure m : NATIONAL.engine().measures()) {
      assertTrue(entry(m.indicatorId()).contains("`" + m.id() + "`"), m.id());
    }
  }

  @Test
  void populationDenominatorsNameTheirColumn() {
    assertTrue(entry("EHR-01").contains("- **Population estimate**: `population` (常住人口)"));
    assertTrue(entry("OLD-01").contains("`population_65_plus`"));
    assertTrue(entry("HTN-03").contains("`adult_population × hypertension_prevalence`"));
    assertTrue(entry("IMM-01").contains("except under `certificateCohort = BORN_IN_PERIOD`"));
    assertTrue(!entry("HTN-01").contains("Population estimate"));
  }

  @Test
  void aggregateIndicatorsSayTheyAreNotInAReport() {
    assertTrue(entry("PC-02").contains("- **Results**: not part of an `IndicatorReport`"));
  }

  @Test
  void textIsDeterministic() {
    assertEquals(TEXT, CatalogueMarkdown.indicatorCatalogue(Indicators.national(), Rulebook.national2017()));
  }

  @Test
  void tableCellsEscapePipes() {
    assertEquals("a \\| b", CatalogueMarkdown.cell("a | b"));
  }

  /** The text of an entry: from its heading to the next heading. */
  private static String entry(String id) {
    int start = TEXT.indexOf("\n### " + id + "\n");
    assertTrue(start >= 0, id);
    int end = TEXT.indexOf("\n#", start + 1);
    return TEXT.substring(start, end < 0 ? TEXT.length() : end);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void requiredAndOptionalIndicatorsAreThoseOfTheCatalogue() {
    List<String> optional = NATIONAL.catalogue().all().stream()
        .filter(d -> d.requirement() == Requirement.OPTIONAL)
        .map(IndicatorDefinition::id)
        .toList();
    assertEquals(List.of("CH-03", "MAT-03", "MAT-04"), optional);
  }
}
