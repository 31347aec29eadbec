package org.gongwei.io.cda;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.code.Coded;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.Ethnicity;
import org.gongwei.core.code.FollowUpClassification;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.IdDocumentType;
import org.gongwei.core.code.MedicationAdherence;
import org.gongwei.core.code.RecordClosureReason;
import org.gongwei.core.code.Sex;
import org.gongwei.core.code.UnknownCodeException;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;

/**
 * The reading of one parsed CDA document into a domain record, collecting problems instead of
 * throwing. Used once, by {@link CdaReader}.
 */
final class DocumentReading {
  private static final String DOC = "/ClinicalDocument";
  private static final String PATIENT_ROLE = DOC + "/recordTarget/patientRole";
  private static final String PATIENT = PATIENT_ROLE + "/patient";
  private static final String CUSTODIAN_ORG =
      DOC + "/custodian/assignedCustodian/representedCustodianOrganization";

  private final String source;
  private final XmlCursor root;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<DataElement, XmlCursor> observations = new EnumMap<>(DataElement.class);

  DocumentReading(String source, XmlCursor root) {
    this.source = source;
    this.root = root;
  }

  CdaDocumentResult read() {
    if (!root.localName().equals("ClinicalDocument")) {
      problem(CdaProblemCode.CDA_NOT_CLINICAL_DOCUMENT, root.path(),
          "the root element is " + root.localName() + ", not a CDA ClinicalDocument");
      return result(Optional.empty(), Optional.empty());
    }
    if (!CdaOids.HL7_NAMESPACE.equals(root.namespace())) {
      problem(CdaProblemCode.CDA_NAMESPACE, root.path(),
          "ClinicalDocument is in namespace " + (root.namespace() == null ? "(none)" : root.namespace())
              + ", not " + CdaOids.HL7_NAMESPACE + ": read by element names");
    }
    Optional<CdaDocumentType> type = documentType();
    if (type.isEmpty()) {
      return result(Optional.empty(), Optional.empty());
    }
    indexObservations();
    Optional<BundleRecord> record =
        type.get() == CdaDocumentType.PERSONAL_BASIC_INFORMATION
            ? resident().map(BundleRecord.class::cast)
            : followUp(type.get().condition().orElseThrow()).map(BundleRecord.class::cast);
    return result(type, record);
  }

  private CdaDocumentResult result(Optional<CdaDocumentType> type, Optional<BundleRecord> record) {
    List<Problem> located = problems;
    if (record.isPresent()) {
      RecordType rt = record.get().recordType();
      String id = record.get().id();
      located = new ArrayList<>();
      for (Problem p : problems) {
        located.add(p.withRecord(rt, id));
      }
    }
    return new CdaDocumentResult(source, type, record, located);
  }

  // ------------------------------------------------------------------ problems

  private void problem(CdaProblemCode code, String path, String message) {
    problems.add(code.problem(message).withField(path).withLocation(source, 0));
  }

  private boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
  }

  private void missing(String path, String what) {
    problem(CdaProblemCode.CDA_MISSING_ELEMENT, path, what + " is missing");
  }

  // ------------------------------------------------------------------ document type

  private Optional<CdaDocumentType> documentType() {
    Optional<XmlCursor> code = root.child("code");
    Optional<String> value = code.flatMap(c -> c.attribute("code"));
    Optional<CdaDocumentType> type = value.flatMap(CdaDocumentType::fromCode);
    if (type.isPresent()) {
      return type;
    }
    for (XmlCursor t : root.children("templateId")) {
      Optional<CdaDocumentType> byTemplate = t.attribute("root").flatMap(CdaDocumentType::fromTemplateId);
      if (byTemplate.isPresent()) {
        problem(CdaProblemCode.CDA_TYPE_FROM_TEMPLATE, t.path("root"),
            "document type code " + value.orElse("(none)") + " is not known; the template id "
                + byTemplate.get().templateId() + " identifies " + byTemplate.get().standard());
        return byTemplate;
      }
    }
    problem(CdaProblemCode.CDA_UNKNOWN_DOCUMENT_TYPE, DOC + "/code/@code",
        value.map(v -> "document type code " + v + " is not one of HSDA00.01, HSDB04.01, HSDB04.02")
            .orElse("the document has no type code (ClinicalDocument/code/@code)"));
    return Optional.empty();
  }

  // ------------------------------------------------------------------ 483.1

  private Optional<Resident> resident() {
    Optional<String> residentId = residentId();
    Optional<XmlCursor> role = root.at("recordTarget", "patientRole");
    Optional<XmlCursor> patient = role.flatMap(r -> r.child("patient"));
    Optional<String> idCard = idCardNumber(patient);
    Optional<String> name = name(patient);
    Optional<Sex> sex = sex(patient);
    Optional<LocalDate> birth = birthDate(patient);
    Optional<Ethnicity> ethnicity = patient.flatMap(p -> p.child("ethnicGroupCode"))
        .filter(c -> !c.isNull())
        .flatMap(c -> code(c, Ethnicity.class, "ethnicity (GB 3304)"));
    Optional<RegionCode> region = region(role);
    Optional<String> institution =
        requiredId(root.at("custodian", "assignedCustodian", "representedCustodianOrganization"),
            CdaOids.ORGANIZATION, CUSTODIAN_ORG, "the custodian organization code (管辖机构)");
    Optional<XmlCursor> author = root.child("author");
    Optional<LocalDate> established = author.flatMap(a -> a.child("time"))
        .filter(t -> !t.isNull())
        .flatMap(t -> date(t, "the record established date (建档日期)"));
    Optional<String> doctor = authorId(author);

    Optional<IdDocumentType> idType = coded(DataElement.ID_TYPE, IdDocumentType.class);
    Optional<String> otherIdNumber = text(DataElement.ID_NUMBER);
    Optional<Boolean> permanent = bool(DataElement.PERMANENT);
    if (!observations.containsKey(DataElement.PERMANENT)) {
      problem(CdaProblemCode.CDA_DEFAULT_ASSUMED, DOC + "/component/structuredBody",
          "常住 (permanent resident) is not given: read as permanent, the usual case of a 483.1 registration");
    }
    Optional<Boolean> household = bool(DataElement.HOUSEHOLD_REGISTERED);
    Optional<Boolean> electronic = bool(DataElement.ELECTRONIC_RECORD);
    Optional<Boolean> standardized = bool(DataElement.RECORD_STANDARDIZED);
    Optional<LocalDate> closed = date(DataElement.RECORD_CLOSED_DATE);
    Optional<RecordClosureReason> closedReason = coded(DataElement.RECORD_CLOSED_REASON, RecordClosureReason.class);
    Optional<LocalDate> death = date(DataElement.DEATH_DATE);
    Optional<Boolean> disabled = bool(DataElement.DISABLED);
    Optional<Boolean> poverty = bool(DataElement.POVERTY_ALLEVIATED);
    Optional<Boolean> familyPlanning = bool(DataElement.FAMILY_PLANNING_SPECIAL);
    Optional<LocalDate> certificate = date(DataElement.VACCINATION_CERTIFICATE_DATE);

    if (hasErrors()) {
      return Optional.empty();
    }
    try {
      Resident.Builder b = Resident.builder()
          .residentId(residentId.orElseThrow())
          .name(name)
          .sex(sex.orElseThrow())
          .birthDate(birth.orElseThrow())
          .ethnicity(ethnicity)
          .regionCode(region.orElseThrow())
          .institutionCode(institution.orElseThrow())
          .doctorId(doctor)
          .permanent(permanent.orElse(true))
          .recordEstablishedDate(established)
          .recordClosedDate(closed)
          .recordClosedReason(closedReason)
          .deathDate(death)
          .vaccinationCertificateDate(certificate);
      if (idCard.isPresent()) {
        b.idType(IdDocumentType.RESIDENT_ID_CARD).idNumber(idCard);
      } else {
        idType.ifPresent(b::idType);
        b.idNumber(otherIdNumber);
      }
      household.ifPresent(b::householdRegistered);
      electronic.ifPresent(b::electronicRecord);
      standardized.ifPresent(b::recordStandardized);
      disabled.ifPresent(b::disabled);
      poverty.ifPresent(b::povertyAlleviated);
      familyPlanning.ifPresent(b::familyPlanningSpecial);
      return Optional.of(b.build());
    } catch (IllegalArgumentException | IllegalStateException | NoSuchElementException e) {
      problem(CdaProblemCode.CDA_INVALID_RECORD, DOC, "the resident read is not valid: " + e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<String> residentId() {
    return requiredId(root.at("recordTarget", "patientRole"), CdaOids.HEALTH_RECORD_NUMBER, PATIENT_ROLE,
        "the health record number (档案编号)");
  }

  /** The extension of the {@code id} child with this root, reporting it if missing. */
  private Optional<String> requiredId(Optional<XmlCursor> parent, String oid, String parentPath, String what) {
    String path = parentPath + "/id[@root='" + oid + "']/@extension";
    Optional<String> id = parent.flatMap(p -> p.child("id", "root", oid)).flatMap(i -> i.attribute("extension"));
    if (id.isEmpty()) {
      missing(path, what + " (id with root " + oid + ")");
    }
    return id;
  }

  private static Optional<String> optionalId(Optional<XmlCursor> parent, String oid) {
    return parent.flatMap(p -> p.child("id", "root", oid)).flatMap(i -> i.attribute("extension"));
  }

  private static Optional<String> idCardNumber(Optional<XmlCursor> patient) {
    return optionalId(patient, CdaOids.ID_CARD_NUMBER);
  }

  private static Optional<String> authorId(Optional<XmlCursor> author) {
    return optionalId(author.flatMap(a -> a.child("assignedAuthor")), CdaOids.AUTHOR);
  }

  /** The name: its text, or family name then given name when the name has parts. */
  private static Optional<String> name(Optional<XmlCursor> patient) {
    Optional<XmlCursor> name = patient.flatMap(p -> p.child("name")).filter(n -> !n.isNull());
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> family = name.get().child("family").flatMap(XmlCursor::text);
    Optional<String> given = name.get().child("given").flatMap(XmlCursor::text);
    if (family.isPresent() || given.isPresent()) {
      return Optional.of(family.orElse("") + given.orElse(""));
    }
    return name.get().text();
  }

  private Optional<Sex> sex(Optional<XmlCursor> patient) {
    Optional<XmlCursor> gender = patient.flatMap(p -> p.child("administrativeGenderCode"));
    if (gender.isEmpty() || gender.get().attribute("code").isEmpty()) {
      missing(PATIENT + "/administrativeGenderCode/@code", "the sex (GB/T 2261.1)");
      return Optional.empty();
    }
    return code(gender.get(), Sex.class, "sex (GB/T 2261.1)");
  }

  private Optional<LocalDate> birthDate(Optional<XmlCursor> patient) {
    Optional<XmlCursor> birth = patient.flatMap(p -> p.child("birthTime"));
    if (birth.isEmpty() || birth.get().attribute("value").isEmpty()) {
      missing(PATIENT + "/birthTime/@value", "the birth date");
      return Optional.empty();
    }
    return date(birth.get(), "the birth date");
  }

  private Optional<RegionCode> region(Optional<XmlCursor> role) {
    Optional<XmlCursor> tract = role.flatMap(r -> r.at("addr", "censusTract"));
    Optional<String> text = tract.flatMap(XmlCursor::text);
    if (text.isEmpty()) {
      missing(PATIENT_ROLE + "/addr/censusTract", "the region code (行政区划代码)");
      return Optional.empty();
    }
    Optional<String> why = RegionCode.whyInvalid(text.get());
    if (why.isPresent()) {
      problem(CdaProblemCode.CDA_BAD_VALUE, tract.get().path(), why.get());
      return Optional.empty();
    }
    return Optional.of(RegionCode.parse(text.get()));
  }

  // ------------------------------------------------------------------ 483.12 / 483.13

  private Optional<FollowUp> followUp(Condition condition) {
    Optional<String> followUpId =
        requiredId(Optional.of(root), CdaOids.DOCUMENT_ID, DOC, "the document id (随访记录编号)");
    Optional<String> residentId = residentId();
    Optional<XmlCursor> author = root.child("author");
    Optional<String> doctor = authorId(author);
    Optional<String> institution = optionalId(
        author.flatMap(a -> a.at("assignedAuthor", "representedOrganization")), CdaOids.ORGANIZATION);

    Optional<FollowUpMethod> method = Optional.empty();
    Optional<LocalDate> visitDate = Optional.empty();
    XmlCursor methodObs = observations.get(DataElement.FOLLOW_UP_METHOD);
    if (methodObs == null) {
      missing(DOC + "/component/structuredBody//observation[code/@code='"
          + DataElement.FOLLOW_UP_METHOD.code() + "']", "the follow-up method and date (随访方式)");
    } else {
      if (value(DataElement.FOLLOW_UP_METHOD).flatMap(v -> v.attribute("code")).isEmpty()) {
        missing(methodObs.path() + "/value/@code", "the follow-up method (随访方式代码)");
      } else {
        method = coded(DataElement.FOLLOW_UP_METHOD, FollowUpMethod.class);
      }
      Optional<XmlCursor> time = methodObs.child("effectiveTime");
      Optional<XmlCursor> timeValue =
          time.filter(t -> t.attribute("value").isPresent()).or(() -> time.flatMap(t -> t.child("low")));
      if (timeValue.isEmpty() || timeValue.get().attribute("value").isEmpty()) {
        missing(methodObs.path() + "/effectiveTime/@value", "the visit date (随访日期)");
      } else {
        visitDate = date(timeValue.get(), "the visit date (随访日期)");
      }
    }
    OptionalInt sbp = wholePq(DataElement.SYSTOLIC_BP);
    OptionalInt dbp = wholePq(DataElement.DIASTOLIC_BP);
    OptionalDouble glucose = glucose();
    OptionalDouble hba1c = decimalPq(DataElement.HBA1C, "%");
    Optional<FollowUpClassification> classification =
        coded(DataElement.FOLLOW_UP_EVALUATION, FollowUpClassification.class);
    Optional<MedicationAdherence> adherence = coded(DataElement.MEDICATION_ADHERENCE, MedicationAdherence.class);
    Optional<Boolean> adverse = adverseReaction();
    Optional<Boolean> referral = bool(DataElement.REFERRAL);
    Optional<LocalDate> next = date(DataElement.NEXT_VISIT_DATE);

    if (hasErrors()) {
      return Optional.empty();
    }
    try {
      FollowUp.Builder b = FollowUp.builder()
          .followUpId(followUpId.orElseThrow())
          .residentId(residentId.orElseThrow())
          .condition(condition)
          .visitDate(visitDate.orElseThrow())
          .method(method.orElseThrow())
          .sbp(sbp)
          .dbp(dbp)
          .fastingGlucose(glucose)
          .hba1c(hba1c)
          .classification(classification)
          .adherence(adherence)
          .nextVisitDate(next)
          .doctorId(doctor)
          .institutionCode(institution);
      adverse.ifPresent(b::adverseReaction);
      referral.ifPresent(b::referral);
      return Optional.of(b.build());
    } catch (IllegalArgumentException | IllegalStateException | NoSuchElementException e) {
      problem(CdaProblemCode.CDA_INVALID_RECORD, DOC, "the follow-up read is not valid: " + e.getMessage());
      return Optional.empty();
    }
  }

  // ------------------------------------------------------------------ observations

  /** Indexes the body's observations by data element; the first of repeated elements wins. */
  private void indexObservations() {
    Optional<XmlCursor> body = root.at("component", "structuredBody");
    if (body.isEmpty()) {
      return;
    }
    for (XmlCursor obs : body.get().descendants("observation")) {
      Optional<XmlCursor> code = obs.child("code");
      if (code.isEmpty()) {
        continue;
      }
      Optional<DataElement> element = DataElement.identify(
          code.get().attribute("code").orElse(null),
          code.get().attribute("codeSystem").orElse(null),
          code.get().attribute("displayName").orElse(null));
      if (element.isEmpty()) {
        continue;
      }
      XmlCursor first = observations.putIfAbsent(element.get(), obs);
      if (first != null) {
        problem(CdaProblemCode.CDA_DUPLICATE_ELEMENT, obs.path(),
            element.get().displayName() + " (" + element.get().code() + ") occurs again; the first, at "
                + first.path() + ", is used");
      }
    }
  }

  /** The {@code value} of an element's observation, unless absent or null-flavoured. */
  private Optional<XmlCursor> value(DataElement e) {
    XmlCursor obs = observations.get(e);
    if (obs == null) {
      return Optional.empty();
    }
    return obs.child("value").filter(v -> !v.isNull());
  }

  private <E extends Enum<E> & Coded> Optional<E> coded(DataElement e, Class<E> type) {
    return value(e).filter(v -> v.attribute("code").isPresent())
        .flatMap(v -> code(v, type, e.displayName()));
  }

  /** The constant of {@code type} for the element's {@code @code}, reporting an unknown code. */
  private <E extends Enum<E> & Coded> Optional<E> code(XmlCursor element, Class<E> type, String what) {
    Optional<String> code = element.attribute("code");
    if (code.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Coded.fromCode(type, code.get()));
    } catch (UnknownCodeException ex) {
      problem(CdaProblemCode.CDA_BAD_CODE, element.path("code"), what + ": " + ex.getMessage());
      return Optional.empty();
    }
  }

  private Optional<String> text(DataElement e) {
    return value(e).flatMap(v -> v.text().or(() -> v.attribute("value")));
  }

  private Optional<LocalDate> date(DataElement e) {
    return value(e).filter(v -> v.attribute("value").isPresent()).flatMap(v -> date(v, e.displayName()));
  }

  /** The date of an element's {@code @value}: compact, or ISO with a warning. */
  private Optional<LocalDate> date(XmlCursor element, String what) {
    Optional<String> text = element.attribute("value");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<CdaDates.Parsed> parsed = CdaDates.parse(text.get());
    if (parsed.isEmpty()) {
      problem(CdaProblemCode.CDA_BAD_DATE, element.path("value"),
          what + ": '" + text.get() + "' is not a date (yyyyMMdd[HHmmss])");
      return Optional.empty();
    }
    if (!parsed.get().standard()) {
      problem(CdaProblemCode.CDA_DATE_NONSTANDARD, element.path("value"),
          what + ": '" + text.get() + "' read as " + parsed.get().date() + "; WS/T 483 writes yyyyMMdd");
    }
    return Optional.of(parsed.get().date());
  }

  /** A yes/no: {@code @value} true/false (also 1/0), or the text 是/否, 有/无. */
  private Optional<Boolean> bool(DataElement e) {
    Optional<XmlCursor> value = value(e);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> raw = value.get().attribute("value").or(() -> value.get().text());
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    switch (raw.get().toLowerCase(Locale.ROOT)) {
      case "true", "1", "是", "有" -> {
        return Optional.of(true);
      }
      case "false", "0", "否", "无" -> {
        return Optional.of(false);
      }
      default -> {
        problem(CdaProblemCode.CDA_BAD_VALUE, value.get().path(),
            e.displayName() + ": '" + raw.get() + "' is not a yes/no value (true/false)");
        return Optional.empty();
      }
    }
  }

  /**
   * 药物不良反应: a BL value; a code of the form (1 无, 2 有); or the description of the reaction,
   * where 无/否/没有 mean none and any other text describes one.
   */
  private Optional<Boolean> adverseReaction() {
    Optional<XmlCursor> value = value(DataElement.ADVERSE_REACTION);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> code = value.get().attribute("code");
    if (code.isPresent()) {
      if (code.get().equals("1") || code.get().equals("2")) {
        return Optional.of(code.get().equals("2"));
      }
      problem(CdaProblemCode.CDA_BAD_CODE, value.get().path("code"),
          "药物不良反应: '" + code.get() + "' is not a code of the form (1 无, 2 有)");
      return Optional.empty();
    }
    if (value.get().attribute("value").isPresent()) {
      return bool(DataElement.ADVERSE_REACTION);
    }
    Optional<String> text = value.get().text();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String t = text.get();
    return Optional.of(!(t.equals("无") || t.equals("否") || t.equals("没有") || t.equals("无不良反应")));
  }

  /** A measurement's number and unit, or empty if absent; reports a value that is no number. */
  private Optional<BigDecimal> number(DataElement e) {
    Optional<XmlCursor> value = value(e);
    Optional<String> text = value.flatMap(v -> v.attribute("value"));
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(text.get()));
    } catch (NumberFormatException ex) {
      problem(CdaProblemCode.CDA_BAD_VALUE, value.get().path("value"),
          e.displayName() + ": '" + text.get() + "' is not a number");
      return Optional.empty();
    }
  }

  /** Checks the unit of a measurement: true if it is {@code expected} or absent (with a warning). */
  private boolean unit(DataElement e, String... expected) {
    XmlCursor value = value(e).orElseThrow();
    Optional<String> unit = value.attribute("unit");
    if (unit.isEmpty()) {
      problem(CdaProblemCode.CDA_UNIT_ASSUMED, value.path("unit"),
          e.displayName() + " has no unit: read as " + expected[0]);
      return true;
    }
    for (String u : expected) {
      if (u.equalsIgnoreCase(unit.get())) {
        return true;
      }
    }
    problem(CdaProblemCode.CDA_BAD_UNIT, value.path("unit"),
        e.displayName() + " is in '" + unit.get() + "', expected " + expected[0]);
    return false;
  }

  private OptionalInt wholePq(DataElement e) {
    Optional<BigDecimal> n = number(e);
    if (n.isEmpty() || !unit(e, "mmHg", "mm[Hg]")) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(n.get().stripTrailingZeros().intValueExact());
    } catch (ArithmeticException ex) {
      problem(CdaProblemCode.CDA_BAD_VALUE, value(e).orElseThrow().path("value"),
          e.displayName() + ": " + n.get().toPlainString() + " is not a whole number of mmHg");
      return OptionalInt.empty();
    }
  }

  private OptionalDouble decimalPq(DataElement e, String unit) {
    Optional<BigDecimal> n = number(e);
    if (n.isEmpty() || !unit(e, unit)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(n.get().doubleValue());
  }

  /** Fasting glucose in mmol/L; a value in mg/dL is converted (÷ 18.0) with a warning. */
  private OptionalDouble glucose() {
    DataElement e = DataElement.FASTING_GLUCOSE;
    Optional<BigDecimal> n = number(e);
    if (n.isEmpty()) {
      return OptionalDouble.empty();
    }
    XmlCursor value = value(e).orElseThrow();
    if (value.attribute("unit").filter("mg/dL"::equalsIgnoreCase).isPresent()) {
      double mmol = n.get().doubleValue() / 18.0;
      problem(CdaProblemCode.CDA_UNIT_CONVERTED, value.path("unit"),
          e.displayName() + " " + n.get().toPlainString() + " mg/dL read as "
              + String.format(Locale.ROOT, "%.2f", mmol) + " mmol/L (÷ 18.0)");
      return OptionalDouble.of(mmol);
    }
    if (!unit(e, "mmol/L")) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(n.get().doubleValue());
  }
}
