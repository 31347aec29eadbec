package org.gongwei.io.cda;

/**
 * The object identifiers (OIDs) the WS/T 483 documents of this package use, with their source.
 *
 * <p>The {@code 2.16.156.10011} arc is the one of the National Health Commission's health
 * information standards (卫生信息标识体系). The header identifiers and code systems are those of
 * exchange-format §5; the value code systems were checked against published WS/T 483/500 sample
 * documents. {@link #GONGWEI_EXTENSION} is this library's own code system for the fields that
 * have no data element in WS 363 that we could confirm (see {@code DataElement}).
 */
public final class CdaOids {
  private CdaOids() {}

  /** The HL7 v3 namespace of every CDA element, {@code urn:hl7-org:v3}. */
  public static final String HL7_NAMESPACE = "urn:hl7-org:v3";

  /** The CDA R2 type id root ({@code typeId/@root}); its extension is {@code POCD_MT000040}. */
  public static final String CDA_TYPE_ID = "2.16.840.1.113883.1.3";

  /** Document id (文档流水号), root of {@code ClinicalDocument/id}. */
  public static final String DOCUMENT_ID = "2.16.156.10011.1.1";

  /** Health record number (城乡居民健康档案编号), root of {@code patientRole/id}. */
  public static final String HEALTH_RECORD_NUMBER = "2.16.156.10011.1.2";

  /** Resident identity card number (居民身份证号码), root of {@code patient/id}. */
  public static final String ID_CARD_NUMBER = "2.16.156.10011.1.3";

  /** Organization (机构) id, root of the custodian's and the author's organization id. */
  public static final String ORGANIZATION = "2.16.156.10011.1.5";

  /** Author (医务人员) id, root of {@code assignedAuthor/id}. */
  public static final String AUTHOR = "2.16.156.10011.1.7";

  /** Code system of the shared-document types (卫生信息共享文档规范编码体系). */
  public static final String DOCUMENT_TYPE_CODES = "2.16.156.10011.2.4";

  /** Code system of the data elements (卫生信息数据元目录, WS 363). */
  public static final String DATA_ELEMENTS = "2.16.156.10011.2.2.1";

  /** Sex codes (生理性别代码表, GB/T 2261.1). */
  public static final String SEX_CODES = "2.16.156.10011.2.3.3.4";

  /** Ethnicity codes (民族类别代码表, GB 3304). */
  public static final String ETHNICITY_CODES = "2.16.156.10011.2.3.3.3";

  /** Follow-up method codes (随访方式代码表). */
  public static final String FOLLOW_UP_METHOD_CODES = "2.16.156.10011.2.3.1.183";

  /** LOINC, used for section codes and for HbA1c ({@code 4548-4}). */
  public static final String LOINC = "2.16.840.1.113883.6.1";

  /** HL7 Confidentiality codes ({@code N} = normal). */
  public static final String CONFIDENTIALITY = "2.16.840.1.113883.5.25";

  /**
   * Gongwei's extension data elements: a UUID-derived OID ({@code 2.25}, ITU-T X.667) that needs
   * no registration and collides with nothing. Its codes are the column names of the bundle
   * (exchange-format §1), for example {@code permanent}.
   */
  public static final String GONGWEI_EXTENSION = "2.25.278596639534445036747801780594087985361";
}
