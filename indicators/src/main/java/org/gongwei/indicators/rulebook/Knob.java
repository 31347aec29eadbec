package org.gongwei.indicators.rulebook;

import java.util.Objects;
import java.util.Optional;

/**
 * A setting of the {@link Rulebook} that indicators.md leaves open, with the key it has in a JSON
 * rulebook file, its type and its {@code national-2017} default, in the order of the table "The
 * rulebook file".
 *
 * <p>The constants, keys, types and defaults are exactly those of the table; {@link Rulebook}
 * documents the ranges it accepts.
 */
public enum Knob {
  /** The rulebook's name. */
  NAME("name", "string", "national-2017", "the rulebook's name"),
  /** Where a population denominator comes from (Conventions). */
  POPULATION_DENOMINATOR(
      "populationDenominator",
      "PREFER_ESTIMATE | RECORDS_ONLY | ESTIMATE_ONLY",
      "PREFER_ESTIMATE",
      "where a population denominator comes from: the populations.csv estimate and/or the records"),
  /** The window in months of a dynamic record for EHR-03 (§1). */
  DYNAMIC_RECORD_WINDOW_MONTHS(
      "dynamicRecordWindowMonths",
      "integer",
      "12",
      "months before period end in which a service record makes a health record dynamic (EHR-03)"),
  /** The children in the denominator of IMM-01 (§3). */
  CERTIFICATE_COHORT(
      "certificateCohort",
      "CHILDREN_0_6 | BORN_IN_PERIOD",
      "CHILDREN_0_6",
      "children in the denominator of the certificate rate (IMM-01)"),
  /** Days after birth within which the newborn home visit counts (§4, CH-01). */
  NEWBORN_VISIT_DAYS(
      "newbornVisitDays",
      "integer",
      "28",
      "days after birth within which a newborn home visit counts (CH-01)"),
  /** Completed weeks of gestation before which the first prenatal exam is early (§5). */
  EARLY_REGISTRATION_WEEKS(
      "earlyRegistrationWeeks",
      "integer",
      "13",
      "completed weeks of gestation before which registration and first exam are early (MAT-01, MAT-04)"),
  /** Days after discharge within which a postpartum visit counts (§5, MAT-02). */
  POSTPARTUM_VISIT_DAYS(
      "postpartumVisitDays",
      "integer",
      "28",
      "days after discharge (or delivery) within which a postpartum visit counts (MAT-02)"),
  /** Prenatal exams required for systematic maternal management (§5, MAT-04). */
  SYSTEMATIC_PRENATAL_VISITS(
      "systematicPrenatalVisits",
      "integer",
      "5",
      "prenatal exams required for systematic maternal management (MAT-04)"),
  /** Whether a managed patient also needs a follow-up in the period (§7). */
  MANAGED_REQUIRES_FOLLOW_UP(
      "managedRequiresFollowUp",
      "boolean",
      "false",
      "whether a managed hypertension/diabetes patient also needs >= 1 follow-up in the period"),
  /** Follow-ups required for standardized management (§7, §8). */
  FOLLOW_UP_REQUIREMENT(
      "followUpRequirement",
      "\"PRORATED_QUARTERS\" or \"FIXED(n)\"",
      "PRORATED_QUARTERS",
      "face-to-face follow-ups required for standardized management: per overlapping quarter or fixed"),
  /** Whether standardized management requires a complete check-up in the period (§7). */
  REQUIRE_ANNUAL_CHECKUP(
      "requireAnnualCheckup",
      "boolean",
      "true",
      "whether standardized management requires a complete health check-up in the period"),
  /** Whether a complete check-up with the measurement counts as a follow-up (§7). */
  CHECKUP_COUNTS_AS_FOLLOW_UP(
      "checkupCountsAsFollowUp",
      "boolean",
      "true",
      "whether a complete check-up with the measurement counts as one face-to-face follow-up"),
  /** Which follow-up decides control (§7). */
  CONTROL_VISIT(
      "controlVisit",
      "LATEST_WITH_MEASUREMENT | LATEST_ANY",
      "LATEST_WITH_MEASUREMENT",
      "which follow-up in the period decides whether a patient is controlled"),
  /** Whether patients aged 65+ at the visit have the blood-pressure target 150/90 (§7). */
  ELDERLY_BP_TARGET(
      "elderlyBpTarget",
      "boolean",
      "true",
      "whether patients aged >= 65 at the visit are controlled below 150/90 instead of 140/90 mmHg"),
  /** The fasting-glucose value below which a diabetes patient is controlled (§7). */
  FASTING_GLUCOSE_TARGET(
      "fastingGlucoseTarget",
      "number (mmol/L)",
      "7.0",
      "fasting glucose in mmol/L below which a diabetes patient is controlled (DM-02)"),
  /** Hours after notification within which the first TB home visit must be (§9). */
  FIRST_VISIT_HOURS(
      "firstVisitHours",
      "integer or null",
      "null",
      "hours after notification within which the first TB home visit must be; null: any time (TB-01)"),
  /** Days after a contract's end within which a new one counts as a renewal (§13). */
  RENEWAL_GRACE_DAYS(
      "renewalGraceDays",
      "integer",
      "30",
      "days after a contract's end within which a new contract counts as a renewal (FD-03)"),
  /** Targets by indicator id (§16). */
  TARGETS(
      "targets",
      "object: indicator id → {\"atLeast\": 0.9} or {\"atMost\": …}",
      "§16",
      "targets by indicator id");

  private final String key;
  private final String type;
  private final String defaultText;
  private final String description;

  Knob(String key, String type, String defaultText, String description) {
    this.key = key;
    this.type = type;
    this.defaultText = defaultText;
    this.description = description;
  }

  /** The key in a JSON rulebook file, e.g. {@code populationDenominator}. */
  public String key() {
    return key;
  }

  /** The type as the table describes it, e.g. {@code integer} or {@code boolean}. */
  public String type() {
    return type;
  }

  /** The {@code national-2017} default as text, e.g. {@code 28}, {@code null}, {@code §16}. */
  public String defaultText() {
    return defaultText;
  }

  /** A one-line description. */
  public String description() {
    return description;
  }

  /** The knob with JSON key {@code key} (case-sensitive), if any. */
  public static Optional<Knob> fromKey(String key) {
    Objects.requireNonNull(key, "key");
    for (Knob k : values()) {
      if (k.key.equals(key)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** The JSON key. */
  @Override
  public String toString() {
    return key;
  }
}
