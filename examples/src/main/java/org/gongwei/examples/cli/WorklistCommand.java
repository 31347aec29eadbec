package org.gongwei.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.indicators.worklist.Worklist;
import org.gongwei.indicators.worklist.Worklists;
import org.gongwei.io.bundle.BundleRead;
import org.gongwei.io.worklist.WorklistCsvWriter;
import org.gongwei.io.worklist.XlsxWorklistWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongwei worklist BUNDLE --date D}: the services due on a date (follow-ups, check-ups,
 * vaccinations, visits), most urgent first, for the whole bundle, one institution or one doctor.
 */
@Command(
    name = "worklist",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Lists the services due on a date, most urgent first.",
    description = {
      "Lists the services due on a date, one line per service, most urgent first: overdue "
          + "follow-ups, check-ups, vaccinations and visits, with the indicators they serve and why.",
      "",
      "Example: gongwei worklist examples/sample-bundle --date 2024-11-15 --institution 430321101"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.UNUSABLE_LINE, ExitCodes.FAILURE_LINE})
final class WorklistCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { TABLE, CSV, XLSX }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BUNDLE", description = "The bundle directory.")
  Path bundle;

  @Option(names = "--date", required = true, paramLabel = "DATE", description = "The worklist date (yyyy-MM-dd).")
  LocalDate date;

  @Option(names = "--institution", paramLabel = "CODE",
      description = "Only the residents of this institution and of the institutions below it.")
  String institution;

  @Option(names = "--doctor", paramLabel = "ID", description = "Only the residents of this responsible doctor.")
  String doctor;

  @Mixin RulebookOption rulebook;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or xlsx (needs --out).")
  Format format = Format.TABLE;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of the console.")
  Path out;

  WorklistCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (format == Format.XLSX && out == null) {
      throw new UserException("--format xlsx needs --out FILE (a workbook is not console text)");
    }
    Rulebook rules = rulebook.rulebook();
    BundleRead read = BundleInput.read(bundle, err);
    err.println(BundleInput.summary(bundle, read));
    Dataset data = read.dataset();
    if (institution != null && data.institution(institution.strip()).isEmpty()) {
      throw new UserException("--institution: no institution '" + institution + "' in " + bundle);
    }
    Worklist worklist = Progress.during(err, "worklist", () -> Worklists.of(data, date, rules));
    if (institution != null) {
      worklist = worklist.forInstitution(institution);
    }
    if (doctor != null) {
      worklist = worklist.forDoctor(doctor);
    }
    Worklist w = worklist;
    switch (format) {
      case TABLE:
        Outputs.text(String.format(Locale.ROOT, "Worklist %s: %,d service%s due, %,d overdue%n", date, w.size(),
            w.size() == 1 ? "" : "s", w.overdue().size()) + w, out, spec.commandLine().getOut());
        break;
      case CSV:
        if (out == null) {
          Outputs.text(WorklistCsvWriter.toCsv(w), null, spec.commandLine().getOut());
        } else {
          Outputs.toFile(out, f -> WorklistCsvWriter.write(w, f));
        }
        break;
      case XLSX:
        Outputs.toFile(out, f -> XlsxWorklistWriter.write(w, f));
        break;
      default:
        throw new AssertionError(format);
    }
    if (out != null) {
      err.printf(Locale.ROOT, "wrote %s: %,d services%n", out, w.size());
    }
    return ExitCodes.OK;
  }
}
