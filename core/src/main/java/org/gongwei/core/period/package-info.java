/**
 * Reporting periods (year, quarter, month, custom range, maternal/child statistical year) and ages in completed years and months.
 */
package org.gongwei.core.period;
