package org.gongwei.io.csv;

import static org.gongwei.io.csv.ColumnSchema.optional;
import static org.gongwei.io.csv.ColumnSchema.required;
import static org.gongwei.io.csv.ValueKind.BOOLEAN;
import static org.gongwei.io.csv.ValueKind.CODE;
import static org.gongwei.io.csv.ValueKind.DATE;
import static org.gongwei.io.csv.ValueKind.DATE_TIME;
import static org.gongwei.io.csv.ValueKind.DECIMAL;
import static org.gongwei.io.csv.ValueKind.ID_NUMBER;
import static org.gongwei.io.csv.ValueKind.INTEGER;
import static org.gongwei.io.csv.ValueKind.TEXT;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.core.dataset.RecordType;

/**
 * The columns of one file of the CSV bundle, in the order of exchange format §1, each with its
 * requiredness (bold in §1) and value kind.
 *
 * <p>The first column is the record's identifier ({@code resident_id} for {@code residents.csv},
 * {@code scope_code} for {@code populations.csv}); problems name it as the record id.
 */
public final class FileSchema {
  private static final Map<RecordType, FileSchema> BUILT_IN = buildAll();

  private final RecordType recordType;
  private final List<ColumnSchema> columns;
  private final Map<String, Integer> positions;
  /** The column names by position, for the identity check of {@link CsvRow}'s column lookup. */
  final String[] names;
  /** The code width by position, 0 when the column has none. */
  final int[] codeWidths;

  private FileSchema(RecordType recordType, List<ColumnSchema> columns) {
    this.recordType = recordType;
    this.columns = List.copyOf(columns);
    this.names = new String[this.columns.size()];
    this.codeWidths = new int[this.columns.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = this.columns.get(i).name();
      codeWidths[i] = this.columns.get(i).codeWidth().orElse(0);
    }
    Map<String, Integer> p = new HashMap<>();
    for (int i = 0; i < this.columns.size(); i++) {
      if (p.put(this.columns.get(i).name(), i) != null) {
        throw new IllegalArgumentException(
            "column " + this.columns.get(i).name() + " listed twice for " + recordType);
      }
    }
    this.positions = Map.copyOf(p);
  }

  /** The schema of the file holding records of the given type. */
  public static FileSchema of(RecordType recordType) {
    return BUILT_IN.get(Objects.requireNonNull(recordType, "recordType"));
  }

  /** The record type (and so the file name) this schema describes. */
  public RecordType recordType() {
    return recordType;
  }

  /** Every column of the file, in the order of exchange format §1. */
  public List<ColumnSchema> columns() {
    return columns;
  }

  /** The column with the given canonical name, if the file has it. */
  public Optional<ColumnSchema> column(String name) {
    Integer p = positions.get(Objects.requireNonNull(name, "name"));
    return p == null ? Optional.empty() : Optional.of(columns.get(p));
  }

  /** The canonical names of the required columns, in schema order. */
  public List<String> requiredColumns() {
    return columns.stream().filter(ColumnSchema::isRequired).map(ColumnSchema::name).toList();
  }

  /** The identifier column: the first column. */
  public ColumnSchema idColumn() {
    return columns.get(0);
  }

  /** The index of a column in {@link #columns()}, or -1 when the file has no such column. */
  int position(String name) {
    Integer p = positions.get(name);
    return p == null ? -1 : p;
  }

  /** For example {@code residents.csv (22 columns, 6 required)}. */
  @Override
  public String toString() {
    return recordType.fileName()
        + " ("
        + columns.size()
        + " columns, "
        + requiredColumns().size()
        + " required)";
  }

  private static Map<RecordType, FileSchema> buildAll() {
    Map<RecordType, FileSchema> m = new EnumMap<>(RecordType.class);
    put(m, RecordType.INSTITUTION,
        required("institution_code", CODE),
        required("name", TEXT),
        required("type", CODE),
        required("region_code", CODE),
        optional("parent_code", CODE),
        optional("uscc", CODE));
    put(m, RecordType.RESIDENT,
        required("resident_id", TEXT),
        optional("id_type", CODE).withCodeWidth(2),
        optional("id_number", ID_NUMBER),
        optional("name", TEXT),
        required("sex", CODE).withCodeWidth(1),
        required("birth_date", DATE),
        optional("ethnicity", CODE).withCodeWidth(2),
        required("region_code", CODE),
        required("institution_code", CODE),
        optional("doctor_id", TEXT),
        required("permanent", BOOLEAN),
        optional("household_registered", BOOLEAN),
        optional("record_established_date", DATE),
        optional("electronic_record", BOOLEAN),
        optional("record_standardized", BOOLEAN),
        optional("record_closed_date", DATE),
        optional("record_closed_reason", CODE).withCodeWidth(1),
        optional("death_date", DATE),
        optional("disabled", BOOLEAN),
        optional("poverty_alleviated", BOOLEAN),
        optional("family_planning_special", BOOLEAN),
        optional("vaccination_certificate_date", DATE));
    put(m, RecordType.REGISTRATION,
        required("registration_id", TEXT),
        required("resident_id", TEXT),
        required("condition", CODE),
        optional("icd10", CODE),
        optional("diagnosed_date", DATE),
        required("enrolled_date", DATE),
        optional("ended_date", DATE),
        optional("ended_reason", CODE),
        optional("institution_code", CODE));
    put(m, RecordType.FOLLOW_UP,
        required("followup_id", TEXT),
        required("resident_id", TEXT),
        required("condition", CODE),
        required("visit_date", DATE),
        required("method", CODE).withCodeWidth(1),
        optional("sbp", DECIMAL),
        optional("dbp", DECIMAL),
        optional("fasting_glucose", DECIMAL),
        optional("hba1c", DECIMAL),
        optional("classification", CODE).withCodeWidth(1),
        optional("adherence", CODE).withCodeWidth(1),
        optional("adverse_reaction", BOOLEAN),
        optional("referral", BOOLEAN),
        optional("next_visit_date", DATE),
        optional("doctor_id", TEXT),
        optional("institution_code", CODE));
    put(m, RecordType.CHECKUP,
        required("checkup_id", TEXT),
        required("resident_id", TEXT),
        required("checkup_date", DATE),
        required("kind", CODE),
        optional("form_complete", BOOLEAN),
        optional("guidance_given", BOOLEAN),
        optional("sbp", DECIMAL),
        optional("dbp", DECIMAL),
        optional("fasting_glucose", DECIMAL),
        optional("self_care_score", INTEGER),
        optional("institution_code", CODE));
    put(m, RecordType.MENTAL_FOLLOW_UP,
        required("followup_id", TEXT),
        required("resident_id", TEXT),
        required("visit_date", DATE),
        optional("method", CODE).withCodeWidth(1),
        optional("risk_level", INTEGER),
        optional("medication", CODE),
        required("status", CODE));
    put(m, RecordType.TB_COURSE,
        required("course_id", TEXT),
        required("resident_id", TEXT),
        required("notified_date", DATE),
        optional("first_visit_date", DATE),
        optional("treatment_start_date", DATE),
        optional("treatment_end_date", DATE),
        optional("outcome", CODE),
        optional("doses_scheduled", INTEGER),
        optional("doses_taken", INTEGER));
    put(m, RecordType.PREGNANCY,
        required("pregnancy_id", TEXT),
        required("resident_id", TEXT),
        optional("lmp_date", DATE),
        optional("registration_date", DATE),
        optional("delivery_date", DATE),
        optional("discharge_date", DATE),
        optional("live_births", INTEGER));
    put(m, RecordType.MATERNAL_VISIT,
        required("visit_id", TEXT),
        required("pregnancy_id", TEXT),
        required("visit_date", DATE),
        required("kind", CODE),
        optional("gestational_weeks", INTEGER));
    put(m, RecordType.CHILD_VISIT,
        required("visit_id", TEXT),
        required("resident_id", TEXT),
        required("visit_date", DATE),
        required("kind", CODE));
    put(m, RecordType.TCM_SERVICE,
        required("service_id", TEXT),
        required("resident_id", TEXT),
        required("service_date", DATE),
        required("kind", CODE));
    put(m, RecordType.VACCINATION,
        required("vaccination_id", TEXT),
        required("resident_id", TEXT),
        required("vaccine", CODE),
        required("dose", INTEGER),
        required("vaccination_date", DATE),
        optional("institution_code", CODE));
    put(m, RecordType.CONTRACT,
        required("contract_id", TEXT),
        required("resident_id", TEXT),
        required("start_date", DATE),
        required("end_date", DATE),
        optional("terminated_date", DATE),
        optional("team_id", TEXT),
        optional("doctor_id", TEXT),
        optional("institution_code", CODE),
        optional("package", TEXT),
        optional("fee_yuan", DECIMAL));
    put(m, RecordType.SATISFACTION_SURVEY,
        required("survey_id", TEXT),
        optional("resident_id", TEXT),
        required("survey_date", DATE),
        required("score", INTEGER));
    put(m, RecordType.INFECTIOUS_CASE,
        required("case_id", TEXT),
        required("institution_code", CODE),
        required("disease_class", CODE),
        optional("disease", TEXT),
        required("diagnosed_at", DATE_TIME),
        optional("reported_at", DATE_TIME));
    put(m, RecordType.EMERGENCY_EVENT,
        required("event_id", TEXT),
        required("institution_code", CODE),
        required("discovered_at", DATE_TIME),
        optional("reported_at", DATE_TIME));
    put(m, RecordType.SUPERVISION,
        required("lead_id", TEXT),
        required("institution_code", CODE),
        required("domain", CODE),
        required("kind", CODE),
        required("found_date", DATE),
        optional("reported_date", DATE));
    put(m, RecordType.EDUCATION,
        required("activity_id", TEXT),
        required("institution_code", CODE),
        required("activity_date", DATE),
        required("kind", CODE),
        optional("title", TEXT),
        optional("participants", INTEGER));
    put(m, RecordType.POPULATION,
        required("scope_code", CODE),
        required("year", INTEGER),
        optional("population", INTEGER),
        optional("adult_population", INTEGER),
        optional("population_65_plus", INTEGER),
        optional("population_0_6", INTEGER),
        optional("hypertension_prevalence", DECIMAL),
        optional("diabetes_prevalence", DECIMAL));
    if (m.size() != RecordType.values().length) {
      throw new IllegalStateException("a record type has no schema");
    }
    return m;
  }

  private static void put(Map<RecordType, FileSchema> m, RecordType type, ColumnSchema... columns) {
    m.put(type, new FileSchema(type, List.of(columns)));
  }
}
