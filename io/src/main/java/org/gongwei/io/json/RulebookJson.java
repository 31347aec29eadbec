package org.gongwei.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.gongwei.indicators.rulebook.AgeBand;
import org.gongwei.indicators.rulebook.AgeBands;
import org.gongwei.indicators.rulebook.CertificateCohort;
import org.gongwei.indicators.rulebook.ControlVisit;
import org.gongwei.indicators.rulebook.FollowUpRequirement;
import org.gongwei.indicators.rulebook.Knob;
import org.gongwei.indicators.rulebook.PopulationDenominator;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.indicators.target.Comparison;
import org.gongwei.indicators.target.Target;

/**
 * The rulebook file (indicators.md, "The rulebook file"): a JSON object whose keys are the
 * {@linkplain Knob#key() knob keys}, read onto {@code national-2017} (or another base) and
 * written with every knob.
 *
 * <pre>{@code
 * {"name": "province-x", "followUpRequirement": "FIXED(4)", "elderlyBpTarget": false,
 *  "earlyRegistrationWeeks": 12, "targets": {"HTN-01": {"atLeast": 0.65}}}
 * }</pre>
 *
 * <p>Values: {@code name} a non-blank string; the enum knobs their constant name ({@code
 * "RECORDS_ONLY"}); integer knobs whole JSON numbers; yes/no knobs {@code true}/{@code false};
 * {@code followUpRequirement} the string {@code "PRORATED_QUARTERS"} or {@code "FIXED(n)"};
 * {@code fastingGlucoseTarget} a number (mmol/L); {@code firstVisitHours} a whole number or
 * {@code null} (no limit). Ranges are those of {@link Rulebook}.
 *
 * <p>{@code targets} maps indicator (or measure) ids to {@code {"atLeast": 0.9}} or {@code
 * {"atMost": 0.05}} (a fraction: 0.9 is 90 %), or to the text form {@code "≥ 90%"}, or to {@code
 * null}. The object is merged into the base's targets: an id left out keeps its target, an id
 * with {@code null} loses it. {@link #write} therefore writes {@code null} for every target of
 * {@code national-2017} that the rulebook no longer has, so that reading gives it back equal.
 *
 * <p>One key beyond the knob table: {@code ageBands}, the bands for stratification, an array of
 * {@code {"from": 0, "to": 6, "label": "0-6"}} with the last band open ({@code {"from": 65}}); a
 * label left out is {@code from-to} or {@code from+}.
 *
 * <p>Errors: a key left out keeps the base's value; an unknown key, a repeated key, a value of
 * the wrong type or out of range, and a syntax error are errors. Reading collects every error of
 * the file and throws one {@link RulebookFormatException} (a checked {@code IOException}) whose
 * message lists them, each naming its key and value, e.g. {@code unknown key 'followUpRequirment'
 * (known keys: …)}: the message is meant to be shown to the user of a command line as it is.
 */
public final class RulebookJson {
  /** The extra key for age bands. */
  public static final String AGE_BANDS = "ageBands";

  private static final String KNOWN_KEYS =
      Arrays.stream(Knob.values()).map(Knob::key).collect(Collectors.joining(", ")) + ", " + AGE_BANDS;

  private RulebookJson() {}

  /**
   * The rulebook of a JSON file, on {@code national-2017}.
   *
   * @throws RulebookFormatException naming every unknown key and bad value
   * @throws IOException if the file cannot be read
   */
  public static Rulebook read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, Rulebook.national2017(), file.toString());
    }
  }

  /**
   * The rulebook of JSON text, on {@code national-2017}.
   *
   * @throws RulebookFormatException naming every unknown key and bad value
   * @throws IOException if the reader fails
   */
  public static Rulebook read(Reader in) throws IOException {
    return read(in, Rulebook.national2017(), "rulebook");
  }

  /**
   * The rulebook of JSON text on {@code base}: keys left out keep the base's values.
   *
   * @param source where the text comes from, for error messages (a file name)
   * @throws RulebookFormatException naming every unknown key and bad value
   * @throws IOException if the reader fails
   */
  public static Rulebook read(Reader in, Rulebook base, String source) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(source, "source");
    JsonNode root;
    try {
      String text = new BufferedReader(in).lines().collect(Collectors.joining("\n"));
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      root = GongweiJson.shared().readTree(text);
    } catch (JsonProcessingException e) {
      throw new RulebookFormatException(source, List.of("JSON: " + e.getOriginalMessage() + location(e)));
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    return read(root, base, source);
  }

  /**
   * The rulebook of JSON text, on {@code national-2017}.
   *
   * @throws RulebookFormatException naming every unknown key and bad value
   */
  public static Rulebook parse(String json) throws RulebookFormatException {
    Objects.requireNonNull(json, "json");
    try {
      return read(new java.io.StringReader(json));
    } catch (RulebookFormatException e) {
      throw e;
    } catch (IOException e) {
      throw new IllegalStateException("a string reader cannot fail", e);
    }
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }

  static Rulebook read(JsonNode root, Rulebook base, String source) throws RulebookFormatException {
    if (root == null || !root.isObject()) {
      throw new RulebookFormatException(
          source, List.of("JSON: a rulebook must be a JSON object, found " + (root == null ? "nothing" : shown(root))));
    }
    List<String> errors = new ArrayList<>();
    Rulebook r = base;
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      String key = e.getKey();
      JsonNode v = e.getValue();
      try {
        if (key.equals(AGE_BANDS)) {
          r = r.withAgeBands(ageBands(v));
          continue;
        }
        Knob knob = Knob.fromKey(key).orElse(null);
        if (knob == null) {
          errors.add("unknown key '" + key + "' (known keys: " + KNOWN_KEYS + ")");
          continue;
        }
        r = apply(r, knob, v);
      } catch (IllegalArgumentException ex) {
        String m = ex.getMessage();
        errors.add(m != null && m.startsWith(key) ? m : key + ": " + m);
      }
    }
    if (!errors.isEmpty()) {
      throw new RulebookFormatException(source, errors);
    }
    return r;
  }

  private static Rulebook apply(Rulebook r, Knob knob, JsonNode v) {
    switch (knob) {
      case NAME:
        return r.withName(text(v, "a non-blank string"));
      case POPULATION_DENOMINATOR:
        return r.withPopulationDenominator(enumValue(v, PopulationDenominator.class));
      case DYNAMIC_RECORD_WINDOW_MONTHS:
        return r.withDynamicRecordWindowMonths(integer(v));
      case CERTIFICATE_COHORT:
        return r.withCertificateCohort(enumValue(v, CertificateCohort.class));
      case NEWBORN_VISIT_DAYS:
        return r.withNewbornVisitDays(integer(v));
      case EARLY_REGISTRATION_WEEKS:
        return r.withEarlyRegistrationWeeks(integer(v));
      case POSTPARTUM_VISIT_DAYS:
        return r.withPostpartumVisitDays(integer(v));
      case SYSTEMATIC_PRENATAL_VISITS:
        return r.withSystematicPrenatalVisits(integer(v));
      case MANAGED_REQUIRES_FOLLOW_UP:
        return r.withManagedRequiresFollowUp(bool(v));
      case FOLLOW_UP_REQUIREMENT:
        return r.withFollowUpRequirement(
            FollowUpRequirement.parse(text(v, "\"PRORATED_QUARTERS\" or \"FIXED(n)\"")));
      case REQUIRE_ANNUAL_CHECKUP:
        return r.withRequireAnnualCheckup(bool(v));
      case CHECKUP_COUNTS_AS_FOLLOW_UP:
        return r.withCheckupCountsAsFollowUp(bool(v));
      case CONTROL_VISIT:
        return r.withControlVisit(enumValue(v, ControlVisit.class));
      case ELDERLY_BP_TARGET:
        return r.withElderlyBpTarget(bool(v));
      case FASTING_GLUCOSE_TARGET:
        return r.withFastingGlucoseTarget(decimal(v, "a number (mmol/L)"));
      case FIRST_VISIT_HOURS:
        return r.withFirstVisitHours(v.isNull() ? OptionalInt.empty() : OptionalInt.of(integer(v, "a whole number or null")));
      case RENEWAL_GRACE_DAYS:
        return r.withRenewalGraceDays(integer(v));
      case TARGETS:
        return r.withTargets(targets(v, r.targets()));
      default:
        throw new AssertionError(knob);
    }
  }

  private static String shown(JsonNode v) {
    String s = v.toString();
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  private static IllegalArgumentException expected(String what, JsonNode v) {
    return new IllegalArgumentException("expected " + what + ", found " + shown(v));
  }

  private static String text(JsonNode v, String what) {
    if (!v.isTextual()) {
      throw expected(what, v);
    }
    return v.textValue();
  }

  private static int integer(JsonNode v) {
    return integer(v, "a whole number");
  }

  private static int integer(JsonNode v, String what) {
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw expected(what, v);
    }
    return v.intValue();
  }

  private static boolean bool(JsonNode v) {
    if (!v.isBoolean()) {
      throw expected("true or false", v);
    }
    return v.booleanValue();
  }

  private static BigDecimal decimal(JsonNode v, String what) {
    if (!v.isNumber()) {
      throw expected(what, v);
    }
    return v.decimalValue();
  }

  private static <E extends Enum<E>> E enumValue(JsonNode v, Class<E> type) {
    String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(" | "));
    if (v.isTextual()) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(v.textValue())) {
          return e;
        }
      }
    }
    throw expected(names, v);
  }

  private static Map<String, Target> targets(JsonNode v, SortedMap<String, Target> current) {
    if (!v.isObject()) {
      throw expected("an object of indicator id → {\"atLeast\": fraction} or {\"atMost\": fraction}", v);
    }
    Map<String, Target> merged = new TreeMap<>(current);
    List<String> errors = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      try {
        if (e.getValue().isNull()) {
          merged.remove(e.getKey());
        } else {
          merged.put(e.getKey(), target(e.getValue()));
        }
      } catch (IllegalArgumentException ex) {
        errors.add(e.getKey() + ": " + ex.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          Knob.TARGETS.key() + ": " + errors.stream().collect(Collectors.joining("; targets: ")));
    }
    return merged;
  }

  private static Target target(JsonNode v) {
    if (v.isTextual()) {
      return Target.parse(v.textValue());
    }
    String what = "{\"atLeast\": fraction}, {\"atMost\": fraction}, \"≥ 90%\" or null";
    if (!v.isObject() || v.size() != 1) {
      throw expected(what, v);
    }
    Map.Entry<String, JsonNode> only = v.properties().iterator().next();
    BigDecimal threshold = decimal(only.getValue(), "a fraction between 0 and 1");
    switch (only.getKey()) {
      case "atLeast":
        return Target.atLeast(threshold);
      case "atMost":
        return Target.atMost(threshold);
      default:
        throw expected(what, v);
    }
  }

  private static AgeBands ageBands(JsonNode v) {
    String what = "an array of {\"from\": years, \"to\": years, \"label\": text}, the last without \"to\"";
    if (!v.isArray() || v.isEmpty()) {
      throw expected(what, v);
    }
    List<AgeBand> bands = new ArrayList<>();
    IntFunction<String> at = i -> AGE_BANDS + "[" + i + "]: ";
    for (int i = 0; i < v.size(); i++) {
      JsonNode b = v.get(i);
      if (!b.isObject()) {
        throw new IllegalArgumentException(at.apply(i) + "expected {\"from\": years, \"to\": years, \"label\": text}, found " + shown(b));
      }
      for (Map.Entry<String, JsonNode> property : b.properties()) {
        String n = property.getKey();
        if (!n.equals("from") && !n.equals("to") && !n.equals("label")) {
          throw new IllegalArgumentException(at.apply(i) + "unknown key '" + n + "' (known: from, to, label)");
        }
      }
      try {
        JsonNode from = b.get("from");
        if (from == null) {
          throw new IllegalArgumentException("from: missing");
        }
        int f = integer(from);
        JsonNode to = b.get("to");
        JsonNode label = b.get("label");
        OptionalInt t = to == null || to.isNull() ? OptionalInt.empty() : OptionalInt.of(integer(to));
        String l = label == null || label.isNull()
            ? (t.isPresent() ? f + "-" + t.getAsInt() : f + "+")
            : text(label, "a string");
        bands.add(new AgeBand(f, t, l));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(at.apply(i) + e.getMessage(), e);
      }
    }
    return new AgeBands(bands);
  }

  // ---- writing ---------------------------------------------------------------------------------

  /** The rulebook as a pretty-printed JSON file: every knob in table order, then the age bands. */
  public static String write(Rulebook rulebook) {
    StringWriter out = new StringWriter();
    try {
      write(rulebook, out);
    } catch (IOException e) {
      throw new IllegalStateException("a string writer cannot fail", e);
    }
    return out.toString();
  }

  /** Writes the rulebook as pretty-printed JSON, with a final line break; does not close {@code out}. */
  public static void write(Rulebook rulebook, Writer out) throws IOException {
    Objects.requireNonNull(rulebook, "rulebook");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = GongweiJson.shared().getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pp);
      write(rulebook, g);
    }
    out.write('\n');
    out.flush();
  }

  /** Writes the rulebook as a UTF-8 JSON file. */
  public static void write(Rulebook rulebook, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(rulebook, out);
    }
  }

  static void write(Rulebook r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    for (Knob k : Knob.values()) {
      g.writeFieldName(k.key());
      Object v = r.value(k);
      if (k == Knob.TARGETS) {
        writeTargets(r, g);
      } else if (v instanceof String) {
        g.writeString((String) v);
      } else if (v instanceof Enum<?>) {
        g.writeString(((Enum<?>) v).name());
      } else if (v instanceof FollowUpRequirement) {
        g.writeString(v.toString());
      } else if (v instanceof Integer) {
        g.writeNumber((Integer) v);
      } else if (v instanceof Boolean) {
        g.writeBoolean((Boolean) v);
      } else if (v instanceof BigDecimal) {
        g.writeNumber(((BigDecimal) v).toPlainString());
      } else if (v instanceof OptionalInt) {
        OptionalInt o = (OptionalInt) v;
        if (o.isPresent()) {
          g.writeNumber(o.getAsInt());
        } else {
          g.writeNull();
        }
      } else {
        throw new IllegalStateException("no JSON form for knob " + k + ": " + v);
      }
    }
    g.writeArrayFieldStart(AGE_BANDS);
    for (AgeBand b : r.ageBands().bands()) {
      g.writeStartObject();
      g.writeNumberField("from", b.fromYears());
      if (b.toYearsInclusive().isPresent()) {
        g.writeNumberField("to", b.toYearsInclusive().getAsInt());
      }
      g.writeStringField("label", b.label());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeTargets(Rulebook r, JsonGenerator g) throws IOException {
    SortedMap<String, Target> all = new TreeMap<>();
    Rulebook.national2017().targets().keySet().forEach(id -> all.put(id, null));
    all.putAll(r.targets());
    g.writeStartObject();
    for (Map.Entry<String, Target> e : all.entrySet()) {
      g.writeFieldName(e.getKey());
      Target t = e.getValue();
      if (t == null) {
        g.writeNull();
      } else {
        g.writeStartObject();
        g.writeFieldName(t.comparison() == Comparison.AT_LEAST ? "atLeast" : "atMost");
        g.writeNumber(t.threshold().toPlainString());
        g.writeEndObject();
      }
    }
    g.writeEndObject();
  }
}
