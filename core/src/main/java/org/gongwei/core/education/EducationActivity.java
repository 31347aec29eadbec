package org.gongwei.core.education;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.gongwei.core.code.EducationKind;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.internal.Checks;
import org.gongwei.core.internal.DomainStyle;
import org.immutables.value.Value;

/**
 * A health-education activity (健康教育) of an institution: printed material, audio-video
 * material, a bulletin-board update, a lecture or a public consultation, one row of {@code
 * education.csv}.
 */
@Value.Immutable
@DomainStyle
public abstract class EducationActivity implements BundleRecord {
  EducationActivity() {}

  /** The activity id (活动编号). */
  public abstract String activityId();

  /** The institution. */
  public abstract String institutionCode();

  /** The activity date. */
  public abstract LocalDate activityDate();

  /** The kind of activity. */
  public abstract EducationKind kind();

  /** The title (题目); distinct titles count as distinct kinds of material. */
  public abstract Optional<String> title();

  /** The number of participants (参加人数). */
  public abstract OptionalInt participants();

  @Override
  public final RecordType recordType() {
    return RecordType.EDUCATION;
  }

  @Override
  public final String id() {
    return activityId();
  }

  @Value.Check
  protected void check() {
    Checks.requireText(activityId(), "activity_id");
    Checks.requireText(institutionCode(), "institution_code");
    if (participants().isPresent()) {
      Checks.requireNonNegative(participants().getAsInt(), "participants");
    }
  }

  /** For example {@code EducationActivity[A01, 430321101, 2024-03-01 LECTURE]}. */
  @Override
  public String toString() {
    return "EducationActivity["
        + activityId()
        + ", "
        + institutionCode()
        + ", "
        + activityDate()
        + " "
        + kind()
        + "]";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EducationActivity}; id, institution, date and kind are required. */
  public static final class Builder extends ImmutableEducationActivity.Builder {
    public Builder() {}
  }
}
