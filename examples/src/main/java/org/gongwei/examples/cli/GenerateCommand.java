package org.gongwei.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.examples.generator.Errors;
import org.gongwei.examples.generator.SyntheticCounty;
import org.gongwei.io.bundle.BundleOutput;
import org.gongwei.io.bundle.BundleWriter;
import org.gongwei.io.bundle.HeaderStyle;
import org.gongwei.io.csv.CsvOutputEncoding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongwei generate OUT}: writes the bundle of a synthetic county ({@link SyntheticCounty}),
 * streaming the records to the files as they are made.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Writes a synthetic county as a CSV bundle.",
    description = {
      "Writes a synthetic county as a CSV bundle: institutions, residents and a year of services, "
          + "realistic enough to make every indicator non-trivial. The same settings give the same files.",
      "",
      "Example (the sample bundle): gongwei generate --residents 2000 --seed 7 --year 2024 examples/sample-bundle"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.UNUSABLE_LINE, ExitCodes.FAILURE_LINE})
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--residents", paramLabel = "N",
      description = "Residents born before the year (the year's babies come on top), 1 to 10,000,000. Default: ${DEFAULT-VALUE}.")
  int residents = 10_000;

  @Option(names = "--seed", paramLabel = "S", description = "The random seed. Default: ${DEFAULT-VALUE}.")
  long seed = 1;

  @Option(names = "--year", paramLabel = "Y", description = "The reporting year, 2010 to 2099. Default: ${DEFAULT-VALUE}.")
  int year = SyntheticCounty.DEFAULT_YEAR;

  @Option(names = "--county", paramLabel = "CODE",
      description = "The 6-digit county code (GB/T 2260). Default: ${DEFAULT-VALUE}.")
  String county = SyntheticCounty.DEFAULT_COUNTY;

  @Option(names = "--with-errors",
      description = "Plant deliberately bad values in a few residents per thousand (bad ID numbers, "
          + "implausible blood pressure, duplicates, unknown residents), for trying the validator.")
  boolean withErrors;

  @Option(names = "--encoding", paramLabel = "ENCODING",
      description = "UTF8_WITH_BOM (default) or GB18030.")
  CsvOutputEncoding encoding = CsvOutputEncoding.UTF8_WITH_BOM;

  @Option(names = "--chinese-headers", description = "Write the Chinese column labels (居民编号, 出生日期, …) in the header rows.")
  boolean chineseHeaders;

  @Parameters(index = "0", paramLabel = "OUT", description = "The bundle directory to write (created if needed).")
  Path out;

  GenerateCommand() {}

  @Override
  public Integer call() {
    SyntheticCounty generator = county();
    PrintWriter err = spec.commandLine().getErr();
    BundleWriter writer = BundleWriter.defaults().withEncoding(encoding)
        .withHeaders(chineseHeaders ? HeaderStyle.CHINESE : HeaderStyle.CONTRACT);
    Map<RecordType, Long> counts;
    long started = System.nanoTime();
    try (Progress progress = Progress.start(err, "generating", residents)) {
      BundleOutput output = writer.open(out);
      try (output) {
        generator.generate(record -> {
          output.add(record);
          if (record.recordType() == RecordType.RESIDENT) {
            progress.advance(1);
          }
        });
      }
      counts = output.counts();
    } catch (IOException | UncheckedIOException e) {
      throw new UserException(ExitCodes.FAILURE, "cannot write the bundle " + out + ": " + e.getMessage(), e);
    }
    long records = counts.values().stream().mapToLong(Long::longValue).sum();
    err.printf(Locale.ROOT, "wrote %s: %,d residents, %,d records in %d files (%s) in %.1f s%n", out,
        counts.getOrDefault(RecordType.RESIDENT, 0L), records, counts.size(), generator,
        (System.nanoTime() - started) / 1e9);
    return ExitCodes.OK;
  }

  private SyntheticCounty county() {
    try {
      return SyntheticCounty.builder().residents(residents).seed(seed).year(year).county(county)
          .errors(withErrors ? Errors.SOME : Errors.NONE).build();
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
  }
}
