package org.gongwei.indicators.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongwei.indicators.definition.Basis;
import org.gongwei.indicators.definition.Category;
import org.gongwei.indicators.definition.IndicatorDefinition;
import org.gongwei.indicators.definition.Polarity;
import org.gongwei.indicators.definition.Requirement;
import org.gongwei.indicators.definition.Unit;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PopulationBase;
import org.gongwei.indicators.rulebook.Knob;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.indicators.target.Target;

/**
 * The Markdown text of {@code docs/indicator-catalogue.md}: every indicator of a suite's catalogue
 * with its names, category, unit, basis, numerator, denominator, source, section, the knobs it
 * reads, its target in a rulebook, its requirement, and the result lines (parts) the suite's
 * engine reports for it, grouped by category.
 *
 * <p>The text is deterministic: categories in {@link Category} order, indicators in catalogue
 * order, parts in engine order, no dates. {@code CatalogueMarkdownTest} fails when the committed
 * file differs from it and rewrites the file when run with {@code -Dgongwei.docs.write=true}.
 */
final class CatalogueMarkdown {
  private CatalogueMarkdown() {}

  /** The catalogue of {@code indicators} with the targets of {@code rulebook}. */
  static String indicatorCatalogue(Indicators indicators, Rulebook rulebook) {
    List<IndicatorDefinition> all = indicators.catalogue().all();
    Map<String, List<Measure>> measures = measuresByIndicator(indicators);
    StringBuilder md = new StringBuilder();
    md.append("<!-- Generated from Catalogue.national(), the measures of Indicators.national() and\n")
        .append("     Rulebook.national2017() by org.gongwei.indicators.report.CatalogueMarkdown;\n")
        .append("     do not edit. Regenerate: see docs/README.md. -->\n\n");
    md.append("# Indicator catalogue\n\n");
    md.append("The ").append(all.size()).append(" indicators of the national catalogue (`Catalogue.national()`), ")
        .append("grouped by service area, with the targets of the rulebook `").append(rulebook.name())
        .append("`. Numerators and denominators are stated in the words of the project's indicator ")
        .append("specification (indicators.md), whose section is given for each indicator.\n\n");
    md.append(
        """
        How to read an entry:

        - **Unit**: a rate in % (per hundred), ‰ (per thousand) or ‱ (per ten thousand), or a count \
        without denominator. Rates are exact fractions; they are shown with 2 decimals, rounded half up.
        - **Basis**: *person*: residents (or items of a resident's own records: doses, pregnancies, \
        courses, contracts) evaluated one by one, with drill-down to resident ids and a reason for \
        each resident in the denominator but not the numerator; *event*: records that belong to no \
        resident (cases, events, leads, surveys), counted one by one; *institution*: institutions \
        checked against a checklist; *aggregate*: computed from aggregate figures supplied as inputs \
        (`org.gongwei.indicators.primarycare.PrimaryCare`), not from the bundle.
        - **Population estimate**: for a denominator that is a population figure, the column of \
        `populations.csv` that may replace the count of residents from the records, as the knob \
        [`populationDenominator`](rulebook.md#populationdenominator) says. The result records \
        which source it used (`RECORDS` or `ESTIMATE`).
        - **Knobs**: the settings of the rulebook the calculation reads ([rulebook.md](rulebook.md)).
        - **Target**: the target of the rulebook for the indicator's headline result, if any.
        - **Results**: the result lines an `IndicatorReport` of `Indicators.national()` has for the \
        indicator: the headline, with the indicator's id, and its parts, with the part in brackets \
        (`IMM-02(MMR,1)`), each a rate of its own.

        """);

    md.append("## Summary\n\n");
    md.append("| Id | 指标 | Indicator | Unit | Basis | Target | Requirement |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (Category c : Category.values()) {
      for (IndicatorDefinition d : indicators.catalogue().inCategory(c)) {
        md.append("| [").append(d.id()).append("](#").append(anchor(d.id())).append(") | ")
            .append(cell(d.nameZh())).append(" | ")
            .append(cell(d.nameEn())).append(" | ")
            .append(unitSymbol(d.unit())).append(" | ")
            .append(basis(d.basis())).append(" | ")
            .append(rulebook.target(d.id()).map(Target::toString).orElse("—")).append(" | ")
            .append(requirement(d.requirement())).append(" |\n");
      }
    }
    md.append('\n');

    for (Category c : Category.values()) {
      List<IndicatorDefinition> defs = indicators.catalogue().inCategory(c);
      if (defs.isEmpty()) {
        continue;
      }
      md.append("## ").append(c.nameEn()).append(" — ").append(c.nameZh());
      String sections = defs.stream()
          .map(d -> d.section().orElse(""))
          .filter(s -> !s.isEmpty())
          .distinct()
          .collect(Collectors.joining(", "));
      if (!sections.isEmpty()) {
        md.append(" (").append(sections).append(")");
      }
      md.append("\n\n");
      for (IndicatorDefinition d : defs) {
        entry(md, d, measures.getOrDefault(d.id(), List.of()), rulebook);
      }
    }
    return md.toString();
  }

  private static void entry(StringBuilder md, IndicatorDefinition d, List<Measure> measures, Rulebook rulebook) {
    md.append("### ").append(d.id()).append("\n\n");
    md.append("**").append(d.nameZh()).append("** — ").append(d.nameEn()).append("\n\n");
    md.append("- **Numerator**: ").append(d.numerator()).append('\n');
    md.append("- **Denominator**: ").append(d.denominator().orElse("— (a count)")).append('\n');
    md.append("- **Unit**: ").append(unit(d.unit())).append('\n');
    md.append("- **Basis**: ").append(basis(d.basis())).append('\n');
    measures.stream()
        .filter(Measure::isHeadline)
        .findFirst()
        .map(Measure::populationBase)
        .filter(b -> b != PopulationBase.NONE)
        .ifPresent(b -> md.append("- **Population estimate**: ").append(populationBase(b, d)).append('\n'));
    md.append("- **Knobs**: ").append(knobs(d)).append('\n');
    md.append("- **Target** (").append(rulebook.name()).append("): ")
        .append(rulebook.target(d.id()).map(Target::toString).orElse("none")).append('\n');
    md.append("- **Requirement**: ").append(requirement(d.requirement())).append('\n');
    md.append("- **Polarity**: ").append(polarity(d.polarity())).append('\n');
    md.append("- **Source**: ").append(d.source()).append('\n');
    d.section().ifPresent(s -> md.append("- **Specified in**: indicators.md ").append(s).append('\n'));
    md.append("- **Results**: ").append(results(d, measures)).append("\n\n");
  }

  /** The measures of the suite's engine by indicator id, in engine order. */
  private static Map<String, List<Measure>> measuresByIndicator(Indicators indicators) {
    Map<String, List<Measure>> byId = new LinkedHashMap<>();
    for (Measure m : indicators.engine().measures()) {
      byId.computeIfAbsent(m.indicatorId(), k -> new ArrayList<>()).add(m);
    }
    return byId;
  }

  private static String results(IndicatorDefinition d, List<Measure> measures) {
    if (measures.isEmpty()) {
      return d.basis() == Basis.AGGREGATE
          ? "not part of an `IndicatorReport`: computed from aggregate inputs"
          : "not evaluated by `Indicators.national()`";
    }
    List<String> parts = measures.stream()
        .filter(m -> !m.isHeadline())
        .map(m -> "`" + m.id() + "` " + m.label())
        .toList();
    boolean headline = measures.stream().anyMatch(Measure::isHeadline);
    String head = headline ? "`" + d.id() + "`" : "no headline";
    if (parts.isEmpty()) {
      return head;
    }
    return head + "; " + parts.size() + (parts.size() == 1 ? " part: " : " parts: ") + String.join("; ", parts);
  }

  private static String knobs(IndicatorDefinition d) {
    List<String> keys = new ArrayList<>();
    for (Knob k : Knob.values()) {
      if (d.reads(k)) {
        keys.add("[`" + k.key() + "`](rulebook.md#" + k.key().toLowerCase(Locale.ROOT) + ")");
      }
    }
    return keys.isEmpty() ? "none" : String.join(", ", keys);
  }

  private static String populationBase(PopulationBase base, IndicatorDefinition d) {
    String text = switch (base) {
      case NONE -> "none";
      case POPULATION -> "`population` (常住人口)";
      case AGED_65_PLUS -> "`population_65_plus` (65岁及以上人口)";
      case AGED_0_6 -> "`population_0_6` (0至6岁儿童数)";
      case HYPERTENSION_ESTIMATE -> "`adult_population × hypertension_prevalence`, the estimated number "
          + "of patients; there is no count from the records: without an estimate the status is "
          + "`NO_DENOMINATOR`";
      case DIABETES_ESTIMATE -> "`adult_population × diabetes_prevalence`, the estimated number "
          + "of patients; there is no count from the records: without an estimate the status is "
          + "`NO_DENOMINATOR`";
    };
    if (d.reads(Knob.CERTIFICATE_COHORT)) {
      text += ", except under `certificateCohort = BORN_IN_PERIOD`";
    }
    return text;
  }

  private static String unitSymbol(Unit unit) {
    return switch (unit) {
      case PERCENT -> "%";
      case PER_THOUSAND -> "‰";
      case PER_TEN_THOUSAND -> "‱";
      case COUNT -> "count";
    };
  }

  private static String unit(Unit unit) {
    return switch (unit) {
      case PERCENT -> "% (per hundred)";
      case PER_THOUSAND -> "‰ (per thousand)";
      case PER_TEN_THOUSAND -> "‱ (per ten thousand)";
      case COUNT -> "count";
    };
  }

  private static String basis(Basis basis) {
    return basis.name().toLowerCase(Locale.ROOT);
  }

  private static String requirement(Requirement r) {
    return r == Requirement.REQUIRED ? "required" : "optional";
  }

  private static String polarity(Polarity p) {
    return p == Polarity.HIGHER_IS_BETTER ? "higher is better" : "lower is better";
  }

  /** The anchor GitHub gives the heading {@code ### id}: lower case, as the id has no spaces. */
  static String anchor(String id) {
    return id.toLowerCase(Locale.ROOT);
  }

  /** Text made safe for a Markdown table cell. */
  static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
