/**
 * Indicator reports: the results of an evaluation for a period and scope, with population
 * denominators from estimates where the rulebook prefers them, targets and attainment,
 * stratification by institution, region, sex and age band, and an aligned text table.
 */
package org.gongwei.indicators.report;
