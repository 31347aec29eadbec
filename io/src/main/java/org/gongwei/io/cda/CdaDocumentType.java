package org.gongwei.io.cda;

import java.util.Objects;
import java.util.Optional;
import org.gongwei.core.code.Coded;
import org.gongwei.core.code.Condition;

/**
 * A WS/T 483 健康档案共享文档规范 document type this package reads and writes: its document type
 * code in {@link CdaOids#DOCUMENT_TYPE_CODES}, its title, the part of the standard and its
 * template id.
 *
 * <p>The template ids {@code 2.16.156.10011.2.1.1.n} for part n are inferred from the numbering
 * of the shared-document templates (WS/T 500's first document, 病历概要, is {@code …1.1.21}, after
 * WS/T 483's 20 parts); the reader does not rely on them.
 */
public enum CdaDocumentType implements Coded {
  /** WS/T 483.1 个人基本健康信息登记: a {@link org.gongwei.core.resident.Resident}. */
  PERSONAL_BASIC_INFORMATION("HSDA00.01", "个人基本健康信息登记", "WS/T 483.1", "2.16.156.10011.2.1.1.1", null),
  /** WS/T 483.12 高血压患者随访服务: a hypertension {@link org.gongwei.core.chronic.FollowUp}. */
  HYPERTENSION_FOLLOW_UP(
      "HSDB04.01", "高血压患者随访服务", "WS/T 483.12", "2.16.156.10011.2.1.1.12", Condition.HYPERTENSION),
  /** WS/T 483.13 2型糖尿病患者随访服务: a type 2 diabetes {@link org.gongwei.core.chronic.FollowUp}. */
  DIABETES_FOLLOW_UP(
      "HSDB04.02", "2型糖尿病患者随访服务", "WS/T 483.13", "2.16.156.10011.2.1.1.13", Condition.TYPE2_DIABETES);

  private final String code;
  private final String label;
  private final String standard;
  private final String templateId;
  private final Condition condition;

  CdaDocumentType(String code, String label, String standard, String templateId, Condition condition) {
    this.code = code;
    this.label = label;
    this.standard = standard;
    this.templateId = templateId;
    this.condition = condition;
  }

  /** The document type code, for example {@code HSDB04.01}. */
  @Override
  public String code() {
    return code;
  }

  /** The document title, for example {@code 高血压患者随访服务}. */
  @Override
  public String label() {
    return label;
  }

  /** The part of the standard, for example {@code WS/T 483.12}. */
  public String standard() {
    return standard;
  }

  /** The template id root written in {@code ClinicalDocument/templateId}. */
  public String templateId() {
    return templateId;
  }

  /** The condition of a follow-up document; empty for 483.1. */
  public Optional<Condition> condition() {
    return Optional.ofNullable(condition);
  }

  /** The document type with this code, if any (surrounding white space ignored). */
  public static Optional<CdaDocumentType> fromCode(String code) {
    Objects.requireNonNull(code, "code");
    String wanted = code.strip();
    for (CdaDocumentType t : values()) {
      if (t.code.equals(wanted)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The document type with this template id root, if any. */
  public static Optional<CdaDocumentType> fromTemplateId(String root) {
    Objects.requireNonNull(root, "root");
    String wanted = root.strip();
    for (CdaDocumentType t : values()) {
      if (t.templateId.equals(wanted)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * The follow-up document type of a condition.
   *
   * @throws IllegalArgumentException for a condition other than hypertension and type 2 diabetes
   */
  public static CdaDocumentType forFollowUp(Condition condition) {
    Objects.requireNonNull(condition, "condition");
    for (CdaDocumentType t : values()) {
      if (t.condition == condition) {
        return t;
      }
    }
    throw new IllegalArgumentException("no WS/T 483 follow-up document for condition " + condition);
  }
}
