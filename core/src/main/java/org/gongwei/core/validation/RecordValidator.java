package org.gongwei.core.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.gongwei.core.child.ChildVisit;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.IdDocumentType;
import org.gongwei.core.code.MaternalVisitKind;
import org.gongwei.core.code.RecordClosureReason;
import org.gongwei.core.code.Sex;
import org.gongwei.core.code.Vaccine;
import org.gongwei.core.contract.Contract;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.core.education.EducationActivity;
import org.gongwei.core.id.HealthRecordNumber;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.id.IdCardNumber;
import org.gongwei.core.id.SocialCreditCode;
import org.gongwei.core.id.Strictness;
import org.gongwei.core.immunization.AgeOffset;
import org.gongwei.core.immunization.NipSchedule;
import org.gongwei.core.immunization.ScheduledDose;
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

/**
 * Validates one record, or one resident with everything recorded about him or her: every
 * {@link Rule} that needs no other data than the record, its resident (for service dates, the
 * minimum age of a dose, the sex of a mother), the resident's other records (registrations for
 * follow-ups, pregnancies for maternal visits, earlier doses) and, when {@linkplain
 * #withInstitutions given}, the institutions.
 *
 * <p>The rules that need the whole dataset (duplicate ids, unknown residents and pregnancies,
 * institution cycles, population scopes) are {@link DatasetValidator}'s. A validator is
 * immutable and thread-safe; its reference date ({@link #asOf()}, "today" for the rules about
 * the future) is fixed when it is built. Validation never throws on bad data: every finding is
 * a {@link Problem}.
 *
 * <pre>{@code
 * RecordValidator v = RecordValidator.builder().asOf(LocalDate.of(2025, 1, 31)).build();
 * List<Problem> problems = v.validate(followUp);        // the record alone
 * List<Problem> more = v.validate(residentView);         // a resident and his or her records
 * }</pre>
 */
public final class RecordValidator {
  private static final int SBP_MIN = 60;
  private static final int SBP_MAX = 300;
  private static final int DBP_MIN = 30;
  private static final int DBP_MAX = 200;
  private static final double GLUCOSE_MIN = 1.0;
  private static final double GLUCOSE_MAX = 35.0;
  private static final double MG_PER_DL_PER_MMOL = 18.0;
  private static final double HBA1C_MIN = 3.0;
  private static final double HBA1C_MAX = 20.0;
  private static final int GESTATION_MIN_WEEKS = 20;
  private static final int GESTATION_MAX_WEEKS = 45;
  private static final int GESTATIONAL_WEEKS_MIN = 1;
  private static final int GESTATIONAL_WEEKS_MAX = 45;
  private static final int VACCINES = Vaccine.values().length;
  private static final int MAX_DOSE = 9;

  private final LocalDate asOf;
  private final Strictness healthRecordNumbers;
  private final NipSchedule schedule;
  private final Set<Rule> disabledRules;
  private final boolean[] enabled;
  private final Map<String, Institution> institutions;

  private RecordValidator(
      LocalDate asOf,
      Strictness healthRecordNumbers,
      NipSchedule schedule,
      Set<Rule> disabledRules,
      Map<String, Institution> institutions) {
    this.asOf = asOf;
    this.healthRecordNumbers = healthRecordNumbers;
    this.schedule = schedule;
    this.disabledRules = disabledRules;
    this.enabled = new boolean[Rule.values().length];
    for (Rule rule : Rule.values()) {
      enabled[rule.ordinal()] = !disabledRules.contains(rule);
    }
    this.institutions = institutions;
  }

  /** A validator with the defaults: today by the system clock, lenient health-record numbers, the 2021 NIP schedule, every rule. */
  public static RecordValidator defaults() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The reference date: a date after it is in the future. */
  public LocalDate asOf() {
    return asOf;
  }

  /** How resident ids are checked as health-record numbers; {@link Strictness#LENIENT} does not check them. */
  public Strictness healthRecordNumbers() {
    return healthRecordNumbers;
  }

  /** The immunization schedule doses are checked against. */
  public NipSchedule schedule() {
    return schedule;
  }

  /** The rules that are not checked. */
  public Set<Rule> disabledRules() {
    return disabledRules;
  }

  /** Whether {@code rule} is checked. */
  public boolean isEnabled(Rule rule) {
    return enabled[Objects.requireNonNull(rule, "rule").ordinal()];
  }

  /** Whether institution codes are checked, that is whether {@link #withInstitutions} was called. */
  public boolean checksInstitutions() {
    return institutions != null;
  }

  /**
   * This validator, also checking institution codes against {@code institutionsByCode}: {@link
   * Rule#UNKNOWN_INSTITUTION} for every {@code institution_code} column and an institution's
   * {@code parent_code}, and {@link Rule#RESIDENT_OUTSIDE_INSTITUTION_REGION}. Without it those
   * rules are not checked (the institutions file is optional).
   */
  public RecordValidator withInstitutions(Map<String, Institution> institutionsByCode) {
    Objects.requireNonNull(institutionsByCode, "institutionsByCode");
    return new RecordValidator(
        asOf, healthRecordNumbers, schedule, disabledRules, Map.copyOf(institutionsByCode));
  }

  // ---- public entry points ----

  /**
   * The problems of {@code record} alone: the rules about its own fields (for a resident: the
   * identifiers and dates of the resident; for a follow-up: the measurements and the date in the
   * future; …). Rules that need the resident are checked by {@link #validate(ResidentView)}.
   */
  public List<Problem> validate(BundleRecord record) {
    List<Problem> problems = new ArrayList<>(0);
    validate(record, problems::add);
    return Collections.unmodifiableList(problems);
  }

  /** Passes the problems of {@code record} alone to {@code sink}; see {@link #validate(BundleRecord)}. */
  public void validate(BundleRecord record, Consumer<? super Problem> sink) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(sink, "sink");
    check(record, null, null, new Findings(sink, enabled));
  }

  /**
   * The problems of a resident and every record in the view: the rules of {@link
   * #validate(BundleRecord)} for each, and the rules relating a record to the resident (service
   * dates against birth, death and record closure; the minimum age of doses; pregnancies of male
   * residents) and to the resident's other records (follow-ups without a registration, maternal
   * visits against the delivery, duplicate doses).
   */
  public List<Problem> validate(ResidentView view) {
    List<Problem> problems = new ArrayList<>(0);
    validate(view, problems::add);
    return Collections.unmodifiableList(problems);
  }

  /** Passes the problems of a resident's view to {@code sink}; see {@link #validate(ResidentView)}. */
  public void validate(ResidentView view, Consumer<? super Problem> sink) {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(sink, "sink");
    Findings f = new Findings(sink, enabled);
    Resident r = view.resident();
    checkResident(r, f);
    boolean hypertension = false;
    boolean diabetes = false;
    for (Registration g : view.registrations()) {
      checkRegistration(g, f);
      hypertension |= g.condition() == Condition.HYPERTENSION;
      diabetes |= g.condition() == Condition.TYPE2_DIABETES;
    }
    for (FollowUp u : view.followUps()) {
      checkFollowUp(u, r, f);
      boolean registered = u.condition() == Condition.HYPERTENSION ? hypertension : diabetes;
      if (!registered && f.on(Rule.FOLLOW_UP_WITHOUT_REGISTRATION)) {
        f.report(
            Rule.FOLLOW_UP_WITHOUT_REGISTRATION, u, "condition",
            u.condition() + " follow-up of resident " + r.residentId() + ", who has no "
                + u.condition() + " registration");
      }
    }
    for (Checkup c : view.checkups()) {
      checkCheckup(c, r, f);
    }
    for (MentalFollowUp m : view.mentalFollowUps()) {
      checkServiceDate(m, m.visitDate(), "visit_date", "mental-health follow-up", r, f);
    }
    for (TbCourse t : view.tbCourses()) {
      checkTbCourse(t, r, f);
    }
    for (Pregnancy p : view.pregnancies()) {
      checkPregnancy(p, r, f);
    }
    if (!view.maternalVisits().isEmpty()) {
      Map<String, Pregnancy> pregnancies = pregnanciesById(view.pregnancies());
      for (MaternalVisit v : view.maternalVisits()) {
        checkMaternalVisit(v, pregnancies.get(v.pregnancyId()), r, f);
      }
    }
    for (ChildVisit c : view.childVisits()) {
      checkServiceDate(c, c.visitDate(), "visit_date", "child visit", r, f);
    }
    for (TcmService s : view.tcmServices()) {
      checkServiceDate(s, s.serviceDate(), "service_date", "TCM service", r, f);
    }
    checkVaccinations(view.vaccinations(), r, f);
    for (Contract c : view.contracts()) {
      checkContract(c, r, f);
    }
  }

  /** The pregnancies by id, the first of a repeated id. */
  private static Map<String, Pregnancy> pregnanciesById(List<Pregnancy> pregnancies) {
    if (pregnancies.size() == 1) {
      Pregnancy only = pregnancies.get(0);
      return Map.of(only.pregnancyId(), only);
    }
    Map<String, Pregnancy> byId = new HashMap<>(pregnancies.size() * 2);
    for (Pregnancy p : pregnancies) {
      byId.putIfAbsent(p.pregnancyId(), p);
    }
    return byId;
  }

  // ---- dispatch of a record with optional context ----

  /**
   * Checks one record; {@code owner} is its resident (the mother for a maternal visit) and
   * {@code pregnancy} the pregnancy of a maternal visit, each null when unknown.
   */
  void check(BundleRecord record, Resident owner, Pregnancy pregnancy, Findings f) {
    switch (record.recordType()) {
      case INSTITUTION -> checkInstitution((Institution) record, f);
      case RESIDENT -> checkResident((Resident) record, f);
      case REGISTRATION -> checkRegistration((Registration) record, f);
      case FOLLOW_UP -> checkFollowUp((FollowUp) record, owner, f);
      case CHECKUP -> checkCheckup((Checkup) record, owner, f);
      case MENTAL_FOLLOW_UP -> {
        MentalFollowUp m = (MentalFollowUp) record;
        checkServiceDate(m, m.visitDate(), "visit_date", "mental-health follow-up", owner, f);
      }
      case TB_COURSE -> checkTbCourse((TbCourse) record, owner, f);
      case PREGNANCY -> checkPregnancy((Pregnancy) record, owner, f);
      case MATERNAL_VISIT -> checkMaternalVisit((MaternalVisit) record, pregnancy, owner, f);
      case CHILD_VISIT -> {
        ChildVisit c = (ChildVisit) record;
        checkServiceDate(c, c.visitDate(), "visit_date", "child visit", owner, f);
      }
      case TCM_SERVICE -> {
        TcmService s = (TcmService) record;
        checkServiceDate(s, s.serviceDate(), "service_date", "TCM service", owner, f);
      }
      case VACCINATION -> checkVaccination((Vaccination) record, owner, f);
      case CONTRACT -> checkContract((Contract) record, owner, f);
      case SATISFACTION_SURVEY -> {
        // no rule of its own
      }
      case INFECTIOUS_CASE -> checkInfectiousCase((InfectiousCase) record, f);
      case EMERGENCY_EVENT -> checkEmergencyEvent((EmergencyEvent) record, f);
      case SUPERVISION -> checkSupervision((SupervisionRecord) record, f);
      case EDUCATION -> {
        EducationActivity a = (EducationActivity) record;
        checkInstitutionCode(a, a.institutionCode(), "institution_code", f);
      }
      case POPULATION -> checkPopulation((PopulationEstimate) record, f);
    }
  }

  // ---- institutions ----

  private void checkInstitution(Institution i, Findings f) {
    if (i.uscc().isPresent() && f.on(Rule.USCC_INVALID)) {
      Optional<String> why = SocialCreditCode.whyInvalid(i.uscc().get());
      if (why.isPresent()) {
        f.report(Rule.USCC_INVALID, i, "uscc", why.get());
      }
    }
    if (i.parentCode().isPresent()) {
      checkInstitutionCode(i, i.parentCode().get(), "parent_code", f);
    }
  }

  private void checkInstitutionCode(BundleRecord record, String code, String field, Findings f) {
    if (institutions != null && !institutions.containsKey(code)) {
      f.report(
          Rule.UNKNOWN_INSTITUTION, record, field,
          field + " " + code + " is not an institution of the institutions");
    }
  }

  private void checkInstitutionCode(
      BundleRecord record, Optional<String> code, String field, Findings f) {
    if (code.isPresent()) {
      checkInstitutionCode(record, code.get(), field, f);
    }
  }

  // ---- residents ----

  private void checkResident(Resident r, Findings f) {
    checkIdNumber(r, f);
    if (healthRecordNumbers == Strictness.STRICT && f.on(Rule.HEALTH_RECORD_NUMBER_INVALID)) {
      Optional<String> why = HealthRecordNumber.whyInvalid(r.residentId(), Strictness.STRICT);
      if (why.isPresent()) {
        f.report(Rule.HEALTH_RECORD_NUMBER_INVALID, r, "resident_id", why.get());
      }
    }
    LocalDate birth = r.birthDate();
    if (birth.isAfter(asOf)) {
      f.report(
          Rule.BIRTH_IN_FUTURE, r, "birth_date",
          "birth date " + birth + " is after the reference date " + asOf);
    }
    if (r.deathDate().isPresent()) {
      LocalDate death = r.deathDate().get();
      if (death.isBefore(birth)) {
        f.report(
            Rule.DEATH_BEFORE_BIRTH, r, "death_date",
            "death date " + death + " is before the birth date " + birth);
      }
      futureResidentDate(r, death, "death_date", "death date", f);
    }
    Optional<LocalDate> established = r.recordEstablishedDate();
    if (established.isPresent()) {
      if (established.get().isBefore(birth)) {
        f.report(
            Rule.RECORD_BEFORE_BIRTH, r, "record_established_date",
            "health record established on " + established.get() + ", before the birth date "
                + birth);
      }
      futureResidentDate(r, established.get(), "record_established_date", "record established date", f);
    }
    if (r.recordClosedDate().isPresent()) {
      LocalDate closed = r.recordClosedDate().get();
      if (established.isPresent() && closed.isBefore(established.get())) {
        f.report(
            Rule.RECORD_CLOSED_BEFORE_ESTABLISHED, r, "record_closed_date",
            "health record closed on " + closed + ", before it was established on "
                + established.get());
      }
      futureResidentDate(r, closed, "record_closed_date", "record closed date", f);
    }
    if (r.recordClosedReason().isPresent()
        && r.recordClosedReason().get() == RecordClosureReason.DEATH
        && r.deathDate().isEmpty()) {
      f.report(
          Rule.CLOSED_FOR_DEATH_WITHOUT_DEATH_DATE, r, "death_date",
          "record closed for death (reason 1)"
              + r.recordClosedDate().map(d -> " on " + d).orElse("")
              + ", but death_date is empty");
    }
    if (r.vaccinationCertificateDate().isPresent()) {
      LocalDate certificate = r.vaccinationCertificateDate().get();
      if (certificate.isBefore(birth)) {
        f.report(
            Rule.CERTIFICATE_BEFORE_BIRTH, r, "vaccination_certificate_date",
            "vaccination certificate dated " + certificate + ", before the birth date " + birth);
      }
      futureResidentDate(
          r, certificate, "vaccination_certificate_date", "vaccination certificate date", f);
    }
    checkInstitutionCode(r, r.institutionCode(), "institution_code", f);
    if (institutions != null && f.on(Rule.RESIDENT_OUTSIDE_INSTITUTION_REGION)) {
      Institution i = institutions.get(r.institutionCode());
      if (i != null && !i.regionCode().contains(r.regionCode())) {
        f.report(
            Rule.RESIDENT_OUTSIDE_INSTITUTION_REGION, r, "region_code",
            "region code " + r.regionCode() + " is not within region " + i.regionCode()
                + " of the responsible institution " + i.code());
      }
    }
  }

  private void futureResidentDate(Resident r, LocalDate date, String field, String noun, Findings f) {
    if (date.isAfter(asOf)) {
      f.report(
          Rule.RESIDENT_DATE_IN_FUTURE, r, field,
          noun + " " + date + " is after the reference date " + asOf);
    }
  }

  private static void checkIdNumber(Resident r, Findings f) {
    if (r.idType() != IdDocumentType.RESIDENT_ID_CARD || r.idNumber().isEmpty()) {
      return;
    }
    String number = r.idNumber().get();
    Optional<String> why = IdCardNumber.whyInvalid(number);
    if (why.isPresent()) {
      if (f.on(Rule.ID_NUMBER_INVALID)) {
        f.report(Rule.ID_NUMBER_INVALID, r, "id_number", masked(why.get(), number));
      }
      return;
    }
    IdCardNumber id = IdCardNumber.parse(number);
    if (!id.birthDate().equals(r.birthDate())) {
      // the masked number is left out: with the birth date it would show the whole number
      f.report(
          Rule.ID_BIRTH_DATE_MISMATCH, r, "birth_date",
          "the ID card number encodes the birth date " + id.birthDate() + ", but birth_date is "
              + r.birthDate());
    }
    if ((r.sex() == Sex.MALE || r.sex() == Sex.FEMALE) && id.sex() != r.sex()) {
      f.report(
          Rule.ID_SEX_MISMATCH, r, "sex",
          "the ID card number encodes the sex " + id.sex() + " (17th digit "
              + (id.sex() == Sex.MALE ? "odd" : "even") + "), but sex is " + r.sex());
    }
  }

  /**
   * {@code message} with every occurrence of the stripped {@code number} replaced by its mask: a
   * guard in case a message ever shows the number in full.
   */
  private static String masked(String message, String number) {
    String s = number.strip();
    if (s.length() < 4 || !message.contains(s)) {
      return message;
    }
    return message.replace(s, IdCardNumber.mask(s));
  }

  // ---- service dates ----

  /**
   * The rules about a service date: before the birth, after the death, after the record's
   * closure (not when already after the death) and after the reference date.
   */
  private void checkServiceDate(
      BundleRecord record, LocalDate date, String field, String noun, Resident r, Findings f) {
    if (date.isAfter(asOf)) {
      f.report(
          Rule.DATE_IN_FUTURE, record, field,
          noun + " on " + date + " is after the reference date " + asOf);
    }
    if (r == null) {
      return;
    }
    if (date.isBefore(r.birthDate())) {
      f.report(
          Rule.DATE_BEFORE_BIRTH, record, field,
          noun + " on " + date + " is before the birth on " + r.birthDate());
    }
    boolean afterDeath = false;
    if (r.deathDate().isPresent() && date.isAfter(r.deathDate().get())) {
      afterDeath = true;
      f.report(
          Rule.DATE_AFTER_DEATH, record, field,
          noun + " on " + date + " is after the death on " + r.deathDate().get());
    }
    if (!afterDeath && r.recordClosedDate().isPresent() && date.isAfter(r.recordClosedDate().get())) {
      f.report(
          Rule.DATE_AFTER_CLOSURE, record, field,
          noun + " on " + date + " is after the record was closed on " + r.recordClosedDate().get());
    }
  }

  // ---- chronic disease ----

  private void checkRegistration(Registration g, Findings f) {
    if (g.diagnosedDate().isPresent() && g.enrolledDate().isBefore(g.diagnosedDate().get())) {
      f.report(
          Rule.ENROLLED_BEFORE_DIAGNOSIS, g, "enrolled_date",
          "enrolled on " + g.enrolledDate() + ", before the diagnosis on " + g.diagnosedDate().get());
    }
    if (g.endedDate().isPresent() && g.endedDate().get().isBefore(g.enrolledDate())) {
      f.report(
          Rule.ENDED_BEFORE_ENROLLED, g, "ended_date",
          "management ended on " + g.endedDate().get() + ", before the enrolment on "
              + g.enrolledDate());
    }
    if (g.icd10().isPresent() && f.on(Rule.ICD10_OUTSIDE_PROGRAMME)) {
      Icd10Code code = g.icd10().get();
      ProgrammeCodes programme = ProgrammeCodes.of(g.condition());
      if (programme != null && !programme.contains(code.category())) {
        f.report(
            Rule.ICD10_OUTSIDE_PROGRAMME, g, "icd10",
            "ICD-10 code " + code.original() + " is outside the programme codes for "
                + g.condition() + " (" + programme.text() + "); the registration is excluded"
                + " from the indicators");
      }
    }
    checkInstitutionCode(g, g.institutionCode(), "institution_code", f);
  }

  private void checkFollowUp(FollowUp u, Resident r, Findings f) {
    checkServiceDate(u, u.visitDate(), "visit_date", "follow-up", r, f);
    checkBloodPressure(u, u.sbp(), u.dbp(), f);
    checkGlucose(u, u.fastingGlucose(), f);
    if (u.hba1c().isPresent()) {
      double a = u.hba1c().getAsDouble();
      if (!(a >= HBA1C_MIN && a <= HBA1C_MAX)) {
        f.report(
            Rule.HBA1C_IMPLAUSIBLE, u, "hba1c",
            "HbA1c " + Findings.number(a) + " % is outside the plausible range 3–20 %");
      }
    }
    checkInstitutionCode(u, u.institutionCode(), "institution_code", f);
  }

  private void checkCheckup(Checkup c, Resident r, Findings f) {
    checkServiceDate(c, c.checkupDate(), "checkup_date", "check-up", r, f);
    checkBloodPressure(c, c.sbp(), c.dbp(), f);
    checkGlucose(c, c.fastingGlucose(), f);
    checkInstitutionCode(c, c.institutionCode(), "institution_code", f);
  }

  private static void checkBloodPressure(
      BundleRecord record, OptionalInt sbp, OptionalInt dbp, Findings f) {
    if (sbp.isPresent() && (sbp.getAsInt() < SBP_MIN || sbp.getAsInt() > SBP_MAX)) {
      f.report(
          Rule.SBP_IMPLAUSIBLE, record, "sbp",
          "systolic pressure " + sbp.getAsInt() + " mmHg is outside the plausible range "
              + SBP_MIN + "–" + SBP_MAX + " mmHg");
    }
    if (dbp.isPresent() && (dbp.getAsInt() < DBP_MIN || dbp.getAsInt() > DBP_MAX)) {
      f.report(
          Rule.DBP_IMPLAUSIBLE, record, "dbp",
          "diastolic pressure " + dbp.getAsInt() + " mmHg is outside the plausible range "
              + DBP_MIN + "–" + DBP_MAX + " mmHg");
    }
    if (sbp.isPresent() && dbp.isPresent() && sbp.getAsInt() <= dbp.getAsInt()) {
      f.report(
          Rule.SBP_NOT_ABOVE_DBP, record, "sbp",
          "systolic pressure " + sbp.getAsInt() + " mmHg is not above diastolic pressure "
              + dbp.getAsInt() + " mmHg");
    }
  }

  private static void checkGlucose(BundleRecord record, OptionalDouble glucose, Findings f) {
    if (glucose.isEmpty()) {
      return;
    }
    double g = glucose.getAsDouble();
    if (g >= GLUCOSE_MIN && g <= GLUCOSE_MAX) {
      return;
    }
    if (!f.on(Rule.GLUCOSE_IMPLAUSIBLE)) {
      return;
    }
    String message =
        "fasting glucose " + Findings.number(g) + " mmol/L is outside the plausible range 1.0–35.0"
            + " mmol/L";
    if (g > GLUCOSE_MAX && Double.isFinite(g)) {
      message +=
          "; it may be mg/dL: " + Findings.number(g) + " mg/dL = "
              + Findings.oneDecimal(g / MG_PER_DL_PER_MMOL) + " mmol/L";
    }
    f.report(Rule.GLUCOSE_IMPLAUSIBLE, record, "fasting_glucose", message);
  }

  // ---- tuberculosis ----

  private void checkTbCourse(TbCourse t, Resident r, Findings f) {
    if (t.treatmentStartDate().isPresent()
        && t.treatmentEndDate().isPresent()
        && t.treatmentEndDate().get().isBefore(t.treatmentStartDate().get())) {
      f.report(
          Rule.TREATMENT_END_BEFORE_START, t, "treatment_end_date",
          "treatment ended on " + t.treatmentEndDate().get() + ", before it started on "
              + t.treatmentStartDate().get());
    }
    if (t.dosesScheduled().isPresent()
        && t.dosesTaken().isPresent()
        && t.dosesTaken().getAsInt() > t.dosesScheduled().getAsInt()) {
      f.report(
          Rule.DOSES_TAKEN_EXCEED_SCHEDULED, t, "doses_taken",
          t.dosesTaken().getAsInt() + " doses taken exceed the " + t.dosesScheduled().getAsInt()
              + " doses scheduled");
    }
    if (t.firstVisitDate().isPresent()) {
      LocalDate first = t.firstVisitDate().get();
      if (first.isBefore(t.notifiedDate())) {
        f.report(
            Rule.FIRST_VISIT_BEFORE_NOTIFICATION, t, "first_visit_date",
            "first visit on " + first + " is before the notification on " + t.notifiedDate());
      }
      checkServiceDate(t, first, "first_visit_date", "TB first visit", r, f);
    }
  }

  // ---- maternal ----

  private void checkPregnancy(Pregnancy p, Resident mother, Findings f) {
    Optional<LocalDate> delivery = p.deliveryDate();
    if (p.lmpDate().isPresent() && delivery.isPresent()) {
      LocalDate lmp = p.lmpDate().get();
      long days = ChronoUnit.DAYS.between(lmp, delivery.get());
      long weeks = Math.floorDiv(days, 7);
      if (weeks < GESTATION_MIN_WEEKS || weeks > GESTATION_MAX_WEEKS) {
        String span =
            days < 0
                ? "before the last menstrual period on " + lmp
                : weeks + " weeks " + Math.floorMod(days, 7) + " days after the last menstrual"
                    + " period on " + lmp;
        f.report(
            Rule.DELIVERY_GESTATION_IMPLAUSIBLE, p, "delivery_date",
            "delivery on " + delivery.get() + " is " + span + "; plausible is "
                + GESTATION_MIN_WEEKS + "–" + GESTATION_MAX_WEEKS + " weeks");
      }
    }
    if (p.dischargeDate().isPresent()
        && delivery.isPresent()
        && p.dischargeDate().get().isBefore(delivery.get())) {
      f.report(
          Rule.DISCHARGE_BEFORE_DELIVERY, p, "discharge_date",
          "discharge on " + p.dischargeDate().get() + ", before the delivery on " + delivery.get());
    }
    if (p.registrationDate().isPresent()
        && delivery.isPresent()
        && p.registrationDate().get().isAfter(delivery.get())) {
      f.report(
          Rule.REGISTRATION_AFTER_DELIVERY, p, "registration_date",
          "registration (建册) on " + p.registrationDate().get() + " is after the delivery on "
              + delivery.get());
    }
    if (p.liveBirths().isPresent() && p.liveBirths().getAsInt() > 0 && delivery.isEmpty()) {
      f.report(
          Rule.LIVE_BIRTHS_WITHOUT_DELIVERY, p, "live_births",
          p.liveBirths().getAsInt() + " live birth(s) recorded, but delivery_date is empty");
    }
    if (mother != null && mother.sex() == Sex.MALE) {
      f.report(
          Rule.PREGNANCY_OF_MALE_RESIDENT, p, "resident_id",
          "pregnancy of resident " + mother.residentId() + ", whose sex is MALE");
    }
  }

  private void checkMaternalVisit(
      MaternalVisit v, Pregnancy pregnancy, Resident mother, Findings f) {
    checkServiceDate(v, v.visitDate(), "visit_date", "maternal visit", mother, f);
    if (v.gestationalWeeks().isPresent()) {
      int w = v.gestationalWeeks().getAsInt();
      if (w < GESTATIONAL_WEEKS_MIN || w > GESTATIONAL_WEEKS_MAX) {
        f.report(
            Rule.GESTATIONAL_WEEKS_IMPLAUSIBLE, v, "gestational_weeks",
            "gestational weeks " + w + " are outside the plausible range "
                + GESTATIONAL_WEEKS_MIN + "–" + GESTATIONAL_WEEKS_MAX);
      }
    }
    if (pregnancy == null || pregnancy.deliveryDate().isEmpty()) {
      return;
    }
    LocalDate delivery = pregnancy.deliveryDate().get();
    if (v.kind() == MaternalVisitKind.PRENATAL) {
      if (v.visitDate().isAfter(delivery)) {
        f.report(
            Rule.PRENATAL_VISIT_AFTER_DELIVERY, v, "visit_date",
            "prenatal visit on " + v.visitDate() + " is after the delivery on " + delivery);
      }
    } else if (v.visitDate().isBefore(delivery)) {
      f.report(
          Rule.POSTPARTUM_VISIT_BEFORE_DELIVERY, v, "visit_date",
          "postpartum visit (" + v.kind() + ") on " + v.visitDate() + " is before the delivery on "
              + delivery);
    }
  }

  // ---- vaccination ----

  private void checkVaccinations(List<Vaccination> vaccinations, Resident r, Findings f) {
    if (vaccinations.isEmpty()) {
      return;
    }
    // the first record of each vaccine and dose (dose is 1..9 by construction); the list is in date order
    Vaccination[] first = new Vaccination[VACCINES * (MAX_DOSE + 1)];
    for (Vaccination v : vaccinations) {
      checkVaccination(v, r, f);
      int slot = v.vaccine().ordinal() * (MAX_DOSE + 1) + Math.min(v.dose(), MAX_DOSE);
      Vaccination earlier = first[slot];
      if (earlier == null) {
        first[slot] = v;
      } else {
        f.report(
            Rule.DUPLICATE_DOSE, v, "dose",
            v.vaccine() + " dose " + v.dose() + " on " + v.vaccinationDate()
                + " was already given on " + earlier.vaccinationDate() + " (vaccination "
                + earlier.vaccinationId() + ")");
      }
    }
  }

  private void checkVaccination(Vaccination v, Resident r, Findings f) {
    checkServiceDate(v, v.vaccinationDate(), "vaccination_date", "vaccination", r, f);
    Optional<ScheduledDose> scheduled = schedule.dose(v.vaccine(), v.dose());
    if (scheduled.isEmpty()) {
      int doses = schedule.dosesOf(v.vaccine()).size();
      f.report(
          Rule.DOSE_NOT_IN_SCHEDULE, v, "dose",
          v.vaccine() + " dose " + v.dose() + " is not in the immunization schedule ("
              + (doses == 0
                  ? "it has no " + v.vaccine() + " doses"
                  : v.vaccine() + " has " + doses + (doses == 1 ? " dose" : " doses"))
              + ")");
    } else if (r != null
        && !v.vaccinationDate().isBefore(r.birthDate())
        && isRepresentable(r.birthDate(), scheduled.get().scheduledAge())) {
      LocalDate from = scheduled.get().scheduledDate(r.birthDate());
      if (v.vaccinationDate().isBefore(from)) {
        f.report(
            Rule.DOSE_BEFORE_MINIMUM_AGE, v, "vaccination_date",
            v.vaccine() + " dose " + v.dose() + " on " + v.vaccinationDate()
                + " was given before its scheduled age " + scheduled.get().scheduledAge() + " ("
                + from + "); it is not valid and does not count");
      }
    }
    checkInstitutionCode(v, v.institutionCode(), "institution_code", f);
  }

  /** Whether {@code birth} plus {@code age} is a date {@link LocalDate} can hold (not near year 999,999,999). */
  private static boolean isRepresentable(LocalDate birth, AgeOffset age) {
    return birth.getYear() + age.months() / 12L + age.days() / 365L + 2 < Year.MAX_VALUE;
  }

  // ---- contracts ----

  private void checkContract(Contract c, Resident r, Findings f) {
    checkServiceDate(c, c.startDate(), "start_date", "contract start", r, f);
    if (c.endDate().isBefore(c.startDate())) {
      f.report(
          Rule.CONTRACT_END_BEFORE_START, c, "end_date",
          "contract ends on " + c.endDate() + ", before it starts on " + c.startDate());
    }
    if (c.terminatedDate().isPresent() && c.terminatedDate().get().isBefore(c.startDate())) {
      f.report(
          Rule.TERMINATED_BEFORE_START, c, "terminated_date",
          "contract terminated on " + c.terminatedDate().get() + ", before it starts on "
              + c.startDate());
    }
    checkInstitutionCode(c, c.institutionCode(), "institution_code", f);
  }

  // ---- events ----

  private void checkInfectiousCase(InfectiousCase c, Findings f) {
    if (c.reportedAt().isPresent() && c.reportedAt().get().isBefore(c.diagnosedAt())) {
      f.report(
          Rule.REPORTED_BEFORE_DIAGNOSIS, c, "reported_at",
          "reported at " + c.reportedAt().get() + ", before the diagnosis at " + c.diagnosedAt());
    }
    checkInstitutionCode(c, c.institutionCode(), "institution_code", f);
  }

  private void checkEmergencyEvent(EmergencyEvent e, Findings f) {
    Optional<LocalDateTime> reported = e.reportedAt();
    if (reported.isPresent() && reported.get().isBefore(e.discoveredAt())) {
      f.report(
          Rule.REPORTED_BEFORE_DISCOVERY, e, "reported_at",
          "reported at " + reported.get() + ", before the discovery at " + e.discoveredAt());
    }
    checkInstitutionCode(e, e.institutionCode(), "institution_code", f);
  }

  private void checkSupervision(SupervisionRecord s, Findings f) {
    if (s.reportedDate().isPresent() && s.reportedDate().get().isBefore(s.foundDate())) {
      f.report(
          Rule.REPORTED_BEFORE_FOUND, s, "reported_date",
          "reported on " + s.reportedDate().get() + ", before it was found on " + s.foundDate());
    }
    checkInstitutionCode(s, s.institutionCode(), "institution_code", f);
  }

  // ---- populations ----

  private static void checkPopulation(PopulationEstimate p, Findings f) {
    if (p.population().isEmpty()) {
      return;
    }
    long total = p.population().getAsLong();
    partAboveTotal(p, p.adultPopulation(), "adult_population", total, f);
    partAboveTotal(p, p.population65Plus(), "population_65_plus", total, f);
    partAboveTotal(p, p.population0To6(), "population_0_6", total, f);
  }

  private static void partAboveTotal(
      PopulationEstimate p, OptionalLong part, String field, long total, Findings f) {
    if (part.isPresent() && part.getAsLong() > total) {
      f.report(
          Rule.POPULATION_PARTS_EXCEED_TOTAL, p, field,
          field + " " + part.getAsLong() + " is above the total population " + total);
    }
  }

  /** The ICD-10 categories of a programme condition (indicators.md §7–§9). */
  private static final class ProgrammeCodes {
    private static final ProgrammeCodes HYPERTENSION =
        new ProgrammeCodes("I10–I13", "I10", "I13");
    private static final ProgrammeCodes DIABETES = new ProgrammeCodes("E11", "E11", "E11");
    private static final ProgrammeCodes MENTAL =
        new ProgrammeCodes(
            "F20, F22, F25, F31, F06, F70–F79",
            "F20", "F20", "F22", "F22", "F25", "F25", "F31", "F31", "F06", "F06", "F70", "F79");
    private static final ProgrammeCodes TUBERCULOSIS =
        new ProgrammeCodes("A15–A19", "A15", "A19");

    private final String text;
    private final String[] bounds;

    private ProgrammeCodes(String text, String... bounds) {
      this.text = text;
      this.bounds = bounds;
    }

    /** The codes of {@code condition}, or null when the programme fixes none (COPD). */
    static ProgrammeCodes of(Condition condition) {
      return switch (condition) {
        case HYPERTENSION -> HYPERTENSION;
        case TYPE2_DIABETES -> DIABETES;
        case SEVERE_MENTAL_DISORDER -> MENTAL;
        case TUBERCULOSIS -> TUBERCULOSIS;
        case COPD -> null;
      };
    }

    /** Whether {@code category} (a letter and 2 digits, upper case) is in one of the ranges. */
    boolean contains(String category) {
      for (int i = 0; i < bounds.length; i += 2) {
        if (category.compareTo(bounds[i]) >= 0 && category.compareTo(bounds[i + 1]) <= 0) {
          return true;
        }
      }
      return false;
    }

    String text() {
      return text;
    }
  }

  /** Builds a {@link RecordValidator}. */
  public static final class Builder {
    private LocalDate asOf;
    private Clock clock = Clock.systemDefaultZone();
    private Strictness healthRecordNumbers = Strictness.LENIENT;
    private NipSchedule schedule = NipSchedule.national2021();
    private Set<Rule> disabledRules = Set.of();

    Builder() {}

    /** The reference date: dates after it are in the future. Overrides {@link #clock}. */
    public Builder asOf(LocalDate date) {
      this.asOf = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * The clock giving the reference date ({@code LocalDate.now(clock)}, read when the validator
     * is built) when no {@link #asOf} date is set; the system clock by default.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How resident ids are checked as health-record numbers; {@link Strictness#LENIENT} (the default) does not check them. */
    public Builder healthRecordNumbers(Strictness strictness) {
      this.healthRecordNumbers = Objects.requireNonNull(strictness, "strictness");
      return this;
    }

    /** The immunization schedule; {@link NipSchedule#national2021()} by default. */
    public Builder schedule(NipSchedule schedule) {
      this.schedule = Objects.requireNonNull(schedule, "schedule");
      return this;
    }

    /** Rules not to check (replaces an earlier set); none by default. */
    public Builder disabledRules(Set<Rule> rules) {
      Objects.requireNonNull(rules, "rules");
      EnumSet<Rule> copy = EnumSet.noneOf(Rule.class);
      for (Rule rule : rules) {
        copy.add(Objects.requireNonNull(rule, "rules contains null"));
      }
      this.disabledRules = Collections.unmodifiableSet(copy);
      return this;
    }

    /** The validator. */
    public RecordValidator build() {
      LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
      return new RecordValidator(date, healthRecordNumbers, schedule, disabledRules, null);
    }
  }
}
