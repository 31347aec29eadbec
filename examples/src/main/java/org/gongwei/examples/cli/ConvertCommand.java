package org.gongwei.examples.cli;

import org.gongwei.indicators.report.TextTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;
import org.gongwei.io.bundle.BundleRead;
import org.gongwei.io.bundle.BundleWriter;
import org.gongwei.io.cda.CdaBatch;
import org.gongwei.io.cda.CdaDocumentType;
import org.gongwei.io.cda.CdaReader;
import org.gongwei.io.cda.CdaWriter;
import org.gongwei.io.fhir.FhirReadResult;
import org.gongwei.io.fhir.FhirReader;
import org.gongwei.io.fhir.FhirWriteSummary;
import org.gongwei.io.fhir.FhirWriter;
import org.gongwei.io.json.NdjsonReader;
import org.gongwei.io.json.NdjsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongwei convert INPUT --to FORMAT --out OUTPUT}: converts data between the CSV bundle, NDJSON,
 * a FHIR R4 Bundle and a directory of WS/T 483 CDA documents, and says what the target format
 * cannot carry, with the counts of records dropped.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Converts between the CSV bundle, NDJSON, FHIR R4 and WS/T 483 CDA.",
    description = {
      "Converts data between a CSV bundle (a directory), NDJSON (a file), a FHIR R4 Bundle (a .json "
          + "file) and WS/T 483 CDA documents (a directory of .xml). The input's format is detected. "
          + "NDJSON and CSV carry every record type; FHIR carries institutions, residents, registrations, "
          + "follow-ups, vaccinations and contracts; CDA carries residents and hypertension/diabetes "
          + "follow-ups. The records a target cannot carry are counted and reported as dropped.",
      "",
      "The outputs are full exports: ID card numbers and names are written unmasked.",
      "",
      "Example: gongwei convert examples/sample-bundle --to fhir --out sample-fhir.json"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.UNUSABLE_LINE, ExitCodes.FAILURE_LINE})
final class ConvertCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INPUT",
      description = "A bundle directory, an .ndjson/.jsonl file, a FHIR Bundle .json file or a directory of CDA .xml files.")
  Path input;

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "csv (a bundle directory), ndjson, fhir or cda (a directory).")
  DataFormat to;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUTPUT", description = "The file or directory to write.")
  Path out;

  @Option(names = "--from", paramLabel = "FORMAT", description = "The input's format, when it cannot be detected.")
  DataFormat from;

  ConvertCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(input)) {
      throw new UserException("no such file or directory: " + input);
    }
    DataFormat kind = from != null ? from : DataFormat.detect(input);
    Dataset data = read(kind, err);
    switch (to) {
      case CSV:
        Outputs.toDirectory(out, d -> Progress.during(err, "writing", () -> {
          BundleWriter.defaults().write(data, d);
          return null;
        }));
        err.printf(Locale.ROOT, "wrote %s (CSV bundle): %,d records; nothing dropped%n", out, data.size());
        break;
      case NDJSON:
        Outputs.toFile(out, f -> Progress.during(err, "writing", () -> {
          NdjsonWriter.write(f, data.stream()::iterator);
          return null;
        }));
        err.printf(Locale.ROOT, "wrote %s (NDJSON): %,d records; nothing dropped%n", out, data.size());
        break;
      case FHIR:
        writeFhir(data, err);
        break;
      case CDA:
        writeCda(data, err);
        break;
      default:
        throw new AssertionError(to);
    }
    return ExitCodes.OK;
  }

  private Dataset read(DataFormat kind, PrintWriter err) {
    try {
      switch (kind) {
        case CSV: {
          BundleRead read = BundleInput.read(input, err);
          err.println(BundleInput.summary(input, read));
          return read.dataset();
        }
        case NDJSON: {
          requireFile();
          NdjsonReader.Result r = Progress.during(err, "reading", () -> NdjsonReader.readAll(input));
          err.printf(Locale.ROOT, "read %s (NDJSON): %,d lines, %,d records, %,d lines rejected%s%n", input,
              r.linesRead(), r.recordsAccepted(), r.linesRejected(), firstError(r.problems()));
          return r.toDataset();
        }
        case FHIR: {
          requireFile();
          FhirReadResult r = Progress.during(err, "reading", () -> FhirReader.read(input));
          err.println("read " + input + " (" + r + ")" + firstError(r.problems()));
          return r.dataset();
        }
        case CDA: {
          if (!Files.isDirectory(input)) {
            throw new UserException("CDA input must be a directory of .xml documents: " + input);
          }
          CdaBatch batch = Progress.during(err, "reading", () -> CdaReader.create().readDirectory(input));
          err.printf(Locale.ROOT, "read %s (CDA): %,d documents, %,d accepted, %,d rejected%s%n", input,
              batch.documentsRead(), batch.documentsAccepted(), batch.documentsRejected(),
              firstError(batch.problems()));
          List<BundleRecord> records = new ArrayList<>(batch.residents());
          records.addAll(batch.followUps());
          return Dataset.of(records);
        }
        default:
          throw new AssertionError(kind);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new UserException(ExitCodes.UNUSABLE, "cannot read " + input + ": " + e.getMessage(), e);
    }
  }

  private void requireFile() {
    if (!Files.isRegularFile(input)) {
      throw new UserException("not a file: " + input);
    }
  }

  /** {@code ; first error: …} for the first error of a list, or nothing. */
  private static String firstError(List<Problem> problems) {
    return problems.stream().filter(p -> p.severity() == Severity.ERROR).findFirst()
        .map(p -> "; first error: " + p).orElse("");
  }

  private void writeFhir(Dataset data, PrintWriter err) {
    FhirWriteSummary[] summary = new FhirWriteSummary[1];
    Outputs.toFile(out, f -> summary[0] = Progress.during(err, "writing", () -> FhirWriter.write(data, f)));
    err.printf(Locale.ROOT, "wrote %s (FHIR R4 Bundle): %,d resources %s%n", out, summary[0].total(),
        summary[0].resourcesWritten());
    Map<RecordType, Long> dropped = new EnumMap<>(RecordType.class);
    summary[0].recordsNotCarried().forEach((t, n) -> dropped.put(t, n.longValue()));
    reportDropped("FHIR carries institutions, residents, registrations, follow-ups, vaccinations and contracts",
        dropped, err);
  }

  private void writeCda(Dataset data, PrintWriter err) {
    CdaWriter writer = CdaWriter.create();
    Map<RecordType, Long> dropped = new EnumMap<>(RecordType.class);
    data.counts().forEach((t, n) -> {
      if (t != RecordType.RESIDENT && t != RecordType.FOLLOW_UP && n > 0) {
        dropped.put(t, n.longValue());
      }
    });
    Set<String> names = new HashSet<>();
    long[] written = new long[2];
    long orphans = 0;
    List<String> failures = new ArrayList<>();
    try (Progress progress = Progress.start(err, "writing", data.residents().size() + data.followUps().size())) {
      Files.createDirectories(out);
      for (Resident r : data.residents()) {
        Optional<Institution> home = data.institution(r.institutionCode());
        String xml;
        try {
          xml = home.isPresent() ? writer.toXml(r, home.get()) : writer.toXml(r);
        } catch (IllegalArgumentException e) {
          failures.add(r.residentId() + ": " + e.getMessage());
          dropped.merge(RecordType.RESIDENT, 1L, Long::sum);
          continue;
        }
        write(CdaDocumentType.PERSONAL_BASIC_INFORMATION.code(), r.residentId(), xml, names);
        written[0]++;
        progress.advance(1);
      }
      for (FollowUp f : data.followUps()) {
        Optional<Resident> r = data.resident(f.residentId());
        if (r.isEmpty()) {
          orphans++;
          dropped.merge(RecordType.FOLLOW_UP, 1L, Long::sum);
          continue;
        }
        String xml;
        try {
          xml = writer.toXml(f, r.get());
        } catch (IllegalArgumentException e) {
          failures.add(f.followUpId() + ": " + e.getMessage());
          dropped.merge(RecordType.FOLLOW_UP, 1L, Long::sum);
          continue;
        }
        write(CdaDocumentType.forFollowUp(f.condition()).code(), f.followUpId(), xml, names);
        written[1]++;
        progress.advance(1);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new UserException(ExitCodes.FAILURE, "cannot write " + out + ": " + e.getMessage(), e);
    }
    err.printf(Locale.ROOT, "wrote %s (CDA): %,d documents: %,d HSDA00.01 (residents), %,d HSDB04.01/HSDB04.02 (follow-ups)%n",
        out, written[0] + written[1], written[0], written[1]);
    if (orphans > 0) {
      err.printf(Locale.ROOT, "  %,d follow-ups of residents not in the input have no CDA document%n", orphans);
    }
    if (!failures.isEmpty()) {
      err.printf(Locale.ROOT, "  %,d records cannot be written as CDA, e.g. %s%n", failures.size(), failures.get(0));
    }
    reportDropped("CDA carries residents and hypertension/diabetes follow-ups", dropped, err);
  }

  /** Writes one document as {@code TYPE-ID.xml}, the id made safe for a file name and unique. */
  private void write(String type, String id, String xml, Set<String> names) throws IOException {
    String base = type + "-" + id.replaceAll("[^A-Za-z0-9._-]", "_");
    String name = base + ".xml";
    for (int i = 2; !names.add(name); i++) {
      name = base + "-" + i + ".xml";
    }
    Files.writeString(out.resolve(name), xml, StandardCharsets.UTF_8);
  }

  private static void reportDropped(String carries, Map<RecordType, Long> dropped, PrintWriter err) {
    long total = dropped.values().stream().mapToLong(Long::longValue).sum();
    if (total == 0) {
      err.println(carries + "; nothing dropped");
      return;
    }
    err.printf(Locale.ROOT, "%s; dropped %,d records:%n", carries, total);
    TextTable grid = TextTable.of("File", "Type", "Dropped>");
    dropped.forEach((t, n) -> grid.row(t.fileName(), t.label(), String.format(Locale.ROOT, "%,d", n)));
    grid.toString().lines().forEach(l -> err.println("  " + l));
  }
}
