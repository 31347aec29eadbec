package org.gongwei.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code gongwei} command: the main class of the command-line tool, with one subcommand per
 * job. {@link #main} runs it and exits with the command's exit code ({@link ExitCodes}); {@link
 * #run} runs it in-process with given output and error writers.
 */
@Command(
    name = "gongwei",
    mixinStandardHelpOptions = true,
    versionProvider = Gongwei.Version.class,
    sortOptions = false,
    header = "Gongwei (公卫): the indicators, validation and exchange formats of China's National Basic Public Health Service Program.",
    description = {
      "",
      "Works on a CSV bundle: a directory of CSV files, one per record type (residents.csv, followups.csv, …).",
      "",
      "Start with: gongwei report examples/sample-bundle"
    },
    subcommands = {
      ReportCommand.class,
      ValidateCommand.class,
      ExplainCommand.class,
      WorklistCommand.class,
      CatalogueCommand.class,
      GenerateCommand.class,
      ConvertCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      ExitCodes.OK_LINE,
      "1:validate found errors in the data",
      ExitCodes.UNUSABLE_LINE,
      ExitCodes.FAILURE_LINE
    },
    footer = {"", "Each command has --help (gongwei report --help). Reference: docs/cli.md"})
public final class Gongwei implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "On an error, print the stack trace too.")
  boolean debug;

  private Gongwei() {}

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    Charset cs = consoleCharset();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), cs), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), cs), true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line with the given standard output and error, and returns the exit code
   * (without exiting).
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return commandLine(out, err).execute(args);
  }

  /** The command line, configured: writers, error handling, case-insensitive enum values. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Gongwei());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpAutoWidth(true);
    cl.setExecutionExceptionHandler(Gongwei::onFailure);
    cl.setParameterExceptionHandler(Gongwei::onBadCommandLine);
    layOut(cl);
    return cl;
  }

  /** Blank lines between the parts of every command's help, and an "Options:" heading. */
  private static void layOut(CommandLine cl) {
    cl.getCommandSpec().usageMessage()
        .descriptionHeading("%n")
        .parameterListHeading("%n")
        .optionListHeading("%nOptions:%n")
        .commandListHeading("%nCommands:%n");
    cl.getSubcommands().values().forEach(Gongwei::layOut);
  }

  /** Without a subcommand: a usage error naming the commands. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(),
        "missing command: report, validate, explain, worklist, catalogue, generate, convert or bench");
  }

  /** One line for a wrong command line, with a pointer to the help. */
  private static int onBadCommandLine(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName();
    PrintWriter err = cmd.getErr();
    err.println(name + ": " + ex.getMessage() + " (see '" + name + " --help')");
    err.flush();
    return ExitCodes.UNUSABLE;
  }

  /** One line for a failure, the stack trace too with {@code --debug}. */
  private static int onFailure(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    int code;
    String message;
    if (ex instanceof UserException) {
      code = ((UserException) ex).exitCode();
      message = ex.getMessage();
    } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
      code = ExitCodes.FAILURE;
      Throwable io = ex instanceof UncheckedIOException ? ex.getCause() : ex;
      message = "input/output failure: " + io;
    } else {
      code = ExitCodes.FAILURE;
      message = "internal error: " + ex + " (run with --debug for the stack trace)";
    }
    err.println(name + ": " + message);
    if (debugRequested(parsed)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  private static boolean debugRequested(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The character set of the console: the platform's when it can show Chinese (UTF-8, GB18030),
   * otherwise UTF-8 (a POSIX locale would print question marks).
   */
  static Charset consoleCharset() {
    String name = System.getProperty("sun.stdout.encoding");
    Charset cs;
    try {
      cs = name != null ? Charset.forName(name) : Charset.defaultCharset();
    } catch (IllegalArgumentException e) {
      cs = Charset.defaultCharset();
    }
    return cs.canEncode() && cs.newEncoder().canEncode("公卫") ? cs : StandardCharsets.UTF_8;
  }

  /** The version: the jar's implementation version, or {@code development} when run from classes. */
  static final class Version implements IVersionProvider {
    Version() {}

    @Override
    public String[] getVersion() {
      String v = Gongwei.class.getPackage().getImplementationVersion();
      return new String[] {"gongwei " + (v == null ? "development" : v),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
  }
}
