package org.gongwei.core.surveillance;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.internal.Checks;

/**
 * A public-health emergency event (突发公共卫生事件相关信息) discovered by an institution, one row of
 * {@code emergency_events.csv}.
 *
 * @param eventId the event id (事件编号)
 * @param institutionCode the institution that discovered it
 * @param discoveredAt the time of discovery (发现时间)
 * @param reportedAt the time of the report, empty when not reported
 */
public record EmergencyEvent(
    String eventId, String institutionCode, LocalDateTime discoveredAt, Optional<LocalDateTime> reportedAt)
    implements BundleRecord {

  /** The reporting window for emergency information: 2 hours from discovery. */
  public static final Duration REPORTING_WINDOW = Duration.ofHours(2);

  /** Checks that every component is present. */
  public EmergencyEvent {
    Checks.requireText(eventId, "event_id");
    Checks.requireText(institutionCode, "institution_code");
    Objects.requireNonNull(discoveredAt, "discovered_at");
    Objects.requireNonNull(reportedAt, "reported_at");
  }

  @Override
  public RecordType recordType() {
    return RecordType.EMERGENCY_EVENT;
  }

  @Override
  public String id() {
    return eventId;
  }

  /** Whether the event was reported within {@link #REPORTING_WINDOW} of discovery. */
  public boolean isReportedInTime() {
    return reportedAt.isPresent()
        && Duration.between(discoveredAt, reportedAt.get()).compareTo(REPORTING_WINDOW) <= 0;
  }

  /** For example {@code EmergencyEvent[E01, 2024-03-01T10:00, reported 2024-03-01T11:00]}. */
  @Override
  public String toString() {
    return "EmergencyEvent["
        + eventId
        + ", "
        + discoveredAt
        + reportedAt.map(t -> ", reported " + t).orElse(", not reported")
        + "]";
  }
}
