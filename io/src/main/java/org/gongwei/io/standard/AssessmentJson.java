package org.gongwei.io.standard;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gongwei.indicators.capability.Assessment;

/**
 * Reads assessments against a capability standard from JSON: an array with one object per
 * institution, the items met and optionally partial scores of items not met.
 *
 * <pre>{@code
 * [
 *   {"institution": "430321101", "met": ["A.1", "A.2", "B.1"], "partial": {"B.4": 3.5}},
 *   {"institution": "430321102", "met": ["A.1"]}
 * ]
 * }</pre>
 *
 * <p>Problems are {@link JsonContentException}s naming the JSON path (an unknown key, a missing
 * field, an item listed twice in {@code met}, an item both met and partly scored, an institution
 * listed twice). Whether the item ids exist is checked by {@link
 * org.gongwei.indicators.capability.CapabilityStandard#assess}.
 */
public final class AssessmentJson {
  private static final List<String> KEYS = List.of("institution", "met", "partial");

  private AssessmentJson() {}

  /**
   * The assessments in {@code file} (UTF-8), in file order.
   *
   * @throws IOException if the file cannot be read
   * @throws JsonContentException naming the file and the JSON path of a problem
   */
  public static List<Assessment> read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return JsonTree.readFile(file, AssessmentJson::read);
  }

  /**
   * The assessments read from {@code reader} (not closed), in document order.
   *
   * @throws IOException if reading fails
   * @throws JsonContentException naming the JSON path of a problem
   */
  public static List<Assessment> read(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    List<Assessment> list = new ArrayList<>();
    Set<String> institutions = new LinkedHashSet<>();
    for (JsonTree a : JsonTree.read(reader).elements()) {
      Assessment assessment = assessment(a);
      if (!institutions.add(assessment.institution())) {
        throw a.error("institution " + assessment.institution() + " is assessed twice");
      }
      list.add(assessment);
    }
    return List.copyOf(list);
  }

  private static Assessment assessment(JsonTree a) {
    a.object(KEYS);
    String institution = a.field("institution").text();
    Set<String> met = new LinkedHashSet<>();
    for (JsonTree id : a.field("met").elements()) {
      if (!met.add(id.text())) {
        throw id.error("item " + id.text() + " is listed twice");
      }
    }
    Map<String, BigDecimal> partial = a.optional("partial").map(p -> p.entries(JsonTree::decimal)).orElse(Map.of());
    return a.build(() -> new Assessment(institution, met, partial));
  }
}
