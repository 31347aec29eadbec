package org.gongwei.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The data formats {@code gongwei convert} reads and writes, and how the format of an input is
 * told: a directory with {@code residents.csv} is a CSV bundle; a directory of {@code .xml} files,
 * CDA documents; a {@code .ndjson} or {@code .jsonl} file, NDJSON; a {@code .json} file whose text
 * declares {@code "resourceType": "Bundle"}, a FHIR Bundle.
 */
enum DataFormat {
  /** A CSV bundle directory. */
  CSV,
  /** An NDJSON file, one record per line. */
  NDJSON,
  /** A FHIR R4 Bundle JSON file. */
  FHIR,
  /** A directory of WS/T 483 CDA documents. */
  CDA;

  private static final Pattern FHIR_BUNDLE = Pattern.compile("\"resourceType\"\\s*:\\s*\"Bundle\"");
  private static final int SNIFF_BYTES = 1 << 20;

  /**
   * The format of an input path.
   *
   * @throws UserException if the path does not exist or its kind cannot be told
   */
  static DataFormat detect(Path path) {
    if (!Files.exists(path)) {
      throw new UserException("no such file or directory: " + path);
    }
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (Files.isDirectory(path)) {
        boolean xml = false;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
          for (Path p : entries) {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.equals("residents.csv")) {
              return CSV;
            }
            xml |= n.endsWith(".xml");
          }
        }
        if (xml) {
          return CDA;
        }
        throw new UserException("cannot tell what " + path + " is: a directory with neither residents.csv "
            + "(a CSV bundle) nor .xml files (CDA documents); name the kind with --from");
      }
      if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
        return NDJSON;
      }
      if (name.endsWith(".json")) {
        if (FHIR_BUNDLE.matcher(head(path)).find()) {
          return FHIR;
        }
        throw new UserException(path + " is not a FHIR Bundle (no \"resourceType\": \"Bundle\" near its start);"
            + " name the kind with --from");
      }
    } catch (IOException e) {
      throw new UserException(ExitCodes.UNUSABLE, "cannot read " + path + ": " + e, e);
    }
    throw new UserException("cannot tell what " + path + " is: expected a bundle directory, a directory of CDA "
        + ".xml files, an .ndjson/.jsonl file or a FHIR Bundle .json file; name the kind with --from");
  }

  /** The first megabyte of a file as text. */
  private static String head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
    }
  }
}
