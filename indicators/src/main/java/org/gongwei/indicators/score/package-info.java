/**
 * Scorecards: the conversion of indicator rates into weighted points against targets (绩效评价,
 * indicators.md §15), their total and the quality coefficient (质量系数) = total / full score.
 *
 * <p>A {@link org.gongwei.indicators.score.Scorecard} is data: items of a measure id, a weight, a
 * target and a {@link org.gongwei.indicators.score.ScoreRule}. {@link
 * org.gongwei.indicators.score.Scorecards} scores it on an indicator report, for the report's
 * scope or per institution or region stratum.
 */
package org.gongwei.indicators.score;
