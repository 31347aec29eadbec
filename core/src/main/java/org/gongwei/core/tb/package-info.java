/**
 * Pulmonary tuberculosis treatment courses (肺结核患者健康管理).
 */
package org.gongwei.core.tb;
