/**
 * Health-supervision assistance indicators SUP-01 and SUP-02 (卫生计生监督协管, indicators.md §12):
 * the share of leads reported and the count of on-site patrols by domain.
 */
package org.gongwei.indicators.supervision;
