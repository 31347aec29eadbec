package org.gongwei.indicators.report;

import org.gongwei.core.GeneratedDoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwei.indicators.definition.IndicatorDefinition;
import org.gongwei.indicators.rulebook.FollowUpRequirement;
import org.gongwei.indicators.rulebook.Knob;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.indicators.target.Target;
import org.junit.jupiter.api.Test;

class RulebookMarkdownTest {
  private static final Indicators NATIONAL = Indicators.national();
  private static final String TEXT = RulebookMarkdown.rulebook(NATIONAL, Rulebook.national2017());

  @Test
  void committedDocumentIsWhatTheCodeGenerates() throws IOException {
    GeneratedDoc.check(
        "rulebook.md",
        TEXT,
        "mvn -B -pl indicators -am test -Dtest=RulebookMarkdownTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false");
  }

  @Test
  void everyKnobHasARowAndASection() {
    for (Knob k : Knob.values()) {
      assertTrue(TEXT.contains("\n| [`" + k.key() + "`](#" + k.key().toLowerCase(java.util.Locale.ROOT) + ") | "), k.key());
      assertTrue(TEXT.contains("\n### " + k.key() + "\n"), k.key());
    }
  }

  @Test
  void sectionsListTheIndicatorsThatReadTheKnob() {
    for (Knob k : Knob.values()) {
      String section = section(k);
      for (IndicatorDefinition d : NATIONAL.catalogue().all()) {
        assertEquals(d.reads(k), section.contains("[" + d.id() + "](indicator-catalogue.md#"), k + " " + d.id());
      }
    }
  }

  @Test
  void theMethodsNamedInCodeExistOnRulebook() {
    for (Knob k : Knob.values()) {
      for (String name : RulebookMarkdown.javaMethodNames(k)) {
        assertTrue(
            Arrays.stream(Rulebook.class.getMethods())
                .anyMatch(m -> m.getName().equals(name) && Modifier.isPublic(m.getModifiers())),
            k + ": Rulebook has no public method " + name);
      }
      Method accessor = Arrays.stream(Rulebook.class.getMethods())
          .filter(m -> m.getName().equals(k.key()) && m.getParameterCount() == 0)
          .findFirst()
          .orElseThrow();
      assertTrue(accessor.getReturnType() != void.class, k.key());
    }
  }

  @Test
  void theJavaExampleBuildsTheRulebookOfTheJsonExample() {
    // the code of RulebookMarkdown.JAVA_EXAMPLE
    Rulebook province = Rulebook.national2017()
        .withName("province-x")
        .withFollowUpRequirement(FollowUpRequirement.fixed(4))
        .withElderlyBpTarget(false)
        .withEarlyRegistrationWeeks(12)
        .withTarget("HTN-01", Target.atLeast("0.65"));
    assertTrue(RulebookMarkdown.JAVA_EXAMPLE.contains(".withFollowUpRequirement(FollowUpRequirement.fixed(4))"));
    assertTrue(RulebookMarkdown.JAVA_EXAMPLE.contains(".withTarget(\"HTN-01\", Target.atLeast(\"0.65\"));"));
    assertEquals(
        "Rulebook[province-x: earlyRegistrationWeeks=12, followUpRequirement=FIXED(4), "
            + "elderlyBpTarget=false, targets changed]",
        province.toString());
    String full = RulebookMarkdown.json(province);
    String example = RulebookMarkdown.JSON_EXAMPLE.replace("\n", " ");
    Matcher pair = Pattern.compile("\"(name|followUpRequirement|elderlyBpTarget|earlyRegistrationWeeks)\": ([^,}]+)")
        .matcher(example);
    int pairs = 0;
    while (pair.find()) {
      assertTrue(full.contains("\n  \"" + pair.group(1) + "\": " + pair.group(2).strip() + ",\n"), pair.group());
      pairs++;
    }
    assertEquals(4, pairs);
    assertTrue(example.contains("\"HTN-01\": {\"atLeast\": 0.65}"));
    assertTrue(full.contains("\n    \"HTN-01\": {\"atLeast\": 0.65},\n"), full);
  }

  @Test
  void jsonOfNational2017HasEveryKnobWithItsDefault() {
    String json = RulebookMarkdown.json(Rulebook.national2017());
    assertTrue(json.startsWith("{\n") && json.endsWith("\n}\n"));
    for (Knob k : Knob.values()) {
      if (k == Knob.TARGETS) {
        assertTrue(json.contains("\n  \"targets\": {\n    \"CH-02\": {\"atLeast\": 0.9},\n"), json);
        continue;
      }
      String text = k.defaultText();
      boolean quoted = !text.matches("true|false|null|[0-9.]+");
      assertTrue(json.contains("\n  \"" + k.key() + "\": " + (quoted ? "\"" + text + "\"" : text)), k.key());
    }
    assertTrue(json.contains("\"firstVisitHours\": null"));
    assertTrue(json.endsWith("\n    {\"from\": 65, \"label\": \"65+\"}\n  ]\n}\n"), json);
    assertTrue(json.contains("\n    {\"from\": 0, \"to\": 6, \"label\": \"0-6\"},\n"), json);
    assertTrue(json.contains("\"fastingGlucoseTarget\": 7.0"));
  }

  @Test
  void jsonOfARulebookWithoutTargetsHasAnEmptyObject() {
    Rulebook none = Rulebook.national2017().withTargets(java.util.Map.of()).withFirstVisitHours(48);
    String json = RulebookMarkdown.json(none);
    assertTrue(json.contains("\n  \"targets\": {},\n  \"ageBands\": [\n"), json);
    assertTrue(json.contains("\"firstVisitHours\": 48,"), json);
  }

  @Test
  void targetsTableListsEveryTarget() {
    Rulebook.national2017().targets().forEach(
        (id, t) -> assertTrue(TEXT.contains("| [" + id + "](indicator-catalogue.md#" + id.toLowerCase(java.util.Locale.ROOT) + ") | "), id));
    assertTrue(TEXT.contains(" | ≥ 60% |"));
  }

  @Test
  void aDerivedRulebookShowsItsOwnValues() {
    String text = RulebookMarkdown.rulebook(NATIONAL, Rulebook.national2017().withName("p").withNewbornVisitDays(30));
    assertTrue(text.contains("- **Default** (`national-2017`): `28`; in `p`: `30`"), text);
  }

  @Test
  void textIsDeterministic() {
    assertEquals(TEXT, RulebookMarkdown.rulebook(Indicators.national(), Rulebook.national2017()));
  }

  private static String section(Knob k) {
    int start = TEXT.indexOf("\n### " + k.key() + "\n");
    int end = TEXT.indexOf("\n#", start + 1);
    return TEXT.substring(start, end);
  }
}
