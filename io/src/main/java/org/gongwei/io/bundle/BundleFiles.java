package org.gongwei.io.bundle;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.validation.Problem;

/**
 * The files of a bundle directory (exchange format §1): which file holds each record type, and
 * the problems of the directory as a whole. File names are matched exactly as §1 spells them; an
 * upper-case extension ({@code residents.CSV}) is accepted with a warning; any other {@code .csv}
 * file is reported as INFO and ignored, and files of other extensions are ignored silently.
 */
final class BundleFiles {
  private static final Map<String, RecordType> BY_NAME = byName();

  final Map<RecordType, Path> files;
  final List<Problem> problems;

  private BundleFiles(Map<RecordType, Path> files, List<Problem> problems) {
    this.files = Collections.unmodifiableMap(files);
    this.problems = List.copyOf(problems);
  }

  private static Map<String, RecordType> byName() {
    Map<String, RecordType> m = new HashMap<>();
    for (RecordType t : RecordType.values()) {
      m.put(t.fileName(), t);
    }
    return Map.copyOf(m);
  }

  /**
   * Lists the bundle files of a directory, in name order.
   *
   * @throws NotDirectoryException if the path is not a directory
   * @throws IOException if the directory cannot be listed
   */
  static BundleFiles scan(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      if (!Files.exists(directory)) {
        throw new java.nio.file.NoSuchFileException(directory.toString(), null,
            "no such bundle directory");
      }
      throw new NotDirectoryException(directory.toString());
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(directory)) {
      for (Path p : ds) {
        if (Files.isRegularFile(p)) {
          entries.add(p);
        }
      }
    }
    entries.sort((a, b) -> name(a).compareTo(name(b)));

    Map<RecordType, Path> files = new EnumMap<>(RecordType.class);
    List<Problem> problems = new ArrayList<>();
    for (Path p : entries) {
      RecordType exact = BY_NAME.get(name(p));
      if (exact != null) {
        files.put(exact, p);
      }
    }
    for (Path p : entries) {
      String name = name(p);
      if (BY_NAME.containsKey(name) || !name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
        continue;
      }
      String base = name.substring(0, name.length() - 4);
      RecordType upper = name.endsWith(".CSV") ? BY_NAME.get(base + ".csv") : null;
      if (upper != null) {
        Path taken = files.get(upper);
        if (taken != null) {
          problems.add(BundleProblemCode.BUNDLE_DUPLICATE_FILE
              .problem(name + " and " + name(taken) + " both hold " + upper.fileName()
                  + "; " + name + " is ignored")
              .withLocation(name, 0));
        } else {
          files.put(upper, p);
          problems.add(BundleProblemCode.BUNDLE_FILE_NAME_CASE
              .problem(name + " is read as " + upper.fileName()
                  + "; bundle file names end in lower-case .csv")
              .withLocation(name, 0));
        }
        continue;
      }
      RecordType alike = BY_NAME.get(name.toLowerCase(Locale.ROOT));
      String hint = alike == null ? ""
          : " (file names are case-sensitive: did you mean " + alike.fileName() + "?)";
      problems.add(BundleProblemCode.BUNDLE_UNKNOWN_FILE
          .problem(name + " is not a file of the bundle and is ignored" + hint)
          .withLocation(name, 0));
    }
    if (!files.containsKey(RecordType.RESIDENT)) {
      problems.add(BundleProblemCode.BUNDLE_RESIDENTS_MISSING
          .problem("the bundle has no residents.csv, its one required file: it holds no"
              + " residents, and records about residents cannot be matched")
          .withLocation(RecordType.RESIDENT.fileName(), 0));
    }
    return new BundleFiles(files, problems);
  }

  /** The record type a file name holds, if it is a file of §1 spelled exactly. */
  static RecordType typeOf(String fileName) {
    return BY_NAME.get(fileName);
  }

  private static String name(Path p) {
    Path n = p.getFileName();
    return n == null ? p.toString() : n.toString();
  }
}
