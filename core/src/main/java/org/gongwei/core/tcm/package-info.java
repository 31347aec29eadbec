/**
 * Traditional Chinese medicine health-management services (中医药健康管理).
 */
package org.gongwei.core.tcm;
