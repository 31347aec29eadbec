/**
 * The primary-care system figures of indicators.md §14 (基层卫生), computed from aggregate inputs:
 * PC-01 the primary-care share of visits, PC-02 general practitioners per 10,000 population and
 * PC-03 the health-literacy level of a survey, each a {@link org.gongwei.indicators.rate.Rate}
 * ({@link org.gongwei.indicators.primarycare.PrimaryCare}).
 */
package org.gongwei.indicators.primarycare;
