package org.gongwei.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.gongwei.core.validation.DatasetValidator;
import org.gongwei.core.validation.Problem;
import org.gongwei.io.submission.SubmissionReport;
import org.gongwei.io.submission.SubmissionReportWriter;
import org.gongwei.io.submission.SubmissionValidator;
import org.gongwei.io.submission.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongwei validate BUNDLE}: the submission validator — every problem of a bundle (or a
 * directory of CDA documents, or a FHIR Bundle), with its file, line, column, code, severity and
 * message; a summary on the console, the full lists as JSON and CSV. The exit code is the
 * verdict's: 0 no errors, 1 errors, 2 unusable input.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Validates a submission and reports every problem.",
    description = {
      "Validates a submission before a platform does: reads every file, checks identifiers, codes, "
          + "plausibility and the rules across records (duplicate ids, unknown residents), and reports every "
          + "problem with its file, line (where the record starts), column, code, severity and message. "
          + "Prints a summary; --json and --csv write every problem. ID card numbers are masked.",
      "",
      "BUNDLE may also be a directory of CDA .xml documents or a FHIR Bundle .json file.",
      "",
      "Example: gongwei validate examples/sample-bundle --csv problems.csv"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:no errors (warnings allowed)",
      "1:errors found",
      "2:unusable input (no such directory, not a bundle) or a wrong command line",
      ExitCodes.FAILURE_LINE
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BUNDLE", description = "The bundle directory (or CDA directory, or FHIR Bundle file).")
  Path input;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the report with every problem as JSON.")
  Path json;

  @Option(names = "--csv", paramLabel = "FILE",
      description = "Write every problem as CSV: file, line, column, code, severity, message, record type and id.")
  Path csv;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The reference date of the checks (dates in the future, ages). Default: today.")
  LocalDate asOf;

  @Option(names = "--max-problems", paramLabel = "N",
      description = "Problems listed in the console summary. Default: ${DEFAULT-VALUE}.")
  int maxProblems = 20;

  ValidateCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (maxProblems < 0) {
      throw new UserException("--max-problems must not be negative: " + maxProblems);
    }
    SubmissionValidator validator = SubmissionValidator.defaults();
    if (asOf != null) {
      validator = validator.withValidator(DatasetValidator.builder().asOf(asOf).build());
    }
    SubmissionValidator chosen = validator;
    SubmissionReport report = Progress.during(err, "validating", () -> chosen.validate(input));
    if (json != null) {
      Outputs.toFile(json, f -> SubmissionReportWriter.writeJson(report, f));
    }
    if (csv != null) {
      Outputs.toFile(csv, f -> SubmissionReportWriter.writeCsv(report, f));
    }
    if (report.verdict() == Verdict.UNUSABLE) {
      String why = report.problems().stream().filter(Problem::isError).findFirst().map(Problem::message)
          .orElse("the input cannot be used");
      err.println(spec.qualifiedName() + ": " + why);
    } else {
      out.print(report.summary(maxProblems));
      out.flush();
    }
    if (json != null) {
      err.println("wrote " + json);
    }
    if (csv != null) {
      err.println("wrote " + csv);
    }
    return report.verdict().exitCode();
  }
}
