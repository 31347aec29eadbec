package org.gongwei.core.validation;

import java.util.EnumMap;
import java.util.Map;
import org.gongwei.core.dataset.RecordType;

/**
 * The Markdown text of {@code docs/validation-rules.md}: every {@link Rule} with its code,
 * severity, record type, field and description, generated from the enum so that the document
 * cannot drift from the code.
 *
 * <p>The text is deterministic (rules in enum order, no dates). {@code RuleMarkdownTest} fails
 * when the committed file differs from it and rewrites the file when run with {@code
 * -Dgongwei.docs.write=true}.
 */
final class RuleMarkdown {
  private RuleMarkdown() {}

  /** The whole document. */
  static String validationRules() {
    StringBuilder md = new StringBuilder();
    md.append("<!-- Generated from org.gongwei.core.validation.Rule by RuleMarkdown; do not edit.\n")
        .append("     Regenerate: see docs/README.md. -->\n\n");
    md.append("# Validation rules\n\n");
    md.append(
        """
        Every check that `DatasetValidator` (a whole `Dataset`) and `RecordValidator` (one record or \
        one resident's view, as residents stream) apply. Each finding is a `Problem` whose code is \
        the rule's code, with the record type and id, the field, and the file and line when the \
        records were read from a file. The list is generated from the enum \
        `org.gongwei.core.validation.Rule`.

        Severities:

        - **ERROR**: the record cannot be used as it is (it contradicts itself or refers to nothing);
        - **WARNING**: the record is used, but something is implausible, or it is excluded from an \
        indicator for the reason given;
        - **INFO**: worth knowing, nothing wrong.

        Validation never throws on bad data and runs in time linear in the number of records. \
        Messages name the value and the rule and never show a full ID card number. Dates "in the \
        future" are after the validator's reference date (`DatasetValidator.builder().asOf(…)`, \
        default: today). A rule can be switched off with `disabledRules(…)`. Rules whose record \
        type is "any" apply to every record type that has the field (the service dates, for \
        example, to follow-ups, check-ups, mental-health follow-ups, TB first visits, maternal, \
        child and TCM visits, vaccinations and contract starts).

        The problems of the CSV layer (encodings, headers, cells) are listed in \
        [bundle-format.md](bundle-format.md#problems-found-while-reading).

        """);
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Rule r : Rule.values()) {
      counts.merge(r.severity(), 1, Integer::sum);
    }
    md.append(Rule.values().length).append(" rules: ");
    String sep = "";
    for (Severity s : Severity.values()) {
      md.append(sep).append(counts.getOrDefault(s, 0)).append(' ').append(s);
      sep = ", ";
    }
    md.append(".\n\n");
    md.append("| Code | Severity | Record type | Field | Rule |\n");
    md.append("|---|---|---|---|---|\n");
    for (Rule r : Rule.values()) {
      md.append("| `").append(r.code()).append("` | ")
          .append(r.severity()).append(" | ")
          .append(r.recordType().map(RuleMarkdown::recordType).orElse("any")).append(" | ")
          .append(r.field().map(f -> "`" + f + "`").orElse("—")).append(" | ")
          .append(cell(r.description())).append(" |\n");
    }
    return md.toString();
  }

  private static String recordType(RecordType type) {
    return "`" + type.fileName() + "` " + type.label();
  }

  /** Text made safe for a Markdown table cell. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
