package org.gongwei.examples.cli;

import org.gongwei.indicators.report.TextTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.core.id.IdCardNumber;
import org.gongwei.core.period.Age;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.resident.Resident;
import org.gongwei.indicators.definition.Catalogue;
import org.gongwei.indicators.definition.IndicatorDefinition;
import org.gongwei.indicators.engine.Evaluation;
import org.gongwei.indicators.engine.Membership;
import org.gongwei.indicators.report.Detail;
import org.gongwei.indicators.report.Indicators;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.io.bundle.BundleRead;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongwei explain BUNDLE --resident ID}: where one resident stands in each person-based
 * indicator — in the numerator, in the denominator only, or outside it — with the reason, from the
 * same functions that count the report. The ID card number is masked.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Explains where one resident stands in each indicator, and why.",
    description = {
      "Explains one resident: for each indicator that applies, whether the resident is in the "
          + "numerator or only in the denominator, and why, with the same rules that count the report. "
          + "The ID card number is shown masked.",
      "",
      "Example: gongwei explain examples/sample-bundle --resident 43032110120100001"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, "2:wrong command line, unusable input, or no such resident in the bundle",
      ExitCodes.FAILURE_LINE})
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BUNDLE", description = "The bundle directory.")
  Path bundle;

  @Option(names = "--resident", required = true, paramLabel = "ID",
      description = "The resident_id, or the resident's ID card number.")
  String resident;

  @Mixin PeriodOptions period;

  @Mixin RulebookOption rulebook;

  @Option(names = "--detail", paramLabel = "DETAIL",
      description = "headlines (default) or all (parts too: each vaccine dose, key group, …).")
  Detail detail = Detail.HEADLINES;

  @Option(names = "--all", description = "List the indicators that do not apply too, with the reason.")
  boolean all;

  ExplainCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Rulebook rules = rulebook.rulebook();
    BundleRead read = BundleInput.read(bundle, err);
    err.println(BundleInput.summary(bundle, read));
    Dataset data = read.dataset();
    ResidentView view = find(data, resident.strip())
        .orElseThrow(() -> new UserException("no resident '" + IdCardNumber.mask(resident)
            + "' in " + bundle + " (give a resident_id or an ID card number)"));
    PeriodOptions.Choice choice = period.resolve(data);
    ReportingPeriod p = choice.period();
    List<Evaluation> evaluations = Indicators.national().explain(view, p, rules);
    out.print(describe(view.resident(), data, p, rules));
    out.println();
    TextTable grid = TextTable.of("Id", "指标", "Where", "Reason");
    int notApplicable = 0;
    for (Evaluation e : evaluations) {
      if (detail == Detail.HEADLINES && !e.measure().isHeadline()) {
        continue;
      }
      if (e.membership() == Membership.NOT_IN_DENOMINATOR && !all) {
        notApplicable++;
        continue;
      }
      grid.row(e.measure().id(), name(e), where(e.membership()), e.reason());
    }
    if (grid.size() > 0) {
      out.print(grid);
    } else {
      out.println("No indicator applies to this resident in " + p + ".");
    }
    if (notApplicable > 0) {
      out.printf(Locale.ROOT, "%d other indicator%s do%s not apply to this resident (--all lists them with the reason).%n",
          notApplicable, notApplicable == 1 ? "" : "s", notApplicable == 1 ? "es" : "");
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** The resident of a resident id, or else of an ID card number. */
  static Optional<ResidentView> find(Dataset data, String id) {
    Optional<ResidentView> byId = data.view(id);
    if (byId.isPresent()) {
      return byId;
    }
    String number = id.toUpperCase(Locale.ROOT);
    return data.residents().stream()
        .filter(r -> r.idNumber().map(n -> n.strip().toUpperCase(Locale.ROOT).equals(number)).orElse(false))
        .findFirst()
        .flatMap(r -> data.view(r.residentId()));
  }

  /** Who the resident is, with the ID card number masked, and the period and rulebook. */
  static String describe(Resident r, Dataset data, ReportingPeriod p, Rulebook rules) {
    StringBuilder b = new StringBuilder();
    b.append("Resident ").append(r.residentId());
    r.name().ifPresent(n -> b.append("  ").append(n));
    b.append('\n');
    b.append("  ").append(r.sex().label()).append(", born ").append(r.birthDate())
        .append(" (").append(Age.yearsAt(r.birthDate(), p.end())).append(" at ").append(p.end()).append(')');
    r.idNumber().ifPresent(n -> b.append(", ID ").append(IdCardNumber.mask(n)));
    b.append('\n');
    b.append("  institution ").append(r.institutionCode());
    data.institution(r.institutionCode()).ifPresent(i -> b.append(' ').append(i.name()));
    r.doctorId().ifPresent(d -> b.append(", doctor ").append(d));
    b.append(", region ").append(r.regionCode().code()).append('\n');
    b.append("  health record: ").append(r.recordEstablishedDate().map(d -> "established " + d).orElse("none"));
    r.recordClosedDate().ifPresent(d -> b.append(", closed ").append(d));
    r.deathDate().ifPresent(d -> b.append(", died ").append(d));
    b.append('\n');
    b.append("Period ").append(p).append(" (").append(p.start()).append(" to ").append(p.end())
        .append("), rulebook ").append(rules.name()).append('\n');
    return b.toString();
  }

  private static String name(Evaluation e) {
    String name = Catalogue.national().byId(e.measure().indicatorId()).map(IndicatorDefinition::nameZh)
        .orElse(e.measure().indicatorId());
    return e.measure().isHeadline() ? name : name + " · " + e.measure().label();
  }

  /** The membership in words. */
  static String where(Membership m) {
    switch (m) {
      case NUMERATOR:
        return "numerator";
      case DENOMINATOR_ONLY:
        return "denominator only";
      default:
        return "not in denominator";
    }
  }
}
