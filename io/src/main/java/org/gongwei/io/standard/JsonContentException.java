package org.gongwei.io.standard;

import java.util.Objects;
import java.util.Optional;

/**
 * A JSON file whose content does not describe what it should: not JSON at all, an unknown key, a
 * missing field, a value of the wrong type, or a value the domain rejects. The message names the
 * file (when known), the JSON path and the problem, e.g. {@code scorecard.json:
 * $.items[2].weight: must be a number, found string "ten"}.
 */
public final class JsonContentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String jsonPath;
  private final String problem;

  /** A problem at {@code jsonPath} (e.g. {@code $.items[2].weight}) of an unnamed source. */
  public JsonContentException(String jsonPath, String problem) {
    this(null, jsonPath, problem, null);
  }

  private JsonContentException(String source, String jsonPath, String problem, Throwable cause) {
    super((source == null ? "" : source + ": ") + jsonPath + ": " + problem, cause);
    this.source = source;
    this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** A problem at {@code jsonPath} with its cause. */
  static JsonContentException of(String jsonPath, String problem, Throwable cause) {
    return new JsonContentException(null, jsonPath, problem, cause);
  }

  /** The same problem in the file {@code name}. */
  public JsonContentException inSource(String name) {
    Objects.requireNonNull(name, "name");
    JsonContentException e = new JsonContentException(name, jsonPath, problem, getCause());
    e.setStackTrace(getStackTrace());
    return e;
  }

  /** The file the problem is in, when it was read from a file. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** Where in the document: {@code $} for the whole document, {@code $.chapters[0].items[3].level} … */
  public String jsonPath() {
    return jsonPath;
  }

  /** The problem in words, e.g. {@code unknown key 'wieght' (expected: measure, weight, target, rule, tiers)}. */
  public String problem() {
    return problem;
  }
}
