/**
 * Infectious-disease and public-health emergency reporting indicators ID-01 … ID-03
 * (传染病及突发公共卫生事件报告和处理, indicators.md §11): the share of cases reported, the share of
 * reports made within their window, and the share of emergency reports made within 2 hours.
 */
package org.gongwei.indicators.surveillance;
