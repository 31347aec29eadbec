/**
 * The hypertension and type 2 diabetes indicators (高血压 / 2型糖尿病患者健康管理, indicators.md §7):
 * HTN-01…03 and DM-01…03, with {@link org.gongwei.indicators.chronic.ChronicManagement}, the
 * shared definition of a managed, standardized and controlled patient.
 */
package org.gongwei.indicators.chronic;
