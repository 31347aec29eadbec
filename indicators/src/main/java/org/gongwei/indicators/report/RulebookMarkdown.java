package org.gongwei.indicators.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import org.gongwei.indicators.definition.IndicatorDefinition;
import org.gongwei.indicators.rulebook.AgeBand;
import org.gongwei.indicators.rulebook.Knob;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.indicators.target.Comparison;
import org.gongwei.indicators.target.Target;

/**
 * The Markdown text of {@code docs/rulebook.md}: every {@link Knob} with its JSON key, type,
 * default, description, the methods of {@link Rulebook} that read and set it, and the indicators
 * of a catalogue that read it; the rulebook file format with the example of indicators.md and a
 * rulebook written out in full as JSON; its targets and age bands.
 *
 * <p>The text is deterministic: knobs in {@link Knob} order, targets in catalogue order, no dates.
 * {@code RulebookMarkdownTest} fails when the committed file differs from it and rewrites the file
 * when run with {@code -Dgongwei.docs.write=true}.
 */
final class RulebookMarkdown {
  /** The example rulebook file of indicators.md ("The rulebook file"). */
  static final String JSON_EXAMPLE =
      """
      {"name": "province-x", "followUpRequirement": "FIXED(4)", "elderlyBpTarget": false,
       "earlyRegistrationWeeks": 12, "targets": {"HTN-01": {"atLeast": 0.65}}}
      """;

  /** The rulebook of {@link #JSON_EXAMPLE} built in Java; {@code RulebookMarkdownTest} runs it. */
  static final String JAVA_EXAMPLE =
      """
      Rulebook province = Rulebook.national2017()
          .withName("province-x")
          .withFollowUpRequirement(FollowUpRequirement.fixed(4))
          .withElderlyBpTarget(false)
          .withEarlyRegistrationWeeks(12)
          .withTarget("HTN-01", Target.atLeast("0.65"));
      """;

  private RulebookMarkdown() {}

  /** The rulebook reference for the knobs read by {@code indicators}, with {@code rulebook}'s values. */
  static String rulebook(Indicators indicators, Rulebook rulebook) {
    StringBuilder md = new StringBuilder();
    md.append("<!-- Generated from the enum Knob, Rulebook.national2017() and Catalogue.national() by\n")
        .append("     org.gongwei.indicators.report.RulebookMarkdown; do not edit.\n")
        .append("     Regenerate: see docs/README.md. -->\n\n");
    md.append("# Rulebook\n\n");
    md.append(
        """
        A rulebook (`org.gongwei.indicators.rulebook.Rulebook`) holds every setting that the national \
        documents leave open — the *knobs* of the indicator specification (indicators.md) — with the target of \
        each indicator and the age bands used for stratification. Nothing in a calculation is a \
        hidden constant: each knob below names the indicators that read it.

        """);
    md.append("`Rulebook.national2017()` is the rulebook `").append(rulebook.name())
        .append("`: every knob at its default and the national targets (indicators.md §16, nearest-year ")
        .append("values). A province or vendor derives its own with the `withX` methods; each returns a new ")
        .append("rulebook that differs in that one setting, and refuses an out-of-range value with an ")
        .append("`IllegalArgumentException` naming the knob (the accepted ranges are in the Javadoc of ")
        .append("`Rulebook`). `toString()` names the settings that differ from `national-2017`.\n\n");

    md.append("## Knobs\n\n");
    md.append("| Key | Type | Default | Read by |\n");
    md.append("|---|---|---|---|\n");
    Map<Knob, List<IndicatorDefinition>> readers = readers(indicators);
    for (Knob k : Knob.values()) {
      md.append("| [`").append(k.key()).append("`](#").append(anchor(k)).append(") | ")
          .append(code(k.type())).append(" | ")
          .append(code(k.defaultText())).append(" | ")
          .append(readerIds(k, readers.get(k))).append(" |\n");
    }
    md.append('\n');
    for (Knob k : Knob.values()) {
      md.append("### ").append(k.key()).append("\n\n");
      md.append(capitalize(k.description())).append(".\n\n");
      md.append("- **Type**: ").append(inline(k.type())).append('\n');
      md.append("- **Default** (`national-2017`): ").append(inline(k.defaultText()));
      if (!rulebook.valueText(k).equals(k.defaultText()) && k != Knob.TARGETS) {
        md.append("; in `").append(rulebook.name()).append("`: ").append(inline(rulebook.valueText(k)));
      }
      md.append('\n');
      md.append("- **In code**: ").append(javaMethods(k)).append('\n');
      md.append("- **Read by**: ").append(readerList(k, readers.get(k))).append("\n\n");
    }

    md.append("## Rulebook files\n\n");
    md.append(
        """
        A rulebook file is a JSON object whose keys are the knob keys above; a key left out keeps its \
        default, and an unknown key or a bad value is an error that names it. Enumerated values and \
        `followUpRequirement` are strings, targets an object from indicator id to `{"atLeast": f}` or \
        `{"atMost": f}` with `f` a fraction (0.65 is 65 %); a target set to `null` is removed. One \
        key beyond the knobs, `ageBands`, holds the age bands (see [Age bands](#age-bands)).

        `org.gongwei.io.json.RulebookJson` reads rulebook files onto `national-2017` \
        (`RulebookJson.read(path)`, `parse(text)`; every error of a file is reported at once, each \
        naming its key and value) and writes them with every knob (`RulebookJson.write(rulebook)`).

        The example of indicators.md:

        ```json
        """);
    md.append(JSON_EXAMPLE);
    md.append("```\n\nThe same rulebook in Java:\n\n```java\n");
    md.append(JAVA_EXAMPLE);
    md.append("```\n\nThe rulebook `").append(rulebook.name()).append("` written out in full:\n\n```json\n");
    md.append(json(rulebook));
    md.append("```\n\n");

    md.append("## Targets\n\n");
    md.append("The targets of `").append(rulebook.name()).append("`, as fractions in a rulebook file ")
        .append("and as `Target.atLeast(\"0.9\")` / `Target.atMost(…)` in code. A report states for each ")
        .append("result with a target whether it is met and the gap in percentage points.\n\n");
    md.append("| Indicator | 指标 | Target |\n");
    md.append("|---|---|---|\n");
    for (Map.Entry<String, Target> e : targetsInCatalogueOrder(indicators, rulebook).entrySet()) {
      String id = e.getKey();
      String name = indicators.catalogue().byId(id).map(IndicatorDefinition::nameZh).orElse("");
      md.append("| ").append(link(indicators, id)).append(" | ").append(CatalogueMarkdown.cell(name))
          .append(" | ").append(e.getValue()).append(" |\n");
    }
    md.append('\n');

    md.append("## Age bands\n\n");
    md.append("Results stratified by age (`Stratification.AGE_BAND`) use the rulebook's age bands, in ")
        .append("completed years at the period end: `").append(rulebook.ageBands())
        .append("` in `").append(rulebook.name()).append("` (`Rulebook.ageBands()`, `withAgeBands(…)`; ")
        .append("`ageBands` in a rulebook file, an array of `{\"from\": 0, \"to\": 6, \"label\": \"0-6\"}` ")
        .append("with the last band open).\n");
    return md.toString();
  }

  /** The indicators of the catalogue that read each knob, in catalogue order. */
  private static Map<Knob, List<IndicatorDefinition>> readers(Indicators indicators) {
    Map<Knob, List<IndicatorDefinition>> m = new LinkedHashMap<>();
    for (Knob k : Knob.values()) {
      m.put(k, indicators.catalogue().all().stream().filter(d -> d.reads(k)).toList());
    }
    return m;
  }

  private static String readerIds(Knob k, List<IndicatorDefinition> readers) {
    if (readers.isEmpty()) {
      return notReadText(k);
    }
    return String.join(", ", readers.stream().map(d -> "[" + d.id() + "](indicator-catalogue.md#"
        + CatalogueMarkdown.anchor(d.id()) + ")").toList());
  }

  private static String readerList(Knob k, List<IndicatorDefinition> readers) {
    if (readers.isEmpty()) {
      return notReadText(k);
    }
    return String.join(", ", readers.stream().map(d -> "[" + d.id() + "](indicator-catalogue.md#"
        + CatalogueMarkdown.anchor(d.id()) + ") " + d.nameZh()).toList());
  }

  private static String notReadText(Knob k) {
    return switch (k) {
      case NAME -> "— (names the rulebook in reports)";
      case TARGETS -> "— (target attainment of every result)";
      default -> "—";
    };
  }

  /** The accessor and the {@code withX} method of a knob. */
  static List<String> javaMethodNames(Knob k) {
    String key = k.key();
    String with = "with" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
    List<String> names = new ArrayList<>();
    names.add(key);
    names.add(with);
    if (k == Knob.TARGETS) {
      names.add("target");
      names.add("withTarget");
      names.add("withoutTarget");
    }
    return names;
  }

  private static String javaMethods(Knob k) {
    List<String> names = javaMethodNames(k);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        s.append(", ");
      }
      String n = names.get(i);
      s.append('`').append(n).append(n.startsWith("with") || n.equals("target") ? "(…)" : "()").append('`');
    }
    return s.toString();
  }

  private static Map<String, Target> targetsInCatalogueOrder(Indicators indicators, Rulebook rulebook) {
    Map<String, Target> ordered = new LinkedHashMap<>();
    for (IndicatorDefinition d : indicators.catalogue().all()) {
      rulebook.target(d.id()).ifPresent(t -> ordered.put(d.id(), t));
    }
    rulebook.targets().forEach(ordered::putIfAbsent);
    return ordered;
  }

  private static String link(Indicators indicators, String id) {
    return indicators.catalogue().byId(id).isPresent()
        ? "[" + id + "](indicator-catalogue.md#" + CatalogueMarkdown.anchor(id) + ")"
        : id;
  }

  /**
   * The rulebook as a JSON rulebook file: every knob in {@link Knob} order, then the age bands;
   * two-space indents.
   */
  static String json(Rulebook rulebook) {
    StringBuilder j = new StringBuilder("{\n");
    for (Knob k : Knob.values()) {
      j.append("  \"").append(k.key()).append("\": ").append(jsonValue(rulebook.value(k))).append(",\n");
    }
    j.append("  \"ageBands\": [");
    String sep = "\n";
    for (AgeBand band : rulebook.ageBands().bands()) {
      j.append(sep).append("    {\"from\": ").append(band.fromYears());
      band.toYearsInclusive().ifPresent(to -> j.append(", \"to\": ").append(to));
      j.append(", \"label\": ").append(quote(band.label())).append('}');
      sep = ",\n";
    }
    return j.append("\n  ]\n}\n").toString();
  }

  private static String jsonValue(Object v) {
    if (v instanceof Boolean || v instanceof Integer) {
      return v.toString();
    }
    if (v instanceof BigDecimal) {
      return ((BigDecimal) v).toPlainString();
    }
    if (v instanceof OptionalInt) {
      OptionalInt o = (OptionalInt) v;
      return o.isPresent() ? Integer.toString(o.getAsInt()) : "null";
    }
    if (v instanceof SortedMap) {
      StringBuilder t = new StringBuilder("{");
      String sep = "\n";
      for (Map.Entry<?, ?> e : ((SortedMap<?, ?>) v).entrySet()) {
        Target target = (Target) e.getValue();
        t.append(sep).append("    ").append(quote(e.getKey().toString())).append(": {")
            .append(quote(target.comparison() == Comparison.AT_LEAST ? "atLeast" : "atMost"))
            .append(": ").append(target.threshold().toPlainString()).append('}');
        sep = ",\n";
      }
      return t.append(sep.equals("\n") ? "}" : "\n  }").toString();
    }
    return quote(v.toString());
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String anchor(Knob k) {
    return k.key().toLowerCase(Locale.ROOT);
  }

  /** A value as inline code in a table cell (pipes escaped). */
  private static String code(String text) {
    return "`" + CatalogueMarkdown.cell(text) + "`";
  }

  /** A value as inline code outside a table. */
  private static String inline(String text) {
    return "`" + text + "`";
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
