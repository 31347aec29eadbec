package org.gongwei.core.child;

import java.time.LocalDate;
import java.util.Objects;
import org.gongwei.core.code.ChildVisitKind;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.internal.Checks;

/**
 * A newborn home visit or a child health check-up (0～6岁儿童健康管理), one row of
 * {@code child_visits.csv}.
 *
 * @param visitId the visit id (访视编号)
 * @param residentId the child
 * @param visitDate the visit date
 * @param kind newborn home visit or check-up
 */
public record ChildVisit(String visitId, String residentId, LocalDate visitDate, ChildVisitKind kind)
    implements BundleRecord {

  /** Checks that every component is present. */
  public ChildVisit {
    Checks.requireText(visitId, "visit_id");
    Checks.requireText(residentId, "resident_id");
    Objects.requireNonNull(visitDate, "visit_date");
    Objects.requireNonNull(kind, "kind");
  }

  @Override
  public RecordType recordType() {
    return RecordType.CHILD_VISIT;
  }

  @Override
  public String id() {
    return visitId;
  }

  /** For example {@code ChildVisit[V01, R0009, 2024-03-02 NEWBORN_HOME]}. */
  @Override
  public String toString() {
    return "ChildVisit[" + visitId + ", " + residentId + ", " + visitDate + " " + kind + "]";
  }
}
