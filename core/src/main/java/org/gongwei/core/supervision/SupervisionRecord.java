package org.gongwei.core.supervision;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.core.code.SupervisionDomain;
import org.gongwei.core.code.SupervisionKind;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.internal.Checks;

/**
 * A health-supervision assistance record (卫生计生监督协管): a lead found (and perhaps reported) or a
 * patrol done, one row of {@code supervision.csv}.
 *
 * @param leadId the record id (线索编号)
 * @param institutionCode the institution
 * @param domain the supervision domain (协管类别)
 * @param kind a lead (信息报告) or a patrol (实地巡查)
 * @param foundDate the date found or patrolled (发现日期)
 * @param reportedDate the date reported (报告日期), empty when not reported
 */
public record SupervisionRecord(
    String leadId,
    String institutionCode,
    SupervisionDomain domain,
    SupervisionKind kind,
    LocalDate foundDate,
    Optional<LocalDate> reportedDate)
    implements BundleRecord {

  /** Checks that every component is present. */
  public SupervisionRecord {
    Checks.requireText(leadId, "lead_id");
    Checks.requireText(institutionCode, "institution_code");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(foundDate, "found_date");
    Objects.requireNonNull(reportedDate, "reported_date");
  }

  @Override
  public RecordType recordType() {
    return RecordType.SUPERVISION;
  }

  @Override
  public String id() {
    return leadId;
  }

  /** For example {@code SupervisionRecord[L01, FOOD LEAD 2024-03-01, reported 2024-03-02]}. */
  @Override
  public String toString() {
    return "SupervisionRecord["
        + leadId
        + ", "
        + domain
        + " "
        + kind
        + " "
        + foundDate
        + reportedDate.map(d -> ", reported " + d).orElse("")
        + "]";
  }
}
