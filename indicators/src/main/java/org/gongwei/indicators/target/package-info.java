/**
 * Targets for rates ({@link org.gongwei.indicators.target.Target}, e.g. ≥ 90 %) and whether a
 * rate attains one ({@link org.gongwei.indicators.target.Attainment}: met or not, and the gap in
 * percentage points).
 */
package org.gongwei.indicators.target;
