package org.gongwei.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.institution.InstitutionTree;
import org.gongwei.indicators.report.Detail;
import org.gongwei.indicators.report.IndicatorReport;
import org.gongwei.indicators.report.Indicators;
import org.gongwei.indicators.report.Scope;
import org.gongwei.indicators.report.Stratification;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.io.bundle.BundleRead;
import org.gongwei.io.report.CsvReportWriter;
import org.gongwei.io.report.HtmlReportWriter;
import org.gongwei.io.report.JsonReportWriter;
import org.gongwei.io.report.XlsxReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongwei report BUNDLE}: the indicators of the catalogue over a bundle for a period and a
 * scope, optionally stratified, as a table on the console or as JSON, CSV, xlsx or HTML (exchange
 * format §2).
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Computes every indicator of the catalogue over a bundle.",
    description = {
      "Computes every indicator of the catalogue over a bundle for a period and a scope: numerator, "
          + "denominator, value, status, where the denominator came from, and the target. Prints a table; "
          + "--format json|csv|xlsx|html writes the report of exchange format §2.",
      "",
      "Example: gongwei report examples/sample-bundle --year 2024 --stratify institution --format csv --out report.csv"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.UNUSABLE_LINE, ExitCodes.FAILURE_LINE})
final class ReportCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { TABLE, JSON, CSV, XLSX, HTML }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BUNDLE", description = "The bundle directory (with residents.csv).")
  Path bundle;

  @Mixin PeriodOptions period;

  @Option(names = "--scope", paramLabel = "CODE",
      description = "An institution code of the bundle (with the institutions below it) or a region code. Default: everything.")
  String scope;

  @Option(names = "--stratify", paramLabel = "BY",
      description = "Split every result: institution, institution-rollup, region (county), region-province, "
          + "region-prefecture, region-township, region-village, sex or age.")
  String stratify;

  @Mixin RulebookOption rulebook;

  @Option(names = "--detail", paramLabel = "DETAIL",
      description = "headlines (one line per indicator, the default) or all (parts too: doses, key groups, items).")
  Detail detail = Detail.HEADLINES;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "table (default), json, csv, xlsx (needs --out) or html (one page with charts per institution).")
  Format format = Format.TABLE;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of the console.")
  Path out;

  ReportCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (format == Format.XLSX && out == null) {
      throw new UserException("--format xlsx needs --out FILE (a workbook is not console text)");
    }
    Stratification by = null;
    if (stratify != null) {
      try {
        by = Stratification.parse(stratify);
      } catch (IllegalArgumentException e) {
        throw new UserException("--stratify: " + e.getMessage());
      }
    }
    Rulebook rules = rulebook.rulebook();
    BundleRead read = BundleInput.read(bundle, err);
    err.println(BundleInput.summary(bundle, read));
    Dataset data = read.dataset();
    PeriodOptions.Choice choice = period.resolve(data);
    if (choice.defaulted()) {
      err.println("period " + choice.period() + ": the latest year with service records in the bundle"
          + " (choose with --year, --quarter, --from/--to)");
    }
    Scope chosen = scope == null ? Scope.all() : scope(scope, data);
    IndicatorReport report = Progress.during(err, "evaluating",
        () -> Indicators.national().report(data, choice.period(), rules, chosen));
    if (by != null) {
      report = report.stratifiedBy(by);
    }
    write(report, stdout);
    return ExitCodes.OK;
  }

  private void write(IndicatorReport report, PrintWriter stdout) {
    switch (format) {
      case TABLE:
        Outputs.text(heading(report) + "\n" + report.toTable(detail), out, stdout);
        break;
      case JSON:
        Outputs.text(JsonReportWriter.toJson(report, detail), out, stdout);
        break;
      case CSV:
        if (out == null) {
          Outputs.text(CsvReportWriter.toCsv(report, detail), null, stdout);
        } else {
          Outputs.toFile(out, f -> CsvReportWriter.write(report, detail, f));
        }
        break;
      case XLSX:
        Outputs.toFile(out, f -> XlsxReportWriter.write(report, detail, f));
        break;
      case HTML:
        if (out == null) {
          Outputs.text(HtmlReportWriter.toHtml(report, detail), null, stdout);
        } else {
          Outputs.toFile(out, f -> HtmlReportWriter.write(report, detail, f));
        }
        break;
      default:
        throw new AssertionError(format);
    }
    if (out != null) {
      spec.commandLine().getErr().println("wrote " + out);
    }
  }

  /** For example {@code Indicator report 2024, scope all, rulebook national-2017, by institution}. */
  static String heading(IndicatorReport report) {
    return "Indicator report " + report.period() + ", scope " + report.scope() + ", rulebook "
        + report.rulebook().name()
        + report.stratification().map(s -> ", by " + s.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("");
  }

  /** The scope a code names: an institution of the bundle, else a region. */
  static Scope scope(String code, Dataset data) {
    try {
      return Scope.of(code, InstitutionTree.of(data.institutions()));
    } catch (IllegalArgumentException e) {
      throw new UserException("--scope: " + e.getMessage());
    }
  }
}
