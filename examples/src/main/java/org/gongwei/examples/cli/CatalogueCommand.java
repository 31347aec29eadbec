package org.gongwei.examples.cli;

import org.gongwei.indicators.report.TextTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.gongwei.indicators.definition.Catalogue;
import org.gongwei.indicators.definition.IndicatorDefinition;
import org.gongwei.indicators.definition.Requirement;
import org.gongwei.indicators.rulebook.Knob;
import org.gongwei.indicators.rulebook.Rulebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongwei catalogue}: every indicator of the national catalogue with its definition (what
 * the numerator and denominator count, the unit, the source standard), the rulebook knobs it reads
 * with their values, and its target.
 */
@Command(
    name = "catalogue",
    aliases = "catalog",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Lists every indicator with its definition, knobs and target.",
    description = {
      "Lists every indicator of the national catalogue: its definition (numerator, denominator, unit, "
          + "source standard), the rulebook knobs it reads with their values, and its target.",
      "",
      "Examples: gongwei catalogue HTN-01 DM-01; gongwei catalogue --format table"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, "2:wrong command line, a bad rulebook file, or an unknown indicator id",
      ExitCodes.FAILURE_LINE})
final class CatalogueCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { TEXT, TABLE }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", arity = "0..*", description = "Only these indicators (e.g. HTN-01). Default: all.")
  List<String> ids = new ArrayList<>();

  @Mixin RulebookOption rulebook;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text (a block per indicator, the default) or table (one line per indicator).")
  Format format = Format.TEXT;

  CatalogueCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Rulebook rules = rulebook.rulebook();
    Catalogue catalogue = Catalogue.national();
    List<IndicatorDefinition> chosen = new ArrayList<>();
    if (ids.isEmpty()) {
      chosen.addAll(catalogue.all());
    } else {
      for (String id : ids) {
        chosen.add(catalogue.byId(id.strip().toUpperCase(Locale.ROOT)).orElseThrow(() -> new UserException(
            "no indicator '" + id + "' in the catalogue (gongwei catalogue --format table lists them)")));
      }
    }
    if (format == Format.TABLE) {
      TextTable grid = TextTable.of("Id", "指标", "Indicator", "Unit", "Target", "Knobs");
      for (IndicatorDefinition d : chosen) {
        grid.row(d.id(), d.nameZh(), d.nameEn(), d.unit(), target(d, rules),
            d.knobs().stream().map(Knob::key).collect(Collectors.joining(" ")));
      }
      out.print(grid);
    } else {
      for (IndicatorDefinition d : chosen) {
        out.print(block(d, rules));
        out.println();
      }
    }
    out.printf(Locale.ROOT, "%d indicator%s; rulebook %s%n", chosen.size(), chosen.size() == 1 ? "" : "s", rules.name());
    out.flush();
    return ExitCodes.OK;
  }

  /** The description of one indicator under a rulebook. */
  static String block(IndicatorDefinition d, Rulebook rules) {
    StringBuilder b = new StringBuilder();
    b.append(d.id()).append("  ").append(d.nameZh()).append(" — ").append(d.nameEn());
    d.section().ifPresent(s -> b.append("  (indicators.md ").append(s).append(')'));
    if (d.requirement() == Requirement.OPTIONAL) {
      b.append(", optional");
    }
    b.append('\n');
    b.append("  numerator:   ").append(d.numerator()).append('\n');
    d.denominator().ifPresent(x -> b.append("  denominator: ").append(x).append('\n'));
    b.append("  unit:        ").append(d.unit().name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .append(", ").append(d.polarity().name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .append("; counts ").append(d.basis().name().toLowerCase(Locale.ROOT))
        .append("; ").append(d.category().nameZh()).append(" / ").append(d.category().nameEn()).append('\n');
    b.append("  source:      ").append(d.source()).append('\n');
    if (!d.knobs().isEmpty()) {
      b.append("  knobs:       ").append(d.knobs().stream()
          .map(k -> k.key() + " = " + rules.valueText(k)).collect(Collectors.joining(", "))).append('\n');
    }
    b.append("  target:      ").append(target(d, rules).isEmpty() ? "none" : target(d, rules)).append('\n');
    return b.toString();
  }

  private static String target(IndicatorDefinition d, Rulebook rules) {
    return rules.target(d.id()).map(Object::toString).orElse("");
  }
}
