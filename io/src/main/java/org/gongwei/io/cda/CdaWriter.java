package org.gongwei.io.cda;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import javax.xml.XMLConstants;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.code.Coded;
import org.gongwei.core.code.IdDocumentType;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.resident.Resident;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes WS/T 483 CDA documents: a {@link Resident} as 483.1 个人基本健康信息登记 (HSDA00.01), a
 * {@link FollowUp} as 483.12 高血压患者随访服务 (HSDB04.01) or 483.13 2型糖尿病患者随访服务 (HSDB04.02).
 *
 * <p>Each document is a CDA R2 {@code ClinicalDocument} in the {@code urn:hl7-org:v3} namespace
 * with realm {@code CN}, the {@code POCD_MT000040} type id, the document's template id and type
 * code, title, creation time ({@code yyyyMMddHHmmss} from the writer's clock), confidentiality
 * {@code N}, language {@code zh-CN}; the record target (health-record number, address with the
 * region code, identity card number, name, sex, birth date, ethnicity), the author and the
 * custodian; and a structured body whose observations are coded data elements (see {@link
 * CdaReader} for what each document carries). Dates are compact {@code yyyyMMdd}.
 *
 * <p><b>Personal data.</b> A document is an exchange, not a report: identity card numbers are
 * written in full. Store and send documents as the personal data they are.
 *
 * <p>Programming errors throw: a null argument, a follow-up of another resident, a resident of
 * another institution than the one given, a value XML cannot carry (a control character in a
 * name, a non-finite measurement, a year outside 0–9999). A writer is immutable and thread-safe.
 */
public final class CdaWriter {
  private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
  private static final String HL7 = CdaOids.HL7_NAMESPACE;

  private final Clock clock;

  private CdaWriter(Clock clock) {
    this.clock = clock;
  }

  /** A writer stamping documents with the current time in China (Asia/Shanghai). */
  public static CdaWriter create() {
    return new CdaWriter(Clock.system(ZoneId.of("Asia/Shanghai")));
  }

  /** A writer stamping documents ({@code ClinicalDocument/effectiveTime}) from {@code clock}. */
  public static CdaWriter withClock(Clock clock) {
    return new CdaWriter(Objects.requireNonNull(clock, "clock"));
  }

  /** The 483.1 document of a resident; the custodian organization is named by code only. */
  public String toXml(Resident resident) {
    Objects.requireNonNull(resident, "resident");
    return residentDocument(resident, Optional.empty());
  }

  /**
   * The 483.1 document of a resident, with the custodian organization's name.
   *
   * @throws IllegalArgumentException if the institution is not the resident's
   */
  public String toXml(Resident resident, Institution institution) {
    Objects.requireNonNull(resident, "resident");
    Objects.requireNonNull(institution, "institution");
    if (!institution.code().equals(resident.institutionCode())) {
      throw new IllegalArgumentException(
          "institution " + institution.code() + " is not the institution of resident "
              + resident.residentId() + " (" + resident.institutionCode() + ")");
    }
    return residentDocument(resident, Optional.of(institution));
  }

  /**
   * The 483.12 (hypertension) or 483.13 (type 2 diabetes) document of a follow-up; the resident
   * gives the record target.
   *
   * @throws IllegalArgumentException if the follow-up is not the resident's
   */
  public String toXml(FollowUp followUp, Resident resident) {
    Objects.requireNonNull(followUp, "followUp");
    Objects.requireNonNull(resident, "resident");
    if (!followUp.residentId().equals(resident.residentId())) {
      throw new IllegalArgumentException(
          "follow-up " + followUp.followUpId() + " is of resident " + followUp.residentId()
              + ", not " + resident.residentId());
    }
    return followUpDocument(followUp, resident);
  }

  // ------------------------------------------------------------------ 483.1

  private String residentDocument(Resident r, Optional<Institution> institution) {
    Dom d = new Dom();
    Element root = header(d, CdaDocumentType.PERSONAL_BASIC_INFORMATION, r.residentId(), r);
    // 建档: the author is the responsible doctor, the time is the date the record was established.
    author(d, root, r.recordEstablishedDate(), r.doctorId(), Optional.empty());
    custodian(d, root, r.institutionCode(), institution.map(Institution::name));

    Element body = body(d, root);
    Section record = new Section(d, body, "健康档案信息", null);
    record.bl(DataElement.ELECTRONIC_RECORD, r.electronicRecord());
    record.bl(DataElement.RECORD_STANDARDIZED, r.recordStandardized());
    r.recordClosedDate().ifPresent(x -> record.ts(DataElement.RECORD_CLOSED_DATE, x));
    r.recordClosedReason()
        .ifPresent(x -> record.cd(DataElement.RECORD_CLOSED_REASON, x, null, "档案注销原因代码"));

    Section people = new Section(d, body, "人口学及社会经济学特征", null);
    if (r.idType() != IdDocumentType.RESIDENT_ID_CARD) {
      people.cd(DataElement.ID_TYPE, r.idType(), null, "身份证件类别代码表(CV02.01.101)");
      r.idNumber().ifPresent(x -> people.st(DataElement.ID_NUMBER, x, "（略）"));
    }
    people.bl(DataElement.PERMANENT, r.permanent());
    people.bl(DataElement.HOUSEHOLD_REGISTERED, r.householdRegistered());
    people.bl(DataElement.DISABLED, r.disabled());
    people.bl(DataElement.POVERTY_ALLEVIATED, r.povertyAlleviated());
    people.bl(DataElement.FAMILY_PLANNING_SPECIAL, r.familyPlanningSpecial());
    r.deathDate().ifPresent(x -> people.ts(DataElement.DEATH_DATE, x));
    r.vaccinationCertificateDate().ifPresent(x -> people.ts(DataElement.VACCINATION_CERTIFICATE_DATE, x));
    return d.serialize();
  }

  // ------------------------------------------------------------------ 483.12 / 483.13

  private String followUpDocument(FollowUp f, Resident r) {
    Dom d = new Dom();
    CdaDocumentType type = CdaDocumentType.forFollowUp(f.condition());
    Element root = header(d, type, f.followUpId(), r);
    author(d, root, Optional.of(f.visitDate()), f.doctorId(), f.institutionCode());
    custodian(d, root, f.institutionCode().orElse(r.institutionCode()), Optional.empty());

    Element body = body(d, root);
    Section visit = new Section(d, body, "随访信息", null);
    Element method = visit.observation(DataElement.FOLLOW_UP_METHOD);
    d.add(method, "effectiveTime", "value", CdaDates.format(f.visitDate()));
    visit.cdValue(method, f.method(), CdaOids.FOLLOW_UP_METHOD_CODES, "随访方式代码表");
    visit.narrate("随访日期：" + f.visitDate() + "，随访方式：" + f.method().label());

    if (f.sbp().isPresent() || f.dbp().isPresent()) {
      Section vitals = new Section(d, body, "生命体征", new String[] {"8716-3", "VITAL SIGNS"});
      pq(vitals, DataElement.SYSTOLIC_BP, f.sbp(), "mmHg");
      pq(vitals, DataElement.DIASTOLIC_BP, f.dbp(), "mmHg");
    }
    if (f.fastingGlucose().isPresent() || f.hba1c().isPresent()) {
      Section lab =
          new Section(d, body, "辅助检查", new String[] {"30954-2", "RELEVANT DIAGNOSTIC TESTS AND/OR LABORATORY DATA"});
      pq(lab, DataElement.FASTING_GLUCOSE, f.fastingGlucose(), "mmol/L");
      pq(lab, DataElement.HBA1C, f.hba1c(), "%");
    }
    Section medication = new Section(d, body, "用药情况", new String[] {"10160-0", "HISTORY OF MEDICATION USE"});
    f.adherence().ifPresent(x -> medication.cd(DataElement.MEDICATION_ADHERENCE, x, null, "服药依从性代码表"));
    medication.st(DataElement.ADVERSE_REACTION, f.adverseReaction() ? "有" : "无", null);

    Section plan = new Section(d, body, "随访评价及计划", new String[] {"18776-5", "TREATMENT PLAN"});
    f.classification().ifPresent(x -> plan.cd(DataElement.FOLLOW_UP_EVALUATION, x, null, "随访评价结果代码表"));
    plan.bl(DataElement.REFERRAL, f.referral());
    f.nextVisitDate().ifPresent(x -> plan.ts(DataElement.NEXT_VISIT_DATE, x));
    return d.serialize();
  }

  private static void pq(Section s, DataElement e, OptionalInt value, String unit) {
    if (value.isPresent()) {
      s.pq(e, Integer.toString(value.getAsInt()), unit);
    }
  }

  private static void pq(Section s, DataElement e, OptionalDouble value, String unit) {
    if (value.isPresent()) {
      double v = value.getAsDouble();
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(e.displayName() + " must be a finite number: " + v);
      }
      s.pq(e, BigDecimal.valueOf(v).stripTrailingZeros().toPlainString(), unit);
    }
  }

  // ------------------------------------------------------------------ header

  /** The header down to the record target; returns the root. */
  private Element header(Dom d, CdaDocumentType type, String documentId, Resident r) {
    Element root = d.root();
    d.add(root, "realmCode", "code", "CN");
    d.add(root, "typeId", "root", CdaOids.CDA_TYPE_ID, "extension", "POCD_MT000040");
    d.add(root, "templateId", "root", type.templateId());
    d.add(root, "id", "root", CdaOids.DOCUMENT_ID, "extension", text(documentId, "document id"));
    d.add(root, "code", "code", type.code(), "codeSystem", CdaOids.DOCUMENT_TYPE_CODES,
        "codeSystemName", "卫生信息共享文档规范编码体系", "displayName", type.label());
    d.text(root, "title", type.label());
    d.add(root, "effectiveTime", "value", CdaDates.format(LocalDateTime.now(clock)));
    d.add(root, "confidentialityCode", "code", "N", "codeSystem", CdaOids.CONFIDENTIALITY,
        "codeSystemName", "Confidentiality", "displayName", "正常访问保密级别");
    d.add(root, "languageCode", "code", "zh-CN");

    Element target = d.add(root, "recordTarget", "typeCode", "RCT", "contextControlCode", "OP");
    Element role = d.add(target, "patientRole", "classCode", "PAT");
    d.add(role, "id", "root", CdaOids.HEALTH_RECORD_NUMBER, "extension", text(r.residentId(), "resident_id"));
    Element addr = d.add(role, "addr", "use", "H");
    d.text(addr, "censusTract", r.regionCode().code());
    Element patient = d.add(role, "patient", "classCode", "PSN", "determinerCode", "INSTANCE");
    if (r.idType() == IdDocumentType.RESIDENT_ID_CARD && r.idNumber().isPresent()) {
      d.add(patient, "id", "root", CdaOids.ID_CARD_NUMBER, "extension", text(r.idNumber().get(), "id_number"));
    }
    if (r.name().isPresent()) {
      d.text(patient, "name", text(r.name().get(), "name"));
    } else {
      d.add(patient, "name", "nullFlavor", "UNK");
    }
    d.add(patient, "administrativeGenderCode", "code", r.sex().code(), "codeSystem", CdaOids.SEX_CODES,
        "codeSystemName", "生理性别代码表(GB/T 2261.1)", "displayName", r.sex().label());
    d.add(patient, "birthTime", "value", CdaDates.format(r.birthDate()));
    r.ethnicity()
        .ifPresent(
            e -> d.add(patient, "ethnicGroupCode", "code", e.code(), "codeSystem", CdaOids.ETHNICITY_CODES,
                "codeSystemName", "民族类别代码表(GB 3304)", "displayName", e.label()));
    return root;
  }

  private static void author(
      Dom d, Element root, Optional<LocalDate> time, Optional<String> authorId, Optional<String> organization) {
    Element author = d.add(root, "author", "typeCode", "AUT", "contextControlCode", "OP");
    if (time.isPresent()) {
      d.add(author, "time", "value", CdaDates.format(time.get()));
    } else {
      d.add(author, "time", "nullFlavor", "UNK");
    }
    Element assigned = d.add(author, "assignedAuthor", "classCode", "ASSIGNED");
    if (authorId.isPresent()) {
      d.add(assigned, "id", "root", CdaOids.AUTHOR, "extension", text(authorId.get(), "doctor_id"));
    } else {
      d.add(assigned, "id", "nullFlavor", "NI");
    }
    if (organization.isPresent()) {
      Element org = d.add(assigned, "representedOrganization", "classCode", "ORG", "determinerCode", "INSTANCE");
      d.add(org, "id", "root", CdaOids.ORGANIZATION, "extension", text(organization.get(), "institution_code"));
    }
  }

  private static void custodian(Dom d, Element root, String institutionCode, Optional<String> name) {
    Element custodian = d.add(root, "custodian", "typeCode", "CST");
    Element assigned = d.add(custodian, "assignedCustodian", "classCode", "ASSIGNED");
    Element org = d.add(assigned, "representedCustodianOrganization", "classCode", "ORG", "determinerCode", "INSTANCE");
    d.add(org, "id", "root", CdaOids.ORGANIZATION, "extension", text(institutionCode, "institution_code"));
    name.ifPresent(n -> d.text(org, "name", text(n, "institution name")));
  }

  private static Element body(Dom d, Element root) {
    return d.add(d.add(root, "component"), "structuredBody");
  }

  /** {@code value} if XML 1.0 can carry every character of it; else throws naming the field. */
  private static String text(String value, String field) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      boolean ok =
          c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF);
      if (!ok) {
        throw new IllegalArgumentException(
            field + " has character U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT)
                + " at " + i + ", which XML cannot carry");
      }
      i += Character.charCount(c);
    }
    return value;
  }

  // ------------------------------------------------------------------ body sections

  /** One {@code component/section} of the body: its narrative list and coded entries. */
  private static final class Section {
    private final Dom d;
    private final Element section;
    private final Element text;
    private Element list;

    Section(Dom d, Element body, String title, String[] loinc) {
      this.d = d;
      this.section = d.add(d.add(body, "component"), "section");
      if (loinc != null) {
        d.add(section, "code", "code", loinc[0], "codeSystem", CdaOids.LOINC, "codeSystemName", "LOINC",
            "displayName", loinc[1]);
      }
      d.text(section, "title", title);
      this.text = d.add(section, "text");
    }

    void narrate(String item) {
      if (list == null) {
        list = d.add(text, "list");
      }
      d.text(list, "item", item);
    }

    Element observation(DataElement e) {
      Element obs = d.add(d.add(section, "entry"), "observation", "classCode", "OBS", "moodCode", "EVN");
      d.add(obs, "code", "code", e.code(), "codeSystem", e.codeSystem(), "codeSystemName", e.codeSystemName(),
          "displayName", e.displayName());
      return obs;
    }

    void pq(DataElement e, String value, String unit) {
      Element v = d.add(observation(e), "value", "value", value, "unit", unit);
      v.setAttributeNS(XSI, "xsi:type", "PQ");
      narrate(e.displayName() + "：" + value + " " + unit);
    }

    void bl(DataElement e, boolean value) {
      Element v = d.add(observation(e), "value", "value", Boolean.toString(value));
      v.setAttributeNS(XSI, "xsi:type", "BL");
      narrate(e.displayName() + "：" + (value ? "是" : "否"));
    }

    void ts(DataElement e, LocalDate value) {
      Element v = d.add(observation(e), "value", "value", CdaDates.format(value));
      v.setAttributeNS(XSI, "xsi:type", "TS");
      narrate(e.displayName() + "：" + value);
    }

    /** A text value; the narrative shows {@code shown} instead when given (personal data). */
    void st(DataElement e, String value, String shown) {
      Element v = d.text(observation(e), "value", text(value, e.displayName()));
      v.setAttributeNS(XSI, "xsi:type", "ST");
      narrate(e.displayName() + "：" + (shown != null ? shown : value));
    }

    void cd(DataElement e, Coded value, String codeSystem, String codeSystemName) {
      cdValue(observation(e), value, codeSystem, codeSystemName);
      narrate(e.displayName() + "：" + value.label());
    }

    void cdValue(Element observation, Coded value, String codeSystem, String codeSystemName) {
      Element v = d.add(observation, "value", "code", value.code());
      if (codeSystem != null) {
        v.setAttribute("codeSystem", codeSystem);
      }
      v.setAttribute("codeSystemName", codeSystemName);
      v.setAttribute("displayName", value.label());
      v.setAttributeNS(XSI, "xsi:type", "CD");
    }
  }

  // ------------------------------------------------------------------ DOM

  /** A DOM document in the HL7 namespace and its serialization. */
  private static final class Dom {
    private final Document doc = SecureXml.newDocumentBuilder().newDocument();

    Element root() {
      Element root = doc.createElementNS(HL7, "ClinicalDocument");
      root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", HL7);
      root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsi", XSI);
      doc.appendChild(root);
      return root;
    }

    /** Appends an element with attributes given as name, value pairs. */
    Element add(Element parent, String name, String... attributes) {
      Element e = doc.createElementNS(HL7, name);
      for (int i = 0; i < attributes.length; i += 2) {
        e.setAttribute(attributes[i], attributes[i + 1]);
      }
      parent.appendChild(e);
      return e;
    }

    /** Appends an element holding text. */
    Element text(Element parent, String name, String text) {
      Element e = add(parent, name);
      e.setTextContent(text);
      return e;
    }

    String serialize() {
      StringWriter out = new StringWriter();
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      try {
        SecureXml.newTransformer().transform(new DOMSource(doc), new StreamResult(out));
      } catch (TransformerException e) {
        throw new IllegalStateException("the CDA document could not be serialized", e);
      }
      return out.toString();
    }
  }
}
