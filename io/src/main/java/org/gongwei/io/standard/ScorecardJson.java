package org.gongwei.io.standard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gongwei.indicators.score.MissingRate;
import org.gongwei.indicators.score.ScoreRule;
import org.gongwei.indicators.score.Scorecard;
import org.gongwei.indicators.score.ScorecardItem;
import org.gongwei.indicators.score.Tier;
import org.gongwei.indicators.score.Tiers;
import org.gongwei.indicators.target.Comparison;
import org.gongwei.indicators.target.Target;

/**
 * Reads and writes a {@link Scorecard} as JSON:
 *
 * <pre>{@code
 * {
 *   "note": "optional free text",
 *   "name": "county-2024",
 *   "missingRate": "SCORE_ZERO",
 *   "items": [
 *     {"measure": "HTN-01", "weight": 12, "target": {"atLeast": 0.6}},
 *     {"measure": "FD-01", "weight": 8, "target": {"atLeast": 0.75}, "rule": "BINARY"},
 *     {"measure": "IMM-02", "weight": 10, "target": {"atLeast": 0.9}, "rule": "TIERED",
 *      "tiers": [{"atLeast": 0.9, "share": 1}, {"atLeast": 0.85, "share": 0.8}]}
 *   ]
 * }
 * }</pre>
 *
 * <p>Targets are written as in the rulebook file ({@code {"atLeast": 0.9}} or {@code {"atMost":
 * 0.05}}, fractions). {@code rule} is {@code PROPORTIONAL_CAPPED} (the default when left out),
 * {@code INVERSE_CAPPED}, {@code BINARY} or {@code TIERED}, which needs {@code tiers} (each a
 * cut-off and the share of the weight it earns). {@code missingRate} is {@code SCORE_ZERO} (the
 * default) or {@code EXCLUDE}. Numbers are read exactly. Every problem is a {@link
 * JsonContentException} naming the JSON path, e.g. {@code $.items[1].weight: must be a number,
 * found string "ten"}. {@code write} then {@code read} gives an equal scorecard ({@code note} is
 * not kept).
 */
public final class ScorecardJson {
  private static final List<String> ROOT_KEYS = List.of("note", "name", "missingRate", "items");
  private static final List<String> ITEM_KEYS = List.of("measure", "weight", "target", "rule", "tiers");
  private static final List<String> TARGET_KEYS = List.of("atLeast", "atMost");
  private static final List<String> TIER_KEYS = List.of("atLeast", "atMost", "share");

  private ScorecardJson() {}

  /**
   * The scorecard in {@code file} (UTF-8).
   *
   * @throws IOException if the file cannot be read
   * @throws JsonContentException naming the file and the JSON path of a problem
   */
  public static Scorecard read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return JsonTree.readFile(file, ScorecardJson::read);
  }

  /**
   * The scorecard read from {@code reader} (not closed).
   *
   * @throws IOException if reading fails
   * @throws JsonContentException naming the JSON path of a problem
   */
  public static Scorecard read(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    return scorecard(JsonTree.read(reader));
  }

  /** The scorecard in a JSON string; see {@link #read(Reader)}. */
  public static Scorecard parse(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return read(new StringReader(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The illustration shipped with the library ({@code scorecard-illustration.json}): the national
   * targets of indicators.md §16 as items with example weights adding up to 100.
   */
  public static Scorecard illustration() {
    return JsonTree.readResource("scorecard-illustration.json", ScorecardJson::read);
  }

  /** Writes {@code card} as indented JSON to {@code writer} (not closed). */
  public static void write(Scorecard card, Writer writer) throws IOException {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(writer, "writer");
    JsonTree.MAPPER.writeValue(new NonClosing(writer), tree(card));
  }

  /** Writes {@code card} as indented JSON to {@code file} (UTF-8). */
  public static void write(Scorecard card, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(card, w);
    }
  }

  /** {@code card} as indented JSON. */
  public static String toJson(Scorecard card) {
    Objects.requireNonNull(card, "card");
    try {
      return JsonTree.MAPPER.writeValueAsString(tree(card));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode tree(Scorecard card) {
    ObjectNode root = JsonTree.MAPPER.createObjectNode();
    root.put("name", card.name());
    root.put("missingRate", card.missingRate().name());
    ArrayNode items = root.putArray("items");
    for (ScorecardItem item : card.items()) {
      ObjectNode i = items.addObject();
      i.put("measure", item.measureId());
      i.put("weight", plain(item.weight()));
      putTarget(i.putObject("target"), item.target());
      i.put("rule", item.rule().kind().name());
      item.rule()
          .tiers()
          .ifPresent(
              tiers -> {
                ArrayNode list = i.putArray("tiers");
                for (Tier t : tiers.tiers()) {
                  ObjectNode o = list.addObject();
                  putTarget(o, t.cutOff());
                  o.put("share", plain(t.share()));
                }
              });
    }
    return root;
  }

  private static void putTarget(ObjectNode o, Target t) {
    o.put(t.comparison() == Comparison.AT_LEAST ? "atLeast" : "atMost", plain(t.threshold()));
  }

  private static BigDecimal plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private static Scorecard scorecard(JsonTree root) {
    root.object(ROOT_KEYS);
    root.optional("note").ifPresent(JsonTree::text);
    String name = root.field("name").text();
    MissingRate missing = root.optional("missingRate").map(m -> m.constant(MissingRate.class)).orElse(MissingRate.SCORE_ZERO);
    List<ScorecardItem> items = new ArrayList<>();
    for (JsonTree i : root.field("items").elements()) {
      items.add(item(i));
    }
    return root.build(() -> new Scorecard(name, items, missing));
  }

  private static ScorecardItem item(JsonTree i) {
    i.object(ITEM_KEYS);
    String measure = i.field("measure").text();
    BigDecimal weight = i.field("weight").decimal();
    Target target = target(i.field("target").object(TARGET_KEYS));
    ScoreRule.Kind kind = i.optional("rule").map(r -> r.constant(ScoreRule.Kind.class)).orElse(ScoreRule.Kind.PROPORTIONAL_CAPPED);
    ScoreRule rule;
    if (kind == ScoreRule.Kind.TIERED) {
      if (!i.has("tiers")) {
        throw i.error("rule TIERED needs 'tiers'");
      }
      JsonTree list = i.field("tiers");
      List<Tier> tiers = new ArrayList<>();
      for (JsonTree t : list.elements()) {
        t.object(TIER_KEYS);
        Target cutOff = target(t);
        BigDecimal share = t.field("share").decimal();
        tiers.add(t.build(() -> Tier.of(cutOff, share)));
      }
      rule = list.build(() -> ScoreRule.tiered(new Tiers(tiers)));
    } else {
      if (i.has("tiers")) {
        throw i.field("tiers").error("tiers are only allowed with rule TIERED, not " + kind);
      }
      rule = ScoreRule.of(kind);
    }
    return i.build(() -> ScorecardItem.of(measure, weight, target, rule));
  }

  /** The target of an object with exactly one of {@code atLeast} and {@code atMost}. */
  private static Target target(JsonTree o) {
    boolean atLeast = o.has("atLeast");
    if (atLeast == o.has("atMost")) {
      throw o.error("needs exactly one of 'atLeast' and 'atMost'");
    }
    JsonTree value = o.field(atLeast ? "atLeast" : "atMost");
    BigDecimal threshold = value.decimal();
    return value.build(() -> atLeast ? Target.atLeast(threshold) : Target.atMost(threshold));
  }

  /** A writer whose close() only flushes, so that Jackson leaves the caller's writer open. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
