package org.gongwei.io.bundle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import org.gongwei.core.child.ChildVisit;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.Coded;
import org.gongwei.core.contract.Contract;
import org.gongwei.core.contract.SatisfactionSurvey;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.education.EducationActivity;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.immunization.Vaccination;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.maternal.MaternalVisit;
import org.gongwei.core.maternal.Pregnancy;
import org.gongwei.core.mental.MentalFollowUp;
import org.gongwei.core.population.PopulationEstimate;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.supervision.SupervisionRecord;
import org.gongwei.core.surveillance.EmergencyEvent;
import org.gongwei.core.surveillance.InfectiousCase;
import org.gongwei.core.tb.TbCourse;
import org.gongwei.core.tcm.TcmService;
import org.gongwei.io.csv.ColumnSchema;
import org.gongwei.io.csv.FileSchema;

/**
 * The cells of a record as a bundle file holds them, in the column order of exchange format §1:
 * dates {@code yyyy-MM-dd}, date-times {@code yyyy-MM-dd HH:mm[:ss]}, yes/no {@code 1}/{@code 0},
 * codes as their code tables write them ({@code 1} for a male, {@code HYPERTENSION}), decimals
 * without exponent, absent values as empty cells. ID numbers are written in full. Stateless.
 */
final class RecordCells {
  private static final Map<RecordType, List<Function<BundleRecord, String>>> CELLS = build();

  private RecordCells() {}

  /** The cells of a record, one per column of its file's schema. */
  static String[] of(BundleRecord record) {
    List<Function<BundleRecord, String>> cells = CELLS.get(record.recordType());
    String[] out = new String[cells.size()];
    for (int i = 0; i < out.length; i++) {
      String s = cells.get(i).apply(record);
      out[i] = s == null ? "" : s;
    }
    return out;
  }

  // ------------------------------------------------------------ formats

  static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }

  static String date(Optional<LocalDate> d) {
    return d.isPresent() ? d.get().toString() : null;
  }

  static String dateTime(LocalDateTime t) {
    return t == null ? null : t.toLocalDate() + " " + t.toLocalTime();
  }

  static String dateTime(Optional<LocalDateTime> t) {
    return t.isPresent() ? dateTime(t.get()) : null;
  }

  static String flag(boolean b) {
    return b ? "1" : "0";
  }

  static String code(Coded c) {
    return c == null ? null : c.code();
  }

  static String code(Optional<? extends Coded> c) {
    return c.isPresent() ? c.get().code() : null;
  }

  static String text(Optional<String> s) {
    return s.orElse(null);
  }

  static String number(OptionalInt i) {
    return i.isPresent() ? Integer.toString(i.getAsInt()) : null;
  }

  static String number(OptionalLong i) {
    return i.isPresent() ? Long.toString(i.getAsLong()) : null;
  }

  /**
   * A double in its shortest decimal form that reads back as the same double, without exponent
   * ({@code 5.6}, {@code 0.00001}, {@code 7} for 7.0).
   */
  static String number(OptionalDouble d) {
    return d.isPresent()
        ? BigDecimal.valueOf(d.getAsDouble()).stripTrailingZeros().toPlainString() : null;
  }

  static String number(Optional<BigDecimal> d) {
    return d.isPresent() ? d.get().toPlainString() : null;
  }

  // ------------------------------------------------------------ the files

  /** The cell functions of one file, in schema order, checked against the schema. */
  private static final class Columns<T extends BundleRecord> {
    private final RecordType type;
    private final Map<String, Function<BundleRecord, String>> byColumn = new LinkedHashMap<>();
    private final Class<T> cls;

    Columns(RecordType type, Class<T> cls) {
      this.type = type;
      this.cls = cls;
    }

    Columns<T> add(String column, Function<T, String> cell) {
      byColumn.put(column, r -> cell.apply(cls.cast(r)));
      return this;
    }

    void into(Map<RecordType, List<Function<BundleRecord, String>>> m) {
      List<Function<BundleRecord, String>> list = new ArrayList<>();
      for (ColumnSchema c : FileSchema.of(type).columns()) {
        Function<BundleRecord, String> f = byColumn.remove(c.name());
        if (f == null) {
          throw new IllegalStateException(type.fileName() + ": no cell for column " + c.name());
        }
        list.add(f);
      }
      if (!byColumn.isEmpty()) {
        throw new IllegalStateException(type.fileName() + ": columns not in the schema "
            + byColumn.keySet());
      }
      m.put(type, List.copyOf(list));
    }
  }

  private static Map<RecordType, List<Function<BundleRecord, String>>> build() {
    Map<RecordType, List<Function<BundleRecord, String>>> m = new EnumMap<>(RecordType.class);
    new Columns<>(RecordType.INSTITUTION, Institution.class)
        .add("institution_code", Institution::code)
        .add("name", Institution::name)
        .add("type", r -> code(r.type()))
        .add("region_code", r -> r.regionCode().code())
        .add("parent_code", r -> text(r.parentCode()))
        .add("uscc", r -> text(r.uscc()))
        .into(m);
    new Columns<>(RecordType.RESIDENT, Resident.class)
        .add("resident_id", Resident::residentId)
        .add("id_type", r -> code(r.idType()))
        .add("id_number", r -> text(r.idNumber()))
        .add("name", r -> text(r.name()))
        .add("sex", r -> code(r.sex()))
        .add("birth_date", r -> date(r.birthDate()))
        .add("ethnicity", r -> code(r.ethnicity()))
        .add("region_code", r -> r.regionCode().code())
        .add("institution_code", Resident::institutionCode)
        .add("doctor_id", r -> text(r.doctorId()))
        .add("permanent", r -> flag(r.permanent()))
        .add("household_registered", r -> flag(r.householdRegistered()))
        .add("record_established_date", r -> date(r.recordEstablishedDate()))
        .add("electronic_record", r -> flag(r.electronicRecord()))
        .add("record_standardized", r -> flag(r.recordStandardized()))
        .add("record_closed_date", r -> date(r.recordClosedDate()))
        .add("record_closed_reason", r -> code(r.recordClosedReason()))
        .add("death_date", r -> date(r.deathDate()))
        .add("disabled", r -> flag(r.disabled()))
        .add("poverty_alleviated", r -> flag(r.povertyAlleviated()))
        .add("family_planning_special", r -> flag(r.familyPlanningSpecial()))
        .add("vaccination_certificate_date", r -> date(r.vaccinationCertificateDate()))
        .into(m);
    new Columns<>(RecordType.REGISTRATION, Registration.class)
        .add("registration_id", Registration::registrationId)
        .add("resident_id", Registration::residentId)
        .add("condition", r -> code(r.condition()))
        .add("icd10", r -> r.icd10().map(Icd10Code::original).orElse(null))
        .add("diagnosed_date", r -> date(r.diagnosedDate()))
        .add("enrolled_date", r -> date(r.enrolledDate()))
        .add("ended_date", r -> date(r.endedDate()))
        .add("ended_reason", r -> text(r.endedReason()))
        .add("institution_code", r -> text(r.institutionCode()))
        .into(m);
    new Columns<>(RecordType.FOLLOW_UP, FollowUp.class)
        .add("followup_id", FollowUp::followUpId)
        .add("resident_id", FollowUp::residentId)
        .add("condition", r -> code(r.condition()))
        .add("visit_date", r -> date(r.visitDate()))
        .add("method", r -> code(r.method()))
        .add("sbp", r -> number(r.sbp()))
        .add("dbp", r -> number(r.dbp()))
        .add("fasting_glucose", r -> number(r.fastingGlucose()))
        .add("hba1c", r -> number(r.hba1c()))
        .add("classification", r -> code(r.classification()))
        .add("adherence", r -> code(r.adherence()))
        .add("adverse_reaction", r -> flag(r.adverseReaction()))
        .add("referral", r -> flag(r.referral()))
        .add("next_visit_date", r -> date(r.nextVisitDate()))
        .add("doctor_id", r -> text(r.doctorId()))
        .add("institution_code", r -> text(r.institutionCode()))
        .into(m);
    new Columns<>(RecordType.CHECKUP, Checkup.class)
        .add("checkup_id", Checkup::checkupId)
        .add("resident_id", Checkup::residentId)
        .add("checkup_date", r -> date(r.checkupDate()))
        .add("kind", r -> code(r.kind()))
        .add("form_complete", r -> flag(r.formComplete()))
        .add("guidance_given", r -> flag(r.guidanceGiven()))
        .add("sbp", r -> number(r.sbp()))
        .add("dbp", r -> number(r.dbp()))
        .add("fasting_glucose", r -> number(r.fastingGlucose()))
        .add("self_care_score", r -> number(r.selfCareScore()))
        .add("institution_code", r -> text(r.institutionCode()))
        .into(m);
    new Columns<>(RecordType.MENTAL_FOLLOW_UP, MentalFollowUp.class)
        .add("followup_id", MentalFollowUp::followUpId)
        .add("resident_id", MentalFollowUp::residentId)
        .add("visit_date", r -> date(r.visitDate()))
        .add("method", r -> code(r.method()))
        .add("risk_level", r -> number(r.riskLevel()))
        .add("medication", r -> code(r.medication()))
        .add("status", r -> code(r.status()))
        .into(m);
    new Columns<>(RecordType.TB_COURSE, TbCourse.class)
        .add("course_id", TbCourse::courseId)
        .add("resident_id", TbCourse::residentId)
        .add("notified_date", r -> date(r.notifiedDate()))
        .add("first_visit_date", r -> date(r.firstVisitDate()))
        .add("treatment_start_date", r -> date(r.treatmentStartDate()))
        .add("treatment_end_date", r -> date(r.treatmentEndDate()))
        .add("outcome", r -> code(r.outcome()))
        .add("doses_scheduled", r -> number(r.dosesScheduled()))
        .add("doses_taken", r -> number(r.dosesTaken()))
        .into(m);
    new Columns<>(RecordType.PREGNANCY, Pregnancy.class)
        .add("pregnancy_id", Pregnancy::pregnancyId)
        .add("resident_id", Pregnancy::residentId)
        .add("lmp_date", r -> date(r.lmpDate()))
        .add("registration_date", r -> date(r.registrationDate()))
        .add("delivery_date", r -> date(r.deliveryDate()))
        .add("discharge_date", r -> date(r.dischargeDate()))
        .add("live_births", r -> number(r.liveBirths()))
        .into(m);
    new Columns<>(RecordType.MATERNAL_VISIT, MaternalVisit.class)
        .add("visit_id", MaternalVisit::visitId)
        .add("pregnancy_id", MaternalVisit::pregnancyId)
        .add("visit_date", r -> date(r.visitDate()))
        .add("kind", r -> code(r.kind()))
        .add("gestational_weeks", r -> number(r.gestationalWeeks()))
        .into(m);
    new Columns<>(RecordType.CHILD_VISIT, ChildVisit.class)
        .add("visit_id", ChildVisit::visitId)
        .add("resident_id", ChildVisit::residentId)
        .add("visit_date", r -> date(r.visitDate()))
        .add("kind", r -> code(r.kind()))
        .into(m);
    new Columns<>(RecordType.TCM_SERVICE, TcmService.class)
        .add("service_id", TcmService::serviceId)
        .add("resident_id", TcmService::residentId)
        .add("service_date", r -> date(r.serviceDate()))
        .add("kind", r -> code(r.kind()))
        .into(m);
    new Columns<>(RecordType.VACCINATION, Vaccination.class)
        .add("vaccination_id", Vaccination::vaccinationId)
        .add("resident_id", Vaccination::residentId)
        .add("vaccine", r -> code(r.vaccine()))
        .add("dose", r -> Integer.toString(r.dose()))
        .add("vaccination_date", r -> date(r.vaccinationDate()))
        .add("institution_code", r -> text(r.institutionCode()))
        .into(m);
    new Columns<>(RecordType.CONTRACT, Contract.class)
        .add("contract_id", Contract::contractId)
        .add("resident_id", Contract::residentId)
        .add("start_date", r -> date(r.startDate()))
        .add("end_date", r -> date(r.endDate()))
        .add("terminated_date", r -> date(r.terminatedDate()))
        .add("team_id", r -> text(r.teamId()))
        .add("doctor_id", r -> text(r.doctorId()))
        .add("institution_code", r -> text(r.institutionCode()))
        .add("package", r -> text(r.servicePackage()))
        .add("fee_yuan", r -> number(r.feeYuan()))
        .into(m);
    new Columns<>(RecordType.SATISFACTION_SURVEY, SatisfactionSurvey.class)
        .add("survey_id", SatisfactionSurvey::surveyId)
        .add("resident_id", r -> text(r.residentId()))
        .add("survey_date", r -> date(r.surveyDate()))
        .add("score", r -> Integer.toString(r.score()))
        .into(m);
    new Columns<>(RecordType.INFECTIOUS_CASE, InfectiousCase.class)
        .add("case_id", InfectiousCase::caseId)
        .add("institution_code", InfectiousCase::institutionCode)
        .add("disease_class", r -> code(r.diseaseClass()))
        .add("disease", r -> text(r.disease()))
        .add("diagnosed_at", r -> dateTime(r.diagnosedAt()))
        .add("reported_at", r -> dateTime(r.reportedAt()))
        .into(m);
    new Columns<>(RecordType.EMERGENCY_EVENT, EmergencyEvent.class)
        .add("event_id", EmergencyEvent::eventId)
        .add("institution_code", EmergencyEvent::institutionCode)
        .add("discovered_at", r -> dateTime(r.discoveredAt()))
        .add("reported_at", r -> dateTime(r.reportedAt()))
        .into(m);
    new Columns<>(RecordType.SUPERVISION, SupervisionRecord.class)
        .add("lead_id", SupervisionRecord::leadId)
        .add("institution_code", SupervisionRecord::institutionCode)
        .add("domain", r -> code(r.domain()))
        .add("kind", r -> code(r.kind()))
        .add("found_date", r -> date(r.foundDate()))
        .add("reported_date", r -> date(r.reportedDate()))
        .into(m);
    new Columns<>(RecordType.EDUCATION, EducationActivity.class)
        .add("activity_id", EducationActivity::activityId)
        .add("institution_code", EducationActivity::institutionCode)
        .add("activity_date", r -> date(r.activityDate()))
        .add("kind", r -> code(r.kind()))
        .add("title", r -> text(r.title()))
        .add("participants", r -> number(r.participants()))
        .into(m);
    new Columns<>(RecordType.POPULATION, PopulationEstimate.class)
        .add("scope_code", PopulationEstimate::scopeCode)
        .add("year", r -> Integer.toString(r.year()))
        .add("population", r -> number(r.population()))
        .add("adult_population", r -> number(r.adultPopulation()))
        .add("population_65_plus", r -> number(r.population65Plus()))
        .add("population_0_6", r -> number(r.population0To6()))
        .add("hypertension_prevalence", r -> number(r.hypertensionPrevalence()))
        .add("diabetes_prevalence", r -> number(r.diabetesPrevalence()))
        .into(m);
    if (m.size() != RecordType.values().length) {
      throw new IllegalStateException("a record type has no cells");
    }
    return m;
  }
}
