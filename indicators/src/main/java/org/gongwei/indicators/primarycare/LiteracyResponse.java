package org.gongwei.indicators.primarycare;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One respondent of a health-literacy survey (全国居民健康素养监测): age, questionnaire score and
 * maximum, and the survey weight when the sample is weighted.
 *
 * @param age the respondent's age in completed years
 * @param score the questionnaire score, 0 ≤ score ≤ maxScore
 * @param maxScore the questionnaire's maximum score, at least 1 (66 for the national questionnaire)
 * @param weight the survey weight, positive, when the sample is weighted
 */
public record LiteracyResponse(int age, int score, int maxScore, Optional<BigDecimal> weight) {
  /** The youngest age surveyed. */
  public static final int MIN_AGE = 15;
  /** The oldest age surveyed. */
  public static final int MAX_AGE = 69;

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException naming the component that is out of range
   */
  public LiteracyResponse {
    Objects.requireNonNull(weight, "weight");
    if (age < 0) {
      throw new IllegalArgumentException("age must be >= 0: " + age);
    }
    if (maxScore < 1) {
      throw new IllegalArgumentException("maxScore must be >= 1: " + maxScore);
    }
    if (score < 0 || score > maxScore) {
      throw new IllegalArgumentException("score must be between 0 and maxScore " + maxScore + ": " + score);
    }
    if (weight.isPresent() && weight.get().signum() <= 0) {
      throw new IllegalArgumentException("weight must be positive: " + weight.get().toPlainString());
    }
  }

  /** An unweighted response. */
  public static LiteracyResponse of(int age, int score, int maxScore) {
    return new LiteracyResponse(age, score, maxScore, Optional.empty());
  }

  /** A weighted response. */
  public static LiteracyResponse weighted(int age, int score, int maxScore, BigDecimal weight) {
    Objects.requireNonNull(weight, "weight");
    return new LiteracyResponse(age, score, maxScore, Optional.of(weight));
  }

  /** Whether the respondent is of survey age, {@value #MIN_AGE} to {@value #MAX_AGE} inclusive. */
  public boolean isInSurveyAge() {
    return age >= MIN_AGE && age <= MAX_AGE;
  }

  /**
   * Whether the respondent has basic health literacy (具备基本健康素养): a score of at least 80 % of
   * the maximum (exactly: 5 × score ≥ 4 × maxScore; 53 of 66, not 52).
   */
  public boolean isLiterate() {
    return 5L * score >= 4L * maxScore;
  }

  /** For example {@code LiteracyResponse[35, 53/66]} or {@code LiteracyResponse[35, 53/66, weight 1.2]}. */
  @Override
  public String toString() {
    return "LiteracyResponse[" + age + ", " + score + "/" + maxScore
        + weight.map(w -> ", weight " + w.toPlainString()).orElse("") + "]";
  }
}
