/**
 * The severe mental disorder indicators (严重精神障碍患者管理, indicators.md §8): SMD-01…06, with
 * {@link org.gongwei.indicators.mental.SevereMentalRegistration}, the shared definition of a
 * registered patient.
 */
package org.gongwei.indicators.mental;
