/**
 * Money of the basic public health service: the national per-capita funding standard by year
 * ({@link org.gongwei.indicators.funding.PerCapitaFunding}, indicators.md §16) and the
 * allocation of a budget by work points corrected by the quality coefficient (工分 × 质量系数,
 * {@link org.gongwei.indicators.funding.WorkPointAllocation}, §15).
 *
 * <p>Amounts are {@code BigDecimal} yuan with 2 decimals (fen); nothing here uses floating point.
 */
package org.gongwei.indicators.funding;
