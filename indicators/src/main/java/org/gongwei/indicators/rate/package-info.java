/**
 * Rates: exact fractions of two counts ({@link org.gongwei.indicators.rate.Rate}) with their
 * status, shown as percent, per thousand or per ten thousand with HALF_UP rounding.
 *
 * <p>A rate without a denominator is never 0 or NaN: it has a
 * {@link org.gongwei.indicators.rate.RateStatus} and no value.
 */
package org.gongwei.indicators.rate;
