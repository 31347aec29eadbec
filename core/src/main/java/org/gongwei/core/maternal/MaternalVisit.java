package org.gongwei.core.maternal;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.gongwei.core.code.MaternalVisitKind;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.internal.Checks;
import org.gongwei.core.internal.DomainStyle;
import org.immutables.value.Value;

/**
 * A prenatal examination, postpartum visit or 42-day postpartum check of a {@link Pregnancy}, one
 * row of {@code maternal_visits.csv}.
 */
@Value.Immutable
@DomainStyle
public abstract class MaternalVisit implements BundleRecord {
  MaternalVisit() {}

  /** The visit id (访视编号). */
  public abstract String visitId();

  /** The pregnancy visited. */
  public abstract String pregnancyId();

  /** The visit date. */
  public abstract LocalDate visitDate();

  /** Prenatal, postpartum or 42-day check. */
  public abstract MaternalVisitKind kind();

  /** The gestational age in completed weeks (孕周), as recorded. */
  public abstract OptionalInt gestationalWeeks();

  @Override
  public final RecordType recordType() {
    return RecordType.MATERNAL_VISIT;
  }

  @Override
  public final String id() {
    return visitId();
  }

  @Value.Check
  protected void check() {
    Checks.requireText(visitId(), "visit_id");
    Checks.requireText(pregnancyId(), "pregnancy_id");
    if (gestationalWeeks().isPresent()) {
      Checks.requireNonNegative(gestationalWeeks().getAsInt(), "gestational_weeks");
    }
  }

  /** For example {@code MaternalVisit[V01, P01, 2024-01-10 PRENATAL 11w]}. */
  @Override
  public String toString() {
    return "MaternalVisit["
        + visitId()
        + ", "
        + pregnancyId()
        + ", "
        + visitDate()
        + " "
        + kind()
        + (gestationalWeeks().isPresent() ? " " + gestationalWeeks().getAsInt() + "w" : "")
        + "]";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MaternalVisit}; id, pregnancy, date and kind are required. */
  public static final class Builder extends ImmutableMaternalVisit.Builder {
    public Builder() {}
  }
}
