package org.gongwei.core.tcm;

import java.time.LocalDate;
import java.util.Objects;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.internal.Checks;

/**
 * A traditional Chinese medicine health-management service (中医药健康管理): constitution
 * identification and guidance for the elderly, or TCM guidance for a child, one row of
 * {@code tcm_services.csv}.
 *
 * @param serviceId the service id (服务编号)
 * @param residentId the resident served
 * @param serviceDate the service date
 * @param kind elderly or child service
 */
public record TcmService(String serviceId, String residentId, LocalDate serviceDate, TcmKind kind)
    implements BundleRecord {

  /** Checks that every component is present. */
  public TcmService {
    Checks.requireText(serviceId, "service_id");
    Checks.requireText(residentId, "resident_id");
    Objects.requireNonNull(serviceDate, "service_date");
    Objects.requireNonNull(kind, "kind");
  }

  @Override
  public RecordType recordType() {
    return RecordType.TCM_SERVICE;
  }

  @Override
  public String id() {
    return serviceId;
  }

  /** For example {@code TcmService[S01, R0001, 2024-05-06 ELDERLY]}. */
  @Override
  public String toString() {
    return "TcmService[" + serviceId + ", " + residentId + ", " + serviceDate + " " + kind + "]";
  }
}
