/**
 * The pulmonary tuberculosis indicators (肺结核患者健康管理, indicators.md §9): TB-01 and TB-02.
 */
package org.gongwei.indicators.tuberculosis;
