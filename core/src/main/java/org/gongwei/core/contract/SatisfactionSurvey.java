package org.gongwei.core.contract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.internal.Checks;

/**
 * A satisfaction survey answer of a signed resident (签约居民满意度调查) on a 1–5 scale, one row of
 * {@code satisfaction.csv}.
 *
 * @param surveyId the survey id (调查编号)
 * @param residentId the resident answering, if known
 * @param surveyDate the survey date
 * @param score the score, 1 (very dissatisfied) to 5 (very satisfied)
 */
public record SatisfactionSurvey(
    String surveyId, Optional<String> residentId, LocalDate surveyDate, int score)
    implements BundleRecord {

  /** Checks the components: score 1 to 5. */
  public SatisfactionSurvey {
    Checks.requireText(surveyId, "survey_id");
    Objects.requireNonNull(residentId, "resident_id");
    Objects.requireNonNull(surveyDate, "survey_date");
    Checks.requireBetween(score, 1, 5, "score");
  }

  @Override
  public RecordType recordType() {
    return RecordType.SATISFACTION_SURVEY;
  }

  @Override
  public String id() {
    return surveyId;
  }

  /** For example {@code SatisfactionSurvey[Q01, 2024-06-01, 4]}. */
  @Override
  public String toString() {
    return "SatisfactionSurvey[" + surveyId + ", " + surveyDate + ", " + score + "]";
  }
}
