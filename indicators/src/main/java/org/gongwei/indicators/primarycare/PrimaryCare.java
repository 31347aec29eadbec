package org.gongwei.indicators.primarycare;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.rate.Scale;

/**
 * The primary-care system figures of indicators.md §14 (基层卫生), from aggregate inputs. Each
 * returns an exact {@link Rate}; the catalogue definitions are PC-01…03 of {@link
 * org.gongwei.indicators.definition.Catalogue#national()}, and PC-01's national target (≥ 65 %)
 * is in the rulebook.
 *
 * <pre>{@code
 * PrimaryCare.generalPractitionersPerTenThousand(638_700, 1_406_800_000)
 *     .format(Scale.PER_TEN_THOUSAND, 2);                       // 4.54‱ (China, end of 2024)
 * }</pre>
 */
public final class PrimaryCare {
  private PrimaryCare() {}

  /**
   * PC-01 基层医疗卫生机构诊疗量占比: visits to primary-care institutions / all visits (关于推进分级诊疗
   * 制度建设的指导意见, 国办发〔2015〕70号; target ≥ 65 %). Shown in percent.
   *
   * @throws IllegalArgumentException if a count is negative or the primary-care visits exceed all
   *     visits
   */
  public static Rate visitShare(long primaryCareVisits, long allVisits) {
    nonNegative(primaryCareVisits, "primaryCareVisits");
    nonNegative(allVisits, "allVisits");
    if (primaryCareVisits > allVisits) {
      throw new IllegalArgumentException(
          "primaryCareVisits " + primaryCareVisits + " must not exceed allVisits " + allVisits);
    }
    return Rate.of(primaryCareVisits, allVisits);
  }

  /**
   * PC-02 每万人口全科医生数: general practitioners / population, shown per 10,000 ({@link
   * Scale#PER_TEN_THOUSAND}; 关于改革完善全科医生培养与使用激励机制的意见, 国办发〔2018〕3号). For example
   * 638,700 / 1,406,800,000 = 4.54 per 10,000.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public static Rate generalPractitionersPerTenThousand(long generalPractitioners, long population) {
    nonNegative(generalPractitioners, "generalPractitioners");
    nonNegative(population, "population");
    return Rate.of(generalPractitioners, population);
  }

  /**
   * PC-03 居民健康素养水平: respondents aged 15–69 with a score of at least 80 % of the maximum /
   * respondents aged 15–69 (全国居民健康素养监测; 健康中国行动（2019—2030年）). Respondents outside 15–69
   * are left out. Shown in percent.
   *
   * <p>Unweighted, the rate counts respondents. Weighted (every response has a weight), it is Σ
   * weights of the literate / Σ weights, kept exact: the weights are scaled by 10<sup>s</sup>, s
   * the most decimals of any weight, so the numerator and denominator of the rate are sums of
   * weights in units of 10<sup>−s</sup> (weights 1.2, 0.8, 0.5 with the first and last literate
   * give 17 / 25 = 68 %).
   *
   * @throws IllegalArgumentException if some responses have a weight and others not
   * @throws ArithmeticException if the scaled sums of weights overflow a {@code long}
   */
  public static Rate healthLiteracy(Collection<LiteracyResponse> responses) {
    Objects.requireNonNull(responses, "responses");
    int weighted = 0;
    int scale = 0;
    for (LiteracyResponse r : responses) {
      Objects.requireNonNull(r, "response");
      if (r.weight().isPresent()) {
        weighted++;
        scale = Math.max(scale, r.weight().get().stripTrailingZeros().scale());
      }
    }
    if (weighted != 0 && weighted != responses.size()) {
      throw new IllegalArgumentException(
          "responses: " + weighted + " of " + responses.size() + " have a weight; give a weight to all or none");
    }
    if (weighted == 0) {
      long literate = 0;
      long eligible = 0;
      for (LiteracyResponse r : responses) {
        if (r.isInSurveyAge()) {
          eligible++;
          if (r.isLiterate()) {
            literate++;
          }
        }
      }
      return Rate.of(literate, eligible);
    }
    BigDecimal literate = BigDecimal.ZERO;
    BigDecimal eligible = BigDecimal.ZERO;
    for (LiteracyResponse r : responses) {
      if (r.isInSurveyAge()) {
        BigDecimal w = r.weight().orElseThrow();
        eligible = eligible.add(w);
        if (r.isLiterate()) {
          literate = literate.add(w);
        }
      }
    }
    return Rate.of(literate.movePointRight(scale).longValueExact(), eligible.movePointRight(scale).longValueExact());
  }

  private static void nonNegative(long count, String name) {
    if (count < 0) {
      throw new IllegalArgumentException(name + " must be >= 0: " + count);
    }
  }
}
